// Plain libsqlite3 is in the process too (OpenCV -> GDAL -> libsqlite3; Qt's SQL plugin). If the sqlite3_*
// symbols bound to it, PRAGMA key would be ignored and everything written in clear. This suite links
// OpenCV's imgcodecs like the app does and checks where the symbols went, and the load order of the
// shipped executables.

#include "TestPaths.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace consentry;

class TestLinkage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void symbolsResolveToSqlcipher();
    void loadOrder_data();
    void loadOrder();
};

void TestLinkage::symbolsResolveToSqlcipher()
{
    // Keep imgcodecs (and with it GDAL and libsqlite3) in this process.
    const cv::Mat none = cv::imread("/nonexistent/consentry-linkage-probe.png");
    QVERIFY(none.empty());
#ifdef Q_OS_LINUX
    const QString library = Database::linkedLibraryPath();
    QVERIFY2(library.contains(QStringLiteral("libsqlcipher")), qPrintable(library));
#else
    QSKIP("dladdr check on Linux");
#endif
}

void TestLinkage::loadOrder_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<bool>("mustHaveBoth");
    QTest::newRow("this test (OpenCV + SQLCipher)") << QCoreApplication::applicationFilePath() << true;
    QTest::newRow("consentry-cli") << test::cliPath() << false;
    QTest::newRow("consentry") << test::appPath() << false;
}

void TestLinkage::loadOrder()
{
#ifdef Q_OS_LINUX
    QFETCH(QString, binary);
    QFETCH(bool, mustHaveBoth);
    if (binary.isEmpty())
        QSKIP("binary not built");
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), { binary });
    if (!ldd.waitForStarted())
        QSKIP("ldd is not available");
    QVERIFY(ldd.waitForFinished());
    const QStringList lines = QString::fromLocal8Bit(ldd.readAllStandardOutput()).split(QLatin1Char('\n'));
    int cipher = -1;
    int plain = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (cipher < 0 && lines.at(i).contains(QStringLiteral("libsqlcipher")))
            cipher = i;
        if (plain < 0 && lines.at(i).contains(QStringLiteral("libsqlite3")))
            plain = i;
    }
    if (mustHaveBoth) {
        QVERIFY2(cipher >= 0 && plain >= 0, "the probe should load both libraries");
    }
    // Whoever loads libsqlite3 must have loaded libsqlcipher first (symbol lookup follows load order).
    if (plain >= 0)
        QVERIFY2(cipher >= 0 && cipher < plain, qPrintable(lines.join(QLatin1Char('\n'))));
#else
    QSKIP("ldd on Linux");
#endif
}

QTEST_GUILESS_MAIN(TestLinkage)
#include "tst_linkage.moc"
