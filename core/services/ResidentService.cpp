#include "services/ResidentService.h"

#include "compliance/GuardianRule.h"
#include "compliance/NoticeText.h"
#include "domain/AuditActor.h"
#include "domain/AuditKind.h"
#include "platform/Clock.h"
#include "services/AccessPackage.h"
#include "services/PaperConsent.h"
#include "services/ReceiptDocuments.h"
#include "services/SettingsService.h"
#include "services/UnitOfWork.h"
#include "storage/DeletionLedger.h"

#include <QSet>

namespace consentry {

namespace {
using Change = UnitOfWork::Change;

SiteProfile siteForReceipt(UnitOfWork &work)
{
    const Result<SiteProfile> site = work.settings().siteProfile();
    return site ? site.value() : SiteProfile(); // a receipt is still due with an unreadable profile
}

// Nobody is asked before the notice is complete (issue 10 §1), and a grant is taken only on a notice that
// states what the one in force states materially (a paper signed before a material change is refused).
Status checkNoticeComplete(UnitOfWork &work)
{
    TRY_ASSIGN(const SiteProfile site, work.settings().siteProfile());
    return site.checkComplete(ResidentService::tr("No one can be asked for consent or enrolled"));
}

Status checkAskable(UnitOfWork &work, const NoticeVersion &notice, Consent::Decision decision)
{
    TRY(checkNoticeComplete(work));
    if (decision != Consent::Decision::Granted)
        return {};
    TRY_ASSIGN(const QString current, work.settings().currentNoticeVersion());
    if (current.isEmpty() || current == notice.version)
        return {};
    TRY_ASSIGN(const std::optional<QJsonObject> now, SettingsService::statedMaterial(work, current));
    TRY_ASSIGN(const std::optional<QJsonObject> then, SettingsService::statedMaterial(work, notice.version));
    if (now && (!then || !NoticeText::materialChanges(*then, *now).isEmpty()))
        return makeError(ErrorKind::Policy,
                         ResidentService::tr("The consent was given on notice version %1, but the notice in force "
                                             "(version %2) changed what is done with face data; the person must "
                                             "read version %2 and consent again.")
                             .arg(notice.version, current));
    return {};
}

// A known date of birth is the age answer; without one the basis can only be the declared flag.
Resident withAgeBasis(Resident r)
{
    if (r.dateOfBirth.isValid())
        r.ageBasis = Resident::AgeBasis::DateOfBirth;
    else if (r.ageBasis == Resident::AgeBasis::DateOfBirth)
        r.ageBasis = Resident::AgeBasis::Unknown;
    return r;
}

// Characters that make a printed name read differently from the stored one (bidirectional overrides and
// isolates, zero-width joiners are allowed: some scripts need them).
bool isHiddenControl(QChar c)
{
    const char16_t u = c.unicode();
    if (u == 0x200D || u == 0x200C)
        return false;
    if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C)
        return true;
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
}

// The earliest plausible date of birth: nobody enrolled is older than this.
constexpr int kOldestAgeYears = 130;
} // namespace

ResidentService::ResidentService(Vault &vault)
    : m_vault(vault)
{
}

Status ResidentService::checkName(const QString &text, const QString &what, int maxLength)
{
    if (text.size() > maxLength)
        return makeError(ErrorKind::Policy, tr("%1 is too long (at most %2 characters).").arg(what).arg(maxLength));
    if (std::any_of(text.begin(), text.end(), isHiddenControl))
        return makeError(ErrorKind::Policy,
                         tr("%1 contains control or text-direction characters; type it again "
                            "as it is written.")
                             .arg(what));
    return {};
}

Status ResidentService::validate(const Resident &r)
{
    if (r.name.trimmed().isEmpty() && !r.reducedAt.isValid())
        return makeError(ErrorKind::InvalidArgument, tr("The resident's name must not be empty."));
    if (r.name.size() > 200 || r.unit.size() > 100)
        return makeError(ErrorKind::InvalidArgument, tr("The resident's name or unit is too long."));
    TRY(checkName(r.name, tr("The resident's name")));
    TRY(checkName(r.unit, tr("The unit or room"), 100));
    const QDate today = Clock::instance().now().date();
    if (r.dateOfBirth.isValid() && r.dateOfBirth > today.addDays(1))
        return makeError(ErrorKind::Policy, tr("The date of birth is in the future."));
    if (r.dateOfBirth.isValid() && r.dateOfBirth < today.addYears(-kOldestAgeYears))
        return makeError(ErrorKind::Policy,
                         tr("The date of birth %1 is more than %2 years ago; check it.")
                             .arg(r.dateOfBirth.toString(Qt::ISODate))
                             .arg(kOldestAgeYears));
    if (r.moveIn.isValid() && r.moveOut.isValid() && r.moveOut < r.moveIn)
        return makeError(ErrorKind::InvalidArgument, tr("The move-out date is before the move-in date."));
    return {};
}

Result<Resident> ResidentService::existing(UnitOfWork &work, qint64 residentId)
{
    TRY_ASSIGN(const std::optional<Resident> found, work.residents().find(residentId));
    if (!found)
        return makeError(ErrorKind::NotFound, tr("There is no resident with id %1.").arg(residentId));
    return *found;
}

// ---- Reading

Result<Resident> ResidentService::get(qint64 residentId)
{
    return UnitOfWork::read(m_vault, Permission::ViewResidents,
                            [&](UnitOfWork &work) { return existing(work, residentId); });
}

Result<QList<ResidentRow>> ResidentService::page(const ResidentFilter &filter, int offset, int limit)
{
    return UnitOfWork::read(m_vault, Permission::ViewResidents, [&](UnitOfWork &work) -> Result<QList<ResidentRow>> {
        TRY_ASSIGN(const ResidentListQuery list, work.residentList());
        return list.page(filter, offset, limit);
    });
}

