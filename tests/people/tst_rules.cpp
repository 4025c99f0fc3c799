// One source of truth per rule, checked against its other forms: the retention due date in C++
// (RetentionPolicy::dueDate) against the SQL the Residents screen shows, filters and sorts by, and against
// what the purge deletes; the under-14 rule in C++ against its SQL; the decision bands; and the audit
// vocabulary (every kind and reserved actor has words a person reads, and is in the audit screen's list).

#include "PeopleFixture.h"
#include "StoreProbe.h"
#include "TestPaths.h"
#include "compliance/GuardianRule.h"
#include "compliance/RetentionPolicy.h"
#include "domain/AuditActor.h"
#include "domain/AuditKind.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "vault/AccountRules.h"
#include "vision/DecisionBands.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <limits>

using namespace consentry;
using namespace consentry::test;

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retentionSqlMatchesCpp_data();
    void retentionSqlMatchesCpp();
    void guardianSqlMatchesCpp_data();
    void guardianSqlMatchesCpp();
    void guardianConsentNeedsTheGuardian();
    void decisionBands_data();
    void decisionBands();
    void auditKindsHaveWordsAndAFilterEntry();
    void reservedActorsHaveWordsAndAreNoUserNames();

private:
    static QList<ResidentRow> allRows(Vault &vault);
};

QList<ResidentRow> TestRules::allRows(Vault &vault)
{
    ResidentFilter filter;
    filter.order = ResidentFilter::Order::Id;
    return ResidentService(vault).page(filter, 0, 10000).value();
}

void TestRules::retentionSqlMatchesCpp_data()
{
    QTest::addColumn<int>("retentionDays");
    QTest::addColumn<int>("maxAgeDays");
    QTest::newRow("30 days after move-out, at most a year") << 30 << 365;
    // A profile states at least a day after move-out, and never more than the ceiling (SiteProfile).
    QTest::newRow("a day after move-out, at most 90 days") << 1 << 90;
    QTest::newRow("a week after move-out, at most 10 days") << 7 << 10;
}

