// Roles enforced in core. The rule table, then the role matrix: every public entry point of every service
// (checked against the service headers, so a new one cannot be left out) driven for every kind of session —
// manager, staff, auditor and a recovery-key session — against a real store. An allowed call succeeds; a
// refused one is a Policy error naming the act, changes nothing but the audit log, and the log records it.

#include "StoreProbe.h"
#include "TestPaths.h"
#include "VaultFixture.h"
#include "domain/AuditActor.h"
#include "domain/AuditKind.h"
#include "services/AccessControl.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/ComplianceService.h"
#include "services/DeviceService.h"
#include "services/EnrollmentService.h"
#include "services/FilingService.h"
#include "services/GalleryService.h"
#include "services/ImpactAssessmentService.h"
#include "services/PaperConsent.h"
#include "services/ReportService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "services/StatisticsService.h"
#include "services/UserService.h"
#include "services/VerificationService.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <optional>

using namespace consentry;
using namespace consentry::test;

namespace {

// What an operation works on, made afresh by the manager before each row.
struct Subject {
    qint64 residentId = 0;
    qint64 templateId = 0;
    qint64 noticeId = 0;
    qint64 deviceId = 0;
    qint64 renewalId = 0; // a resident whose consent waits for renewal after a material change
    QString outDir;
    SecureBytes ownPassword; // of the signed-in user (empty for a recovery session)
};

struct Operation {
    QString entryPoint; // "Class::method" as declared in the service header
    QString variant; // distinguishes two rows of one entry point
    std::optional<Permission> needs; // nullopt: any unlocked session
    std::function<Status(Vault &, const Subject &)> run;
    QString name() const
    {
        return variant.isEmpty() ? entryPoint : entryPoint + QStringLiteral(" (") + variant + QLatin1Char(')');
    }
};

template <typename T> Status statusOf(const Result<T> &r)
{
    return r.ok() ? Status() : Status(r.error());
}

const EngineId &testEngine()
{
    static const EngineId engine { QStringLiteral("test-engine"), QString::fromLatin1(QByteArray(32, '\1').toHex()),
                                   128 };
    return engine;
}

FaceTemplate faceTemplate(int person)
{
    std::vector<float> values(128, 0.0f);
    values[static_cast<size_t>(person % 128)] = 1.0f;
    return FaceTemplate::fromFeatures(testEngine(), values.data(), 128).value();
}

StoredTemplate storedTemplate(qint64 residentId)
{
    StoredTemplate t = GalleryService::toStored(faceTemplate(1), 0.8);
    t.residentId = residentId;
    return t;
}

Consent consentFor(const Subject &s, qint64 residentId, bool granted = true)
{
    Consent c;
    c.residentId = residentId;
    c.noticeVersionId = s.noticeId;
    c.decision = granted ? Consent::Decision::Granted : Consent::Decision::Declined;
    c.alternative = granted ? QString() : QStringLiteral("Key card");
    c.signer = QStringLiteral("Signer");
    c.signedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    return c;
}

Resident newResident(const QString &name)
{
    Resident r;
    r.declareUnder14(false); // the age question is mandatory
    r.name = name;
    return r;
}

int nextPerson()
{
    static int person = 10; // a face no one else has: the duplicate check lets it through
    return ++person;
}

QString stamp()
{
    return QString::number(QDateTime::currentMSecsSinceEpoch());
}

QString &currentRecoveryKey()
{
    static QString key;
    return key;
}

QList<Operation> operations()
{
    using P = Permission;
    const auto unique = [](const QString &what) { return QStringLiteral("%1-%2").arg(what, stamp()); };
    QList<Operation> ops = {
        // ReportService
        { QStringLiteral("ReportService::status"),
          {},
          P::ViewStatus,
          [](Vault &v, const Subject &) { return statusOf(ReportService(v).status()); } },
        { QStringLiteral("ReportService::checkIntegrity"),
          {},
          P::ViewReports,
          [](Vault &v, const Subject &) { return ReportService(v).checkIntegrity(); } },
        // StatisticsService
        { QStringLiteral("StatisticsService::summary"),
          {},
          P::ViewReports,
          [](Vault &v, const Subject &) {
              const QDate today = QDate::currentDate();
              return statusOf(StatisticsService(v).summary(today.addDays(-27), today));
          } },
        // SettingsService
        { QStringLiteral("SettingsService::siteProfile"),
          {},
          P::ViewStatus,
          [](Vault &v, const Subject &) { return statusOf(SettingsService(v).siteProfile()); } },
        { QStringLiteral("SettingsService::siteProfileToPrint"),
          {},
          P::PrintSignage,
          [](Vault &v, const Subject &) { return statusOf(SettingsService(v).siteProfileToPrint()); } },
        { QStringLiteral("SettingsService::idleLockMinutes"),
          {},
          P::ViewStatus,
          [](Vault &v, const Subject &) { return statusOf(SettingsService(v).idleLockMinutes()); } },
        { QStringLiteral("SettingsService::livenessMode"),
          {},
          P::ViewStatus,
          [](Vault &v, const Subject &) { return statusOf(SettingsService(v).livenessMode()); } },
        { QStringLiteral("SettingsService::setLivenessMode"),
          {},
          P::ChangeSettings,
          [](Vault &v, const Subject &) { return SettingsService(v).setLivenessMode(LivenessMode::Always); } },
        { QStringLiteral("SettingsService::staffAnswersAccessRequests"),
          {},
          P::ViewStatus,
          [](Vault &v, const Subject &) { return statusOf(SettingsService(v).staffAnswersAccessRequests()); } },
        { QStringLiteral("SettingsService::setStaffAnswersAccessRequests"),
          {},
          P::ChangeSettings,
          [](Vault &v, const Subject &) { return SettingsService(v).setStaffAnswersAccessRequests(false); } },
        { QStringLiteral("SettingsService::noticeVersions"),
          {},
          P::ViewStatus,
          [](Vault &v, const Subject &) { return statusOf(SettingsService(v).noticeVersions()); } },
        { QStringLiteral("SettingsService::retentionPolicy"),
          {},
          P::ViewStatus,
          [](Vault &v, const Subject &) { return statusOf(SettingsService(v).retentionPolicy()); } },
        { QStringLiteral("SettingsService::currentNoticeVersion"),
          {},
          P::ViewStatus,
          [](Vault &v, const Subject &) { return statusOf(SettingsService(v).currentNoticeVersion()); } },
        { QStringLiteral("SettingsService::currentNotice"),
          {},
          P::ViewStatus,
          [](Vault &v, const Subject &) { return statusOf(SettingsService(v).currentNotice(QStringLiteral("en"))); } },
        { QStringLiteral("SettingsService::notice"), QStringLiteral("by id"), P::ViewStatus,
          [](Vault &v, const Subject &s) { return statusOf(SettingsService(v).notice(s.noticeId)); } },
        { QStringLiteral("SettingsService::notice"), QStringLiteral("by version"), P::ViewStatus,
          [](Vault &v, const Subject &) {
              return statusOf(SettingsService(v).notice(StoreFolder::initialNoticeVersion(), QStringLiteral("en")));
          } },
        { QStringLiteral("SettingsService::setSiteProfile"),
          {},
          P::ChangeSettings,
          [unique](Vault &v, const Subject &) {
              SiteProfile p = sampleCompleteProfile();
              p.purpose = unique(QStringLiteral("purpose"));
              return SettingsService(v).setSiteProfile(p);
          } },
        { QStringLiteral("SettingsService::updateSiteProfile"),
          {},
          P::ChangeSettings,
          [unique](Vault &v, const Subject &) {
              SiteProfile p = sampleCompleteProfile();
              p.contactPhone = unique(QStringLiteral("010-"));
              return statusOf(SettingsService(v).updateSiteProfile(p));
          } },
        { QStringLiteral("SettingsService::publishedNotice"),
          {},
          P::ViewStatus,
          [](Vault &v, const Subject &) {
              return statusOf(SettingsService(v).publishedNotice(QString(), QStringLiteral("zh_CN")));
          } },
        { QStringLiteral("SettingsService::noticeMaterial"),
          {},
          P::ViewStatus,
          [](Vault &v, const Subject &) {
              return statusOf(SettingsService(v).noticeMaterial(StoreFolder::initialNoticeVersion()));
          } },
        { QStringLiteral("SettingsService::setIdleLockMinutes"),
          {},
          P::ChangeSettings,
          [](Vault &v, const Subject &) { return SettingsService(v).setIdleLockMinutes(7); } },
        { QStringLiteral("SettingsService::setMaxTemplateAgeDays"),
          {},
          P::ChangeSettings,
          [](Vault &v, const Subject &) { return SettingsService(v).setMaxTemplateAgeDays(200); } },
        { QStringLiteral("SettingsService::publishNotice"),
          {},
          P::ChangeSettings,
          [unique](Vault &v, const Subject &) {
              return SettingsService(v).publishNotice(unique(QStringLiteral("v")),
                                                      { { QStringLiteral("en"), QStringLiteral("Notice text") } });
          } },
        { QStringLiteral("SettingsService::refreshNotice"),
          {},
          P::ChangeSettings,
          [](Vault &v, const Subject &) { return SettingsService(v).refreshNotice(); } },
        // The engine the session searches or enrolls with is a fact, recorded whoever is signed in.
        { QStringLiteral("SettingsService::recordEngine"),
          {},
          std::nullopt,
          [](Vault &v, const Subject &) { return statusOf(SettingsService(v).recordEngine(testEngine().key())); } },
        // ResidentService: reading
        { QStringLiteral("ResidentService::get"),
          {},
          P::ViewResidents,
          [](Vault &v, const Subject &s) { return statusOf(ResidentService(v).get(s.residentId)); } },
        { QStringLiteral("ResidentService::page"),
          {},
          P::ViewResidents,
          [](Vault &v, const Subject &) { return statusOf(ResidentService(v).page(ResidentFilter(), 0, 100)); } },
        { QStringLiteral("ResidentService::count"),
          {},
          P::ViewResidents,
          [](Vault &v, const Subject &) { return statusOf(ResidentService(v).count(ResidentFilter())); } },
        { QStringLiteral("ResidentService::details"),
          {},
          P::ViewResidents,
          [](Vault &v, const Subject &s) { return statusOf(ResidentService(v).details(s.residentId)); } },
        { QStringLiteral("ResidentService::consents"),
          {},
          P::ViewResidents,
          [](Vault &v, const Subject &s) { return statusOf(ResidentService(v).consents(s.residentId)); } },
        { QStringLiteral("ResidentService::templates"),
          {},
          P::ViewResidents,
          [](Vault &v, const Subject &s) { return statusOf(ResidentService(v).templates(s.residentId)); } },
        { QStringLiteral("ResidentService::dueWithin"),
          {},
          P::ViewResidents,
          [](Vault &v, const Subject &) { return statusOf(ResidentService(v).dueWithin(30)); } },
        // ResidentService: changing
        { QStringLiteral("ResidentService::create"),
          {},
          P::Enroll,
          [](Vault &v, const Subject &) {
              return statusOf(ResidentService(v).create(newResident(QStringLiteral("New"))));
          } },
        { QStringLiteral("ResidentService::edit"),
          {},
          P::Enroll,
          [](Vault &v, const Subject &s) {
              Resident r = newResident(QStringLiteral("Edited"));
              r.id = s.residentId;
              return ResidentService(v).edit(r);
          } },
        { QStringLiteral("ResidentService::setMoveOut"),
          {},
          P::Enroll,
          [](Vault &v, const Subject &s) {
              return ResidentService(v).setMoveOut(s.residentId, QDate::currentDate().addDays(30));
          } },
        { QStringLiteral("ResidentService::enroll"),
          {},
          P::Enroll,
          [](Vault &v, const Subject &s) {
              return statusOf(ResidentService(v).enroll(newResident(QStringLiteral("Enrolled")), consentFor(s, 0),
                                                        { storedTemplate(0) }));
          } },
        { QStringLiteral("ResidentService::enroll"), QStringLiteral("a manager's duplicate decision"),
          P::DecideDuplicates,
          [](Vault &v, const Subject &s) {
              return statusOf(ResidentService(v).enroll(newResident(QStringLiteral("Twin")), consentFor(s, 0),
                                                        { storedTemplate(0) }, {},
                                                        ResidentService::AcceptedDuplicate { s.residentId, 0.9f }));
          } },
        { QStringLiteral("ResidentService::consentFromPaper"),
          {},
          P::Enroll,
          [](Vault &v, const Subject &s) {
              PaperConsent paper;
              // The version in force (an older material version is refused); reading it needs no more than
              // ViewStatus, which every role has.
              paper.noticeVersion = SettingsService(v).notice(s.noticeId)->version;
              paper.noticeLanguage = QStringLiteral("en");
              paper.signer = QStringLiteral("Signer");
              paper.signedAt = QDateTime::currentDateTimeUtc();
              paper.witness = QStringLiteral("wang");
              Q_UNUSED(s)
              return statusOf(ResidentService(v).consentFromPaper(paper, newResident(QStringLiteral("Paper"))));
          } },
        { QStringLiteral("ResidentService::renewConsent"),
          {},
          P::Enroll,
          [](Vault &v, const Subject &s) {
              return statusOf(ResidentService(v).renewConsent(consentFor(s, s.renewalId)));
          } },
        { QStringLiteral("ResidentService::renewalChanges"),
          {},
          P::ViewResidents,
          [](Vault &v, const Subject &s) { return statusOf(ResidentService(v).renewalChanges(s.renewalId)); } },
        { QStringLiteral("ResidentService::recordConsent"),
          {},
          P::Enroll,
          [](Vault &v, const Subject &s) {
              return statusOf(ResidentService(v).recordConsent(consentFor(s, s.residentId)));
          } },
        { QStringLiteral("ResidentService::addTemplates"),
          {},
          P::Enroll,
          [](Vault &v, const Subject &s) {
              return statusOf(ResidentService(v).addTemplates(s.residentId, { storedTemplate(s.residentId) }));
          } },
        { QStringLiteral("ResidentService::withdraw"),
          {},
          P::WithdrawConsent,
          [](Vault &v, const Subject &s) { return statusOf(ResidentService(v).withdraw(s.residentId)); } },
        { QStringLiteral("ResidentService::remove"),
          {},
          P::DeleteResidents,
          [](Vault &v, const Subject &s) { return statusOf(ResidentService(v).remove(s.residentId)); } },
        { QStringLiteral("ResidentService::recordDiscarded"),
          {},
          P::Enroll,
          [](Vault &v, const Subject &s) {
              return ResidentService(v).recordDiscarded(consentFor(s, 0), QStringLiteral("cancelled"));
          } },
        { QStringLiteral("ResidentService::keepPendingReceipt"),
          {},
          P::WithdrawConsent,
          [](Vault &v, const Subject &s) {
              ResidentService::PendingReceipt r;
              r.residentId = s.residentId;
              r.kind = QStringLiteral("withdrawal");
              r.name = QStringLiteral("Subject");
              r.fileName = QStringLiteral("receipt.pdf");
              r.pdf = QByteArrayLiteral("%PDF-1.4");
              return ResidentService(v).keepPendingReceipt(r);
          } },
        { QStringLiteral("ResidentService::pendingReceipts"),
          {},
          P::WithdrawConsent,
          [](Vault &v, const Subject &) { return statusOf(ResidentService(v).pendingReceipts()); } },
        { QStringLiteral("ResidentService::receiptSaved"),
          {},
          P::WithdrawConsent,
          [](Vault &v, const Subject &s) { return ResidentService(v).receiptSaved(s.residentId); } },
        { QStringLiteral("ResidentService::exportPackage"),
          {},
          P::Export,
          [](Vault &v, const Subject &s) {
              return statusOf(ResidentService(v).exportPackage(s.residentId, s.outDir));
          } },
        { QStringLiteral("ResidentService::purgeExpired"),
          {},
          P::Purge,
          [](Vault &v, const Subject &) { return statusOf(ResidentService(v).purgeExpired()); } },
        { QStringLiteral("ResidentService::purgeScheduled"),
          {},
          std::nullopt,
          [](Vault &v, const Subject &) { return statusOf(ResidentService(v).purgeScheduled()); } },
        // EnrollmentService and GalleryService (the face side)
        { QStringLiteral("EnrollmentService::findDuplicate"),
          {},
          P::Enroll,
          [](Vault &v, const Subject &) {
              GalleryService gallery(v, testEngine(), 0.5f);
              return statusOf(EnrollmentService(v, gallery).findDuplicate({ { faceTemplate(7), 0.9 } }));
          } },
        { QStringLiteral("EnrollmentService::enroll"),
          {},
          P::Enroll,
          [](Vault &v, const Subject &s) {
              GalleryService gallery(v, testEngine(), 0.5f);
              return statusOf(EnrollmentService(v, gallery)
                                  .enroll(newResident(QStringLiteral("Camera")), consentFor(s, 0),
                                          { { faceTemplate(nextPerson()), 0.9 } }, {}));
          } },
        { QStringLiteral("EnrollmentService::enroll"), QStringLiteral("over a matching face"), P::DecideDuplicates,
          [](Vault &v, const Subject &s) {
              GalleryService gallery(v, testEngine(), 0.5f);
              return statusOf(EnrollmentService(v, gallery)
                                  .enroll(newResident(QStringLiteral("Twin")), consentFor(s, 0),
                                          { { faceTemplate(1), 0.9 } }, {},
                                          EnrollmentService::DuplicatePolicy::ManagerOverride));
          } },
        { QStringLiteral("EnrollmentService::recordDeclined"),
          {},
          P::Enroll,
          [](Vault &v, const Subject &s) {
              GalleryService gallery(v, testEngine(), 0.5f);
              return statusOf(
                  EnrollmentService(v, gallery)
                      .recordDeclined(newResident(QStringLiteral("Declines")), consentFor(s, 0, false), {}));
          } },
        { QStringLiteral("EnrollmentService::reenrollmentNeeds"),
          {},
          P::Enroll,
          [](Vault &v, const Subject &s) {
              GalleryService gallery(v, testEngine(), 0.5f);
              return statusOf(EnrollmentService(v, gallery).reenrollmentNeeds(s.residentId));
          } },
        { QStringLiteral("EnrollmentService::reenroll"),
          {},
          P::Enroll,
          [](Vault &v, const Subject &s) {
              GalleryService gallery(v, testEngine(), 0.5f);
              // With a renewed consent, so the call does not depend on what earlier rows did to the grant.
              return statusOf(EnrollmentService(v, gallery)
                                  .reenroll(s.residentId, consentFor(s, s.residentId),
                                            { { faceTemplate(nextPerson()), 0.9 } }, {}));
          } },
        { QStringLiteral("GalleryService::load"),
          {},
          P::Verify,
          [](Vault &v, const Subject &) { return GalleryService(v, testEngine(), 0.5f).load(); } },
        { QStringLiteral("GalleryService::refreshResidents"),
          {},
          P::Verify,
          [](Vault &v, const Subject &s) {
              GalleryService gallery(v, testEngine(), 0.5f);
              (void)gallery.load(); // refused for some roles; refreshResidents must refuse on its own too
              return gallery.isLoaded() ? gallery.refreshResidents({ s.residentId })
                                        : Status(AccessControl::check(v.session().role, Permission::Verify));
          } },
        // VerificationService
        { QStringLiteral("VerificationService::confirmFace"),
          {},
          P::Verify,
          [](Vault &v, const Subject &s) {
              VerificationService::FaceResult result;
              result.band = DecisionBands::Band::Accept;
              result.residentId = s.residentId;
              result.templateId = s.templateId;
              result.score = 0.9f;
              return statusOf(VerificationService(v).confirmFace(result));
          } },
        { QStringLiteral("VerificationService::recordIdentification"),
          {},
          P::Verify,
          [](Vault &v, const Subject &) {
              return statusOf(
                  VerificationService(v).recordIdentification(QStringLiteral("unknown"), 1, QStringLiteral("cli")));
          } },
        { QStringLiteral("VerificationService::recordAlternative"),
          {},
          P::Verify,
          [](Vault &v, const Subject &s) {
              return statusOf(
                  VerificationService(v).recordAlternative(s.residentId, VerificationService::Method::IdCard, true));
          } },
        // AuditService
        { QStringLiteral("AuditService::events"),
          {},
          P::ReadAudit,
          [](Vault &v, const Subject &) { return statusOf(AuditService(v).events()); } },
        { QStringLiteral("AuditService::verify"),
          {},
          P::ReadAudit,
          [](Vault &v, const Subject &) { return statusOf(AuditService(v).verify()); } },
        { QStringLiteral("AuditService::recordSignagePrinted"),
          {},
          P::PrintSignage,
          [](Vault &v, const Subject &) {
              return AuditService(v).recordSignagePrinted({ { QStringLiteral("pages"), 1 } });
          } },
        // UserService
        { QStringLiteral("UserService::mayManageUsers"),
          {},
          P::ManageUsers,
          [](Vault &v, const Subject &) { return UserService(v).mayManageUsers(); } },
        { QStringLiteral("UserService::list"),
          {},
          P::ManageUsers,
          [](Vault &v, const Subject &) { return statusOf(UserService(v).list()); } },
        { QStringLiteral("UserService::add"),
          {},
          P::ManageUsers,
          [](Vault &v, const Subject &) {
              return UserService(v).add(QStringLiteral("extra"), Role::Staff, password("extra-pass"));
          } },
        { QStringLiteral("UserService::remove"),
          {},
          P::ManageUsers,
          [](Vault &v, const Subject &) { return UserService(v).remove(QStringLiteral("victim")); } },
        { QStringLiteral("UserService::changePassword"), QStringLiteral("another user's"), P::ManageUsers,
          [](Vault &v, const Subject &) {
              return UserService(v).changePassword(QStringLiteral("victim"), SecureBytes(), password("changed-pass"));
          } },
        { QStringLiteral("UserService::changePassword"), QStringLiteral("one's own"), P::ViewStatus,
          [](Vault &v, const Subject &s) {
              // The same password again, so the next rows can still sign in.
              return UserService(v).changePassword(v.session().userName, s.ownPassword, s.ownPassword);
          } },
        { QStringLiteral("UserService::renewRecoveryKey"),
          {},
          P::ManageUsers,
          [](Vault &v, const Subject &) {
              Result<QString> key = UserService(v).renewRecoveryKey();
              if (key)
                  currentRecoveryKey() = key.value();
              return statusOf(key);
          } },
        // Compliance (issue 11): the register, the assessment, the filing, the centre.
        { QStringLiteral("ComplianceService::report"),
          {},
          P::ViewReports,
          [](Vault &v, const Subject &) { return statusOf(ComplianceService(v).report()); } },
        { QStringLiteral("DeviceService::list"),
          {},
          P::ViewStatus,
          [](Vault &v, const Subject &) { return statusOf(DeviceService(v).list()); } },
        { QStringLiteral("DeviceService::get"),
          {},
          P::ViewStatus,
          [](Vault &v, const Subject &s) { return statusOf(DeviceService(v).get(s.deviceId)); } },
        { QStringLiteral("DeviceService::forCamera"),
          {},
          P::ViewStatus,
          [](Vault &v, const Subject &) {
              return statusOf(DeviceService(v).forCamera(QStringLiteral("/dev/video0")));
          } },
        { QStringLiteral("DeviceService::add"),
          {},
          P::ChangeSettings,
          [unique](Vault &v, const Subject &) {
              Device d;
              d.name = unique(QStringLiteral("camera"));
              d.area = QStringLiteral("the gate");
              d.locationType = DeviceLocation::Type::Gate;
              return statusOf(DeviceService(v).add(d));
          } },
        { QStringLiteral("DeviceService::remove"),
          {},
          P::ChangeSettings,
          [](Vault &v, const Subject &s) { return DeviceService(v).remove(s.deviceId); } },
        { QStringLiteral("ImpactAssessmentService::draft"),
          {},
          P::ViewReports,
          [](Vault &v, const Subject &) { return statusOf(ImpactAssessmentService(v).draft()); } },
        { QStringLiteral("ImpactAssessmentService::saveAnswers"),
          {},
          P::ChangeSettings,
          [unique](Vault &v, const Subject &) {
              QMap<QString, QString> answers;
              for (ImpactAssessment::Part part : ImpactAssessment::parts())
                  answers.insert(ImpactAssessment::partKey(part), unique(QStringLiteral("answer")));
              return ImpactAssessmentService(v).saveAnswers(answers);
          } },
        { QStringLiteral("ImpactAssessmentService::sign"),
          {},
          P::ChangeSettings,
          [](Vault &v, const Subject &) { return statusOf(ImpactAssessmentService(v).sign()); } },
        { QStringLiteral("ImpactAssessmentService::latestSigned"),
          {},
          P::ViewReports,
          [](Vault &v, const Subject &) { return statusOf(ImpactAssessmentService(v).latestSigned()); } },
        { QStringLiteral("ImpactAssessmentService::history"),
          {},
          P::ViewReports,
          [](Vault &v, const Subject &) { return statusOf(ImpactAssessmentService(v).history()); } },
        { QStringLiteral("ImpactAssessmentService::changesSinceSigned"),
          {},
          P::ViewReports,
          [](Vault &v, const Subject &) {
              // NotFound before anything is signed is an answer, not a refusal.
              const Result<QStringList> changes = ImpactAssessmentService(v).changesSinceSigned();
              return changes.ok() || changes.errorKind() == ErrorKind::NotFound ? Status() : Status(changes.error());
          } },
        { QStringLiteral("FilingService::state"),
          {},
          P::ViewReports,
          [](Vault &v, const Subject &) { return statusOf(FilingService(v).state()); } },
        { QStringLiteral("FilingService::setHolidays"),
          {},
          P::ChangeSettings,
          [](Vault &v, const Subject &) { return FilingService(v).setHolidays({ QDate(2026, 10, 1) }); } },
        { QStringLiteral("FilingService::record"),
          {},
          P::ChangeSettings,
          [](Vault &v, const Subject &) {
              FilingRecord f;
              f.filedOn = QDate::currentDate().addDays(-1);
              f.reference = QStringLiteral("REF-1");
              return statusOf(FilingService(v).record(f));
          } },
        { QStringLiteral("FilingService::processingRules"),
          {},
          P::ViewReports,
          [](Vault &v, const Subject &) { return statusOf(FilingService(v).processingRules()); } },
        { QStringLiteral("FilingService::setProcessingRules"),
          {},
          P::ChangeSettings,
          [](Vault &v, const Subject &) { return FilingService(v).setProcessingRules(QStringLiteral("Rules.")); } },
        { QStringLiteral("FilingService::writePack"),
          {},
          P::ViewReports,
          [unique](Vault &v, const Subject &s) {
              // Needs a signed assessment: NotFound until then is an answer, not a refusal.
              const Result<QStringList> files
                  = FilingService(v).writePack(s.outDir + QLatin1Char('/') + unique(QStringLiteral("pack")));
              return files.ok() || files.errorKind() == ErrorKind::NotFound ? Status() : Status(files.error());
          } },
        // BackupService
        { QStringLiteral("BackupService::backupTo"),
          {},
          P::Backup,
          [unique](Vault &v, const Subject &s) {
              return statusOf(BackupService(v).backupTo(s.outDir + QLatin1Char('/') + unique(QStringLiteral("b"))
                                                        + QStringLiteral(".cbak")));
          } },
    };
    return ops;
}

// Public members that are no entry point into the store, and why.
const QStringList &notEntryPoints()
{
    static const QStringList list {
        QStringLiteral("GalleryService::loadIn"), // inside another service's unit of work
        QStringLiteral("GalleryService::search"), // the gallery in memory, loaded under Verify
        QStringLiteral("GalleryService::compareWith"), // the same, one person's templates
        QStringLiteral("GalleryService::add"), // the gallery in memory, after a committed enrollment
        QStringLiteral("SettingsService::permits"), // asks, records nothing (staffExportFollowsTheSiteSetting)
    };
    return list;
}

// The roles as this test states them (independent of AccessControl's table).
bool roleMay(Role role, bool viaRecovery, std::optional<Permission> permission)
{
    if (!permission || role == Role::Manager || viaRecovery)
        return true;
    static const QList<Permission> staff
        = { Permission::ViewStatus,      Permission::ViewResidents, Permission::Enroll,
            Permission::WithdrawConsent, Permission::Verify,        Permission::PrintSignage };
    static const QList<Permission> auditor = { Permission::ViewStatus, Permission::ReadAudit, Permission::ViewReports };
    return (role == Role::Staff ? staff : auditor).contains(*permission);
}

} // namespace

class TestAccessControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ruleTable_data();
    void ruleTable();
    void everyEntryPointIsInTheMatrix();
    void serviceCall_data();
    void serviceCall();
    void roleDescriptionFollowsTheTable();
    void siteGrantsLiftOnlyStaffExport();
    void staffExportFollowsTheSiteSetting();

private:
    Subject freshSubject();
    VaultFixture m_f;
    QTemporaryDir m_out;
};

void TestAccessControl::initTestCase()
{
    QVERIFY(m_f.create());
    currentRecoveryKey() = m_f.recoveryKey;
    UserService users(*m_f.vault);
    QVERIFY(users.add(QStringLiteral("li"), Role::Staff, password("staff-pass")).ok());
    QVERIFY(users.add(QStringLiteral("zhou"), Role::Auditor, password("auditor-pass")).ok());
}

Subject TestAccessControl::freshSubject()
{
    // A resident with a granted consent and a template, and a user that may be removed, made by the manager.
    Vault &v = *m_f.vault;
    Subject s;
    // The notice in force: rows before may have published newer ones (a consent on an older material version
    // is refused).
    s.noticeId = SettingsService(v).currentNotice(QStringLiteral("en")).value().id;
    s.outDir = m_out.path();
    auto enrolled
        = ResidentService(v).enroll(newResident(QStringLiteral("Subject")), consentFor(s, 0), { storedTemplate(0) });
    if (!enrolled.ok())
        qFatal("setup failed: %s", qPrintable(enrolled.errorMessage()));
    s.residentId = enrolled->residentId;
    s.templateId = enrolled->templateIds.constFirst();
    auto renewing
        = ResidentService(v).enroll(newResident(QStringLiteral("Renewing")), consentFor(s, 0), { storedTemplate(0) });
    if (!renewing.ok())
        qFatal("setup failed: %s", qPrintable(renewing.errorMessage()));
    s.renewalId = renewing->residentId;
    // Only this one waits for renewal (a material change would mark everyone).
    auto mark
        = probe(v).database().prepare(QStringLiteral("UPDATE consents SET renewal_due_at = ?1 WHERE resident_id = ?2"));
    mark.value().bind(1, QDateTime::currentDateTimeUtc().addDays(30)).bind(2, s.renewalId);
    if (!mark.value().exec().ok())
        qFatal("setup failed");
    UserService users(v);
    (void)users.remove(QStringLiteral("victim"));
    if (!users.add(QStringLiteral("victim"), Role::Staff, password("victim-pass")).ok())
        qFatal("setup failed");
    (void)users.remove(QStringLiteral("extra"));
    Device device;
    device.name = QStringLiteral("Subject camera %1").arg(QDateTime::currentMSecsSinceEpoch());
    device.area = QStringLiteral("the counter");
    const Result<qint64> registered = DeviceService(v).add(device);
    if (!registered.ok())
        qFatal("setup failed: %s", qPrintable(registered.errorMessage()));
    s.deviceId = registered.value();
    QMap<QString, QString> answers;
    for (ImpactAssessment::Part part : ImpactAssessment::parts())
        answers.insert(ImpactAssessment::partKey(part), QStringLiteral("answer"));
    if (!ImpactAssessmentService(v).saveAnswers(answers).ok())
        qFatal("setup failed");
    return s;
}

