// Issue 11's core: the device register (art. 13 ¶2), the impact assessment (signed versions frozen, stale
// when the purpose, method, engine or retention changes, never purged), the filing duty (people with face
// data, 30 working days, the filings recorded) and the compliance centre's rows computed from the store —
// each checked against the data it reads, and the printed documents through pdftotext.

#include "MockClock.h"
#include "PdfTools.h"
#include "PeopleFixture.h"
#include "Profiles.h"
#include "StoreProbe.h"
#include "compliance/DeviceLocation.h"
#include "domain/AuditKind.h"
#include "print/DocumentRenderer.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/ComplianceDocuments.h"
#include "services/ComplianceService.h"
#include "services/DeviceService.h"
#include "services/FilingService.h"
#include "services/ImpactAssessmentService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using Level = ComplianceItem::Level;
using Obligation = ComplianceItem::Obligation;

namespace {

SiteProfile completeProfile()
{
    SiteProfile p = test::chineseProfile();
    p.siteType = SiteProfile::SiteType::Compound;
    p.verificationMode = SiteProfile::VerificationMode::OneToOne;
    p.backupLocation = QStringLiteral("物业办公室保险柜中的加密U盘");
    p.minorsRules = QStringLiteral("不满十四周岁的住户由父母或者其他监护人单独同意");
    return p;
}

EngineFacts engineA()
{
    EngineFacts e;
    e.key = test::kEngineA;
    e.name = QStringLiteral("SFace face recognizer (OpenCV Zoo)");
    e.version = QStringLiteral("2021dec");
    e.threshold = 0.363;
    return e;
}

QMap<QString, QString> answers(const QString &tag = QStringLiteral("一"))
{
    QMap<QString, QString> a;
    for (ImpactAssessment::Part part : ImpactAssessment::parts())
        a.insert(ImpactAssessment::partKey(part),
                 QStringLiteral("答复%1：%2").arg(tag, ImpactAssessment::partKey(part)));
    return a;
}

Level levelOf(const ComplianceReport &report, Obligation obligation)
{
    const ComplianceItem *item = report.item(obligation);
    return item ? item->level : Level::Action;
}

QString detailOf(const ComplianceReport &report, Obligation obligation)
{
    const ComplianceItem *item = report.item(obligation);
    return item ? item->detail : QString();
}

Device frontDesk(const QString &name = QStringLiteral("前台摄像头"))
{
    Device d;
    d.name = name;
    d.locationType = DeviceLocation::Type::FrontDesk;
    d.area = QStringLiteral("前台柜台前排队区域");
    return d;
}

} // namespace

class TestComplianceCentre : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void privateSpacesAreRefused();
    void deviceRegisterAddsListsRemoves();
    void signsRecordNoticeVersionAndDevice();
    void assessmentFactsComeFromTheStore();
    void signingFreezesAVersion();
    void assessmentGoesStaleWhenTheBasisChanges();
    void purgeNeverTouchesAnAssessment();
    void filingThresholdAndDeadline();
    void filingRecordedAndReminders();
    void filingPackWritesBothFilesOrNothing();
    void centreTurnsGreenAsTheStoreIsPutInOrder();
    void auditorReadsButCannotChange();
    void documentsCarryTheChineseHeadings();

private:
    bool setUpSite();
    qint64 seedPeopleWithFaceData(qint64 count, const QDate &first, const QDate &last);

    std::unique_ptr<test::PeopleFixture> m_f;
};

void TestComplianceCentre::init()
{
    m_f = std::make_unique<test::PeopleFixture>();
    m_f->clock->set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    QVERIFY(m_f->create());
}

void TestComplianceCentre::cleanup()
{
    m_f.reset();
}

bool TestComplianceCentre::setUpSite()
{
    if (Status ok = SettingsService(m_f->vault()).setSiteProfile(completeProfile()); !ok) {
        qWarning("%s", qPrintable(ok.errorMessage()));
        return false;
    }
    const QString version = SettingsService(m_f->vault()).currentNoticeVersion().value();
    auto found = test::probe(m_f->vault()).noticeRepository().find(version, QStringLiteral("zh_CN"));
    if (!found.ok() || !found.value())
        return false;
    m_f->notice = found.value()->id;
    return true;
}