void TestRules::retentionSqlMatchesCpp()
{
    QFETCH(int, retentionDays);
    QFETCH(int, maxAgeDays);
    PeopleFixture f;
    QVERIFY(f.create(retentionDays));
    QVERIFY(SettingsService(f.vault()).setMaxTemplateAgeDays(maxAgeDays).ok());
    const QDateTime start = f.clock->now();
    const QDate today = start.date();

    // Residents around every boundary: templates made at the start or the end of a day, 0 … 400 days ago;
    // move-out dates before and after today; people without templates but with a grant in force; people
    // who withdrew (nothing left to delete); people who declined.
    int n = 0;
    for (const int madeDaysAgo : { -1, 0, 1, maxAgeDays - 1, maxAgeDays, maxAgeDays + 1, 400 }) {
        for (const int hour : { 0, 23 }) {
            for (const int moveOutFromToday :
                 { std::numeric_limits<int>::min(), -retentionDays - 1, -retentionDays, -retentionDays + 1, 5 }) {
                const QDate moveOut
                    = moveOutFromToday == std::numeric_limits<int>::min() ? QDate() : today.addDays(moveOutFromToday);
                if (madeDaysAgo >= 0)
                    f.clock->set(QDateTime(today.addDays(-madeDaysAgo), QTime(hour, 30), Qt::UTC));
                const qint64 id
                    = f.enroll(QStringLiteral("Resident %1").arg(++n), QString(), madeDaysAgo >= 0 ? 2 : 0, moveOut);
                QVERIFY(id);
                f.clock->set(start);
            }
        }
    }
    const qint64 withdrawn = f.enroll(QStringLiteral("Withdrawn"), QString(), 2, today.addDays(-50));
    QVERIFY(ResidentService(f.vault()).withdraw(withdrawn).ok());
    QVERIFY(f.enroll(QStringLiteral("Declined"), QString(), 0, today.addDays(-50), false));

    // The Residents screen's column against the C++ rule, row by row.
    const RetentionPolicy policy = SettingsService(f.vault()).retentionPolicy().value();
    QCOMPARE(policy.retentionDays, retentionDays);
    QCOMPARE(policy.maxTemplateAgeDays, maxAgeDays);
    QMap<qint64, QDate> expected;
    int withDue = 0;
    for (const ResidentRow &row : allRows(f.vault())) {
        QDateTime oldest;
        for (const StoredTemplate &t : ResidentService(f.vault()).templates(row.id).value()) {
            if (!oldest.isValid() || t.createdAt < oldest)
                oldest = t.createdAt;
        }
        const bool holds = row.templateCount > 0 || row.state == ResidentRow::State::Active;
        const std::optional<QDate> due = policy.dueDate(row.moveOut, oldest, holds);
        QVERIFY2(row.retentionDue == due.value_or(QDate()),
                 qPrintable(QStringLiteral("%1: SQL %2, C++ %3")
                                .arg(row.name, row.retentionDue.toString(Qt::ISODate),
                                     due ? due->toString(Qt::ISODate) : QStringLiteral("none"))));
        expected.insert(row.id, due.value_or(QDate()));
        withDue += due ? 1 : 0;
    }
    QVERIFY(withDue > 10);
    QVERIFY(!expected.value(withdrawn).isValid());

    // The "due within" filter (and its count) selects exactly the rows whose C++ due date is in the window.
    for (const int days : { 0, 1, retentionDays, maxAgeDays - 1, maxAgeDays, 400 }) {
        ResidentFilter filter;
        filter.retentionDueWithinDays = days;
        filter.order = ResidentFilter::Order::Id;
        QSet<qint64> want;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (it.value().isValid() && it.value() <= today.addDays(days))
                want.insert(it.key());
        }
        QSet<qint64> got;
        for (const ResidentRow &row : ResidentService(f.vault()).page(filter, 0, 10000).value())
            got.insert(row.id);
        QCOMPARE(got, want);
        QCOMPARE(ResidentService(f.vault()).count(filter).value(), qint64(want.size()));
    }

    // Sorted by due date, soonest first, those without one last.
    ResidentFilter byDue;
    byDue.order = ResidentFilter::Order::RetentionDue;
    QDate previous;
    bool noneSeen = false;
    for (const ResidentRow &row : ResidentService(f.vault()).page(byDue, 0, 10000).value()) {
        if (!row.retentionDue.isValid()) {
            noneSeen = true;
            continue;
        }
        QVERIFY2(!noneSeen && (!previous.isValid() || previous <= row.retentionDue), qPrintable(row.name));
        previous = row.retentionDue;
    }

    // What the purge deletes by the end of today is exactly what the rule says is due by today.
    f.clock->set(QDateTime(today, QTime(23, 59, 59, 999), Qt::UTC));
    const Result<PurgeReport> purged = ResidentService(f.vault()).purgeExpired();
    QVERIFY2(purged.ok(), qPrintable(purged.errorMessage()));
    QSet<qint64> dueByToday;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (it.value().isValid() && it.value() <= today)
            dueByToday.insert(it.key());
    }
    QCOMPARE(QSet<qint64>(purged->residentIds.cbegin(), purged->residentIds.cend()), dueByToday);
    for (const ResidentRow &row : allRows(f.vault())) {
        if (dueByToday.contains(row.id))
            QVERIFY2(!row.retentionDue.isValid() || row.retentionDue > today, qPrintable(row.name));
    }
}

void TestRules::guardianSqlMatchesCpp_data()
{
    QTest::addColumn<QDate>("today");
    QTest::newRow("an ordinary day") << QDate(2026, 6, 1);
    QTest::newRow("28 February of a common year") << QDate(2026, 2, 28);
    QTest::newRow("1 March of a common year") << QDate(2026, 3, 1);
    QTest::newRow("29 February") << QDate(2028, 2, 29);
}

void TestRules::guardianSqlMatchesCpp()
{
    QFETCH(QDate, today);
    PeopleFixture f;
    QVERIFY(f.create());
    f.clock->set(QDateTime(today, QTime(12, 0), Qt::UTC));
    QList<Resident> made;
    const QDate fourteen = today.addYears(-GuardianRule::kAge);
    int n = 0;
    for (const QDate &born : { fourteen.addDays(-1), fourteen, fourteen.addDays(1), QDate(2012, 2, 29),
                               QDate(2014, 2, 28), QDate(2014, 3, 1), QDate(1980, 1, 1), today, QDate(), QDate() }) {
        Resident r;
        r.name = QStringLiteral("Born %1").arg(++n);
        r.dateOfBirth = born;
        r.minorFlag = n % 2 == 0; // counts only where no date of birth is recorded
        r.id = ResidentService(f.vault()).create(r).value();
        made << r;
    }
    int children = 0;
    const QList<ResidentRow> rows = allRows(f.vault());
    QCOMPARE(rows.size(), made.size());
    for (int i = 0; i < rows.size(); ++i) {
        const bool child = GuardianRule::applies(made.at(i), today);
        QVERIFY2(rows.at(i).minor == child, qPrintable(made.at(i).dateOfBirth.toString(Qt::ISODate)));
        children += child ? 1 : 0;
    }
    QVERIFY(children > 0 && children < rows.size());
    ResidentFilter minors;
    minors.minor = true;
    QCOMPARE(ResidentService(f.vault()).count(minors).value(), qint64(children));
    // 14 today is no longer a child; 14 tomorrow still is.
    QVERIFY(!GuardianRule::isUnder14(fourteen, today));
    QVERIFY(GuardianRule::isUnder14(fourteen.addDays(1), today));
    QVERIFY(!GuardianRule::isUnder14(QDate(), today));
}