void TestAccessControl::ruleTable_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("allowed");
    for (Permission p : AccessControl::allPermissions()) {
        const QString name = AccessControl::describe(p);
        for (Role role : { Role::Manager, Role::Staff, Role::Auditor }) {
            const bool may = roleMay(role, false, p);
            QTest::addRow("%s %s %s", qPrintable(RoleNames::key(role)), may ? "may" : "may not", qPrintable(name))
                << int(role) << int(p) << may;
        }
    }
}

void TestAccessControl::ruleTable()
{
    QFETCH(int, role);
    QFETCH(int, permission);
    QFETCH(bool, allowed);
    QCOMPARE(AccessControl::allows(Role(role), Permission(permission)), allowed);
    const Status s = AccessControl::check(Role(role), Permission(permission));
    QCOMPARE(s.ok(), allowed);
    if (!allowed) {
        QCOMPARE(s.errorKind(), ErrorKind::Policy);
        QVERIFY(s.errorMessage().contains(RoleNames::displayName(Role(role))));
    }
}

void TestAccessControl::everyEntryPointIsInTheMatrix()
{
    // Every public member of a service that returns a Result or a Status, read from the headers.
    QStringList declared;
    const QRegularExpression member(QStringLiteral(R"re(^\s{4}(?:Result<.*>|Status)\s+(\w+)\()re"));
    const QDir services(sourceDir() + QStringLiteral("/core/services"));
    for (const QString &header : services.entryList({ QStringLiteral("*Service.h") })) {
        QFile file(services.filePath(header));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString className = header.chopped(2);
        bool inPublic = false;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("public:")))
                inPublic = true;
            else if (line.startsWith(QLatin1String("private:")) || line.startsWith(QLatin1String("protected:")))
                inPublic = false;
            else if (const QRegularExpressionMatch m = member.match(line); inPublic && m.hasMatch())
                declared << className + QStringLiteral("::") + m.captured(1);
        }
    }
    QVERIFY(declared.size() >= 50);
    QStringList covered;
    for (const Operation &op : operations())
        covered << op.entryPoint;
    QStringList missing;
    for (const QString &entryPoint : std::as_const(declared)) {
        if (!covered.contains(entryPoint) && !notEntryPoints().contains(entryPoint))
            missing << entryPoint;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in the role matrix: ") + missing.join(QStringLiteral(", "))));
    for (const QString &entryPoint : std::as_const(covered))
        QVERIFY2(declared.contains(entryPoint), qPrintable(entryPoint + QStringLiteral(" is no longer declared")));
}