// Residents with face data written straight into the table (the triggers' columns set as they would be):
// 100,000 enrollments through the service would take minutes. Their first templates are spread evenly over
// [first, last].
qint64 TestComplianceCentre::seedPeopleWithFaceData(qint64 count, const QDate &first, const QDate &last)
{
    Database &db = test::probe(m_f->vault()).database();
    const qint64 span = std::max<qint64>(1, first.daysTo(last));
    const QString sql
        = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "
                         "INSERT INTO residents (name, unit, status, created_at, updated_at, consent_state, "
                         "template_count, oldest_template_at) "
                         "SELECT 'Seeded ' || i, '', 'active', '%2', '%2', 'active', 1, "
                         "strftime('%Y-%m-%dT%H:%M:%fZ', '%2', '+' || (i * %3 / max(1, %1 - 1)) || ' days') FROM n")
              .arg(count)
              .arg(QDateTime(first, QTime(8, 0), Qt::UTC).toString(Qt::ISODateWithMs))
              .arg(span);
    if (Status ok = db.exec(sql); !ok)
        qWarning("%s", qPrintable(ok.errorMessage()));
    return db.queryInt(QStringLiteral("SELECT count(*) FROM residents WHERE template_count > 0")).value();
}

void TestComplianceCentre::privateSpacesAreRefused()
{
    DeviceService devices(m_f->vault());
    for (DeviceLocation::Type type : { DeviceLocation::Type::GuestRoom, DeviceLocation::Type::PublicBathroom,
                                       DeviceLocation::Type::ChangingRoom, DeviceLocation::Type::Toilet }) {
        QVERIFY(DeviceLocation::isPrivateSpace(type));
        Device d = frontDesk(QStringLiteral("camera in %1").arg(DeviceLocation::key(type)));
        d.locationType = type;
        const Result<qint64> added = devices.add(d);
        QVERIFY(!added.ok());
        QCOMPARE(added.errorKind(), ErrorKind::Policy);
        QVERIFY2(added.errorMessage().contains(QStringLiteral("13")), qPrintable(added.errorMessage()));
        // Even written by hand, the schema refuses the place.
        Result<Statement> insert
            = test::probe(m_f->vault())
                  .database()
                  .prepare(QStringLiteral("INSERT INTO devices (name, location_type, area, created_at, created_by) "
                                          "VALUES ('x', ?1, 'y', 'now', 'me')"));
        insert.value().bind(1, DeviceLocation::key(type));
        QVERIFY(!insert.value().exec().ok());
    }
    QCOMPARE(devices.list().value().size(), 0);
    QCOMPARE(test::probe(m_f->vault()).database().queryInt(QStringLiteral("SELECT count(*) FROM devices")).value(), 0);
    // Every permitted type is accepted.
    for (DeviceLocation::Type type : DeviceLocation::allowed()) {
        Device d = frontDesk(QStringLiteral("camera at %1").arg(DeviceLocation::key(type)));
        d.locationType = type;
        QVERIFY2(devices.add(d).ok(), qPrintable(DeviceLocation::key(type)));
    }
    QCOMPARE(devices.list().value().size(), DeviceLocation::allowed().size());
}

void TestComplianceCentre::deviceRegisterAddsListsRemoves()
{
    DeviceService devices(m_f->vault());
    Device d = frontDesk();
    d.camera = QStringLiteral("/dev/video0");
    const Result<qint64> id = devices.add(d);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    QCOMPARE(devices.add(frontDesk()).errorKind(), ErrorKind::Policy); // the same name again
    Device unnamed = frontDesk(QStringLiteral("  "));
    QCOMPARE(devices.add(unnamed).errorKind(), ErrorKind::Policy);
    Device noArea = frontDesk(QStringLiteral("大堂"));
    noArea.area.clear();
    QCOMPARE(devices.add(noArea).errorKind(), ErrorKind::Policy);

    const QList<Device> listed = devices.list().value();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.constFirst().name, d.name);
    QCOMPARE(listed.constFirst().area, d.area);
    QCOMPARE(listed.constFirst().createdBy, QStringLiteral("wang"));
    QCOMPARE(devices.forCamera(QStringLiteral("/dev/video0")).value()->id, id.value());
    QVERIFY(!devices.forCamera(QStringLiteral("/dev/video1")).value().has_value());
    const QList<AuditEvent> events = AuditService(m_f->vault()).events().value();
    QCOMPARE(events.constLast().kind, AuditKind::DeviceAdded);

    // Staff see the register (the camera picker names devices) but may not change it.
    QVERIFY(m_f->switchTo(QStringLiteral("li"), Role::Staff));
    QCOMPARE(DeviceService(m_f->vault()).list().value().size(), 1);
    QCOMPARE(DeviceService(m_f->vault()).add(frontDesk(QStringLiteral("另一台"))).errorKind(), ErrorKind::Policy);
    QCOMPARE(DeviceService(m_f->vault()).remove(id.value()).errorKind(), ErrorKind::Policy);
    QVERIFY(m_f->store.switchTo(QStringLiteral("wang")));

    QVERIFY(DeviceService(m_f->vault()).remove(id.value()).ok());
    QVERIFY(DeviceService(m_f->vault()).list().value().isEmpty());
    QCOMPARE(DeviceService(m_f->vault()).remove(id.value()).errorKind(), ErrorKind::NotFound);
    // Removed devices stay as history: the row is kept, marked removed.
    QCOMPARE(test::probe(m_f->vault())
                 .database()
                 .queryInt(QStringLiteral("SELECT count(*) FROM devices WHERE removed_at IS NOT NULL"))
                 .value(),
             1);
}

