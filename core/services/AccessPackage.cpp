#include "services/AccessPackage.h"

#include "domain/AuditKind.h"
#include "domain/Role.h"
#include "platform/Clock.h"
#include "platform/Formats.h"
#include "print/ConsentForm.h"
#include "print/DocumentRenderer.h"
#include "services/UnitOfWork.h"
#include "services/VerificationService.h"
#include "storage/FileWriter.h"
#include "storage/NewFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

namespace consentry {

namespace {

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString signatureFileName(qint64 consentId)
{
    return QStringLiteral("signature-%1.png").arg(consentId);
}

} // namespace

QJsonObject AccessPackage::toJson(const ResidentDetails &d, const SiteProfile &site, const RetentionPolicy &policy,
                                  const QDateTime &exportedAt, const QString &exportedBy,
                                  const QMap<qint64, QString> &noticeBodies)
{
    const Resident &r = d.resident;
    const QJsonObject resident {
        { QStringLiteral("id"), static_cast<double>(r.id) },
        { QStringLiteral("name"), r.name },
        { QStringLiteral("unit"), r.unit },
        { QStringLiteral("date_of_birth"), dateValue(r.dateOfBirth) },
        { QStringLiteral("minor_flag"), r.minorFlag },
        { QStringLiteral("under_14_today"), d.row.minor },
        { QStringLiteral("move_in"), dateValue(r.moveIn) },
        { QStringLiteral("move_out"), dateValue(r.moveOut) },
        { QStringLiteral("status"), Resident::statusKey(r.status) },
        { QStringLiteral("consent_state"), ResidentRow::stateKey(d.row.state) },
        { QStringLiteral("last_verified_at"), timeValue(d.row.lastVerifiedAt) },
        { QStringLiteral("created_at"), timeValue(r.createdAt) },
        { QStringLiteral("updated_at"), timeValue(r.updatedAt) },
    };
    QJsonArray consents;
    for (const ResidentDetails::ConsentEntry &e : d.consents) {
        const Consent &c = e.consent;
        consents.append(QJsonObject {
            { QStringLiteral("id"), static_cast<double>(c.id) },
            { QStringLiteral("decision"), Consent::decisionKey(c.decision) },
            { QStringLiteral("notice_version"), e.noticeVersion },
            { QStringLiteral("notice_language"), e.noticeLanguage },
            { QStringLiteral("notice_sha256"), e.noticeSha256Hex },
            { QStringLiteral("notice_text"), noticeBodies.value(c.id) },
            { QStringLiteral("alternative"), c.alternative },
            { QStringLiteral("signer"), c.signer },
            { QStringLiteral("signer_role"), Consent::signerRoleKey(c.signerRole) },
            { QStringLiteral("subject_name"), c.subjectName },
            { QStringLiteral("guardian_name"), c.guardianName },
            { QStringLiteral("guardian_relation"), c.guardianRelation },
            { QStringLiteral("witness"), c.witness },
            { QStringLiteral("evidence"), c.evidence },
            { QStringLiteral("signed_at"), timeValue(c.signedAt) },
            { QStringLiteral("recorded_at"), timeValue(c.recordedAt) },
            { QStringLiteral("withdrawn_at"), timeValue(c.withdrawnAt) },
            { QStringLiteral("withdrawn_by"), c.withdrawnBy.isEmpty() ? QJsonValue() : QJsonValue(c.withdrawnBy) },
            { QStringLiteral("signature_file"), e.hasSignature ? QJsonValue(signatureFileName(c.id)) : QJsonValue() },
        });
    }
    QJsonArray templates;
    for (const ResidentDetails::TemplateInfo &t : d.templates) {
        templates.append(QJsonObject {
            { QStringLiteral("id"), static_cast<double>(t.id) },
            { QStringLiteral("engine"), t.engineId },
            { QStringLiteral("model_sha256"), t.modelSha256Hex },
            { QStringLiteral("size_bytes"), t.bytes },
            { QStringLiteral("quality"), t.quality },
            { QStringLiteral("created_at"), timeValue(t.createdAt) },
            { QStringLiteral("last_matched_at"), timeValue(t.lastMatchedAt) },
        });
    }
    QJsonArray verifications;
    for (const ResidentDetails::VerificationEntry &v : d.verifications) {
        verifications.append(QJsonObject { { QStringLiteral("at"), timeValue(v.at) },
                                           { QStringLiteral("mode"), v.mode },
                                           { QStringLiteral("method"), v.method },
                                           { QStringLiteral("result"), v.result },
                                           { QStringLiteral("by"), v.staff } });
    }
    QJsonArray events;
    for (const AuditEvent &e : d.events) {
        events.append(QJsonObject {
            { QStringLiteral("id"), static_cast<double>(e.id) },
            { QStringLiteral("at"), timeValue(e.at) },
            { QStringLiteral("kind"), e.kind },
            { QStringLiteral("actor"), e.actor },
            { QStringLiteral("details"), e.details },
            { QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex()) },
        });
    }
    QJsonObject handler {
        { QStringLiteral("operator_name"), site.operatorName },
        { QStringLiteral("site_name"), site.siteName },
        { QStringLiteral("contact_phone"), site.contactPhone },
        { QStringLiteral("contact_email"), site.contactEmail },
        { QStringLiteral("contact_address"), site.contactAddress },
        { QStringLiteral("purpose"), site.purpose },
        { QStringLiteral("alternatives"), QJsonArray::fromStringList(site.alternatives) },
    };
    return QJsonObject {
        { QStringLiteral("format"), QStringLiteral("consentry-access-package") },
        { QStringLiteral("format_version"), kFormatVersion },
        { QStringLiteral("exported_at"), timeValue(exportedAt) },
        { QStringLiteral("exported_by"), exportedBy },
        { QStringLiteral("handler"), handler },
        { QStringLiteral("resident"), resident },
        { QStringLiteral("consents"), consents },
        { QStringLiteral("templates"), templates },
        { QStringLiteral("template_numbers_included"), false },
        { QStringLiteral("retention"),
          QJsonObject { { QStringLiteral("retention_days_after_move_out"), policy.retentionDays },
                        { QStringLiteral("max_template_age_days"), policy.maxTemplateAgeDays },
                        { QStringLiteral("due"), dateValue(d.row.retentionDue) },
                        { QStringLiteral("policy"), policy.describe() } } },
        { QStringLiteral("verifications"), verifications },
        { QStringLiteral("verification_record_days"), site.verificationRecordDays },
        { QStringLiteral("audit_events"), events },
    };
}

