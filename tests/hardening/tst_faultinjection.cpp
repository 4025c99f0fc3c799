// Kills consentry-cli at its commit points: every kind of write, fsync, rename and unlink that init,
// enroll, withdraw, backup and restore make, chosen with strace's fault injection (SIGKILL on entry to
// the Nth call of one syscall). After each kill the store must open, its counts must be the before or the
// after state (never in between), the audit chain must verify, and a killed init or restore must be
// retryable. Bounded: at most kPointsPerSyscall kill points per syscall and operation.

#include "CliRunner.h"
#include "FaceImages.h"
#include "JsonFiles.h"
#include "Profiles.h"
#include "TestPaths.h"
#include "storage/StorePaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace consentry;
using namespace consentry::test;

namespace {
// Three kill points per syscall kind and operation; two under the sanitizers, where every run is slower.
const int kPointsPerSyscall = qEnvironmentVariableIsSet("ASAN_OPTIONS") ? 2 : 3;
const QStringList kCommitSyscalls { QStringLiteral("write"),     QStringLiteral("pwrite64"), QStringLiteral("fsync"),
                                    QStringLiteral("fdatasync"), QStringLiteral("rename"),   QStringLiteral("renameat"),
                                    QStringLiteral("renameat2"), QStringLiteral("unlink"),   QStringLiteral("unlinkat"),
                                    QStringLiteral("ftruncate") };

bool copyFolder(const QString &from, const QString &to)
{
    QDir(to).removeRecursively();
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    for (const QFileInfo &entry : source.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir() ? !copyFolder(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}
} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void killedInitIsRetryable();
    void killedEnrollKeepsTheStoreWhole();
    void killedWithdrawKeepsTheStoreWhole();
    void killedBackupKeepsTheStoreWhole();
    void killedRestoreIsRetryable();

private:
    struct Counts {
        int exitCode = -1;
        int residents = -1;
        int templates = -1;
    };
    QString work(const QString &name) const { return m_dir.filePath(name); }
    CliResult cli(const QString &dataDir, const QStringList &args, const QByteArray &input = "manager-pass\n") const;
    Counts counts(const QString &dataDir) const;
    bool chainVerifies(const QString &dataDir) const;
    // Syscall name -> calls made by one clean run of `args`.
    QMap<QString, int> profile(const QStringList &args, const QByteArray &input) const;
    // Runs `args` under strace, SIGKILLed on entry to the `nth` call of `syscall`. True if it was killed.
    bool runKilled(const QStringList &args, const QByteArray &input, const QString &syscall, int nth) const;
    QList<std::pair<QString, int>> killPoints(const QMap<QString, int> &calls) const;
    QString face(int person, int index);
    QString consentFile();

    QTemporaryDir m_dir;
    QString m_strace;
    QString m_base; // a store with one enrolled resident, copied before each kill
    int m_kills = 0;
};

void TestFaultInjection::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (m_strace.isEmpty())
        QSKIP("strace is not installed (scripts/install-deps.sh installs it); nothing to inject faults with");
    QProcess probe;
    probe.start(m_strace, { QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("true") });
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        QSKIP("strace cannot trace here (ptrace is not permitted in this sandbox)");
    m_base = work(QStringLiteral("base"));
    QCOMPARE(cli(m_base, { QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("wang") }).exitCode, 0);
    // A complete profile, so that a notice is in force and people can be enrolled.
    QCOMPARE(cli(m_base,
                 { QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--file"),
                   writeProfileFile(work(QStringLiteral("site.json"))) })
                 .exitCode,
             0);
}

void TestFaultInjection::init()
{
    m_kills = 0;
}