Result<qint64> ResidentService::count(const ResidentFilter &filter)
{
    return UnitOfWork::read(m_vault, Permission::ViewResidents, [&](UnitOfWork &work) -> Result<qint64> {
        TRY_ASSIGN(const ResidentListQuery list, work.residentList());
        return list.count(filter);
    });
}

Result<ResidentDetails> ResidentService::details(qint64 residentId)
{
    return UnitOfWork::read(m_vault, Permission::ViewResidents, [&](UnitOfWork &work) {
        return collect(work, residentId, AccessControl::allows(work.session().role, Permission::ReadAudit));
    });
}

Result<QList<Consent>> ResidentService::consents(qint64 residentId)
{
    return UnitOfWork::read(m_vault, Permission::ViewResidents, [&](UnitOfWork &work) -> Result<QList<Consent>> {
        TRY(existing(work, residentId));
        return work.consents().ofResident(residentId);
    });
}

Result<QList<StoredTemplate>> ResidentService::templates(qint64 residentId)
{
    return UnitOfWork::read(m_vault, Permission::ViewResidents, [&](UnitOfWork &work) -> Result<QList<StoredTemplate>> {
        TRY(existing(work, residentId));
        return work.templates().ofResident(residentId);
    });
}

Result<QList<ResidentRow>> ResidentService::dueWithin(int days)
{
    return UnitOfWork::read(m_vault, Permission::ViewResidents, [&](UnitOfWork &work) -> Result<QList<ResidentRow>> {
        if (days < 0)
            return makeError(ErrorKind::InvalidArgument, tr("The number of days must not be negative."));
        TRY_ASSIGN(const ResidentListQuery list, work.residentList());
        ResidentFilter filter;
        filter.retentionDueWithinDays = days;
        filter.order = ResidentFilter::Order::RetentionDue;
        QList<ResidentRow> all;
        for (int offset = 0;; offset += 1000) {
            TRY_ASSIGN(const QList<ResidentRow> page, list.page(filter, offset, 1000));
            all += page;
            if (page.size() < 1000)
                return all;
        }
    });
}

Result<ResidentDetails> ResidentService::collect(UnitOfWork &work, qint64 residentId, bool withEvents)
{
    ResidentDetails d;
    TRY_ASSIGN(d.resident, existing(work, residentId));
    TRY_ASSIGN(const ResidentListQuery list, work.residentList());
    TRY_ASSIGN(const std::optional<ResidentRow> row, list.row(residentId));
    if (row)
        d.row = *row;
    TRY_ASSIGN(const QList<Consent> consents, work.consents().ofResident(residentId));
    for (const Consent &c : consents) {
        ResidentDetails::ConsentEntry entry;
        entry.consent = c;
        TRY_ASSIGN(const std::optional<NoticeVersion> notice, work.notices().byId(c.noticeVersionId));
        if (notice) {
            entry.noticeVersion = notice->version;
            entry.noticeLanguage = notice->language;
            entry.noticeSha256Hex = QString::fromLatin1(notice->sha256.toHex());
        }
        TRY_ASSIGN(const QByteArray signature, work.consents().signature(c.id));
        entry.hasSignature = !signature.isNull();
        d.consents << entry;
    }
    TRY_ASSIGN(const QList<StoredTemplate> templates, work.templates().ofResident(residentId));
    for (const StoredTemplate &t : templates) {
        ResidentDetails::TemplateInfo info;
        info.id = t.id;
        info.engineId = t.engineId;
        info.modelSha256Hex = QString::fromLatin1(t.modelSha256.toHex());
        info.bytes = static_cast<int>(t.vector.size());
        info.quality = t.quality;
        info.createdAt = t.createdAt;
        info.lastMatchedAt = t.lastMatchedAt;
        d.templates << info;
    }
    TRY_ASSIGN(const QList<VerificationRow> verifications, work.verifications().ofResident(residentId));
    for (const VerificationRow &v : verifications)
        d.verifications << ResidentDetails::VerificationEntry { v.at, v.mode, v.method, v.result, v.staff };
    d.auditVisible = withEvents;
    if (withEvents) {
        TRY_ASSIGN(d.events, work.auditLog().eventsOfResident(residentId));
    }
    return d;
}

// ---- Changing

Result<qint64> ResidentService::create(const Resident &resident)
{
    return UnitOfWork::write(m_vault, Permission::Enroll, [&](UnitOfWork &work) -> Result<qint64> {
        TRY(validate(resident));
        TRY_ASSIGN(const qint64 id, work.residents().add(withAgeBasis(resident)));
        TRY(work.audit(AuditKind::ResidentCreated, id));
        work.changed(Change::ResidentCreated, { id });
        return id;
    });
}

Status ResidentService::edit(const Resident &resident)
{
    return UnitOfWork::write(m_vault, Permission::Enroll, [&](UnitOfWork &work) -> Status {
        TRY_ASSIGN(const Resident before, existing(work, resident.id));
        Resident changed = before;
        changed.name = resident.name.trimmed();
        changed.unit = resident.unit.trimmed();
        changed.dateOfBirth = resident.dateOfBirth;
        changed.minorFlag = resident.minorFlag;
        changed.ageBasis = resident.ageBasis;
        changed.moveIn = resident.moveIn;
        changed.moveOut = resident.moveOut;
        changed.status = resident.status;
        changed = withAgeBasis(changed);
        TRY(validate(changed));
        TRY(checkAgeChange(work, before, changed));
        TRY(work.residents().update(changed));
        TRY(work.audit(AuditKind::ResidentEdited, changed.id));
        work.changed(Change::ResidentEdited, { changed.id });
        return {};
    });
}