Document AccessPackage::toDocument(const ResidentDetails &d, const SiteProfile &site, const RetentionPolicy &policy,
                                   const QDateTime &exportedAt, const QString &exportedBy,
                                   const QMap<qint64, QByteArray> &signatures, const QString &language)
{
    const auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; };
    const auto time
        = [&](const QDateTime &t) { return t.isValid() ? ConsentForm::formatTime(t, language) : QStringLiteral("—"); };
    const auto date
        = [&](const QDate &day) { return day.isValid() ? Formats::date(day, language) : QStringLiteral("—"); };
    Document doc;
    doc.language = language;
    doc.title = tr("Personal information held about %1").arg(d.resident.name);
    doc.header = site.siteName.isEmpty() ? site.operatorName : site.siteName;
    doc.footer = tr("Access package of resident %1, made %2").arg(d.resident.id).arg(time(exportedAt));
    doc.addField(tr("Personal information handler"), orDash(site.operatorName));
    doc.addField(tr("Purpose"), orDash(site.purpose));
    doc.addField(tr("Made at"), time(exportedAt));
    doc.addField(tr("Made by"), exportedBy);

    doc.addHeading(tr("Your details"));
    doc.addField(tr("Name"), d.resident.name);
    doc.addField(tr("Unit or room"), orDash(d.resident.unit));
    doc.addField(tr("Resident number"), QString::number(d.resident.id));
    doc.addField(tr("Date of birth"), date(d.resident.dateOfBirth));
    doc.addField(tr("Under 14 (guardian consents)"), d.row.minor ? tr("yes") : tr("no"));
    doc.addField(tr("Move-in date"), date(d.resident.moveIn));
    doc.addField(tr("Move-out or checkout date"), date(d.resident.moveOut));
    doc.addField(tr("Last verified"), time(d.row.lastVerifiedAt));
    doc.addField(tr("Recorded since"), time(d.resident.createdAt));

    doc.addHeading(tr("Your consent decisions (%1)").arg(d.consents.size()));
    for (const ResidentDetails::ConsentEntry &e : d.consents) {
        const Consent &c = e.consent;
        doc.addField(tr("Decision"),
                     c.decision == Consent::Decision::Granted ? tr("separate consent given")
                                                              : tr("declined; another way chosen"));
        doc.addField(tr("Notice version read"), QStringLiteral("%1 (%2)").arg(e.noticeVersion, e.noticeLanguage));
        doc.addField(tr("Signed by"),
                     c.signerRole == Consent::SignerRole::Guardian
                         ? tr("%1 (the guardian, for the child)").arg(c.signer)
                         : c.signer);
        doc.addField(tr("Signed at"), time(c.signedAt));
        doc.addField(tr("Witness"), c.witness);
        if (!c.guardianName.isEmpty())
            doc.addField(tr("Guardian"), QStringLiteral("%1 (%2)").arg(c.guardianName, c.guardianRelation));
        if (!c.alternative.isEmpty())
            doc.addField(tr("Other way of verification"), c.alternative);
        if (!c.evidence.isEmpty())
            doc.addField(tr("Paper form"), c.evidence);
        doc.addField(tr("Withdrawn"),
                     c.isWithdrawn() ? tr("%1 by %2").arg(time(c.withdrawnAt), c.withdrawnBy) : tr("no"));
        if (signatures.contains(c.id)) {
            const QImage image = QImage::fromData(signatures.value(c.id));
            if (!image.isNull())
                doc.addSignature(tr("Signature"), image);
            else
                doc.addField(tr("Signature"), tr("kept as %1").arg(signatureFileName(c.id)));
        }
        doc.addSpacer(3);
    }

    doc.addHeading(tr("Face templates (%1)").arg(d.templates.size()));
    doc.addParagraph(tr("A face template is a list of numbers computed from a photo of your face; no photo is kept. "
                        "The numbers themselves are not part of this package: they are only meaningful to the "
                        "recognition engine. Here is what is recorded about each template."));
    for (const ResidentDetails::TemplateInfo &t : d.templates)
        doc.addField(tr("Template %1").arg(t.id),
                     tr("engine %1, quality %2, made %3, last matched %4")
                         .arg(t.engineId)
                         .arg(t.quality, 0, 'f', 2)
                         .arg(time(t.createdAt), time(t.lastMatchedAt)));

    doc.addHeading(tr("How long it is kept"));
    doc.addParagraph(policy.sentence(language));
    doc.addField(tr("Next deletion due"), date(d.row.retentionDue));

    // The verification history is a movement trail (PIPL art. 28): the person sees all of it that is kept.
    doc.addHeading(tr("Your verifications (%1)").arg(d.verifications.size()));
    doc.addParagraph(tr("Each time you were verified, by face or another way, the time, the way and the result are "
                        "kept for %n day(s) and then deleted. No picture is kept.",
                        nullptr, site.verificationRecordDays));
    for (const ResidentDetails::VerificationEntry &v : d.verifications) {
        const std::optional<VerificationService::Method> method = VerificationService::methodFromKey(v.method);
        QString how = method ? VerificationService::describe(*method) : v.method;
        if (v.mode == VerificationService::modeKey(VerificationService::Mode::OneToOne))
            how = tr("%1 (%2)").arg(how, VerificationService::describe(VerificationService::Mode::OneToOne));
        else if (v.mode == VerificationService::modeKey(VerificationService::Mode::OneToMany))
            how = tr("%1 (%2)").arg(how, VerificationService::describe(VerificationService::Mode::OneToMany));
        doc.addField(time(v.at),
                     (v.result == QLatin1String("verified") ? tr("%1: verified, by %2") : tr("%1: not verified, by %2"))
                         .arg(how, v.staff));
    }

    doc.addHeading(tr("What was done with your information (%1 events)").arg(d.events.size()));
    for (const AuditEvent &e : d.events) {
        QString details = QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        if (details == QLatin1String("{}"))
            details.clear();
        doc.addField(time(e.at), tr("%1 by %2 %3").arg(e.kind, e.actor, details).trimmed());
    }

    doc.addHeading(tr("Your rights"));
    doc.addParagraph(tr("You may withdraw your consent at any time, as easily as you gave it; your face templates "
                        "are then deleted at once and you keep using the other ways of verification. You may ask for "
                        "a copy, a correction or the deletion of your information. Contact: %1.")
                         .arg(orDash(QStringList { site.contactPhone, site.contactEmail, site.contactAddress }
                                         .filter(QRegularExpression(QStringLiteral("\\S")))
                                         .join(QStringLiteral("; ")))));
    return doc;
}

