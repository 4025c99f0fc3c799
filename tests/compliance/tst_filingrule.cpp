// The filing rule (Provisions art. 15): the threshold, the warning level and the 30 working days counted
// without weekends and the site's holidays.

#include "compliance/FilingRule.h"

#include <QTest>

using namespace consentry;

class TestFilingRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levels();
    void deadlineSkipsWeekends_data();
    void deadlineSkipsWeekends();
    void workingDaysLeft();
};

void TestFilingRule::levels()
{
    QCOMPARE(FilingRule::level(0), FilingRule::Level::Below);
    QCOMPARE(FilingRule::level(79999), FilingRule::Level::Below);
    QCOMPARE(FilingRule::level(80000), FilingRule::Level::Approaching);
    QCOMPARE(FilingRule::level(99999), FilingRule::Level::Approaching);
    QCOMPARE(FilingRule::level(100000), FilingRule::Level::Due);
}

void TestFilingRule::deadlineSkipsWeekends_data()
{
    QTest::addColumn<QDate>("reached");
    QTest::addColumn<QList<QDate>>("holidays");
    QTest::addColumn<QDate>("deadline");
    // Reached on a Monday: six whole weeks of five working days.
    QTest::newRow("monday") << QDate(2026, 3, 2) << QList<QDate>() << QDate(2026, 4, 13);
    // A holiday inside the period moves the deadline by one working day.
    QTest::newRow("holiday") << QDate(2026, 3, 2) << QList<QDate> { QDate(2026, 4, 6) } << QDate(2026, 4, 14);
    // A holiday on a Saturday changes nothing.
    QTest::newRow("holiday on a weekend")
        << QDate(2026, 3, 2) << QList<QDate> { QDate(2026, 3, 7) } << QDate(2026, 4, 13);
    // Reached on a Friday: the day itself does not count, the weekend neither.
    QTest::newRow("friday") << QDate(2026, 1, 2) << QList<QDate>() << QDate(2026, 2, 13);
    // Reached on a Sunday: Monday is the first working day.
    QTest::newRow("sunday") << QDate(2026, 3, 1) << QList<QDate>() << QDate(2026, 4, 10);
}

void TestFilingRule::deadlineSkipsWeekends()
{
    QFETCH(QDate, reached);
    QFETCH(QList<QDate>, holidays);
    QFETCH(QDate, deadline);
    const QDate computed = FilingRule::deadline(reached, holidays);
    QCOMPARE(computed, deadline);
    QVERIFY(computed.dayOfWeek() <= 5);
    // Counted back: exactly 30 working days after the day it was reached.
    int working = 0;
    for (QDate d = reached.addDays(1); d <= computed; d = d.addDays(1))
        working += FilingRule::isWorkingDay(d, holidays) ? 1 : 0;
    QCOMPARE(working, FilingRule::kWorkingDays);
}

void TestFilingRule::workingDaysLeft()
{
    const QDate deadline(2026, 4, 13); // Monday
    QCOMPARE(FilingRule::workingDaysLeft(QDate(2026, 4, 13), deadline, {}), 0);
    QCOMPARE(FilingRule::workingDaysLeft(QDate(2026, 4, 10), deadline, {}), 1); // Friday → Monday
    QCOMPARE(FilingRule::workingDaysLeft(QDate(2026, 4, 6), deadline, {}), 5);
    QCOMPARE(FilingRule::workingDaysLeft(QDate(2026, 4, 6), deadline, { QDate(2026, 4, 8) }), 4);
    QCOMPARE(FilingRule::workingDaysLeft(QDate(2026, 4, 14), deadline, {}), -1);
    QCOMPARE(FilingRule::workingDaysLeft(QDate(2026, 4, 20), deadline, {}), -5); // a week late
}

QTEST_GUILESS_MAIN(TestFilingRule)
#include "tst_filingrule.moc"