void TestComplianceCentre::signsRecordNoticeVersionAndDevice()
{
    QVERIFY(setUpSite());
    const qint64 id = DeviceService(m_f->vault()).add(frontDesk()).value();
    const QString version = SettingsService(m_f->vault()).currentNoticeVersion().value();
    QVERIFY(AuditService(m_f->vault())
                .recordSignagePrinted({ { QStringLiteral("layout"), QStringLiteral("label-a6") },
                                        { QStringLiteral("language"), QStringLiteral("zh_CN") },
                                        { QStringLiteral("medium"), QStringLiteral("pdf") },
                                        { QStringLiteral("device_id"), id } })
                .ok());
    Result<Statement> row
        = test::probe(m_f->vault())
              .database()
              .prepare(QStringLiteral("SELECT device_id, notice_version, layout, printed_by FROM sign_prints"));
    QVERIFY(row.value().step().value());
    QCOMPARE(row.value().int64(0), id);
    QCOMPARE(row.value().text(1), version);
    QCOMPARE(row.value().text(2), QStringLiteral("label-a6"));
    QCOMPARE(row.value().text(3), QStringLiteral("wang"));
    const AuditEvent event = AuditService(m_f->vault()).events().value().constLast();
    QCOMPARE(event.kind, AuditKind::SignagePrinted);
    QCOMPARE(event.details.value(QStringLiteral("notice_version")).toString(), version);
    QCOMPARE(event.details.value(QStringLiteral("device")).toString(), frontDesk().name);
    // An unknown device is refused and nothing is recorded.
    QCOMPARE(AuditService(m_f->vault()).recordSignagePrinted({ { QStringLiteral("device_id"), 999 } }).errorKind(),
             ErrorKind::NotFound);
    QCOMPARE(test::probe(m_f->vault()).database().queryInt(QStringLiteral("SELECT count(*) FROM sign_prints")).value(),
             1);
}

void TestComplianceCentre::assessmentFactsComeFromTheStore()
{
    QVERIFY(setUpSite());
    m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("A-101"));
    m_f->enroll(QStringLiteral("Li Si"), QStringLiteral("A-102"));
    m_f->enroll(QStringLiteral("Wang Wu"), QStringLiteral("A-103"), 3);
    m_f->enroll(QStringLiteral("Zhao Liu"), QStringLiteral("A-104"), 0, QDate(), false);
    QVERIFY(DeviceService(m_f->vault()).add(frontDesk()).ok());
    const ImpactAssessment draft = ImpactAssessmentService(m_f->vault()).draft(engineA()).value();
    auto fact = [&](const QString &key) {
        for (const AssessmentFact &f : draft.facts) {
            if (f.key == key)
                return f;
        }
        return AssessmentFact();
    };
    QCOMPARE(fact(QStringLiteral("people_with_face_data")).valueEn, QStringLiteral("3"));
    QCOMPARE(fact(QStringLiteral("residents")).valueEn, QStringLiteral("4"));
    QCOMPARE(fact(QStringLiteral("declines")).valueEn, QStringLiteral("1"));
    QCOMPARE(fact(QStringLiteral("templates")).valueEn, QStringLiteral("7"));
    QCOMPARE(fact(QStringLiteral("method")).valueZh, QStringLiteral("一对一核验"));
    QVERIFY(fact(QStringLiteral("threshold")).valueEn.startsWith(QStringLiteral("0.363")));
    QVERIFY(fact(QStringLiteral("engine")).valueEn.contains(test::kEngineA));
    QVERIFY(fact(QStringLiteral("devices")).valueZh.contains(QStringLiteral("前台摄像头（前台：前台柜台前排队区域）")));
    QVERIFY(fact(QStringLiteral("storage")).valueZh.contains(completeProfile().backupLocation));
    // The retention fact states the rule the purge applies.
    const RetentionPolicy policy = SettingsService(m_f->vault()).retentionPolicy().value();
    QVERIFY(fact(QStringLiteral("retention")).valueZh.contains(QStringLiteral("迁出后%1天").arg(policy.retentionDays)));
    QVERIFY(fact(QStringLiteral("retention"))
                .valueZh.contains(QStringLiteral("最长不超过%1天").arg(policy.maxTemplateAgeDays)));
    QCOMPARE(fact(QStringLiteral("roles")).valueEn, QStringLiteral("1 manager(s), 0 staff, 0 auditor(s)"));
}

