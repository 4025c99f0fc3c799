#include "services/VerificationService.h"

#include "domain/AuditKind.h"
#include "platform/Clock.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
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

QString VerificationService::modeKey(Mode mode)
{
    return SiteProfile::verificationModeKey(mode == Mode::OneToOne ? SiteProfile::VerificationMode::OneToOne
                                                                   : SiteProfile::VerificationMode::OneToMany);
}

QString VerificationService::describe(Mode mode)
{
    return mode == Mode::OneToOne ? tr("One-to-one verification") : tr("One-to-many identification");
}

VerificationService::Mode VerificationService::defaultMode(Vault &vault)
{
    Result<SiteProfile> profile = SettingsService(vault).siteProfile();
    return profile && profile->verificationMode == SiteProfile::VerificationMode::OneToMany ? Mode::OneToMany
                                                                                            : Mode::OneToOne;
}

VerificationService::FaceResult VerificationService::assess(const std::vector<GalleryMatch> &matches,
                                                            const DecisionBands &bands, Mode mode,
                                                            std::optional<qint64> claimed)
{
    FaceResult result;
    result.mode = mode;
    const GalleryMatch *best = nullptr;
    for (const GalleryMatch &m : matches) {
        if (mode == Mode::OneToOne && (!claimed || m.personId != *claimed))
            continue; // one-to-one compares with the named person only
        if (std::isfinite(m.score) && (!best || m.score > best->score))
            best = &m;
    }
    if (!best)
        return result;
    result.score = best->score;
    result.band = bands.classify(best->score);
    if (result.band != DecisionBands::Band::NoMatch) {
        result.residentId = best->personId;
        result.templateId = best->templateId;
    }
    return result;
}

Result<VerificationService::Record> VerificationService::confirmFace(const FaceResult &result)
{
    return UnitOfWork::write(m_vault, Permission::Verify, [&](UnitOfWork &work) -> Result<Record> {
        if (result.band == DecisionBands::Band::NoMatch || !result.residentId || !std::isfinite(result.score))
            return makeError(ErrorKind::InvalidArgument,
                             tr("The face did not match, so there is nothing to confirm. Use another way."));
        TRY_ASSIGN(const ResidentListQuery list, work.residentList());
        TRY_ASSIGN(const std::optional<ResidentRow> row, list.row(*result.residentId));
        TRY_ASSIGN(const QList<StoredTemplate> templates, work.templates().ofResident(*result.residentId));
        bool templateHeld = false;
        for (const StoredTemplate &t : templates)
            templateHeld = templateHeld || t.id == result.templateId;
        if (!row || row->state != ResidentRow::State::Active || !templateHeld) {
            // A stale gallery entry (withdrawn, expired or deleted since): the face must not be used.
            return makeError(ErrorKind::Policy,
                             tr("This person no longer has a consent in force for face "
                                "recognition, so nothing was recorded. Use another way."));
        }
        Record record;
        record.method = Method::Face;
        record.mode = result.mode;
        record.outcome = Outcome::Verified;
        record.residentId = result.residentId;
        record.templateId = result.templateId;
        record.score = result.score;
        record.reason = QStringLiteral("confirmed_by_staff");
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

Result<qint64> VerificationService::recordIdentification(const QString &outcome, int faces, const QString &source)
{
    return UnitOfWork::write(m_vault, Permission::Verify, [&](UnitOfWork &work) -> Result<qint64> {
        return work.audit(AuditKind::Identification, std::nullopt,
                          { { QStringLiteral("source"), source },
                            { QStringLiteral("mode"), modeKey(Mode::OneToMany) },
                            { QStringLiteral("outcome"), outcome },
                            { QStringLiteral("faces"), faces } });
    });
}

Result<VerificationService::Record> VerificationService::store(UnitOfWork &work, Record record)
{
    record.at = Clock::instance().now();
    const bool verified = record.outcome == Outcome::Verified;
    if (verified && record.residentId) {
        TRY(work.residents().setLastVerified(*record.residentId, record.at));
        if (record.templateId != 0)
            TRY(work.templates().markMatched(record.templateId));
    }
    const QString result = verified ? QStringLiteral("verified") : QStringLiteral("not_verified");
    const QString mode = record.mode ? modeKey(*record.mode) : QStringLiteral("none");
    VerificationRow row;
    row.at = record.at;
    row.residentId = record.residentId;
    row.mode = mode;
    row.method = methodKey(record.method);
    row.result = result;
    row.reason = record.reason;
    if (record.method == Method::Face)
        row.score = std::round(static_cast<double>(record.score) * 1000.0) / 1000.0;
    row.staff = work.actor();
    TRY_ASSIGN(record.recordId, work.verifications().add(row));
    // The chain keeps that a verification happened, by whom and how; the person stays in the record, which
    // the purge deletes after the stated period.
    const QJsonObject details { { QStringLiteral("record_id"), static_cast<double>(record.recordId) },
                                { QStringLiteral("mode"), mode },
                                { QStringLiteral("method"), row.method },
                                { QStringLiteral("result"), result },
                                { QStringLiteral("reason"), record.reason } };
    TRY_ASSIGN(record.auditEventId, work.audit(AuditKind::Verification, std::nullopt, details));
    work.changed(UnitOfWork::Change::VerificationRecorded,
                 record.residentId ? QList<qint64> { *record.residentId } : QList<qint64>());
    return record;
}

} // namespace consentry
