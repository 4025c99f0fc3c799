// BackgroundTask: the work runs off the GUI thread and its result comes back on it; one job at a time;
// a task that goes away first waits for its job and never calls back into a dead owner.

#include "common/BackgroundTask.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QTest>
#include <QThread>

#include <memory>

using consentry::ui::BackgroundTask;

class TestBackgroundTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workOffTheGuiThreadResultOnIt();
    void oneJobAtATime();
    void doneMayStartTheNextJob();
    void destroyedTaskWaitsAndNeverCallsBack();
    void moveOnlyResults();
};

void TestBackgroundTask::workOffTheGuiThreadResultOnIt()
{
    BackgroundTask task;
    QThread *workThread = nullptr;
    QThread *doneThread = nullptr;
    int result = 0;
    QVERIFY(task.run(
        [&workThread] {
            workThread = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            doneThread = QThread::currentThread();
            result = value;
        }));
    QVERIFY(task.isRunning());
    QTRY_COMPARE(result, 42);
    QVERIFY(!task.isRunning());
    QVERIFY(workThread && workThread != QCoreApplication::instance()->thread());
    QCOMPARE(doneThread, QCoreApplication::instance()->thread());
}

void TestBackgroundTask::oneJobAtATime()
{
    BackgroundTask task;
    QAtomicInt release(0);
    int done = 0;
    QVERIFY(task.run(
        [&release] {
            while (!release.loadAcquire())
                QThread::msleep(1);
            return 1;
        },
        [&done](int) { ++done; }));
    QVERIFY(!task.run([] { return 2; }, [&done](int) { done += 100; })); // refused, nothing started
    release.storeRelease(1);
    QTRY_COMPARE(done, 1);
    QTest::qWait(20);
    QCOMPARE(done, 1);
}

void TestBackgroundTask::doneMayStartTheNextJob()
{
    BackgroundTask task;
    QList<int> seen;
    std::function<void(int)> next = [&](int value) {
        seen << value;
        if (value < 3)
            QVERIFY(task.run([value] { return value + 1; }, next));
    };
    QVERIFY(task.run([] { return 1; }, next));
    QTRY_COMPARE(seen, QList<int>({ 1, 2, 3 }));
}

void TestBackgroundTask::destroyedTaskWaitsAndNeverCallsBack()
{
    auto finished = std::make_shared<QAtomicInt>(0);
    bool calledBack = false;
    {
        BackgroundTask task;
        QVERIFY(task.run(
            [finished] {
                QThread::msleep(100);
                finished->storeRelease(1);
                return 0;
            },
            [&calledBack](int) { calledBack = true; }));
    } // waits here
    QCOMPARE(finished->loadAcquire(), 1);
    QTest::qWait(50); // a result posted before the task went would be delivered now
    QVERIFY(!calledBack);
}

void TestBackgroundTask::moveOnlyResults()
{
    BackgroundTask task;
    std::unique_ptr<int> got;
    QVERIFY(task.run([] { return std::make_unique<int>(7); },
                     [&got](std::unique_ptr<int> value) { got = std::move(value); }));
    QTRY_VERIFY(got);
    QCOMPARE(*got, 7);
}

QTEST_GUILESS_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