void TestComplianceCentre::signingFreezesAVersion()
{
    QVERIFY(setUpSite());
    ImpactAssessmentService pia(m_f->vault());
    QVERIFY(!pia.latestSigned().value().has_value());
    // Every part must be answered.
    const Result<int> refused = pia.sign(engineA());
    QCOMPARE(refused.errorKind(), ErrorKind::Policy);
    QVERIFY(refused.errorMessage().contains(ImpactAssessment::partTitle(ImpactAssessment::Part::Measures)));

    QVERIFY(pia.saveAnswers(answers(QStringLiteral("一"))).ok());
    QCOMPARE(pia.sign(engineA()).value(), 1);
    const ImpactAssessment first = pia.latestSigned().value().value();
    QCOMPARE(first.version, 1);
    QCOMPARE(first.signedBy, QStringLiteral("wang"));
    QCOMPARE(first.signedAt, m_f->clock->now());
    QCOMPARE(first.sha256, QCryptographicHash::hash(first.canonicalBody(), QCryptographicHash::Sha256));
    QCOMPARE(first.answers.value(QStringLiteral("risks")), QStringLiteral("答复一：risks"));

    // Immutable in SQL.
    Database &db = test::probe(m_f->vault()).database();
    QVERIFY(!db.exec(QStringLiteral("UPDATE impact_assessments SET body = '{}'")).ok());
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM impact_assessments")).ok());

    // An edit after signing changes the draft, not the signed version; signing again makes version 2.
    m_f->clock->advanceDays(10);
    QVERIFY(pia.saveAnswers(answers(QStringLiteral("二"))).ok());
    QCOMPARE(pia.latestSigned().value()->answers.value(QStringLiteral("risks")), QStringLiteral("答复一：risks"));
    QCOMPARE(pia.sign(engineA()).value(), 2);
    const QList<ImpactAssessment> history = pia.history().value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).answers.value(QStringLiteral("risks")), QStringLiteral("答复二：risks"));
    QCOMPARE(history.at(1).canonicalBody(), first.canonicalBody());
    QCOMPARE(history.at(1).sha256, first.sha256);
    const AuditEvent event = AuditService(m_f->vault()).events().value().constLast();
    QCOMPARE(event.kind, AuditKind::AssessmentSigned);
    QCOMPARE(event.details.value(QStringLiteral("version")).toInt(), 2);
}

void TestComplianceCentre::assessmentGoesStaleWhenTheBasisChanges()
{
    QVERIFY(setUpSite());
    ImpactAssessmentService pia(m_f->vault());
    QCOMPARE(pia.changesSinceSigned(engineA()).errorKind(), ErrorKind::NotFound);
    m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("A-101"));
    QVERIFY(pia.saveAnswers(answers()).ok());
    QVERIFY(pia.sign(engineA()).ok());
    QVERIFY(pia.changesSinceSigned(engineA()).value().isEmpty());
    QCOMPARE(levelOf(ComplianceService(m_f->vault()).report(engineA()).value(), Obligation::Assessment), Level::Ok);

    // A new engine made face data: a new method of processing.
    m_f->enroll(QStringLiteral("Li Si"), QStringLiteral("A-102"), 2, QDate(), true, test::kEngineB);
    QCOMPARE(pia.changesSinceSigned(engineA()).value(), QStringList { QStringLiteral("engine") });

    SiteProfile profile = completeProfile();
    profile.purpose = QStringLiteral("住户进出电梯时核验身份");
    profile.retentionDays = 7;
    profile.verificationMode = SiteProfile::VerificationMode::OneToMany;
    QVERIFY(SettingsService(m_f->vault()).setSiteProfile(profile).ok());
    const QStringList changed = pia.changesSinceSigned(engineA()).value();
    QCOMPARE(changed,
             (QStringList { QStringLiteral("purpose"), QStringLiteral("method"), QStringLiteral("engine"),
                            QStringLiteral("retention") }));
    const ComplianceReport report = ComplianceService(m_f->vault()).report(engineA()).value();
    QCOMPARE(levelOf(report, Obligation::Assessment), Level::Action);
    QCOMPARE(report.item(Obligation::Assessment)->fix, ComplianceItem::Fix::EditAssessment);
    QVERIFY(
        detailOf(report, Obligation::Assessment).contains(ImpactAssessment::basisPartName(QStringLiteral("purpose"))));
}

