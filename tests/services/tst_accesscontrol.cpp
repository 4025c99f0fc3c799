// Roles enforced in core: one row per (role, service call), run against a real store. A refused call
// changes nothing but the audit log, which records the refusal.

#include "VaultFixture.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/ConsentService.h"
#include "services/ReportService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "services/TemplateService.h"
#include "services/UserService.h"
#include "storage/Database.h"

#include <QTest>

#include <functional>

using namespace consentry;
using namespace consentry::test;

namespace {

struct Subject {
    qint64 residentId = 0;
    qint64 templateId = 0;
    qint64 noticeId = 0;
    QString outDir;
};

using Operation = std::function<Status(Vault &, const Subject &)>;

template <typename T> Status statusOf(const Result<T> &r)
{
    return r.ok() ? Status() : Status(r.error());
}

Consent grantedConsent(const Subject &s, qint64 residentId)
{
    Consent c;
    c.residentId = residentId;
    c.noticeVersionId = s.noticeId;
    c.decision = Consent::Decision::Granted;
    c.signer = QStringLiteral("Signer");
    c.signedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    return c;
}

StoredTemplate sampleTemplate(qint64 residentId)
{
    StoredTemplate t;
    t.residentId = residentId;
    t.engineId = QStringLiteral("test-engine");
    t.modelSha256 = QByteArray(32, '\1');
    t.vector = QByteArray(512, '\2');
    t.quality = 0.8;
    return t;
}

const QMap<QString, Operation> &operations()
{
    static const QMap<QString, Operation> ops = {
        { QStringLiteral("status"), [](Vault &v, const Subject &) { return statusOf(ReportService(v).status()); } },
        { QStringLiteral("read site profile"),
          [](Vault &v, const Subject &) { return statusOf(SettingsService(v).siteProfile()); } },
        { QStringLiteral("read idle lock"),
          [](Vault &v, const Subject &) { return statusOf(SettingsService(v).idleLockMinutes()); } },
        { QStringLiteral("read liveness mode"),
          [](Vault &v, const Subject &) { return statusOf(SettingsService(v).livenessMode()); } },
        { QStringLiteral("list residents"),
          [](Vault &v, const Subject &) { return statusOf(ResidentService(v).list()); } },
        { QStringLiteral("view resident"),
          [](Vault &v, const Subject &s) { return statusOf(ResidentService(v).get(s.residentId)); } },
        { QStringLiteral("view consents"),
          [](Vault &v, const Subject &s) { return statusOf(ConsentService(v).ofResident(s.residentId)); } },
        { QStringLiteral("create resident"),
          [](Vault &v, const Subject &) {
              Resident r;
              r.name = QStringLiteral("New");
              return statusOf(ResidentService(v).create(r));
          } },
        { QStringLiteral("edit resident"),
          [](Vault &v, const Subject &s) {
              Resident r;
              r.id = s.residentId;
              r.name = QStringLiteral("Edited");
              return ResidentService(v).update(r);
          } },
        { QStringLiteral("record consent"),
          [](Vault &v, const Subject &s) {
              return statusOf(ConsentService(v).record(grantedConsent(s, s.residentId)));
          } },
        { QStringLiteral("enroll"),
          [](Vault &v, const Subject &s) {
              Resident r;
              r.name = QStringLiteral("Enrolled");
              return statusOf(ResidentService(v).enroll(r, grantedConsent(s, 0), { sampleTemplate(0) }));
          } },
        { QStringLiteral("add template"),
          [](Vault &v, const Subject &s) { return statusOf(TemplateService(v).add(sampleTemplate(s.residentId))); } },
        { QStringLiteral("withdraw consent"),
          [](Vault &v, const Subject &s) { return statusOf(ConsentService(v).withdraw(s.residentId)); } },
        { QStringLiteral("load gallery"),
          [](Vault &v, const Subject &) {
              return TemplateService(v).gallery(QStringLiteral("test-engine"),
                                                [](qint64, qint64, QByteArrayView, QByteArrayView) {});
          } },
        { QStringLiteral("record match"),
          [](Vault &v, const Subject &s) { return TemplateService(v).recordMatch(s.templateId); } },
        { QStringLiteral("print signage"),
          [](Vault &v, const Subject &) {
              return AuditService(v).recordSignagePrinted({ { QStringLiteral("pages"), 1 } });
          } },
        { QStringLiteral("check integrity"),
          [](Vault &v, const Subject &) { return ReportService(v).checkIntegrity(); } },
        { QStringLiteral("read audit"), [](Vault &v, const Subject &) { return statusOf(AuditService(v).events()); } },
        { QStringLiteral("verify audit"),
          [](Vault &v, const Subject &) { return statusOf(AuditService(v).verify()); } },
        { QStringLiteral("export"),
          [](Vault &v, const Subject &s) { return AuditService(v).recordExport(s.residentId, {}); } },
        { QStringLiteral("delete resident"),
          [](Vault &v, const Subject &s) { return statusOf(ResidentService(v).remove(s.residentId)); } },
        { QStringLiteral("list users"), [](Vault &v, const Subject &) { return statusOf(UserService(v).list()); } },
        { QStringLiteral("add user"),
          [](Vault &v, const Subject &) {
              return UserService(v).add(QStringLiteral("extra"), Role::Staff, password("extra-pass"));
          } },
        { QStringLiteral("remove user"),
          [](Vault &v, const Subject &) { return UserService(v).remove(QStringLiteral("victim")); } },
        { QStringLiteral("reset another's password"),
          [](Vault &v, const Subject &) {
              return UserService(v).changePassword(QStringLiteral("victim"), SecureBytes(), password("changed-pass"));
          } },
        { QStringLiteral("renew recovery key"),
          [](Vault &v, const Subject &) { return statusOf(UserService(v).renewRecoveryKey()); } },
        { QStringLiteral("change site profile"),
          [](Vault &v, const Subject &) { return SettingsService(v).setSiteProfile(sampleProfile()); } },
        { QStringLiteral("change idle lock"),
          [](Vault &v, const Subject &) { return SettingsService(v).setIdleLockMinutes(7); } },
        { QStringLiteral("change liveness mode"),
          [](Vault &v, const Subject &) { return SettingsService(v).setLivenessMode(LivenessMode::Always); } },
        { QStringLiteral("publish notice"),
          [](Vault &v, const Subject &) {
              return SettingsService(v).publishNotice(QStringLiteral("v-%1").arg(QDateTime::currentMSecsSinceEpoch()),
                                                      { { QStringLiteral("en"), QStringLiteral("Notice text") } });
          } },
        { QStringLiteral("backup"),
          [](Vault &v, const Subject &s) {
              return statusOf(BackupService(v).backupTo(
                  s.outDir + QStringLiteral("/b-%1.cbak").arg(QDateTime::currentMSecsSinceEpoch())));
          } },
    };
    return ops;
}

} // namespace

class TestAccessControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ruleTable_data();
    void ruleTable();
    void serviceCall_data();
    void serviceCall();

private:
    Subject freshSubject();
    VaultFixture m_f;
    QTemporaryDir m_out;
};

void TestAccessControl::initTestCase()
{
    QVERIFY(m_f.create());
    UserService users(*m_f.vault);
    QVERIFY(users.add(QStringLiteral("li"), Role::Staff, password("staff-pass")).ok());
    QVERIFY(users.add(QStringLiteral("zhou"), Role::Auditor, password("auditor-pass")).ok());
}

Subject TestAccessControl::freshSubject()
{
    // A resident with a granted consent and a template, and a user that may be removed, made by the manager.
    Vault &v = *m_f.vault;
    Subject s;
    s.noticeId = v.noticeRepository().find(Vault::initialNoticeVersion(), QStringLiteral("en")).value()->id;
    s.outDir = m_out.path();
    Resident r;
    r.name = QStringLiteral("Subject");
    auto enrolled = ResidentService(v).enroll(r, grantedConsent(s, 0), { sampleTemplate(0) });
    if (!enrolled.ok())
        qFatal("setup failed: %s", qPrintable(enrolled.errorMessage()));
    s.residentId = enrolled->residentId;
    s.templateId = enrolled->templateIds.constFirst();
    UserService users(v);
    (void)users.remove(QStringLiteral("victim"));
    if (!users.add(QStringLiteral("victim"), Role::Staff, password("victim-pass")).ok())
        qFatal("setup failed");
    (void)users.remove(QStringLiteral("extra"));
    return s;
}