CliResult TestFaultInjection::cli(const QString &dataDir, const QStringList &args, const QByteArray &input) const
{
    QStringList full { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--password-stdin") };
    if (!modelDir().isEmpty())
        full << QStringLiteral("--model-dir") << modelDir();
    return CliRunner().run(full + args, input);
}

TestFaultInjection::Counts TestFaultInjection::counts(const QString &dataDir) const
{
    const CliResult r = cli(dataDir, { QStringLiteral("status"), QStringLiteral("--json") });
    Counts c;
    c.exitCode = r.exitCode;
    c.residents = r.json().value(QStringLiteral("residents")).toInt(-1);
    c.templates = r.json().value(QStringLiteral("templates")).toInt(-1);
    return c;
}

bool TestFaultInjection::chainVerifies(const QString &dataDir) const
{
    return cli(dataDir, { QStringLiteral("audit-verify") }).exitCode == 0;
}

QMap<QString, int> TestFaultInjection::profile(const QStringList &args, const QByteArray &input) const
{
    const QString log = work(QStringLiteral("strace.log"));
    QProcess p;
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    p.start(m_strace,
            QStringList { QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), log, QStringLiteral("-e"),
                          QStringLiteral("trace=") + kCommitSyscalls.join(QLatin1Char(',')), cliPath() }
                + args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    QMap<QString, int> calls;
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly))
        return calls;
    // "1234  write(3, ..." or "write(3, ..." (one process)
    static const QRegularExpression call(QStringLiteral("^(?:\\d+\\s+)?([a-z0-9_]+)\\("));
    while (!file.atEnd()) {
        const QRegularExpressionMatch m = call.match(QString::fromUtf8(file.readLine()));
        if (m.hasMatch())
            ++calls[m.captured(1)];
    }
    return calls;
}

QList<std::pair<QString, int>> TestFaultInjection::killPoints(const QMap<QString, int> &calls) const
{
    // Every syscall kind at its first and last call and spread between (the commit points are mostly
    // the last renames, fsyncs and unlinks; the first writes are where a store starts to exist).
    QList<std::pair<QString, int>> points;
    for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
        QList<int> picks;
        const int n = it.value();
        for (int i = 0; i < kPointsPerSyscall; ++i)
            picks << (kPointsPerSyscall == 1 ? n : 1 + (n - 1) * i / (kPointsPerSyscall - 1));
        std::sort(picks.begin(), picks.end());
        picks.erase(std::unique(picks.begin(), picks.end()), picks.end());
        for (int nth : picks)
            points << std::make_pair(it.key(), nth);
    }
    return points;
}

