#include "storage/DeletionLedger.h"

#include "storage/BoundedFile.h"
#include "storage/Database.h"
#include "storage/FileWriter.h"
#include "storage/SecureBytes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <algorithm>

namespace consentry {

namespace {
constexpr int kMacBytes = 32;
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024; // ~300,000 entries: years of a large site
const QString kFormat = QStringLiteral("consentry-deletion-ledger");

QByteArray macOf(const QByteArray &data, const SecureBytes &key)
{
    SecureBytes macKey(crypto_generichash_KEYBYTES);
    static const unsigned char context[] = "consentry-deletion-ledger-mac-v1";
    crypto_generichash(macKey.data(), macKey.size(), context, sizeof(context) - 1, key.data(), key.size());
    QByteArray out(kMacBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), kMacBytes,
                       reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()),
                       macKey.data(), macKey.size());
    return out;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const DeletionLedger::Entry &e)
{
    return { { QStringLiteral("resident_id"), static_cast<double>(e.residentId) },
             { QStringLiteral("at"), iso(e.at) },
             { QStringLiteral("templates_made_by"), iso(e.templatesMadeBy) },
             { QStringLiteral("ends_consents"), e.endsConsents },
             { QStringLiteral("removes_resident"), e.removesResident },
             { QStringLiteral("reduces_record"), e.reducesRecord },
             { QStringLiteral("reason"), e.reason } };
}

bool lessThan(const DeletionLedger::Entry &a, const DeletionLedger::Entry &b)
{
    return std::tie(a.at, a.residentId, a.reason) < std::tie(b.at, b.residentId, b.reason);
}

Error damaged()
{
    return makeError(ErrorKind::Data,
                     DeletionLedger::tr("The deletion ledger (consentry.deletions) has been altered or belongs to "
                                        "another store; nothing was changed. Keep the file for the auditor and "
                                        "ask your administrator."));
}
} // namespace

QString DeletionLedger::path(const QString &dataDir)
{
    return QDir(dataDir).filePath(fileName());
}

Status DeletionLedger::append(Database &db, const Entry &e)
{
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "INSERT INTO deletion_ledger (resident_id, at, templates_made_by, ends_consents, removes_resident, "
        "reduces_record, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!stmt)
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, e.residentId).bind(2, e.at).bind(3, e.templatesMadeBy.isValid() ? e.templatesMadeBy : e.at);
    s.bind(4, e.endsConsents).bind(5, e.removesResident).bind(6, e.reducesRecord).bind(7, e.reason);
    return s.exec();
}

Result<QList<DeletionLedger::Entry>> DeletionLedger::entries(Database &db)
{
    Result<Statement> stmt = db.prepare(
        QStringLiteral("SELECT resident_id, at, templates_made_by, ends_consents, removes_resident, reduces_record, "
                       "reason FROM deletion_ledger ORDER BY id"));
    if (!stmt)
        return stmt.error();
    return stmt.value().collect<Entry>([](const Statement &s) {
        Entry e;
        e.residentId = s.int64(0);
        e.at = s.dateTime(1);
        e.templatesMadeBy = s.dateTime(2);
        e.endsConsents = s.int64(3) != 0;
        e.removesResident = s.int64(4) != 0;
        e.reducesRecord = s.int64(5) != 0;
        e.reason = s.text(6);
        return e;
    });
}

QByteArray DeletionLedger::toBytes(const QList<Entry> &entries, const QString &storeId, const SecureBytes &key)
{
    QJsonArray list;
    for (const Entry &e : entries)
        list.append(toJson(e));
    const QJsonObject body { { QStringLiteral("format"), kFormat },
                             { QStringLiteral("version"), 1 },
                             { QStringLiteral("store_id"), storeId },
                             { QStringLiteral("entries"), list } };
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QJsonObject file { { QStringLiteral("ledger"), QString::fromUtf8(payload) },
                             { QStringLiteral("mac"), QString::fromLatin1(macOf(payload, key).toHex()) } };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<QList<DeletionLedger::Entry>> DeletionLedger::fromBytes(const QByteArray &bytes, const QString &storeId,
                                                               const SecureBytes &key)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return damaged();
    const QByteArray payload = doc.object().value(QStringLiteral("ledger")).toString().toUtf8();
    const QByteArray mac = QByteArray::fromHex(doc.object().value(QStringLiteral("mac")).toString().toLatin1());
    const QByteArray expected = macOf(payload, key);
    if (mac.size() != kMacBytes || sodium_memcmp(mac.constData(), expected.constData(), kMacBytes) != 0)
        return damaged();
    const QJsonObject body = QJsonDocument::fromJson(payload).object();
    if (body.value(QStringLiteral("format")).toString() != kFormat
        || body.value(QStringLiteral("store_id")).toString() != storeId)
        return damaged();
    QList<Entry> out;
    for (const QJsonValue &v : body.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.residentId = static_cast<qint64>(o.value(QStringLiteral("resident_id")).toDouble());
        e.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        e.templatesMadeBy
            = QDateTime::fromString(o.value(QStringLiteral("templates_made_by")).toString(), Qt::ISODateWithMs);
        e.endsConsents = o.value(QStringLiteral("ends_consents")).toBool();
        e.removesResident = o.value(QStringLiteral("removes_resident")).toBool();
        e.reducesRecord = o.value(QStringLiteral("reduces_record")).toBool();
        e.reason = o.value(QStringLiteral("reason")).toString();
        if (e.residentId <= 0 || !e.at.isValid())
            return damaged(); // authentic but not ours: a bug, never silently skipped
        out << e;
    }
    return out;
}

Result<QList<DeletionLedger::Entry>> DeletionLedger::readFile(const QString &dataDir, const QString &storeId,
                                                              const SecureBytes &key)
{
    const QString file = path(dataDir);
    if (!QFileInfo::exists(file) && !QFileInfo(file).isSymLink())
        return QList<Entry>();
    Result<QByteArray> bytes = BoundedFile::read(file, kMaxFileBytes, tr("The deletion ledger"));
    if (!bytes)
        return bytes.error();
    return fromBytes(bytes.value(), storeId, key);
}

Status DeletionLedger::writeFile(const QString &dataDir, const QList<Entry> &entries, const QString &storeId,
                                 const SecureBytes &key, FileWriter &writer)
{
    return writer.writeAtomically(path(dataDir), toBytes(entries, storeId, key));
}

Status DeletionLedger::sync(Database &db, const QString &dataDir, const QString &storeId, const SecureBytes &key,
                            FileWriter &writer)
{
    Result<QList<Entry>> table = entries(db);
    if (!table)
        return table.error();
    Result<QList<Entry>> file = readFile(dataDir, storeId, key);
    // A damaged file is rewritten from the table rather than left to block every deletion; what only the
    // damaged file knew is lost, which the ADR states.
    if (!file && file.errorKind() == ErrorKind::Data) {
        // Kept aside for whoever investigates, not silently overwritten.
        const QString aside = path(dataDir) + QStringLiteral(".damaged-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        QFile::rename(path(dataDir), aside);
    }
    const QList<Entry> merged = merge(table.value(), file ? file.value() : QList<Entry>());
    if (file && merged == file.value())
        return {};
    return writeFile(dataDir, merged, storeId, key, writer);
}

QList<DeletionLedger::Entry> DeletionLedger::merge(const QList<Entry> &a, const QList<Entry> &b)
{
    QList<Entry> out = a;
    for (const Entry &e : b) {
        if (!out.contains(e))
            out << e;
    }
    std::stable_sort(out.begin(), out.end(), lessThan);
    return out;
}

} // namespace consentry