Status ResidentService::setMoveOut(qint64 residentId, const QDate &moveOut)
{
    return UnitOfWork::write(m_vault, Permission::Enroll, [&](UnitOfWork &work) -> Status {
        TRY_ASSIGN(Resident changed, existing(work, residentId));
        changed.moveOut = moveOut;
        changed.status = moveOut.isValid() && moveOut <= Clock::instance().now().date() ? Resident::Status::MovedOut
                                                                                        : Resident::Status::Active;
        TRY(validate(changed));
        TRY(work.residents().update(changed));
        TRY(work.audit(AuditKind::ResidentEdited, residentId));
        work.changed(Change::ResidentEdited, { residentId });
        return {};
    });
}

Result<EnrollmentReceipt> ResidentService::enroll(const Resident &resident, const Consent &consent,
                                                  const QList<StoredTemplate> &templates,
                                                  const QByteArray &signaturePng,
                                                  const std::optional<AcceptedDuplicate> &duplicate)
{
    QList<Permission> needs { Permission::Enroll };
    if (duplicate)
        needs << Permission::DecideDuplicates;
    return UnitOfWork::write(m_vault, needs, [&](UnitOfWork &work) {
        return enrollIn(work, resident, consent, templates, signaturePng, duplicate);
    });
}

Result<EnrollmentReceipt> ResidentService::enrollIn(UnitOfWork &work, const Resident &resident, Consent consent,
                                                    const QList<StoredTemplate> &templates,
                                                    const QByteArray &signaturePng,
                                                    const std::optional<AcceptedDuplicate> &duplicate)
{
    TRY(validate(resident));
    if (consent.decision != Consent::Decision::Granted && !templates.isEmpty())
        return makeError(ErrorKind::Policy,
                         tr("Face templates are kept only with a granted consent; nothing was saved."));
    if (duplicate && !AccessControl::allows(work.session().role, Permission::DecideDuplicates))
        return AccessControl::check(work.session().role, Permission::DecideDuplicates).error(); // caller's bug
    if (consent.decision == Consent::Decision::Granted && !resident.moveOut.isValid()) {
        // A hotel guest's retention clock must start from a real date (issue 10 §2).
        TRY_ASSIGN(const SiteProfile site, work.settings().siteProfile());
        if (site.siteType == SiteProfile::SiteType::Hotel)
            return makeError(ErrorKind::Policy,
                             tr("Enter the guest's expected checkout date: at a hotel, face data is deleted a set "
                                "number of days after checkout, so the date is needed before anything is saved."));
    }
    EnrollmentReceipt receipt;
    TRY_ASSIGN(receipt.residentId, work.residents().add(withAgeBasis(resident)));
    TRY(work.audit(AuditKind::ResidentCreated, receipt.residentId));
    consent.residentId = receipt.residentId;
    TRY_ASSIGN(receipt.consentId, insertConsent(work, consent, signaturePng));
    for (StoredTemplate face : templates) {
        face.residentId = receipt.residentId;
        TRY_ASSIGN(const qint64 templateId, insertTemplate(work, face));
        receipt.templateIds << templateId;
    }
    if (duplicate) {
        // The manager's decision is part of the record (no face data in it, only the ids and the score).
        TRY(work.audit(AuditKind::DuplicateAccepted, receipt.residentId,
                       { { QStringLiteral("matched_resident_id"), static_cast<double>(duplicate->matchedResidentId) },
                         { QStringLiteral("score"), double(duplicate->score) } }));
    }
    work.changed(Change::ResidentCreated, { receipt.residentId });
    work.changed(Change::ConsentRecorded, { receipt.residentId });
    if (!templates.isEmpty())
        work.changed(Change::TemplatesChanged, { receipt.residentId });
    return receipt;
}

Result<EnrollmentReceipt> ResidentService::replaceTemplatesIn(UnitOfWork &work, qint64 residentId,
                                                              const std::optional<Consent> &renewed,
                                                              const QByteArray &signaturePng,
                                                              const QList<StoredTemplate> &templates)
{
    TRY(existing(work, residentId));
    if (templates.isEmpty())
        return makeError(ErrorKind::InvalidArgument, tr("There is no good face sample to store; capture again."));
    EnrollmentReceipt receipt;
    receipt.residentId = residentId;
    if (renewed) {
        if (renewed->decision != Consent::Decision::Granted)
            return makeError(ErrorKind::Policy,
                             tr("Face data may be stored only with a granted consent; nothing was saved."));
        Consent consent = renewed.value();
        consent.residentId = residentId;
        // A grant waiting for renewal (a material change of the notice) is replaced by this decision, as in
        // renewConsent: left in place, its overdue renewal would delete the new face data.
        TRY_ASSIGN(const int ended, work.consents().endRenewed(residentId, ConsentRepository::RenewedBy));
        TRY_ASSIGN(receipt.consentId, insertConsent(work, consent, signaturePng));
        if (ended > 0) {
            TRY(work.audit(AuditKind::ConsentRenewed, residentId,
                           { { QStringLiteral("consent_id"), static_cast<double>(receipt.consentId) },
                             { QStringLiteral("decision"), Consent::decisionKey(consent.decision) },
                             { QStringLiteral("reason"), QStringLiteral("reenrollment") } }));
            work.changed(Change::ConsentRenewal, { residentId });
        }
        work.changed(Change::ConsentRecorded, { residentId });
    }
    TRY_ASSIGN(const bool consented, work.consents().hasActiveGrant(residentId));
    if (!consented) // checked before anything is deleted: a refused re-enrollment keeps the old face data
        return makeError(ErrorKind::Policy,
                         tr("Resident %1 has no granted consent in force, so no face data may be stored. Ask for "
                            "consent again first.")
                             .arg(residentId));
    TRY_ASSIGN(const int deleted,
               deleteTemplates(work, residentId, { QStringLiteral("reenrollment"), false, false, std::nullopt }));
    for (StoredTemplate face : templates) {
        face.residentId = residentId;
        TRY_ASSIGN(const qint64 id, insertTemplate(work, face));
        receipt.templateIds << id;
    }
    TRY(work.audit(AuditKind::TemplatesReplaced, residentId,
                   { { QStringLiteral("templates_deleted"), deleted },
                     { QStringLiteral("templates_added"), static_cast<int>(receipt.templateIds.size()) },
                     { QStringLiteral("engine"), templates.constFirst().engineId },
                     { QStringLiteral("consent_renewed"), renewed.has_value() } }));
    work.changed(Change::TemplatesChanged, { residentId });
    return receipt;
}