void TestAccessControl::serviceCall_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<int>("operation");
    const QList<Operation> ops = operations();
    for (int i = 0; i < ops.size(); ++i) {
        for (const char *session : { "manager", "staff", "auditor", "recovery" }) {
            if (QByteArray(session) == "recovery" && ops.at(i).variant == QLatin1String("one's own"))
                continue; // a recovery session has no password of its own
            QTest::addRow("%s: %s", session, qPrintable(ops.at(i).name())) << QString::fromLatin1(session) << i;
        }
    }
}

void TestAccessControl::serviceCall()
{
    QFETCH(QString, session);
    QFETCH(int, operation);
    const Operation op = operations().at(operation);
    Subject subject = freshSubject();
    Result<std::unique_ptr<Vault>> vault = makeError(ErrorKind::Internal, QString());
    Role role = Role::Manager;
    bool viaRecovery = false;
    QString actor;
    if (session == QLatin1String("recovery")) {
        vault = Unlocker::openWithRecoveryKey(m_f.dataDir(), currentRecoveryKey());
        viaRecovery = true;
        actor = AuditActor::Recovery;
    } else {
        const char *user = session == QLatin1String("manager") ? "wang"
            : session == QLatin1String("staff")                ? "li"
                                                               : "zhou";
        const char *pw = session == QLatin1String("manager") ? "manager-pass"
            : session == QLatin1String("staff")              ? "staff-pass"
                                                             : "auditor-pass";
        role = session == QLatin1String("manager") ? Role::Manager
            : session == QLatin1String("staff")    ? Role::Staff
                                                   : Role::Auditor;
        vault = Unlocker::open(m_f.dataDir(), QString::fromLatin1(user), password(pw));
        subject.ownPassword = password(pw);
        actor = QString::fromLatin1(user);
    }
    QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
    Vault &v = *vault.value();
    QCOMPARE(v.session().role, role);
    QCOMPARE(v.session().viaRecoveryKey, viaRecovery);
    const bool allowed = roleMay(role, viaRecovery, op.needs);

    Database &db = probe(*m_f.vault).database();
    const auto snapshot = [&db]() {
        QStringList counts;
        for (const char *table : { "residents", "consents", "face_templates", "users", "settings", "notice_versions",
                                   "signatures", "pending_receipts" })
            counts << QString::number(
                db.queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).value());
        counts << db.queryText(QStringLiteral(
                                   "SELECT group_concat(name || coalesce(move_out, '-') || coalesce(last_verified_at, "
                                   "'-'), ',') FROM residents"))
                      .value();
        counts << db.queryText(QStringLiteral("SELECT group_concat(coalesce(withdrawn_at, '-'), ',') FROM consents"))
                      .value();
        counts << db.queryText(QStringLiteral("SELECT group_concat(value, ',') FROM settings")).value();
        return counts.join(QLatin1Char('|'));
    };
    const QString before = snapshot();
    const QStringList filesBefore = QDir(m_out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const qint64 eventsBefore = probe(v).auditLog().count().value();

    const Status result = op.run(v, subject);
    if (allowed) {
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.errorKind(), ErrorKind::Policy);
        QVERIFY2(result.errorMessage().contains(QStringLiteral("may not")), qPrintable(result.errorMessage()));
        QCOMPARE(snapshot(), before);
        QCOMPARE(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);
        // The refusal itself is on record, and nothing else.
        const Result<QList<AuditEvent>> events = probe(v).auditLog().events(eventsBefore);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->constFirst().kind, AuditKind::AccessDenied);
        QCOMPARE(events->constFirst().actor, actor);
    }
    v.lock();
}