void TestComplianceCentre::purgeNeverTouchesAnAssessment()
{
    QVERIFY(setUpSite());
    ImpactAssessmentService pia(m_f->vault());
    QVERIFY(pia.saveAnswers(answers()).ok());
    QVERIFY(pia.sign(engineA()).ok());
    const QByteArray hash = pia.latestSigned().value()->sha256;
    m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("A-101"), 2, m_f->clock->now().date());
    m_f->clock->advanceDays(4 * 365);
    const Result<PurgeReport> purged = ResidentService(m_f->vault()).purgeExpired();
    QVERIFY2(purged.ok(), qPrintable(purged.errorMessage()));
    QCOMPARE(purged->templatesDeleted, 2); // the purge ran and did delete face data
    QCOMPARE(pia.history().value().size(), 1);
    QCOMPARE(pia.latestSigned().value()->sha256, hash);
    QVERIFY(pia.latestSigned().value()->keepUntil() <= m_f->clock->now().date());
}

void TestComplianceCentre::filingThresholdAndDeadline()
{
    QVERIFY(setUpSite());
    FilingService filing(m_f->vault());
    QCOMPARE(filing.state().value().level, FilingRule::Level::Below);
    QCOMPARE(seedPeopleWithFaceData(80000, QDate(2026, 1, 5), QDate(2026, 1, 30)), 80000);
    FilingService::State state = filing.state().value();
    QCOMPARE(state.peopleWithFaceData, 80000);
    QCOMPARE(state.level, FilingRule::Level::Approaching);
    QVERIFY(!state.deadline.isValid());
    QCOMPARE(levelOf(ComplianceService(m_f->vault()).report().value(), Obligation::Filing), Level::Warning);

    // The 100,000th person's face data was first stored on Monday 2 March 2026.
    QCOMPARE(seedPeopleWithFaceData(20000, QDate(2026, 2, 2), QDate(2026, 3, 2)), 100000);
    state = filing.state().value();
    QCOMPARE(state.level, FilingRule::Level::Due);
    QCOMPARE(state.reachedOn, QDate(2026, 3, 2));
    QCOMPARE(state.deadline, QDate(2026, 4, 13));
    QCOMPARE(state.deadline, FilingRule::deadline(QDate(2026, 3, 2), {}));
    m_f->clock->set(QDateTime(QDate(2026, 4, 6), QTime(10, 0), Qt::UTC)); // a Monday: five working days left
    state = filing.state().value();
    QCOMPARE(state.workingDaysLeft, 5);
    QVERIFY2(state.summary.contains(QStringLiteral("5 working day")), qPrintable(state.summary));
    ComplianceReport report = ComplianceService(m_f->vault()).report().value();
    QCOMPARE(levelOf(report, Obligation::Filing), Level::Action);
    QCOMPARE(report.item(Obligation::Filing)->fix, ComplianceItem::Fix::Filing);

    // A holiday inside the period moves the deadline; it is a setting of the site.
    QVERIFY(filing.setHolidays({ QDate(2026, 4, 6), QDate(2026, 4, 6) }).ok());
    state = filing.state().value();
    QCOMPARE(state.holidays, QList<QDate> { QDate(2026, 4, 6) });
    QCOMPARE(state.deadline, QDate(2026, 4, 14));
    QCOMPARE(state.workingDaysLeft, 6);
    m_f->clock->set(QDateTime(QDate(2026, 4, 16), QTime(10, 0), Qt::UTC));
    state = filing.state().value();
    QCOMPARE(state.workingDaysLeft, -2);
    QVERIFY2(state.summary.contains(QStringLiteral("overdue")), qPrintable(state.summary));
}