Result<Consent> ResidentService::consentFromPaper(const PaperConsent &paper, const Resident &resident)
{
    return UnitOfWork::read(m_vault, Permission::Enroll, [&](UnitOfWork &work) -> Result<Consent> {
        TRY(checkNoticeComplete(work));
        TRY_ASSIGN(const Consent consent, paper.toConsent(work, resident));
        TRY_ASSIGN(const std::optional<NoticeVersion> notice, work.notices().byId(consent.noticeVersionId));
        if (notice)
            TRY(checkAskable(work, *notice, consent.decision));
        return consent;
    });
}

Status ResidentService::recordDiscarded(const Consent &consent, const QString &reason)
{
    return UnitOfWork::write(m_vault, Permission::Enroll, [&](UnitOfWork &work) -> Status {
        TRY_ASSIGN(const std::optional<NoticeVersion> notice, work.notices().byId(consent.noticeVersionId));
        std::optional<qint64> resident;
        if (consent.residentId != 0) {
            TRY(existing(work, consent.residentId));
            resident = consent.residentId;
        }
        // No name: the person's decision was not stored, so neither is who they are.
        TRY(work.audit(AuditKind::ConsentDiscarded, resident,
                       { { QStringLiteral("decision"), Consent::decisionKey(consent.decision) },
                         { QStringLiteral("notice_version"), notice ? notice->version : QString() },
                         { QStringLiteral("signer_role"), Consent::signerRoleKey(consent.signerRole) },
                         { QStringLiteral("reason"), reason } }));
        return {};
    });
}

Result<qint64> ResidentService::recordConsent(const Consent &consent, const QByteArray &signaturePng)
{
    return UnitOfWork::write(m_vault, Permission::Enroll, [&](UnitOfWork &work) -> Result<qint64> {
        TRY_ASSIGN(const qint64 id, insertConsent(work, consent, signaturePng));
        work.changed(Change::ConsentRecorded, { consent.residentId });
        return id;
    });
}

namespace {
// The grant of a resident waiting for renewal, or a Policy error saying none is.
Result<Consent> waitingGrant(UnitOfWork &work, qint64 residentId)
{
    TRY_ASSIGN(const QList<Consent> consents, work.consents().ofResident(residentId));
    for (auto it = consents.crbegin(); it != consents.crend(); ++it) {
        if (it->needsRenewal())
            return *it;
    }
    return makeError(ErrorKind::Policy,
                     ResidentService::tr("Resident %1 has no consent waiting for renewal.").arg(residentId));
}
} // namespace

Result<ResidentService::RenewalChanges> ResidentService::renewalChanges(qint64 residentId, const QString &language)
{
    return UnitOfWork::read(m_vault, Permission::ViewResidents, [&](UnitOfWork &work) -> Result<RenewalChanges> {
        TRY(existing(work, residentId));
        TRY_ASSIGN(const Consent waiting, waitingGrant(work, residentId));
        RenewalChanges result;
        result.dueAt = waiting.renewalDueAt;
        TRY_ASSIGN(const std::optional<NoticeVersion> then, work.notices().byId(waiting.noticeVersionId));
        result.fromVersion = then ? then->version : QString();
        TRY_ASSIGN(result.toVersion, work.settings().currentNoticeVersion());
        TRY_ASSIGN(const std::optional<QJsonObject> before, SettingsService::statedMaterial(work, result.fromVersion));
        TRY_ASSIGN(const std::optional<QJsonObject> after, SettingsService::statedMaterial(work, result.toVersion));
        for (const NoticeText::MaterialChange &change :
             NoticeText::describeChanges(before.value_or(QJsonObject()), after.value_or(QJsonObject()), language))
            result.changes.append({ change.field, { change.before, change.after } });
        return result;
    });
}

Result<qint64> ResidentService::renewConsent(const Consent &consent, const QByteArray &signaturePng)
{
    return UnitOfWork::write(m_vault, Permission::Enroll, [&](UnitOfWork &work) -> Result<qint64> {
        TRY(existing(work, consent.residentId));
        TRY_ASSIGN(const Consent waiting, waitingGrant(work, consent.residentId));
        TRY_ASSIGN(const QString current, work.settings().currentNoticeVersion());
        TRY_ASSIGN(const std::optional<NoticeVersion> shown, work.notices().byId(consent.noticeVersionId));
        if (!shown || shown->version != current)
            return makeError(ErrorKind::Policy,
                             tr("A renewed consent must be given on the notice in force (version %1).").arg(current));
        TRY(work.consents().endRenewed(consent.residentId, ConsentRepository::RenewedBy));
        TRY_ASSIGN(const qint64 id, insertConsent(work, consent, signaturePng));
        int deleted = 0;
        if (consent.decision != Consent::Decision::Granted) {
            TRY_ASSIGN(deleted,
                       deleteTemplates(work, consent.residentId,
                                       { QStringLiteral("renewal_declined"), true, false, std::nullopt }));
            if (deleted > 0)
                TRY(work.audit(AuditKind::TemplateDeleted, consent.residentId,
                               { { QStringLiteral("count"), deleted },
                                 { QStringLiteral("reason"), QStringLiteral("renewal_declined") } }));
        }
        TRY_ASSIGN(const std::optional<NoticeVersion> then, work.notices().byId(waiting.noticeVersionId));
        TRY(work.audit(AuditKind::ConsentRenewed, consent.residentId,
                       { { QStringLiteral("consent_id"), static_cast<double>(id) },
                         { QStringLiteral("decision"), Consent::decisionKey(consent.decision) },
                         { QStringLiteral("from_notice_version"), then ? then->version : QString() },
                         { QStringLiteral("to_notice_version"), current },
                         { QStringLiteral("templates_deleted"), deleted } }));
        work.changed(Change::ConsentRenewal, { consent.residentId });
        work.changed(Change::ConsentRecorded, { consent.residentId });
        work.changed(Change::TemplatesChanged, { consent.residentId }); // the gallery takes them back (or not)
        return id;
    });
}