bool TestFaultInjection::runKilled(const QStringList &args, const QByteArray &input, const QString &syscall,
                                   int nth) const
{
    QProcess p;
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    p.start(m_strace,
            QStringList { QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"),
                          QStringLiteral("/dev/null"), QStringLiteral("-e"), QStringLiteral("trace=") + syscall,
                          QStringLiteral("-e"),
                          QStringLiteral("inject=%1:signal=SIGKILL:when=%2").arg(syscall).arg(nth), cliPath() }
                + args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    // strace ends the way its tracee did: killed by SIGKILL (or exit status 128 + 9 through a shell).
    return (p.exitStatus() == QProcess::CrashExit) || p.exitCode() == 137;
}

QString TestFaultInjection::face(int person, int index)
{
    return test::enlargedOrlFaceFile(m_dir.path(), person, index);
}

QString TestFaultInjection::consentFile()
{
    return test::writeJsonFile(work(QStringLiteral("consent.json")), test::paperConsentRecord());
}

void TestFaultInjection::killedInitIsRetryable()
{
    const QString data = work(QStringLiteral("init"));
    const QStringList args { QStringLiteral("--data-dir"),       data,
                             QStringLiteral("--password-stdin"), QStringLiteral("init"),
                             QStringLiteral("--manager"),        QStringLiteral("wang") };
    const QMap<QString, int> calls = profile(args, "manager-pass\n");
    QVERIFY2(calls.value(QStringLiteral("rename")) + calls.value(QStringLiteral("renameat"))
                     + calls.value(QStringLiteral("renameat2"))
                 > 0,
             "init made no rename: the profile run failed");
    for (const auto &[syscall, nth] : killPoints(calls)) {
        QDir(data).removeRecursively();
        if (runKilled(args, "manager-pass\n", syscall, nth))
            ++m_kills;
        const QString where = QStringLiteral("init killed at %1 #%2").arg(syscall).arg(nth);
        Counts c = counts(data);
        if (c.exitCode != 0) {
            // No store (or only leftovers): a retry must make one.
            const CliResult retry = CliRunner().run(args, "manager-pass\n");
            QVERIFY2(retry.exitCode == 0, qPrintable(where + QStringLiteral(": retry: ") + retry.err));
            c = counts(data);
        }
        QVERIFY2(c.exitCode == 0 && c.residents == 0, qPrintable(where));
        QVERIFY2(chainVerifies(data), qPrintable(where));
    }
    QVERIFY(m_kills > 0);
    qInfo("init: %d kill points", m_kills);
}

void TestFaultInjection::killedEnrollKeepsTheStoreWhole()
{
    if (modelDir().isEmpty())
        QSKIP(qPrintable(missingModelsReason()));
    if (testdataDir().isEmpty())
        QSKIP(qPrintable(missingTestdataReason()));
    const QString data = work(QStringLiteral("enroll"));
    const QStringList enroll { QStringLiteral("--data-dir"),
                               data,
                               QStringLiteral("--password-stdin"),
                               QStringLiteral("--model-dir"),
                               modelDir(),
                               QStringLiteral("enroll"),
                               QStringLiteral("--name"),
                               QStringLiteral("Li Lei"),
                               QStringLiteral("--consent"),
                               consentFile(),
                               QStringLiteral("--images"),
                               face(1, 1),
                               face(1, 2),
                               face(1, 3) };
    QVERIFY(copyFolder(m_base, data));
    const QMap<QString, int> calls = profile(enroll, "manager-pass\n");
    const Counts after = counts(data);
    QVERIFY2(after.residents == 1 && after.templates > 0, "the profile run did not enroll");
    for (const auto &[syscall, nth] : killPoints(calls)) {
        QVERIFY(copyFolder(m_base, data));
        if (runKilled(enroll, "manager-pass\n", syscall, nth))
            ++m_kills;
        const QString where = QStringLiteral("enroll killed at %1 #%2").arg(syscall).arg(nth);
        const Counts c = counts(data);
        QVERIFY2(c.exitCode == 0, qPrintable(where));
        // All or nothing: no resident without templates, no templates without their resident.
        QVERIFY2((c.residents == 0 && c.templates == 0) || (c.residents == 1 && c.templates == after.templates),
                 qPrintable(where + QStringLiteral(": %1 residents, %2 templates").arg(c.residents).arg(c.templates)));
        QVERIFY2(chainVerifies(data), qPrintable(where));
    }
    qInfo("enroll: %d kill points", m_kills);
}

void TestFaultInjection::killedWithdrawKeepsTheStoreWhole()
{
    if (modelDir().isEmpty())
        QSKIP(qPrintable(missingModelsReason()));
    if (testdataDir().isEmpty())
        QSKIP(qPrintable(missingTestdataReason()));
    const QString enrolled = work(QStringLiteral("enrolled"));
    QVERIFY(copyFolder(m_base, enrolled));
    const CliResult e = cli(enrolled,
                            { QStringLiteral("enroll"), QStringLiteral("--json"), QStringLiteral("--name"),
                              QStringLiteral("Li Lei"), QStringLiteral("--consent"), consentFile(),
                              QStringLiteral("--images"), face(1, 1), face(1, 2), face(1, 3) });
    QVERIFY2(e.exitCode == 0, qPrintable(e.err));
    const QString id = QString::number(e.json().value(QStringLiteral("resident_id")).toInteger());
    const Counts before = counts(enrolled);
    const QString data = work(QStringLiteral("withdraw"));
    const QStringList withdraw { QStringLiteral("--data-dir"),       data,
                                 QStringLiteral("--password-stdin"), QStringLiteral("withdraw"),
                                 QStringLiteral("--resident"),       id };
    QVERIFY(copyFolder(enrolled, data));
    const QMap<QString, int> calls = profile(withdraw, "manager-pass\n");
    const Counts after = counts(data);
    QVERIFY2(after.templates == 0, "the profile run did not withdraw");
    for (const auto &[syscall, nth] : killPoints(calls)) {
        QVERIFY(copyFolder(enrolled, data));
        if (runKilled(withdraw, "manager-pass\n", syscall, nth))
            ++m_kills;
        const QString where = QStringLiteral("withdraw killed at %1 #%2").arg(syscall).arg(nth);
        const Counts c = counts(data);
        QVERIFY2(c.exitCode == 0, qPrintable(where));
        QVERIFY2(c.templates == before.templates || c.templates == after.templates, qPrintable(where));
        QVERIFY2(chainVerifies(data), qPrintable(where));
    }
    qInfo("withdraw: %d kill points", m_kills);
}

void TestFaultInjection::killedBackupKeepsTheStoreWhole()
{
    const QString data = work(QStringLiteral("backup-store"));
    QVERIFY(copyFolder(m_base, data));
    const QString outDir = work(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(outDir));
    const QString out = QDir(outDir).filePath(QStringLiteral("b.consentry-backup"));
    const QStringList backup {
        QStringLiteral("--data-dir"), data, QStringLiteral("--password-stdin"), QStringLiteral("backup"),
        QStringLiteral("--out"),      out
    };
    const QMap<QString, int> calls = profile(backup, "manager-pass\n");
    QVERIFY(QFile::exists(out));
    for (const auto &[syscall, nth] : killPoints(calls)) {
        QFile::remove(out);
        if (runKilled(backup, "manager-pass\n", syscall, nth))
            ++m_kills;
        const QString where = QStringLiteral("backup killed at %1 #%2").arg(syscall).arg(nth);
        QVERIFY2(counts(data).exitCode == 0, qPrintable(where));
        QVERIFY2(chainVerifies(data), qPrintable(where));
        // A backup file that exists is a whole one.
        if (QFile::exists(out)) {
            const QString restored = work(QStringLiteral("from-backup"));
            QDir(restored).removeRecursively();
            const CliResult r
                = CliRunner().run({ QStringLiteral("--data-dir"), restored, QStringLiteral("--password-stdin"),
                                    QStringLiteral("restore"), QStringLiteral("--in"), out },
                                  "manager-pass\n");
            QVERIFY2(r.exitCode == 0, qPrintable(where + QStringLiteral(": ") + r.err));
        }
    }
    // The next backup cleans up every scratch folder the killed ones left.
    QCOMPARE(CliRunner().run(backup, "manager-pass\n").exitCode, 0);
    QCOMPARE(QDir(outDir).entryList({ QStringLiteral(".consentry-backup-*") }, QDir::Dirs | QDir::Hidden).size(), 0);
    qInfo("backup: %d kill points", m_kills);
}

void TestFaultInjection::killedRestoreIsRetryable()
{
    const QString backupFile = work(QStringLiteral("base.consentry-backup"));
    QCOMPARE(cli(m_base, { QStringLiteral("backup"), QStringLiteral("--out"), backupFile }).exitCode, 0);
    const QString target = work(QStringLiteral("restore-target"));
    const QStringList restore {
        QStringLiteral("--data-dir"), target,    QStringLiteral("--password-stdin"), QStringLiteral("restore"),
        QStringLiteral("--in"),       backupFile
    };
    const QMap<QString, int> calls = profile(restore, "manager-pass\n");
    QCOMPARE(counts(target).exitCode, 0);
    for (const auto &[syscall, nth] : killPoints(calls)) {
        QDir(target).removeRecursively();
        if (runKilled(restore, "manager-pass\n", syscall, nth))
            ++m_kills;
        const QString where = QStringLiteral("restore killed at %1 #%2").arg(syscall).arg(nth);
        Counts c = counts(target);
        if (c.exitCode != 0) {
            const CliResult retry = CliRunner().run(restore, "manager-pass\n");
            QVERIFY2(retry.exitCode == 0, qPrintable(where + QStringLiteral(": retry: ") + retry.err));
            c = counts(target);
        }
        QVERIFY2(c.exitCode == 0, qPrintable(where));
        QVERIFY2(chainVerifies(target), qPrintable(where));
    }
    qInfo("restore: %d kill points", m_kills);
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