void TestAccessControl::roleDescriptionFollowsTheTable()
{
    // What the users tab says a role may do comes from the table: it promises nothing the core refuses.
    for (Role role : { Role::Staff, Role::Auditor }) {
        const QString said = AccessControl::describeRole(role);
        for (Permission p : AccessControl::allPermissions())
            QCOMPARE(said.contains(AccessControl::describe(p)), AccessControl::allows(role, p));
    }
}

void TestAccessControl::siteGrantsLiftOnlyStaffExport()
{
    // The one site grant lets staff export and nothing else; no role loses anything by it.
    AccessControl::SiteGrants on;
    on.staffAnswersAccessRequests = true;
    for (Role role : { Role::Manager, Role::Staff, Role::Auditor }) {
        for (Permission p : AccessControl::allPermissions()) {
            const bool expected = roleMay(role, false, p) || (role == Role::Staff && p == Permission::Export);
            QCOMPARE(AccessControl::allows(role, p, on), expected);
            QCOMPARE(AccessControl::check(role, p, on).ok(), expected);
            QCOMPARE(AccessControl::allows(role, p, AccessControl::SiteGrants()), roleMay(role, false, p));
        }
    }
    // Off: the refusal says who can change it and where.
    const Status off = AccessControl::check(Role::Staff, Permission::Export, AccessControl::SiteGrants());
    QCOMPARE(off.errorKind(), ErrorKind::Policy);
    QVERIFY2(off.errorMessage().contains(QStringLiteral("manager"))
                 && off.errorMessage().contains(QStringLiteral("Settings")),
             qPrintable(off.errorMessage()));
}