Result<QList<qint64>> ResidentService::addTemplates(qint64 residentId, const QList<StoredTemplate> &templates)
{
    return UnitOfWork::write(m_vault, Permission::Enroll, [&](UnitOfWork &work) -> Result<QList<qint64>> {
        TRY(existing(work, residentId));
        QList<qint64> ids;
        for (StoredTemplate face : templates) {
            face.residentId = residentId;
            TRY_ASSIGN(const qint64 id, insertTemplate(work, face));
            ids << id;
        }
        work.changed(Change::TemplatesChanged, { residentId });
        return ids;
    });
}

// The consent checked against the store (notice, signer, time, witness, guardian, alternative) and inserted
// with its signature and audit event; the witness defaults to the signed-in user.
Result<qint64> ResidentService::insertConsent(UnitOfWork &work, Consent c, const QByteArray &signaturePng)
{
    TRY_ASSIGN(const Resident resident, existing(work, c.residentId));
    TRY(checkNoticeComplete(work));
    TRY_ASSIGN(const std::optional<NoticeVersion> notice, work.notices().byId(c.noticeVersionId));
    if (!notice)
        return makeError(ErrorKind::Policy, tr("The consent refers to a notice version that does not exist."));
    TRY(checkAskable(work, *notice, c.decision));
    if (c.signer.trimmed().isEmpty())
        return makeError(ErrorKind::Policy, tr("The consent has no signer."));
    TRY(checkConsentText(c));
    if (c.subjectName.trimmed().isEmpty())
        c.subjectName = resident.name;
    if (!c.signedAt.isValid())
        return makeError(ErrorKind::Policy, tr("The consent has no signing time."));
    if (c.signedAt > Clock::instance().now().addSecs(60))
        return makeError(ErrorKind::Policy, tr("The consent's signing time is in the future."));
    if (c.witness.isEmpty())
        c.witness = work.session().userName;
    TRY_ASSIGN(const std::optional<StaffUser> witness, work.users().find(c.witness));
    if (!witness && !work.session().viaRecoveryKey)
        return makeError(ErrorKind::Policy, tr("The witness \"%1\" is not a user of this store.").arg(c.witness));
    // An auditor reads the records and takes no consents: the witness is the staff member at the desk.
    if (witness && witness->role == Role::Auditor)
        return makeError(
            ErrorKind::Policy,
            tr("The witness \"%1\" is an auditor; a consent is witnessed by staff or a manager.").arg(c.witness));
    if (c.decision == Consent::Decision::Granted)
        TRY(GuardianRule::checkAgeAnswered(resident));
    TRY(GuardianRule::check(resident, c));
    if (c.decision == Consent::Decision::Declined && c.alternative.trimmed().isEmpty())
        return makeError(ErrorKind::Policy,
                         tr("A declined consent must record the alternative way of verification offered."));

    TRY_ASSIGN(const qint64 id, work.consents().add(c));
    TRY_ASSIGN(const bool holdsGrant, work.consents().hasActiveGrant(c.residentId));
    if (c.decision == Consent::Decision::Declined && !holdsGrant) {
        // Keep only what is needed (issue 10 §6): a decline keeps the name, the decision, the alternative, the
        // notice version, the time and the staff member. The date of birth becomes the "under 14" answer it
        // gave on the signing day (who decided matters); unit, dates and the signature are not kept.
        Resident kept = resident;
        const bool under14 = GuardianRule::applies(resident, c.signedAt.date());
        if (resident.ageBasis != Resident::AgeBasis::Unknown)
            kept.declareUnder14(under14);
        kept.unit.clear();
        kept.moveIn = QDate();
        kept.moveOut = QDate();
        TRY(work.residents().update(kept));
    }
    if (c.decision == Consent::Decision::Granted && !signaturePng.isEmpty())
        TRY(work.consents().addSignature(id, signaturePng));
    TRY(work.audit(c.decision == Consent::Decision::Granted ? AuditKind::ConsentGranted : AuditKind::ConsentDeclined,
                   c.residentId,
                   { { QStringLiteral("consent_id"), static_cast<double>(id) },
                     { QStringLiteral("notice_version_id"), static_cast<double>(c.noticeVersionId) } }));
    return id;
}

// The free texts of a consent as a person wrote them (issue 15 defect 8: a 500,000-character signer and
// direction-override characters were accepted).
Status ResidentService::checkConsentText(const Consent &c)
{
    TRY(checkName(c.signer, tr("The signer's name")));
    TRY(checkName(c.subjectName, tr("The resident's name")));
    TRY(checkName(c.guardianName, tr("The guardian's name")));
    TRY(checkName(c.guardianRelation, tr("The guardian's relation"), 50));
    TRY(checkName(c.witness, tr("The witness"), 100));
    TRY(checkName(c.alternative, tr("The alternative"), 200));
    TRY(checkName(c.evidence, tr("The evidence note"), 500));
    return {};
}

