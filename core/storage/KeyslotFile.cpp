#include "storage/KeyslotFile.h"

#include "storage/BoundedFile.h"
#include "storage/FileWriter.h"
#include "storage/KeyStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sodium.h>

namespace consentry {

namespace {
const QString kFormat = QStringLiteral("consentry-keyslots");
// Version 2 adds the checksum and the per-slot version (slots of version 1 are re-wrapped at login).
constexpr int kVersion = 2;
constexpr qint64 kMaxBytes = 1 << 20;
const QString kChecksumPrefix = QStringLiteral("blake2b-256:");

// A slot's cost as written: a whole number in range, never a double cast blindly (1e300 would overflow).
quint64 costValue(const QJsonValue &value, bool *ok)
{
    const qint64 n = value.toInteger(-1);
    if (!value.isDouble() || n < 0) {
        *ok = false;
        return 0;
    }
    return static_cast<quint64>(n);
}

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
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return makeError(ErrorKind::NotFound,
                         tr("The keyslot file \"%1\" is missing, so the database cannot be unlocked. Restore the "
                            "folder from a backup.")
                             .arg(QDir::toNativeSeparators(path)));
    Result<QByteArray> bytes = BoundedFile::read(path, kMaxBytes, tr("The keyslot file"));
    if (!bytes)
        return bytes.errorKind() == ErrorKind::NotFound ? makeError(ErrorKind::Data, bytes.errorMessage())
                                                        : bytes.error();
    return parse(bytes.value());
}

QByteArray KeyslotFile::checksum(const QJsonObject &root)
{
    // Over a canonical list of strings (JSON of strings only is byte-for-byte stable across Qt versions).
    QJsonArray canonical { root.value(QStringLiteral("format")).toString(),
                           QString::number(root.value(QStringLiteral("version")).toInteger()),
                           root.value(QStringLiteral("store_id")).toString(),
                           root.value(QStringLiteral("database_salt")).toString(),
                           root.value(QStringLiteral("default_user")).toString() };
    for (const QJsonValue &value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = value.toObject();
        for (const char *key : { "slot_version", "type", "name", "kdf", "ops", "mem", "salt", "nonce", "wrapped" }) {
            const QJsonValue field = o.value(QLatin1String(key));
            canonical.append(field.isDouble() ? QString::number(field.toInteger()) : field.toString());
        }
    }
    const QByteArray bytes = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    QByteArray digest(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), 32,
                       reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<size_t>(bytes.size()),
                       nullptr, 0);
    return digest.toHex();
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
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version > kVersion)
        return makeError(
            ErrorKind::Data,
            tr("The keyslot file was written by a newer version of Consentry. Install the newer version."));
    if (version < 1)
        return damaged;
        // The checksum is not a secret: it names damage and hand edits (a cost changed from 3 to 4) as such,
        // before any password is tried or counted. Deliberate tampering that recomputes it is caught by the
        // slot's authenticated associated data instead.
        // Fuzz builds skip it (libFuzzer's convention), or no mutation could get past it to the parser.
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    if (version >= 2) {
        const QString sum = root.value(QStringLiteral("checksum")).toString();
        if (!sum.startsWith(kChecksumPrefix) || sum.mid(kChecksumPrefix.size()).toLatin1() != checksum(root))
            return makeError(ErrorKind::Data,
                             tr("The keyslot file is damaged or was edited, so no password was checked and none "
                                "was counted as wrong. Restore the keyslot file from a backup."));
    }
#endif

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
        slot.version = version >= 2 ? o.value(QStringLiteral("slot_version")).toInt() : 1;
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
        bool ok = true;
        slot.opsLimit = costValue(o.value(QStringLiteral("ops")), &ok);
        slot.memLimit = costValue(o.value(QStringLiteral("mem")), &ok);
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
            { QStringLiteral("slot_version"), slot.version },
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
    QJsonObject root {
        { QStringLiteral("format"), kFormat },
        { QStringLiteral("version"), kVersion },
        { QStringLiteral("store_id"), storeId },
        { QStringLiteral("database_salt"), QString::fromLatin1(databaseSalt.toHex()) },
        { QStringLiteral("default_user"), defaultUser },
        { QStringLiteral("slots"), array },
    };
    root.insert(QStringLiteral("checksum"), kChecksumPrefix + QString::fromLatin1(checksum(root)));
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
    if (!QFileInfo::exists(databasePath))
        return makeError(ErrorKind::NotFound,
                         tr("The database file \"%1\" is missing. Restore the folder from a backup.")
                             .arg(QDir::toNativeSeparators(databasePath)));
    Result<QByteArray> head = BoundedFile::readHead(databasePath, kDatabaseSaltBytes, tr("The database file"));
    if (!head)
        return head.error();
    const QByteArray salt = head.value();
    if (salt.size() != kDatabaseSaltBytes)
        return makeError(ErrorKind::Data, tr("The database file is damaged (too short). Restore it from a backup."));
    return salt;
}

} // namespace consentry