void TestComplianceCentre::filingRecordedAndReminders()
{
    QVERIFY(setUpSite());
    seedPeopleWithFaceData(100000, QDate(2026, 1, 5), QDate(2026, 2, 27));
    FilingService filing(m_f->vault());
    FilingRecord record;
    record.filedOn = m_f->clock->now().date().addDays(1);
    record.reference = QStringLiteral("京网信备2026-0001");
    QCOMPARE(filing.record(record).errorKind(), ErrorKind::Policy); // in the future
    record.filedOn = m_f->clock->now().date();
    record.reference = QStringLiteral("  ");
    QCOMPARE(filing.record(record).errorKind(), ErrorKind::Policy); // no reference
    QVERIFY(filing.state().value().filings.isEmpty());

    record.reference = QStringLiteral("京网信备2026-0001");
    QVERIFY(filing.record(record).ok());
    FilingService::State state = filing.state().value();
    QVERIFY(state.filed);
    QCOMPARE(state.filings.constFirst().people, 100000);
    QVERIFY(state.reminders.isEmpty());
    QCOMPARE(levelOf(ComplianceService(m_f->vault()).report().value(), Obligation::Filing), Level::Ok);
    QCOMPARE(AuditService(m_f->vault()).events().value().constLast().kind, AuditKind::FilingRecorded);

    // The assessment signed again after the filing: a change filing is due.
    m_f->clock->advanceDays(3);
    ImpactAssessmentService pia(m_f->vault());
    QVERIFY(pia.saveAnswers(answers()).ok());
    QVERIFY(pia.sign(engineA()).ok());
    state = filing.state().value();
    QCOMPARE(state.reminders.size(), 1);
    QVERIFY(state.reminders.constFirst().contains(QStringLiteral("change")));
    QCOMPARE(levelOf(ComplianceService(m_f->vault()).report().value(), Obligation::Filing), Level::Warning);

    // No face data any more: deregistration.
    QVERIFY(test::probe(m_f->vault()).database().exec(QStringLiteral("UPDATE residents SET template_count = 0")).ok());
    state = filing.state().value();
    QCOMPARE(state.reminders.size(), 2);
    QVERIFY(state.reminders.constLast().contains(QStringLiteral("deregister")));
    record.kind = FilingRecord::Kind::Deregistration;
    record.filedOn = m_f->clock->now().date();
    record.reference = QStringLiteral("京网信备2026-0001-注销");
    QVERIFY(filing.record(record).ok());
    QVERIFY(!filing.state().value().filed);
}