Result<ExportReceipt> AccessPackage::write(UnitOfWork &work, const ResidentDetails &details, const QString &outDir,
                                           const QString &language)
{
    const qint64 residentId = details.resident.id;
    TRY_ASSIGN(const SiteProfile site, work.settings().siteProfile());
    TRY_ASSIGN(const RetentionPolicy policy, work.retentionPolicy());
    QMap<qint64, QString> notices;
    QMap<qint64, QByteArray> signatures;
    for (const ResidentDetails::ConsentEntry &e : details.consents) {
        TRY_ASSIGN(const std::optional<NoticeVersion> notice, work.notices().byId(e.consent.noticeVersionId));
        if (notice)
            notices.insert(e.consent.id, notice->body);
        if (e.hasSignature) {
            TRY_ASSIGN(const QByteArray signature, work.consents().signature(e.consent.id));
            signatures.insert(e.consent.id, signature);
        }
    }
    const QDateTime now = Clock::instance().now();
    const QString actor = work.actor();

    // Everything is rendered before anything is written.
    const QByteArray json
        = QJsonDocument(toJson(details, site, policy, now, actor, notices)).toJson(QJsonDocument::Indented);
    TRY_ASSIGN(const QByteArray pdf,
               DocumentRenderer(toDocument(details, site, policy, now, actor, signatures, language)).toPdf());

    // A failed or rolled-back export leaves no empty folder behind: the folders made here are taken back
    // when the unit of work ends, unless it committed.
    auto madeFolder = std::make_shared<NewFolder>();
    TRY(madeFolder->make(outDir));
    work.afterCommit([madeFolder] { madeFolder->keep(); });
    const QDir out(QFileInfo(outDir).absoluteFilePath());
    QTemporaryDir staging(out.filePath(QStringLiteral(".consentry-export-XXXXXX")));
    if (!staging.isValid())
        return makeError(ErrorKind::IO,
                         tr("The folder %1 cannot be written to. Check the permissions and the free "
                            "space.")
                             .arg(QDir::toNativeSeparators(out.path())));
    QStringList names { JsonName, PdfName };
    TRY(work.writer().writeAtomically(staging.filePath(JsonName), json));
    TRY(work.writer().writeAtomically(staging.filePath(PdfName), pdf));
    for (auto it = signatures.cbegin(); it != signatures.cend(); ++it) {
        names << signatureFileName(it.key());
        TRY(work.writer().writeAtomically(staging.filePath(names.constLast()), it.value()));
    }

    QString folderName = QStringLiteral("consentry-access-%1-%2")
                             .arg(residentId)
                             .arg(now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    for (int n = 2; out.exists(folderName); ++n)
        folderName = QStringLiteral("consentry-access-%1-%2-%3")
                         .arg(residentId)
                         .arg(now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                         .arg(n);

    // The package appears in the same step as its audit event is committed: renamed into place last, and
    // removed again if the commit fails.
    TRY_ASSIGN(const qint64 event,
               work.audit(AuditKind::Export, residentId,
                          { { QStringLiteral("package"), folderName },
                            { QStringLiteral("files"), static_cast<int>(names.size()) },
                            { QStringLiteral("consents"), static_cast<int>(details.consents.size()) },
                            { QStringLiteral("events"), static_cast<int>(details.events.size()) },
                            // Who answered the request: a manager, or front-desk staff where the site allows it.
                            { QStringLiteral("role"), RoleNames::key(work.session().role) } }));
    if (!QDir().rename(staging.path(), out.filePath(folderName)))
        return makeError(ErrorKind::IO,
                         tr("The access package could not be moved into %1. Check the permissions "
                            "and the free space.")
                             .arg(QDir::toNativeSeparators(out.path())));
    staging.setAutoRemove(false);
    const QString folder = out.filePath(folderName);
    work.onRollback([folder] { QDir(folder).removeRecursively(); });
    ExportReceipt package;
    package.folder = folder;
    package.auditEventId = event;
    for (const QString &name : names)
        package.files << QDir(package.folder).filePath(name);
    return package;
}

} // namespace consentry
