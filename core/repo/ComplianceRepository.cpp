#include "repo/ComplianceRepository.h"

#include "platform/Clock.h"
#include "storage/Database.h"

namespace consentry {

namespace {
const QString kDeviceColumns = QStringLiteral("id, name, location_type, area, camera, created_at, created_by");
const QString kAssessmentColumns = QStringLiteral("version, body, sha256, signed_by, signed_at");
const QString kFilingColumns = QStringLiteral("id, kind, filed_on, reference, people, recorded_at, recorded_by");

Device readDevice(const Statement &s)
{
    Device d;
    d.id = s.int64(0);
    d.name = s.text(1);
    // The schema's CHECK admits permitted keys only; Other covers a key a newer version added.
    d.locationType = DeviceLocation::fromKey(s.text(2)).value_or(DeviceLocation::Type::Other);
    d.area = s.text(3);
    d.camera = s.text(4);
    d.createdAt = s.dateTime(5);
    d.createdBy = s.text(6);
    return d;
}

ImpactAssessment readAssessment(const Statement &s)
{
    ImpactAssessment a = ImpactAssessment::fromBody(s.text(1).toUtf8());
    a.version = s.int32(0);
    a.sha256 = s.blob(2);
    a.signedBy = s.text(3);
    a.signedAt = s.dateTime(4);
    return a;
}

FilingRecord readFiling(const Statement &s)
{
    FilingRecord f;
    f.id = s.int64(0);
    f.kind = FilingRecord::kindFromKey(s.text(1)).value_or(FilingRecord::Kind::Initial);
    f.filedOn = s.date(2);
    f.reference = s.text(3);
    f.people = s.int64(4);
    f.recordedAt = s.dateTime(5);
    f.recordedBy = s.text(6);
    return f;
}
} // namespace

ComplianceRepository::ComplianceRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> ComplianceRepository::addDevice(const Device &device, const QString &actor)
{
    TRY_ASSIGN(Statement stmt,
               m_db.prepare(QStringLiteral("INSERT INTO devices (name, location_type, area, camera, created_at, "
                                           "created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")));
    stmt.bind(1, device.name)
        .bind(2, DeviceLocation::key(device.locationType))
        .bind(3, device.area)
        .bind(4, device.camera.isNull() ? QStringLiteral("") : device.camera)
        .bind(5, Clock::instance().now())
        .bind(6, actor);
    TRY(stmt.exec());
    return m_db.lastInsertId();
}

Result<QList<Device>> ComplianceRepository::devices() const
{
    TRY_ASSIGN(
        Statement stmt,
        m_db.prepare(
            QStringLiteral("SELECT %1 FROM devices WHERE removed_at IS NULL ORDER BY name, id").arg(kDeviceColumns)));
    return stmt.collect<Device>(readDevice);
}

Result<std::optional<Device>> ComplianceRepository::device(qint64 id) const
{
    TRY_ASSIGN(Statement stmt,
               m_db.prepare(
                   QStringLiteral("SELECT %1 FROM devices WHERE id = ?1 AND removed_at IS NULL").arg(kDeviceColumns)));
    stmt.bind(1, id);
    TRY_ASSIGN(const QList<Device> list, stmt.collect<Device>(readDevice));
    return list.isEmpty() ? std::optional<Device>() : std::optional<Device>(list.constFirst());
}

Status ComplianceRepository::removeDevice(qint64 id, const QString &actor)
{
    TRY_ASSIGN(Statement stmt,
               m_db.prepare(QStringLiteral(
                   "UPDATE devices SET removed_at = ?2, removed_by = ?3 WHERE id = ?1 AND removed_at IS NULL")));
    stmt.bind(1, id).bind(2, Clock::instance().now()).bind(3, actor);
    return stmt.exec();
}

Result<qint64> ComplianceRepository::addSignPrint(const SignPrint &print)
{
    TRY_ASSIGN(Statement stmt,
               m_db.prepare(QStringLiteral("INSERT INTO sign_prints (device_id, notice_version, layout, language, "
                                           "medium, printed_at, printed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")));
    stmt.bind(1, print.deviceId)
        .bind(2, print.noticeVersion)
        .bind(3, print.layout)
        .bind(4, print.language)
        .bind(5, print.medium)
        .bind(6, Clock::instance().now())
        .bind(7, print.printedBy);
    TRY(stmt.exec());
    return m_db.lastInsertId();
}

Result<QList<Device>> ComplianceRepository::devicesWithoutSign(const QString &noticeVersion) const
{
    TRY_ASSIGN(Statement stmt,
               m_db.prepare(QStringLiteral("SELECT %1 FROM devices d WHERE removed_at IS NULL AND NOT EXISTS "
                                           "(SELECT 1 FROM sign_prints p WHERE p.device_id = d.id AND "
                                           "p.notice_version = ?1) ORDER BY name, id")
                                .arg(kDeviceColumns)));
    stmt.bind(1, noticeVersion);
    return stmt.collect<Device>(readDevice);
}

Result<int> ComplianceRepository::addAssessment(const ImpactAssessment &assessment)
{
    TRY_ASSIGN(const qint64 last,
               m_db.queryInt(QStringLiteral("SELECT coalesce(max(version), 0) FROM impact_assessments")));
    const int version = static_cast<int>(last) + 1;
    TRY_ASSIGN(Statement stmt,
               m_db.prepare(QStringLiteral("INSERT INTO impact_assessments (version, body, sha256, signed_by, "
                                           "signed_at) VALUES (?1, ?2, ?3, ?4, ?5)")));
    stmt.bind(1, version)
        .bind(2, QString::fromUtf8(assessment.canonicalBody()))
        .bind(3, assessment.computeSha256())
        .bind(4, assessment.signedBy)
        .bind(5, assessment.signedAt);
    TRY(stmt.exec());
    return version;
}

Result<std::optional<ImpactAssessment>> ComplianceRepository::latestAssessment() const
{
    TRY_ASSIGN(
        Statement stmt,
        m_db.prepare(
            QStringLiteral("SELECT %1 FROM impact_assessments ORDER BY version DESC LIMIT 1").arg(kAssessmentColumns)));
    TRY_ASSIGN(const QList<ImpactAssessment> list, stmt.collect<ImpactAssessment>(readAssessment));
    return list.isEmpty() ? std::optional<ImpactAssessment>() : std::optional<ImpactAssessment>(list.constFirst());
}

Result<QList<ImpactAssessment>> ComplianceRepository::assessments() const
{
    TRY_ASSIGN(Statement stmt,
               m_db.prepare(
                   QStringLiteral("SELECT %1 FROM impact_assessments ORDER BY version DESC").arg(kAssessmentColumns)));
    return stmt.collect<ImpactAssessment>(readAssessment);
}

Result<qint64> ComplianceRepository::peopleWithFaceData() const
{
    return m_db.queryInt(QStringLiteral("SELECT count(*) FROM residents WHERE template_count > 0"));
}

Result<QDate> ComplianceRepository::dayPeopleReached(qint64 n) const
{
    if (n <= 0)
        return QDate();
    TRY_ASSIGN(Statement stmt,
               m_db.prepare(QStringLiteral("SELECT oldest_template_at FROM residents WHERE template_count > 0 "
                                           "ORDER BY oldest_template_at LIMIT 1 OFFSET ?1")));
    stmt.bind(1, n - 1);
    TRY_ASSIGN(const bool row, stmt.step());
    return row ? stmt.dateTime(0).toUTC().date() : QDate();
}

Result<QStringList> ComplianceRepository::storedEngines() const
{
    TRY_ASSIGN(Statement stmt,
               m_db.prepare(QStringLiteral("SELECT DISTINCT engine_id, lower(hex(model_sha256)) FROM face_templates "
                                           "ORDER BY 1, 2")));
    return stmt.collect<QString>([](const Statement &s) { return s.text(0) + QLatin1Char('@') + s.text(1); });
}

Result<qint64> ComplianceRepository::residentsInState(const QString &consentState) const
{
    TRY_ASSIGN(Statement stmt, m_db.prepare(QStringLiteral("SELECT count(*) FROM residents WHERE consent_state = ?1")));
    stmt.bind(1, consentState);
    TRY_ASSIGN(const bool row, stmt.step());
    return row ? stmt.int64(0) : qint64(0);
}

Result<QMap<QString, qint64>> ComplianceRepository::usersByRole() const
{
    TRY_ASSIGN(Statement stmt, m_db.prepare(QStringLiteral("SELECT role, count(*) FROM users GROUP BY role")));
    QMap<QString, qint64> counts;
    for (;;) {
        TRY_ASSIGN(const bool row, stmt.step());
        if (!row)
            return counts;
        counts.insert(stmt.text(0), stmt.int64(1));
    }
}

Result<QDateTime> ComplianceRepository::lastAuditAt(const QString &kind) const
{
    TRY_ASSIGN(Statement stmt,
               m_db.prepare(QStringLiteral("SELECT at FROM audit_events WHERE kind = ?1 "
                                           "ORDER BY id DESC LIMIT 1")));
    stmt.bind(1, kind);
    TRY_ASSIGN(const bool row, stmt.step());
    return row ? stmt.dateTime(0) : QDateTime();
}

Result<qint64> ComplianceRepository::addFiling(const FilingRecord &filing)
{
    TRY_ASSIGN(Statement stmt,
               m_db.prepare(QStringLiteral("INSERT INTO filings (kind, filed_on, reference, people, recorded_at, "
                                           "recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")));
    stmt.bind(1, FilingRecord::kindKey(filing.kind))
        .bind(2, filing.filedOn)
        .bind(3, filing.reference)
        .bind(4, filing.people)
        .bind(5, Clock::instance().now())
        .bind(6, filing.recordedBy);
    TRY(stmt.exec());
    return m_db.lastInsertId();
}

Result<QList<FilingRecord>> ComplianceRepository::filings() const
{
    TRY_ASSIGN(
        Statement stmt,
        m_db.prepare(QStringLiteral("SELECT %1 FROM filings ORDER BY filed_on DESC, id DESC").arg(kFilingColumns)));
    return stmt.collect<FilingRecord>(readFiling);
}

} // namespace consentry
