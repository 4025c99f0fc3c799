// The command line contract of ../shared/CLI.md: global options, usage errors and their exit codes,
// run against the built binary as a script would run it.

#include "CliRunner.h"

#include <QTest>

using namespace consentry::test;

class TestCliUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void errorsFollowTheLanguage();
    void jsonErrorIsOneObject();
};

void TestCliUsage::version()
{
    const CliResult r = CliRunner().run({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Consentry " CONSENTRY_VERSION)), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
}

void TestCliUsage::help()
{
    const CliResult r = CliRunner().run({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Usage: consentry-cli")));
    QVERIFY(r.out.contains(QStringLiteral("Commands:")));
    for (const char *option : { "--data-dir", "--user", "--password-stdin", "--model-dir", "--json", "--lang" })
        QVERIFY2(r.out.contains(QString::fromLatin1(option)), option);
    QVERIFY(r.out.contains(QStringLiteral("Exit codes")));
}

void TestCliUsage::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no command") << QStringList() << QStringLiteral("No command given");
    QTest::newRow("only global options") << QStringList { QStringLiteral("--json") }
                                         << QStringLiteral("No command given");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") }
                                     << QStringLiteral("Unknown command \"frobnicate\"");
    QTest::newRow("unknown command after globals")
        << QStringList { QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"), QStringLiteral("frobnicate") }
        << QStringLiteral("Unknown command \"frobnicate\"");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--no-such-option") }
                                    << QStringLiteral("no-such-option");
    QTest::newRow("option without its value")
        << QStringList { QStringLiteral("--data-dir") } << QStringLiteral("data-dir");
    QTest::newRow("unknown language") << QStringList { QStringLiteral("--lang"), QStringLiteral("fr") }
                                      << QStringLiteral("Unknown language \"fr\"");
}

void TestCliUsage::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliResult r = CliRunner().run(arguments);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 1);
    // One clear sentence on stderr, nothing on stdout.
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliUsage::errorsFollowTheLanguage()
{
    const CliResult zh
        = CliRunner().run({ QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("frobnicate") });
    QCOMPARE(zh.exitCode, 1);
    QVERIFY2(zh.err.contains(QStringLiteral("未知命令")), qPrintable(zh.err));

    // Chinese system locale and no --lang: Chinese too.
    CliRunner chineseSystem;
    chineseSystem.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    chineseSystem.setEnv(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    chineseSystem.setEnv(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
    const CliResult sys = chineseSystem.run({ QStringLiteral("frobnicate") });
    QCOMPARE(sys.exitCode, 1);
    QVERIFY2(sys.err.contains(QStringLiteral("未知命令")), qPrintable(sys.err));

    const CliResult help = CliRunner().run({ QStringLiteral("--lang=zh_CN"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("退出码")), qPrintable(help.out));
}

void TestCliUsage::jsonErrorIsOneObject()
{
    const CliResult r = CliRunner().run({ QStringLiteral("--json"), QStringLiteral("frobnicate") });
    QCOMPARE(r.exitCode, 1);
    // Usage errors happen before the command runs: still one sentence on stderr.
    QCOMPARE(r.errLines().size(), 1);
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cliusage.moc"
