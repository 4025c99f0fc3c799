#include "services/VerificationService.h"

#include "platform/Clock.h"
#include "repo/ResidentDirectory.h"
#include "services/PeopleService.h"
#include "services/Vault.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

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
    if (Status ok = m_vault.require(Permission::Verify); !ok)
        return ok.error();
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
        return commit(record);
    }
    record.score = best->score;
    if (best->score < threshold) {
        record.reason = QStringLiteral("below_threshold");
        return commit(record);
    }
    Result<ResidentDirectory> dir = PeopleService::directory(m_vault);
    if (!dir)
        return dir.error();
    Result<std::optional<ResidentRow>> row = dir->row(best->personId);
    if (!row)
        return row.error();
    Result<QList<StoredTemplate>> templates = m_vault.templateRepository().ofResident(best->personId);
    if (!templates)
        return templates.error();
    bool templateHeld = false;
    for (const StoredTemplate &t : templates.value())
        templateHeld = templateHeld || t.id == best->templateId;
    if (!row.value() || row.value()->state != ResidentRow::State::Active || !templateHeld) {
        // A stale gallery entry (withdrawn, expired or deleted since): the face must not be used.
        record.reason = QStringLiteral("no_active_consent");
        return commit(record);
    }
    record.outcome = Outcome::Verified;
    record.residentId = best->personId;
    record.templateId = best->templateId;
    record.reason = QStringLiteral("match");
    return commit(record);
}

Result<VerificationService::Record> VerificationService::recordAlternative(qint64 residentId, Method method,
                                                                           bool verified)
{
    if (Status ok = m_vault.require(Permission::Verify); !ok)
        return ok.error();
    if (method == Method::Face)
        return makeError(ErrorKind::InvalidArgument,
                         tr("A face verification is recorded from the gallery's matches, not as an alternative."));
    Result<std::optional<Resident>> resident = m_vault.residentRepository().find(residentId);
    if (!resident)
        return resident.error();
    if (!resident.value())
        return makeError(ErrorKind::NotFound, tr("There is no resident with id %1.").arg(residentId));
    Record record;
    record.method = method;
    record.outcome = verified ? Outcome::Verified : Outcome::NotVerified;
    record.residentId = residentId;
    record.reason = QStringLiteral("checked");
    return commit(record);
}

Result<VerificationService::Record> VerificationService::commit(Record record)
{
    record.at = Clock::instance().now();
    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok.error();
    if (record.outcome == Outcome::Verified && record.residentId) {
        Result<ResidentDirectory> dir = PeopleService::directory(m_vault);
        if (!dir)
            return dir.error();
        if (Status ok = dir.value().setLastVerified(*record.residentId, record.at); !ok)
            return ok.error();
        if (record.templateId != 0) {
            if (Status ok = m_vault.templateRepository().markMatched(record.templateId); !ok)
                return ok.error();
        }
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
    Result<qint64> event = m_vault.auditLog().append(
        EventKind, m_vault.session().userName,
        record.outcome == Outcome::Verified ? record.residentId : std::optional<qint64>(), details);
    if (!event)
        return event.error();
    record.auditEventId = event.value();
    if (Status ok = tx.commit(); !ok)
        return ok.error();
    return record;
}

} // namespace consentry
