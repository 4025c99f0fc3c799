// The idle watcher notices keyboard and mouse use anywhere in the application and fires once after a
// stretch without any; stopped, it neither fires nor counts.

#include "unlock/IdleWatcher.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace consentry::ui;

class TestIdleWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesAfterTimeout();
    void activityRestartsTheCountdown();
    void stoppedWatcherStaysQuiet();
    void minutesAreConverted();
};

void TestIdleWatcher::firesAfterTimeout()
{
    IdleWatcher watcher;
    QSignalSpy idle(&watcher, &IdleWatcher::idleTimedOut);
    watcher.setTimeout(50);
    watcher.start();
    QVERIFY(watcher.isRunning());
    QTRY_COMPARE(idle.count(), 1);
    QVERIFY(!watcher.isRunning()); // once: the lock restarts it after unlocking
    QTest::qWait(120);
    QCOMPARE(idle.count(), 1);
}

void TestIdleWatcher::activityRestartsTheCountdown()
{
    QLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    IdleWatcher watcher;
    watcher.setTimeout(60 * 60 * 1000);
    watcher.start();
    QTest::qWait(300);
    QVERIFY(watcher.remainingTime() <= 60 * 60 * 1000 - 250);
    QTest::keyClick(&edit, Qt::Key_A);
    QVERIFY(watcher.remainingTime() > 60 * 60 * 1000 - 250);
    QTest::qWait(300);
    QVERIFY(watcher.remainingTime() <= 60 * 60 * 1000 - 250);
    QTest::mouseClick(&edit, Qt::LeftButton);
    QVERIFY(watcher.remainingTime() > 60 * 60 * 1000 - 250);
}

void TestIdleWatcher::stoppedWatcherStaysQuiet()
{
    QLineEdit edit;
    edit.show();
    IdleWatcher watcher;
    QSignalSpy idle(&watcher, &IdleWatcher::idleTimedOut);
    watcher.setTimeout(30);
    watcher.start();
    watcher.stop();
    QTest::keyClick(&edit, Qt::Key_A); // activity does not start it again
    QVERIFY(!watcher.isRunning());
    QTest::qWait(150);
    QCOMPARE(idle.count(), 0);
}

void TestIdleWatcher::minutesAreConverted()
{
    IdleWatcher watcher;
    QCOMPARE(watcher.timeout(), 5 * 60 * 1000); // the default, as SettingsService's
    watcher.setTimeoutMinutes(7);
    QCOMPARE(watcher.timeout(), 7 * 60 * 1000);
}

QTEST_MAIN(TestIdleWatcher)
#include "tst_idlewatcher.moc"