void TestAccessControl::ruleTable_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("allowed");
    const QList<Permission> staff
        = { Permission::ViewStatus,      Permission::ViewResidents, Permission::Enroll,
            Permission::WithdrawConsent, Permission::Verify,        Permission::PrintSignage };
    const QList<Permission> auditor = { Permission::ViewStatus, Permission::ReadAudit, Permission::ViewReports };
    for (Permission p : AccessControl::allPermissions()) {
        const QString name = AccessControl::describe(p);
        QTest::addRow("manager may %s", qPrintable(name)) << int(Role::Manager) << int(p) << true;
        QTest::addRow("staff %s %s", staff.contains(p) ? "may" : "may not", qPrintable(name))
            << int(Role::Staff) << int(p) << staff.contains(p);
        QTest::addRow("auditor %s %s", auditor.contains(p) ? "may" : "may not", qPrintable(name))
            << int(Role::Auditor) << int(p) << auditor.contains(p);
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

void TestAccessControl::serviceCall_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("pw");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("allowed");
    const QStringList staffMay = { QStringLiteral("status"),           QStringLiteral("read site profile"),
                                   QStringLiteral("read idle lock"),   QStringLiteral("read liveness mode"),
                                   QStringLiteral("list residents"),   QStringLiteral("view resident"),
                                   QStringLiteral("view consents"),    QStringLiteral("create resident"),
                                   QStringLiteral("edit resident"),    QStringLiteral("record consent"),
                                   QStringLiteral("enroll"),           QStringLiteral("add template"),
                                   QStringLiteral("withdraw consent"), QStringLiteral("load gallery"),
                                   QStringLiteral("record match"),     QStringLiteral("print signage") };
    const QStringList auditorMay = { QStringLiteral("status"),         QStringLiteral("read site profile"),
                                     QStringLiteral("read idle lock"), QStringLiteral("read liveness mode"),
                                     QStringLiteral("read audit"),     QStringLiteral("check integrity"),
                                     QStringLiteral("verify audit") };
    for (const QString &op : operations().keys()) {
        QTest::addRow("manager: %s", qPrintable(op))
            << QStringLiteral("wang") << QStringLiteral("manager-pass") << op << true;
        QTest::addRow("staff: %s", qPrintable(op))
            << QStringLiteral("li") << QStringLiteral("staff-pass") << op << staffMay.contains(op);
        QTest::addRow("auditor: %s", qPrintable(op))
            << QStringLiteral("zhou") << QStringLiteral("auditor-pass") << op << auditorMay.contains(op);
    }
}

void TestAccessControl::serviceCall()
{
    QFETCH(QString, user);
    QFETCH(QString, pw);
    QFETCH(QString, operation);
    QFETCH(bool, allowed);
    const Subject subject = freshSubject();
    auto vault = Vault::open(m_f.dataDir(), user, SecureBytes::fromUtf8(pw));
    QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
    Vault &v = *vault.value();
    Database &db = m_f.vault->database();
    const auto snapshot = [&db]() {
        QStringList counts;
        for (const char *table : { "residents", "consents", "face_templates", "users", "settings", "notice_versions" })
            counts << QString::number(
                db.queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).value());
        counts << db.queryText(
                        QStringLiteral("SELECT group_concat(name || withdrawn, ',') FROM (SELECT r.name, "
                                       "coalesce(c.withdrawn_at, '-') AS withdrawn FROM residents r JOIN consents c "
                                       "ON c.resident_id = r.id)"))
                      .value();
        counts << db.queryText(QStringLiteral("SELECT group_concat(value, ',') FROM settings")).value();
        return counts.join(QLatin1Char('|'));
    };
    const QString before = snapshot();
    const qint64 eventsBefore = v.auditLog().count().value();

    const Status result = operations().value(operation)(v, subject);
    if (allowed) {
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.errorKind(), ErrorKind::Policy);
        QVERIFY2(result.errorMessage().contains(QStringLiteral("may not")), qPrintable(result.errorMessage()));
        QCOMPARE(snapshot(), before);
        // The refusal itself is on record.
        const Result<QList<AuditEvent>> events = v.auditLog().events(eventsBefore);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->constFirst().kind, AuditLog::AccessDenied);
        QCOMPARE(events->constFirst().actor, user);
    }
}

QTEST_GUILESS_MAIN(TestAccessControl)
#include "tst_accesscontrol.moc"