// The age answer changed after a consent: re-evaluated against every grant in force. A change that would make
// a grant invalid (a child who signed in their own name) is refused until the consent is renewed; an allowed
// change is audited with the old and new answers — as "under 14" status and basis, never the dates, because
// the audit chain outlives the person's record.
Status ResidentService::checkAgeChange(UnitOfWork &work, const Resident &before, const Resident &after)
{
    if (before.dateOfBirth == after.dateOfBirth && before.minorFlag == after.minorFlag
        && before.ageBasis == after.ageBasis)
        return {};
    TRY_ASSIGN(const QList<Consent> consents, work.consents().ofResident(after.id));
    bool anyGrant = false;
    for (const Consent &c : consents) {
        if (!c.isActiveGrant())
            continue;
        anyGrant = true;
        if (!GuardianRule::check(after, c))
            return makeError(ErrorKind::Policy,
                             tr("With this date of birth the consent in force was not given by the right person "
                                "(a child under 14 needs the guardian's consent); take a new consent first, then "
                                "change the date of birth."));
    }
    if (!anyGrant)
        return {};
    const QDate today = Clock::instance().now().date();
    TRY(work.audit(AuditKind::AgeAnswerChanged, after.id,
                   { { QStringLiteral("old_basis"), Resident::ageBasisKey(before.ageBasis) },
                     { QStringLiteral("new_basis"), Resident::ageBasisKey(after.ageBasis) },
                     { QStringLiteral("old_under_14"), GuardianRule::applies(before, today) },
                     { QStringLiteral("new_under_14"), GuardianRule::applies(after, today) } }));
    return {};
}

// One template with its audit event, only under a granted consent in force.
Result<qint64> ResidentService::insertTemplate(UnitOfWork &work, const StoredTemplate &face)
{
    if (face.vector.isEmpty() || face.engineId.isEmpty())
        return makeError(ErrorKind::InvalidArgument, tr("A face template needs an engine and a vector."));
    TRY_ASSIGN(const bool consented, work.consents().hasActiveGrant(face.residentId));
    if (!consented)
        return makeError(
            ErrorKind::Policy,
            tr("Resident %1 has no granted consent in force, so no face data may be stored.").arg(face.residentId));
    TRY_ASSIGN(const qint64 id, work.templates().add(face));
    TRY(work.audit(
        AuditKind::TemplateCreated, face.residentId,
        { { QStringLiteral("template_id"), static_cast<double>(id) }, { QStringLiteral("engine"), face.engineId } }));
    return id;
}

Result<ResidentService::Withdrawal> ResidentService::withdraw(qint64 residentId, const QString &language)
{
    return UnitOfWork::write(m_vault, Permission::WithdrawConsent, [&](UnitOfWork &work) -> Result<Withdrawal> {
        TRY_ASSIGN(const Resident resident, existing(work, residentId));
        Withdrawal w;
        WithdrawalReceipt &receipt = w.receipt;
        receipt.residentId = residentId;
        receipt.at = Clock::instance().now();
        TRY_ASSIGN(const bool inForce, work.consents().hasActiveGrant(residentId));
        TRY_ASSIGN(const QList<StoredTemplate> held, work.templates().ofResident(residentId));
        // Withdrawing twice is not a second withdrawal: no new receipt, no second audit event (defect 8).
        if (!inForce && held.isEmpty())
            return makeError(ErrorKind::Policy,
                             tr("%1 has no consent in force and no face data: there is nothing to withdraw.")
                                 .arg(resident.name.isEmpty() ? tr("Resident %1").arg(residentId) : resident.name));
        TRY_ASSIGN(receipt.consentsWithdrawn, work.consents().withdrawAll(residentId, work.actor()));
        TRY_ASSIGN(receipt.templatesDeleted,
                   deleteTemplates(work, residentId, { QStringLiteral("withdrawal"), true, false, std::nullopt }));
        TRY_ASSIGN(receipt.auditEventId,
                   work.audit(AuditKind::ConsentWithdrawn, residentId,
                              { { QStringLiteral("consents_withdrawn"), receipt.consentsWithdrawn },
                                { QStringLiteral("templates_deleted"), receipt.templatesDeleted } }));
        if (receipt.templatesDeleted > 0) {
            TRY(work.audit(AuditKind::TemplateDeleted, residentId,
                           { { QStringLiteral("count"), receipt.templatesDeleted },
                             { QStringLiteral("reason"), QStringLiteral("withdrawal") } }));
        }
        work.changed(Change::ConsentWithdrawn, { residentId });
        w.document = ReceiptDocuments::withdrawal(siteForReceipt(work), resident, receipt, work.actor(), language);
        w.text = ReceiptDocuments::withdrawalText(resident, receipt);
        return w;
    });
}

Result<ResidentService::Deletion> ResidentService::remove(qint64 residentId, const QString &language)
{
    return UnitOfWork::write(m_vault, Permission::DeleteResidents, [&](UnitOfWork &work) -> Result<Deletion> {
        TRY_ASSIGN(const Resident resident, existing(work, residentId));
        Deletion d;
        DeletionReceipt &receipt = d.receipt;
        receipt.residentId = residentId;
        TRY_ASSIGN(receipt.templatesDeleted,
                   deleteTemplates(work, residentId, { QStringLiteral("deletion"), true, true, std::nullopt }));
        TRY_ASSIGN(const QList<Consent> consents, work.consents().ofResident(residentId));
        receipt.consentsDeleted = static_cast<int>(consents.size());
        TRY(work.residents().remove(residentId));
        TRY_ASSIGN(receipt.auditEventId,
                   work.audit(AuditKind::ResidentDeleted, residentId,
                              { { QStringLiteral("templates_deleted"), receipt.templatesDeleted },
                                { QStringLiteral("consents_deleted"), receipt.consentsDeleted } }));
        work.changed(Change::ResidentDeleted, { residentId });
        d.document = ReceiptDocuments::deletion(siteForReceipt(work), resident, receipt, Clock::instance().now(),
                                                work.actor(), language);
        return d;
    });
}

Result<ExportReceipt> ResidentService::exportPackage(qint64 residentId, const QString &outDir, const QString &language)
{
    return UnitOfWork::write(m_vault, Permission::Export, [&](UnitOfWork &work) -> Result<ExportReceipt> {
        if (outDir.trimmed().isEmpty())
            return makeError(ErrorKind::InvalidArgument,
                             AccessPackage::tr("Choose a folder to write the access package into."));
        TRY_ASSIGN(const ResidentDetails details, collect(work, residentId, true));
        return AccessPackage::write(work, details, outDir, language);
    });
}

