#include "storage/KeyslotFile.h"

#include "storage/FileWriter.h"
#include "storage/KeyStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace consentry {

namespace {
const QString kFormat = QStringLiteral("consentry-keyslots");
constexpr int kVersion = 1;
constexpr qint64 kMaxBytes = 1 << 20;

QByteArray fromBase64(const QJsonValue &value, bool *ok)
{
    if (!value.isString()) {
        *ok = false;
        return QByteArray();
    }
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        *ok = false;
    return *decoded;
}
} // namespace

Result<KeyslotFile> KeyslotFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorKind::NotFound,
                         tr("The keyslot file \"%1\" is missing, so the database cannot be unlocked. Restore the "
                            "folder from a backup.")
                             .arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::IO,
            tr("The keyslot file \"%1\" cannot be read (%2).").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxBytes)
        return makeError(ErrorKind::Data, tr("The keyslot file is damaged. Restore it from a backup."));
    return parse(file.readAll());
}

Result<KeyslotFile> KeyslotFile::parse(const QByteArray &bytes)
{
    const Error damaged = makeError(ErrorKind::Data, tr("The keyslot file is damaged. Restore it from a backup."));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged;
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return makeError(ErrorKind::Data, tr("This is not a Consentry keyslot file."));
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return makeError(
            ErrorKind::Data,
            tr("The keyslot file was written by a newer version of Consentry. Install the newer version."));

    KeyslotFile file;
    file.storeId = root.value(QStringLiteral("store_id")).toString();
    file.databaseSalt = QByteArray::fromHex(root.value(QStringLiteral("database_salt")).toString().toLatin1());
    file.defaultUser = root.value(QStringLiteral("default_user")).toString();
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    if (!hex32.match(file.storeId).hasMatch() || file.databaseSalt.size() != kDatabaseSaltBytes)
        return damaged;
    if (!root.value(QStringLiteral("slots")).isArray())
        return damaged;
    for (const QJsonValue &value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = value.toObject();
        Keyslot slot;
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("user"))
            slot.type = Keyslot::Type::User;
        else if (type == QLatin1String("recovery"))
            slot.type = Keyslot::Type::Recovery;
        else
            return damaged;
        slot.name = o.value(QStringLiteral("name")).toString();
        if (o.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13"))
            return damaged;
        slot.opsLimit = static_cast<quint64>(o.value(QStringLiteral("ops")).toDouble());
        slot.memLimit = static_cast<quint64>(o.value(QStringLiteral("mem")).toDouble());
        bool ok = true;
        slot.salt = fromBase64(o.value(QStringLiteral("salt")), &ok);
        slot.nonce = fromBase64(o.value(QStringLiteral("nonce")), &ok);
        slot.wrapped = fromBase64(o.value(QStringLiteral("wrapped")), &ok);
        if (!ok || slot.name.isEmpty() || !KeyStore::plausible(slot))
            return damaged;
        file.slotList << slot;
    }
    if (!file.recoverySlot() || file.userNames().isEmpty())
        return damaged;
    return file;
}

QByteArray KeyslotFile::toBytes() const
{
    QJsonArray array;
    for (const Keyslot &slot : slotList) {
        array.append(QJsonObject {
            { QStringLiteral("type"), Keyslot::typeName(slot.type) },
            { QStringLiteral("name"), slot.name },
            { QStringLiteral("kdf"), QStringLiteral("argon2id13") },
            { QStringLiteral("ops"), static_cast<double>(slot.opsLimit) },
            { QStringLiteral("mem"), static_cast<double>(slot.memLimit) },
            { QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64()) },
            { QStringLiteral("nonce"), QString::fromLatin1(slot.nonce.toBase64()) },
            { QStringLiteral("wrapped"), QString::fromLatin1(slot.wrapped.toBase64()) },
        });
    }
    const QJsonObject root {
        { QStringLiteral("format"), kFormat },
        { QStringLiteral("version"), kVersion },
        { QStringLiteral("store_id"), storeId },
        { QStringLiteral("database_salt"), QString::fromLatin1(databaseSalt.toHex()) },
        { QStringLiteral("default_user"), defaultUser },
        { QStringLiteral("slots"), array },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status KeyslotFile::save(const QString &path, FileWriter &writer) const
{
    return writer.writeAtomically(path, toBytes());
}

const Keyslot *KeyslotFile::userSlot(const QString &name) const
{
    for (const Keyslot &slot : slotList) {
        if (slot.type == Keyslot::Type::User && slot.name == name)
            return &slot;
    }
    return nullptr;
}

const Keyslot *KeyslotFile::recoverySlot() const
{
    for (const Keyslot &slot : slotList) {
        if (slot.type == Keyslot::Type::Recovery)
            return &slot;
    }
    return nullptr;
}

QStringList KeyslotFile::userNames() const
{
    QStringList names;
    for (const Keyslot &slot : slotList) {
        if (slot.type == Keyslot::Type::User)
            names << slot.name;
    }
    return names;
}

void KeyslotFile::putSlot(const Keyslot &slot)
{
    for (Keyslot &existing : slotList) {
        if (existing.type == slot.type && existing.name == slot.name) {
            existing = slot;
            return;
        }
    }
    slotList << slot;
}

bool KeyslotFile::removeUserSlot(const QString &name)
{
    for (int i = 0; i < slotList.size(); ++i) {
        if (slotList.at(i).type == Keyslot::Type::User && slotList.at(i).name == name) {
            slotList.removeAt(i);
            return true;
        }
    }
    return false;
}

Result<QByteArray> KeyslotFile::readDatabaseSalt(const QString &databasePath)
{
    QFile file(databasePath);
    if (!file.exists())
        return makeError(ErrorKind::NotFound,
                         tr("The database file \"%1\" is missing. Restore the folder from a backup.")
                             .arg(QDir::toNativeSeparators(databasePath)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::IO,
                         tr("The database file \"%1\" cannot be read (%2).")
                             .arg(QDir::toNativeSeparators(databasePath), file.errorString()));
    const QByteArray salt = file.read(kDatabaseSaltBytes);
    if (salt.size() != kDatabaseSaltBytes)
        return makeError(ErrorKind::Data, tr("The database file is damaged (too short). Restore it from a backup."));
    return salt;
}

} // namespace consentry