void TestComplianceCentre::filingPackWritesBothFilesOrNothing()
{
    QVERIFY(setUpSite());
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("pack/2026"));
    FilingService filing(m_f->vault());
    // Without a signed assessment (the fifth material) nothing is written, not even the folder.
    QCOMPARE(filing.writePack(target).errorKind(), ErrorKind::NotFound);
    QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("pack"))));

    ImpactAssessmentService pia(m_f->vault());
    QVERIFY(pia.saveAnswers(answers()).ok());
    QVERIFY(pia.sign(engineA()).ok());
    m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("A-101"));
    const Result<QStringList> files = filing.writePack(target);
    QVERIFY2(files.ok(), qPrintable(files.errorMessage()));
    QCOMPARE(files->size(), 2);
    for (const QString &file : files.value())
        QVERIFY(QFileInfo(file).isFile());
    QFile json(QDir(target).filePath(QStringLiteral("filing-pack.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject pack = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(pack.value(QStringLiteral("storage_and_security"))
                 .toObject()
                 .value(QStringLiteral("people_with_face_data"))
                 .toInt(),
             1);
    QCOMPARE(pack.value(QStringLiteral("processor")).toObject().value(QStringLiteral("operator_name")).toString(),
             completeProfile().operatorName);
    QCOMPARE(pack.value(QStringLiteral("impact_assessment")).toObject().value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(pack.value(QStringLiteral("processing_rules")).toString().contains(completeProfile().purpose));
    // The edited processing rules replace the generated ones.
    QVERIFY(filing.setProcessingRules(QStringLiteral("一、本场所的操作规程。")).ok());
    QCOMPARE(filing.processingRules().value(), QStringLiteral("一、本场所的操作规程。"));
}

void TestComplianceCentre::centreTurnsGreenAsTheStoreIsPutInOrder()
{
    ComplianceService centre(m_f->vault());
    SiteProfile incomplete = completeProfile();
    incomplete.purpose.clear();
    incomplete.alternatives.clear();
    QVERIFY(SettingsService(m_f->vault()).setSiteProfile(incomplete).ok());
    ComplianceReport report = centre.report(engineA()).value();
    QCOMPARE(report.items.size(), ComplianceItem::all().size());
    // The profile lacks the purpose and the alternatives: the notice is not complete.
    QCOMPARE(levelOf(report, Obligation::Notice), Level::Action);
    QCOMPARE(report.item(Obligation::Notice)->fix, ComplianceItem::Fix::EditSiteProfile);
    QCOMPARE(levelOf(report, Obligation::Devices), Level::Action);
    QCOMPARE(levelOf(report, Obligation::Signs), Level::Action);
    QCOMPARE(levelOf(report, Obligation::Assessment), Level::Action);
    QCOMPARE(levelOf(report, Obligation::Backup), Level::Action);
    QCOMPARE(levelOf(report, Obligation::AuditChain), Level::Action);
    QCOMPARE(levelOf(report, Obligation::Filing), Level::Ok);
    QCOMPARE(levelOf(report, Obligation::Renewal), Level::Ok);

    QVERIFY(setUpSite());
    QCOMPARE(levelOf(centre.report(engineA()).value(), Obligation::Notice), Level::Ok);

    const qint64 desk = DeviceService(m_f->vault()).add(frontDesk()).value();
    report = centre.report(engineA()).value();
    QCOMPARE(levelOf(report, Obligation::Devices), Level::Ok);
    QCOMPARE(levelOf(report, Obligation::Signs), Level::Action);
    QVERIFY(detailOf(report, Obligation::Signs).contains(frontDesk().name));
    QCOMPARE(report.item(Obligation::Signs)->fix, ComplianceItem::Fix::PrintSigns);
    QVERIFY(AuditService(m_f->vault())
                .recordSignagePrinted(
                    { { QStringLiteral("layout"), QStringLiteral("label-a6") }, { QStringLiteral("device_id"), desk } })
                .ok());
    QCOMPARE(levelOf(centre.report(engineA()).value(), Obligation::Signs), Level::Ok);

    ImpactAssessmentService pia(m_f->vault());
    QVERIFY(pia.saveAnswers(answers()).ok());
    QVERIFY(pia.sign(engineA()).ok());
    QCOMPARE(levelOf(centre.report(engineA()).value(), Obligation::Assessment), Level::Ok);

    QTemporaryDir backups;
    QVERIFY(BackupService(m_f->vault()).backupTo(backups.filePath(QStringLiteral("b.consentry-backup"))).ok());
    QVERIFY(AuditService(m_f->vault()).verify().value().ok);
    QVERIFY(ResidentService(m_f->vault()).purgeExpired().ok());
    report = centre.report(engineA()).value();
    for (const ComplianceItem &item : report.items)
        QVERIFY2(item.level == Level::Ok, qPrintable(item.title() + QStringLiteral(": ") + item.detail));
    QCOMPARE(report.count(Level::Action), 0);

    // A new notice version (the contact changed): the sign at the device states an old version.
    SiteProfile moved = completeProfile();
    moved.contactPhone = QStringLiteral("021-5555-0199");
    QVERIFY(SettingsService(m_f->vault()).setSiteProfile(moved).ok());
    QCOMPARE(levelOf(centre.report(engineA()).value(), Obligation::Signs), Level::Action);

    // Time passes: the backup grows old, the chain and the purge are not checked any more.
    m_f->clock->advanceDays(10);
    report = centre.report(engineA()).value();
    QCOMPARE(levelOf(report, Obligation::Backup), Level::Warning);
    QCOMPARE(levelOf(report, Obligation::Purge), Level::Action);
    m_f->clock->advanceDays(25);
    report = centre.report(engineA()).value();
    QCOMPARE(levelOf(report, Obligation::Backup), Level::Action);
    QCOMPARE(levelOf(report, Obligation::AuditChain), Level::Action);

    // Face data past its retention date that the purge has not deleted yet.
    m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("A-101"), 2, m_f->clock->now().date().addDays(-60));
    report = centre.report(engineA()).value();
    QCOMPARE(levelOf(report, Obligation::Retention), Level::Action);
    QVERIFY(ResidentService(m_f->vault()).purgeExpired().ok());
    QCOMPARE(levelOf(centre.report(engineA()).value(), Obligation::Retention), Level::Ok);
}

void TestComplianceCentre::auditorReadsButCannotChange()
{
    QVERIFY(setUpSite());
    ImpactAssessmentService(m_f->vault()).saveAnswers(answers()).ok();
    QVERIFY(ImpactAssessmentService(m_f->vault()).sign(engineA()).ok());
    QVERIFY(m_f->switchTo(QStringLiteral("zhao"), Role::Auditor));
    QVERIFY(ComplianceService(m_f->vault()).report().ok());
    QVERIFY(ImpactAssessmentService(m_f->vault()).latestSigned().value().has_value());
    QVERIFY(FilingService(m_f->vault()).state().ok());
    QCOMPARE(ImpactAssessmentService(m_f->vault()).saveAnswers(answers()).errorKind(), ErrorKind::Policy);
    QCOMPARE(ImpactAssessmentService(m_f->vault()).sign(engineA()).errorKind(), ErrorKind::Policy);
    FilingRecord record;
    record.filedOn = m_f->clock->now().date();
    record.reference = QStringLiteral("x");
    QCOMPARE(FilingService(m_f->vault()).record(record).errorKind(), ErrorKind::Policy);
    QCOMPARE(DeviceService(m_f->vault()).add(frontDesk()).errorKind(), ErrorKind::Policy);
    // Staff may not read the compliance records.
    QVERIFY(m_f->switchTo(QStringLiteral("li"), Role::Staff));
    QCOMPARE(ComplianceService(m_f->vault()).report().errorKind(), ErrorKind::Policy);
    QCOMPARE(ImpactAssessmentService(m_f->vault()).latestSigned().errorKind(), ErrorKind::Policy);
}

void TestComplianceCentre::documentsCarryTheChineseHeadings()
{
    QVERIFY(setUpSite());
    m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("A-101"));
    QVERIFY(DeviceService(m_f->vault()).add(frontDesk()).ok());
    ImpactAssessmentService pia(m_f->vault());
    QVERIFY(pia.saveAnswers(answers()).ok());
    QVERIFY(pia.sign(engineA()).ok());
    const ImpactAssessment signedVersion = pia.latestSigned().value().value();

    QTemporaryDir dir;
    const QString piaPdf = dir.filePath(QStringLiteral("pia.pdf"));
    const Result<int> pages
        = DocumentRenderer(ComplianceDocuments::assessment(signedVersion, QStringLiteral("zh_CN+en"))).writePdf(piaPdf);
    QVERIFY2(pages.ok(), qPrintable(pages.errorMessage()));
    QString error;
    const QString text = test::normalizedForSearch(test::pdfText(piaPdf, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &heading :
         { QStringLiteral("个人信息保护影响评估报告"), QStringLiteral("一、基本情况"),
           QStringLiteral("二、处理目的和处理方式的合法性、正当性与必要性"),
           QStringLiteral("三、对个人权益的影响及降低不利影响措施的有效性"),
           QStringLiteral("四、人脸信息泄露、篡改、丢失、毁损或者被非法获取、出售、使用的风险与危害"),
           QStringLiteral("五、保护措施的合法性、有效性及与风险程度的适应性"), QStringLiteral("六、评估结论与签署"),
           QStringLiteral("Personal Information Protection Impact Assessment"), QStringLiteral("答复一：risks"),
           QString::fromLatin1(signedVersion.sha256.toHex()), QStringLiteral("前台柜台前排队区域") })
        QVERIFY2(text.contains(test::normalizedForSearch(heading)), qPrintable(heading));

    QVERIFY(FilingService(m_f->vault()).writePack(dir.filePath(QStringLiteral("filing"))).ok());
    const QString pack
        = test::normalizedForSearch(test::pdfText(dir.filePath(QStringLiteral("filing/filing-pack.pdf")), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &heading :
         { QStringLiteral("人脸识别技术应用备案材料"), QStringLiteral("一、个人信息处理者基本情况"),
           QStringLiteral("二、人脸信息处理目的和处理方式"), QStringLiteral("三、人脸信息存储数量及安全保护措施"),
           QStringLiteral("四、个人信息处理规则及操作规程"), QStringLiteral("五、个人信息保护影响评估报告"),
           completeProfile().operatorName, QStringLiteral("存储人脸信息的人数1") })
        QVERIFY2(pack.contains(test::normalizedForSearch(heading)), qPrintable(heading));
    // For a person to look at (as the GUI suites save their screenshots).
    if (const QString shots = qEnvironmentVariable("CONSENTRY_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        QFile::copy(piaPdf, QDir(shots).filePath(QStringLiteral("impact-assessment.pdf")));
        QFile::copy(dir.filePath(QStringLiteral("filing/filing-pack.pdf")),
                    QDir(shots).filePath(QStringLiteral("filing-pack.pdf")));
    }
}

QTEST_MAIN(TestComplianceCentre)
#include "tst_compliancecentre.moc"