void TestRules::guardianConsentNeedsTheGuardian()
{
    Resident child;
    child.dateOfBirth = QDate(2015, 2, 1);
    Consent c;
    c.decision = Consent::Decision::Granted;
    c.signedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    const Status missing = GuardianRule::check(child, c);
    QCOMPARE(missing.errorKind(), ErrorKind::Policy);
    QVERIFY(missing.errorMessage().contains(QStringLiteral("guardian")));
    c.guardianName = QStringLiteral("Li Fang");
    QCOMPARE(GuardianRule::check(child, c).errorKind(), ErrorKind::Policy); // the relation too
    c.guardianRelation = QStringLiteral("mother");
    c.signer = QStringLiteral("Xiao Ming");
    // The guardian consents in their own voice and signs: the child never signs for themself.
    QCOMPARE(GuardianRule::check(child, c).errorKind(), ErrorKind::Policy);
    c.signer = c.guardianName;
    c.signerRole = Consent::SignerRole::Guardian;
    QVERIFY(GuardianRule::check(child, c).ok());
    Resident adult;
    adult.dateOfBirth = QDate(1990, 1, 1);
    Consent own;
    own.signedAt = c.signedAt;
    QVERIFY(GuardianRule::check(adult, own).ok());
    // A guardian's consent is not the consent of someone 14 or older.
    QCOMPARE(GuardianRule::check(adult, c).errorKind(), ErrorKind::Policy);
}

void TestRules::decisionBands_data()
{
    // The rows the Verify screen's bands were tested with when the rule lived in the widget.
    QTest::addColumn<float>("score");
    QTest::addColumn<int>("band");
    QTest::newRow("below") << 0.49f << int(DecisionBands::Band::NoMatch);
    QTest::newRow("at threshold") << 0.50f << int(DecisionBands::Band::Review);
    QTest::newRow("just under high") << 0.62f << int(DecisionBands::Band::Review);
    QTest::newRow("high") << 0.63f << int(DecisionBands::Band::Accept);
    QTest::newRow("nan") << std::numeric_limits<float>::quiet_NaN() << int(DecisionBands::Band::NoMatch);
}

void TestRules::decisionBands()
{
    QFETCH(float, score);
    QFETCH(int, band);
    const DecisionBands bands = DecisionBands::fromThreshold(0.5f);
    QCOMPARE(int(bands.classify(score)), band);
    QVERIFY(bands.samePerson > 0.0f && bands.samePerson < bands.match);
    QVERIFY(bands.match < bands.accept && bands.accept < 1.0f);
}

void TestRules::auditKindsHaveWordsAndAFilterEntry()
{
    // Every constant declared in AuditKind.h, read from the header so a new kind cannot be forgotten.
    QFile header(sourceDir() + QStringLiteral("/core/domain/AuditKind.h"));
    QVERIFY(header.open(QIODevice::ReadOnly));
    const QRegularExpression constant(
        QStringLiteral(R"re(static inline const QString (\w+) = QStringLiteral\("([a-z_]+)"\))re"));
    QStringList keys;
    for (auto it = constant.globalMatch(QString::fromUtf8(header.readAll())); it.hasNext();)
        keys << it.next().captured(2);
    QVERIFY(keys.size() >= 28);
    const QStringList all = AuditKind::all();
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
    for (const QString &key : std::as_const(keys)) {
        QVERIFY2(all.contains(key), qPrintable(key + QStringLiteral(" is not in AuditKind::all()")));
        QVERIFY2(AuditKind::displayName(key) != key, qPrintable(key + QStringLiteral(" has no display name")));
    }
    QCOMPARE(all.size(), keys.size());
    QCOMPARE(AuditKind::displayName(QStringLiteral("from_a_newer_version")), QStringLiteral("from_a_newer_version"));
}

void TestRules::reservedActorsHaveWordsAndAreNoUserNames()
{
    for (const QString &actor : AuditActor::reserved()) {
        QVERIFY2(AuditActor::displayName(actor) != actor, qPrintable(actor));
        QCOMPARE(AccountRules::checkUserName(actor).errorKind(), ErrorKind::InvalidArgument);
    }
    QCOMPARE(AuditActor::displayName(QStringLiteral("wang")), QStringLiteral("wang"));
    QVERIFY(AccountRules::checkUserName(QStringLiteral("wang")).ok());
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
