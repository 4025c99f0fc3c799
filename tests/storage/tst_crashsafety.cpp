// Crash safety: a child process writes enrollment transactions in a loop and is killed with SIGKILL at
// random moments, again and again. Afterwards every transaction it reported as committed is complete, no
// partial enrollment exists, the database passes its integrity check and the audit chain holds.

#include "StoreProbe.h"
#include "VaultFixture.h"
#include "storage/Database.h"
#include "vault/Unlocker.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace consentry;
using namespace consentry::test;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWritersLoseNothingCommitted();
};

void TestCrashSafety::killedWritersLoseNothingCommitted()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL of a child process: POSIX only");
#else
    VaultFixture f;
    QVERIFY(f.create());
    f.vault.reset();
    constexpr int kKills = 220;
    QSet<qint64> committed;
    int killedWhileWriting = 0;
    QRandomGenerator random(20260101);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CRASHWRITER_PASSWORD"), QStringLiteral("manager-pass"));
    for (int round = 0; round < kKills; ++round) {
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(CRASHWRITER), { f.dataDir() });
        QVERIFY(child.waitForStarted());
        // Kill at a random moment: one round in five while it opens the store, the others while it writes
        // (after its first commit, so a slow build — sanitizers, a loaded machine — still tests writing).
        if (round % 5 == 0) {
            QThread::usleep(random.bounded(1000, 20000));
        } else {
            child.waitForReadyRead(10000);
            QThread::usleep(random.bounded(0, 30000));
        }
        const bool stillRunning = child.state() == QProcess::Running;
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        const QByteArray err = child.readAllStandardError();
        QVERIFY2(stillRunning || child.exitStatus() == QProcess::CrashExit, err.constData());
        QVERIFY2(err.isEmpty(), err.constData());
        bool wrote = false;
        for (const QByteArray &line : lines) {
            bool ok = false;
            const qint64 id = line.toLongLong(&ok);
            if (ok) {
                committed.insert(id);
                wrote = true;
            }
        }
        killedWhileWriting += wrote ? 1 : 0;
    }
    qInfo("%d kills, %d of them after the child had committed something; %lld committed enrollments", kKills,
          killedWhileWriting, static_cast<long long>(committed.size()));
    QVERIFY(killedWhileWriting > kKills / 4);

    auto vault = Unlocker::open(f.dataDir(), QString(), password("manager-pass"));
    QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
    Database &db = test::probe(*vault.value()).database();
    QVERIFY(db.integrityCheck().ok());
    QVERIFY(test::probe(*vault.value()).auditLog().verify()->ok);
    // Every reported id is there, complete.
    for (const qint64 id : committed) {
        auto stmt = db.prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM residents WHERE id = ?1), (SELECT count(*) FROM consents WHERE resident_id = "
            "?1), "
            "(SELECT count(*) FROM face_templates WHERE resident_id = ?1), "
            "(SELECT count(*) FROM signatures s JOIN consents c ON s.consent_id = c.id WHERE c.resident_id = ?1)"));
        QVERIFY(stmt.ok());
        stmt.value().bind(1, id);
        QVERIFY(stmt.value().step().value());
        QCOMPARE(stmt.value().int64(0), 1);
        QCOMPARE(stmt.value().int64(1), 1);
        QCOMPARE(stmt.value().int64(2), 2);
        QCOMPARE(stmt.value().int64(3), 1);
    }
    // No partial enrollment of any resident (committed but unreported ones included).
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM residents r WHERE (SELECT count(*) FROM face_templates t "
                                        "WHERE t.resident_id = r.id) != 2 OR (SELECT count(*) FROM consents c WHERE "
                                        "c.resident_id = r.id) != 1"))
                 .value(),
             0);
    QVERIFY(db.queryInt(QStringLiteral("SELECT count(*) FROM residents")).value() >= committed.size());
    // Each enrollment wrote its audit events (resident, consent, 2 templates) with it.
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'template_created'")).value(),
             2 * db.queryInt(QStringLiteral("SELECT count(*) FROM residents")).value());
#endif
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