void TestAccessControl::staffExportFollowsTheSiteSetting()
{
    const Subject subject = freshSubject();
    auto staff = [&] { return Unlocker::open(m_f.dataDir(), QStringLiteral("li"), password("staff-pass")); };
    auto exportAsStaff = [&]() -> Result<ExportReceipt> {
        Result<std::unique_ptr<Vault>> v = staff();
        if (!v)
            return v.error();
        return ResidentService(*v.value()).exportPackage(subject.residentId, subject.outDir);
    };
    // Default: off, refused in core (not only greyed out), and the refusal is on record.
    QCOMPARE(SettingsService(*m_f.vault).staffAnswersAccessRequests().value(), false);
    {
        Result<std::unique_ptr<Vault>> v = staff();
        QVERIFY(v.ok());
        QVERIFY(!SettingsService(*v.value()).permits(Permission::Export).ok());
    }
    const Result<ExportReceipt> refused = exportAsStaff();
    QCOMPARE(refused.errorKind(), ErrorKind::Policy);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("Settings")));
    // Staff cannot turn it on for themselves.
    {
        Result<std::unique_ptr<Vault>> v = staff();
        QCOMPARE(SettingsService(*v.value()).setStaffAnswersAccessRequests(true).errorKind(), ErrorKind::Policy);
    }
    // The manager turns it on (a settings change on record); staff export, audited with their name and role.
    const qint64 before = probe(*m_f.vault).auditLog().count().value();
    QVERIFY(SettingsService(*m_f.vault).setStaffAnswersAccessRequests(true).ok());
    QCOMPARE(SettingsService(*m_f.vault).staffAnswersAccessRequests().value(), true);
    const Result<QList<AuditEvent>> changed = probe(*m_f.vault).auditLog().events(before);
    QCOMPARE(changed->size(), 1);
    QCOMPARE(changed->constFirst().kind, AuditKind::SettingsChanged);
    const Result<ExportReceipt> exported = exportAsStaff();
    QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
    QVERIFY(QFileInfo(exported->folder).isDir());
    const Result<QList<AuditEvent>> events = probe(*m_f.vault).auditLog().events(before);
    bool recorded = false;
    for (const AuditEvent &e : events.value()) {
        if (e.kind == AuditKind::Export && e.residentId == subject.residentId) {
            recorded = true;
            QCOMPARE(e.actor, QStringLiteral("li"));
            QCOMPARE(e.details.value(QStringLiteral("role")).toString(), QStringLiteral("staff"));
        }
    }
    QVERIFY(recorded);
    // An auditor still may not; off again: staff are refused again.
    AccessControl::SiteGrants on;
    on.staffAnswersAccessRequests = true;
    QVERIFY(!AccessControl::allows(Role::Auditor, Permission::Export, on));
    QVERIFY(SettingsService(*m_f.vault).setStaffAnswersAccessRequests(false).ok());
    QCOMPARE(exportAsStaff().errorKind(), ErrorKind::Policy);
}

QTEST_MAIN(TestAccessControl) // the access package is drawn as a PDF
#include "tst_accesscontrol.moc"
