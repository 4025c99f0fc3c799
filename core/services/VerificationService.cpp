#include "services/VerificationService.h"

#include "domain/AuditKind.h"
#include "platform/Clock.h"
#include "services/ResidentService.h"
#include "services/UnitOfWork.h"

#include <cmath>

namespace consentry {

VerificationService::VerificationService(Vault &vault)
    : m_vault(vault)
{
}

QString VerificationService::methodKey(Method method)
{
    switch (method) {
    case Method::Face: return QStringLiteral("face");
    case Method::IdCard: return QStringLiteral("id_card");
    case Method::StaffCheck: return QStringLiteral("staff_check");
    case Method::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<VerificationService::Method> VerificationService::methodFromKey(const QString &key)
{
    for (Method m : { Method::Face, Method::IdCard, Method::StaffCheck, Method::Other }) {
        if (methodKey(m) == key)
            return m;
    }
    return std::nullopt;
}

QString VerificationService::describe(Method method)
{
    switch (method) {
    case Method::Face: return tr("face recognition");
    case Method::IdCard: return tr("ID card");
    case Method::StaffCheck: return tr("checked by staff");
    case Method::Other: return tr("another way");
    }
    return QString();
}

Result<VerificationService::Record> VerificationService::recordFace(const std::vector<GalleryMatch> &matches,
                                                                    float threshold)
{
    return UnitOfWork::write(m_vault, Permission::Verify, [&](UnitOfWork &work) -> Result<Record> {
        if (!std::isfinite(threshold))
            return makeError(ErrorKind::InvalidArgument, tr("The match threshold is not a number. Calibrate again."));
        Record record;
        record.method = Method::Face;
        const GalleryMatch *best = nullptr;
        for (const GalleryMatch &m : matches) {
            if (std::isfinite(m.score) && (!best || m.score > best->score))
                best = &m;
        }
        if (!best) {
            record.reason = QStringLiteral("no_face_match");
            return store(work, record);
        }
        record.score = best->score;
        if (best->score < threshold) {
            record.reason = QStringLiteral("below_threshold");
            return store(work, record);
        }
        TRY_ASSIGN(const ResidentListQuery list, work.residentList());
        TRY_ASSIGN(const std::optional<ResidentRow> row, list.row(best->personId));
        TRY_ASSIGN(const QList<StoredTemplate> templates, work.templates().ofResident(best->personId));
        bool templateHeld = false;
        for (const StoredTemplate &t : templates)
            templateHeld = templateHeld || t.id == best->templateId;
        if (!row || row->state != ResidentRow::State::Active || !templateHeld) {
            // A stale gallery entry (withdrawn, expired or deleted since): the face must not be used.
            record.reason = QStringLiteral("no_active_consent");
            return store(work, record);
        }
        record.outcome = Outcome::Verified;
        record.residentId = best->personId;
        record.templateId = best->templateId;
        record.reason = QStringLiteral("match");
        return store(work, record);
    });
}

Result<VerificationService::Record> VerificationService::recordAlternative(qint64 residentId, Method method,
                                                                           bool verified)
{
    return UnitOfWork::write(m_vault, Permission::Verify, [&](UnitOfWork &work) -> Result<Record> {
        if (method == Method::Face)
            return makeError(ErrorKind::InvalidArgument,
                             tr("A face verification is recorded from the gallery's matches, not as an alternative."));
        TRY(ResidentService::existing(work, residentId));
        Record record;
        record.method = method;
        record.outcome = verified ? Outcome::Verified : Outcome::NotVerified;
        record.residentId = residentId;
        record.reason = QStringLiteral("checked");
        return store(work, record);
    });
}

Result<VerificationService::Record> VerificationService::store(UnitOfWork &work, Record record)
{
    record.at = Clock::instance().now();
    if (record.outcome == Outcome::Verified && record.residentId) {
        TRY(work.residents().setLastVerified(*record.residentId, record.at));
        if (record.templateId != 0)
            TRY(work.templates().markMatched(record.templateId));
    }
    QJsonObject details { { QStringLiteral("method"), methodKey(record.method) },
                          { QStringLiteral("result"),
                            record.outcome == Outcome::Verified ? QStringLiteral("verified")
                                                                : QStringLiteral("not_verified") },
                          { QStringLiteral("reason"), record.reason } };
    if (record.method == Method::Face && record.reason != QLatin1String("no_face_match"))
        details.insert(QStringLiteral("score"), std::round(static_cast<double>(record.score) * 1000.0) / 1000.0);
    if (record.templateId != 0)
        details.insert(QStringLiteral("template_id"), static_cast<double>(record.templateId));
    const std::optional<qint64> who = record.outcome == Outcome::Verified ? record.residentId : std::nullopt;
    TRY_ASSIGN(record.auditEventId, work.audit(AuditKind::Verification, who, details));
    work.changed(UnitOfWork::Change::VerificationRecorded, who ? QList<qint64> { *who } : QList<qint64>());
    return record;
}

} // namespace consentry