Status ResidentService::keepPendingReceipt(const PendingReceipt &receipt)
{
    return UnitOfWork::write(m_vault, Permission::WithdrawConsent, [&](UnitOfWork &work) -> Status {
        if (receipt.pdf.isEmpty() || receipt.residentId == 0)
            return makeError(ErrorKind::InvalidArgument, tr("There is no receipt to keep."));
        PendingReceiptRepository::Row row;
        row.residentId = receipt.residentId;
        row.kind
            = receipt.kind == QLatin1String("deletion") ? QStringLiteral("deletion") : QStringLiteral("withdrawal");
        row.name = receipt.name;
        row.fileName = receipt.fileName;
        row.pdf = receipt.pdf;
        row.createdAt = Clock::instance().now();
        return work.pendingReceipts().put(row);
    });
}

Result<QList<ResidentService::PendingReceipt>> ResidentService::pendingReceipts()
{
    return UnitOfWork::read(
        m_vault, Permission::WithdrawConsent, [&](UnitOfWork &work) -> Result<QList<PendingReceipt>> {
            TRY_ASSIGN(const QList<PendingReceiptRepository::Row> rows, work.pendingReceipts().all());
            QList<PendingReceipt> receipts;
            for (const PendingReceiptRepository::Row &r : rows)
                receipts.append({ r.residentId, r.kind, r.name, r.fileName, r.pdf, r.createdAt });
            return receipts;
        });
}

Status ResidentService::receiptSaved(qint64 residentId)
{
    return UnitOfWork::write(m_vault, Permission::WithdrawConsent,
                             [&](UnitOfWork &work) { return work.pendingReceipts().remove(residentId); });
}

Result<PurgeReport> ResidentService::purgeExpired()
{
    return UnitOfWork::write(m_vault, Permission::Purge, purge);
}

Result<PurgeReport> ResidentService::purgeScheduled()
{
    return UnitOfWork::writeAsSystem(m_vault, purge);
}

Result<PurgeReport> ResidentService::purge(UnitOfWork &work)
{
    TRY_ASSIGN(const RetentionPolicy policy, work.retentionPolicy());
    PurgeReport report;
    report.at = Clock::instance().now();

    QSet<qint64> done;
    auto note = [&](qint64 residentId, int templates, int consents, const QString &reason) -> Status {
        if (templates == 0 && consents == 0)
            return {};
        report.templatesDeleted += templates;
        report.consentsEnded += consents;
        if (!done.contains(residentId)) {
            done.insert(residentId);
            report.residentIds << residentId;
        }
        TRY(work.audit(AuditKind::TemplateDeleted, residentId,
                       { { QStringLiteral("count"), templates },
                         { QStringLiteral("consents_ended"), consents },
                         { QStringLiteral("reason"), reason } }));
        return {};
    };

    // 1. Moved out at least retention_days ago: everything biometric goes, the grant ends.
    TRY_ASSIGN(const QList<qint64> movedOut, work.residents().idsWhere(policy.dueByMoveOutSql(report.at.date())));
    for (const qint64 id : movedOut) {
        TRY_ASSIGN(const int templates,
                   deleteTemplates(work, id, { QStringLiteral("retention_move_out"), true, false, std::nullopt }));
        TRY_ASSIGN(const int consents, work.consents().withdrawAll(id, AuditActor::Retention));
        TRY(note(id, templates, consents, QStringLiteral("retention_move_out")));
    }

    // 2. Templates older than the maximum age, whatever the move-out date says.
    const QDateTime cutoff = policy.ageCutoff(report.at);
    TRY_ASSIGN(const QList<qint64> aged, work.residents().withTemplatesMadeBy(cutoff));
    TRY_ASSIGN(const ResidentListQuery list, work.residentList());
    for (const qint64 id : aged) {
        TRY_ASSIGN(const QList<StoredTemplate> held, work.templates().ofResident(id));
        const bool allGo
            = std::all_of(held.begin(), held.end(), [&](const StoredTemplate &t) { return t.createdAt <= cutoff; });
        TRY_ASSIGN(const int templates,
                   deleteTemplates(work, id, { QStringLiteral("retention_max_age"), allGo, false, cutoff }));
        TRY_ASSIGN(const std::optional<ResidentRow> row, list.row(id));
        int consents = 0;
        if (row && row->templateCount == 0) {
            TRY_ASSIGN(consents, work.consents().withdrawAll(id, AuditActor::Retention));
        }
        TRY(note(id, templates, consents, QStringLiteral("retention_max_age")));
    }

    // 3. A child whose guardian consented has turned 14: the grant needs the person's own consent now (PIPL
    //    art. 31); it is renewed like one after a material change, or its face data goes after the grace period.
    TRY_ASSIGN(const SiteProfile site, work.settings().siteProfile());
    const QDateTime ownConsentDue = report.at.addDays(site.renewalGraceDays);
    TRY_ASSIGN(const QList<qint64> grownUp,
               work.consents().markGuardianGrantsOfGrownUps(GuardianRule::bornAfter(report.at.date()), ownConsentDue));
    if (!grownUp.isEmpty()) {
        TRY(work.audit(AuditKind::RenewalRequired, std::nullopt,
                       { { QStringLiteral("reason"), QStringLiteral("own_consent_at_14") },
                         { QStringLiteral("residents"), static_cast<double>(grownUp.size()) },
                         { QStringLiteral("renewal_due_at"), ownConsentDue.toUTC().toString(Qt::ISODateWithMs) } }));
        // The gallery drops them now (it follows TemplatesChanged), the Residents list shows the state.
        work.changed(Change::ConsentRenewal, grownUp);
        work.changed(Change::TemplatesChanged, grownUp);
    }

    // 4. Not renewed within the grace period after a material change of the notice (issue 10 §3).
    TRY_ASSIGN(const QList<qint64> unrenewed, work.consents().renewalOverdue(report.at));
    for (const qint64 id : unrenewed) {
        TRY_ASSIGN(const int templates,
                   deleteTemplates(work, id, { QStringLiteral("renewal_not_given"), true, false, std::nullopt }));
        TRY_ASSIGN(const int consents, work.consents().withdrawAll(id, AuditActor::Retention));
        TRY(note(id, templates, consents, QStringLiteral("renewal_not_given")));
    }

    // 5. Verification records past the stated period (a movement trail: PIPL art. 28). A record is kept for
    // the whole of its last day: one made exactly `days` ago stays, one a second older goes.
    const int recordDays
        = site.verificationRecordDays > 0 ? site.verificationRecordDays : SiteProfile::kDefaultVerificationRecordDays;
    TRY_ASSIGN(report.verificationRecordsDeleted,
               work.verifications().removeBefore(report.at.addSecs(-qint64(recordDays) * 24 * 3600)));
    if (report.verificationRecordsDeleted > 0)
        work.changed(Change::VerificationRecorded);

    // 6. Records of people whose face data is gone, kept recordRetentionDays (Provisions art. 9), then reduced.
    TRY_ASSIGN(const int reduced, reduceRecords(work, site.recordRetentionDays, report.at));

    // 7. Receipts offered for saving but never saved: after kUnsavedReceiptDays they go (each holds a person's name).
    TRY_ASSIGN(const int receiptsDropped,
               work.pendingReceipts().removeBefore(report.at.addSecs(-qint64(kUnsavedReceiptDays) * 24 * 3600)));
    if (receiptsDropped > 0)
        work.changed(Change::ResidentEdited);

    report.residentsPurged = static_cast<int>(report.residentIds.size());
    TRY_ASSIGN(report.auditEventId,
               work.audit(AuditKind::Purge, std::nullopt,
                          { { QStringLiteral("residents_purged"), report.residentsPurged },
                            { QStringLiteral("templates_deleted"), report.templatesDeleted },
                            { QStringLiteral("consents_ended"), report.consentsEnded },
                            { QStringLiteral("records_reduced"), reduced },
                            { QStringLiteral("unsaved_receipts_dropped"), receiptsDropped },
                            { QStringLiteral("own_consent_needed"), static_cast<double>(grownUp.size()) },
                            { QStringLiteral("verification_records_deleted"), report.verificationRecordsDeleted },
                            { QStringLiteral("verification_record_days"), recordDays },
                            { QStringLiteral("retention_days"), policy.retentionDays },
                            { QStringLiteral("max_template_age_days"), policy.maxTemplateAgeDays } }));
    if (!report.residentIds.isEmpty())
        work.changed(Change::ResidentsPurged, report.residentIds);
    return report;
}

// The one place face templates are deleted: withdrawal, deletion and the retention purge (all of them, or
// those made at or before note.madeBy). The gallery in memory follows through the feed. Each deletion goes
// into the deletion ledger in the same transaction, and the ledger file beside the store follows after the
// commit (DeletionLedger::sync; again at every unlock, should this process die in between).
Result<int> ResidentService::deleteTemplates(UnitOfWork &work, qint64 residentId, const DeletionNote &note)
{
    TRY_ASSIGN(const int deleted,
               note.madeBy ? work.templates().removeOfResidentMadeBy(residentId, *note.madeBy)
                           : work.templates().removeOfResident(residentId));
    if (deleted > 0)
        work.changed(Change::TemplatesChanged, { residentId });
    DeletionLedger::Entry entry;
    entry.residentId = residentId;
    entry.at = Clock::instance().now();
    entry.templatesMadeBy = note.madeBy.value_or(entry.at);
    entry.endsConsents = note.endsConsents;
    entry.removesResident = note.removesResident;
    entry.reason = note.reason;
    TRY(DeletionLedger::append(work.database(), entry));
    syncLedgerAfterCommit(work);
    return deleted;
}

void ResidentService::syncLedgerAfterCommit(UnitOfWork &work)
{
    // Once per unit of work is enough: sync copies the whole table.
    if (work.hasAfterCommitTag(QStringLiteral("deletion-ledger")))
        return;
    work.afterCommit(
        [&work] {
            // A file that cannot be written now is written at the next unlock; the deletion itself has happened.
            (void)DeletionLedger::sync(work.database(), work.dataDir(), work.storeId(), work.databaseKey(),
                                       work.writer());
        },
        QStringLiteral("deletion-ledger"));
}

// Issue 10 §6: a person whose face data is gone (no template, no grant in force) and whose last consent event
// is older than the record retention period keeps only ids: the name, unit, dates of birth and stay, the
// names on their consents and the signatures go. The audit chain holds ids and kinds only, so it still
// verifies. Returns how many records were reduced.
Result<int> ResidentService::reduceRecords(UnitOfWork &work, int recordRetentionDays, const QDateTime &now)
{
    const QDateTime cutoff = now.addDays(-std::max(recordRetentionDays, SiteProfile::kMinRecordRetentionDays));
    TRY_ASSIGN(const QList<qint64> ids, work.residents().reducibleBy(cutoff));
    for (const qint64 id : ids) {
        TRY(work.residents().reduce(id, now));
        TRY(work.consents().reduceOfResident(id));
        DeletionLedger::Entry entry;
        entry.residentId = id;
        entry.at = now;
        entry.templatesMadeBy = now;
        entry.reducesRecord = true;
        entry.reason = QStringLiteral("record_retention");
        TRY(DeletionLedger::append(work.database(), entry));
        TRY(work.audit(AuditKind::RecordReduced, id,
                       { { QStringLiteral("record_retention_days"), recordRetentionDays } }));
    }
    if (!ids.isEmpty()) {
        syncLedgerAfterCommit(work);
        work.changed(Change::ResidentEdited, ids);
    }
    return static_cast<int>(ids.size());
}

} // namespace consentry
