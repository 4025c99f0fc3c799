// The layering of ../shared/DESIGN.md, checked: core has no widgets, the CLI does not link them, and the
// evaluation harness (harness/) stays out of the product: core, ui and app neither include nor link it.

#include "TestPaths.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestArchitecture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreIncludesNoWidgets();
    void coreIncludesNoUi();
    void cliDoesNotLinkWidgets();
    void productDoesNotUseHarness();
};

namespace {
QStringList offendingIncludes(const QString &folder, const QRegularExpression &pattern,
                              const QStringList &files = { QStringLiteral("*.h"), QStringLiteral("*.cpp") })
{
    QStringList hits;
    QDirIterator it(folder, files, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(file.readLine());
            if (pattern.match(text).hasMatch())
                hits << QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(line).arg(text.trimmed());
        }
    }
    return hits;
}
} // namespace

void TestArchitecture::coreIncludesNoWidgets()
{
    const QRegularExpression widgets(QStringLiteral(
        R"(^\s*#\s*include\s*[<"](QtWidgets/|QtPrintSupport/|QtCharts/|QWidget|QApplication|QDialog|QMainWindow|QMessageBox|QLabel|QPushButton|QPrintDialog|QPrintPreviewDialog|QChart))"));
    const QStringList hits = offendingIncludes(consentry::test::sourceDir() + QStringLiteral("/core"), widgets);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestArchitecture::coreIncludesNoUi()
{
    const QRegularExpression ui(QStringLiteral(
        R"(^\s*#\s*include\s*"(main|common|unlock|preview|enroll|people|verify|dashboard|audit|settings|signage)/)"));
    const QStringList hits = offendingIncludes(consentry::test::sourceDir() + QStringLiteral("/core"), ui);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestArchitecture::cliDoesNotLinkWidgets()
{
#ifdef Q_OS_LINUX
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), { consentry::test::cliPath() });
    if (!ldd.waitForStarted())
        QSKIP("ldd is not available");
    QVERIFY(ldd.waitForFinished());
    const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    QVERIFY2(libraries.contains(QStringLiteral("libQt6Core")), qPrintable(libraries));
    QVERIFY2(!libraries.contains(QStringLiteral("libQt6Widgets")), "consentry-cli links QtWidgets");
    QVERIFY2(!libraries.contains(QStringLiteral("libQt6PrintSupport")), "consentry-cli links QtPrintSupport");
#else
    QSKIP("checked with ldd on Linux");
#endif
}

void TestArchitecture::productDoesNotUseHarness()
{
    const QString root = consentry::test::sourceDir();
    const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*"harness/)"));
    QStringList hits;
    for (const QString &folder : { QStringLiteral("/core"), QStringLiteral("/ui"), QStringLiteral("/app") })
        hits << offendingIncludes(root + folder, include);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));

    // The library is static, so ldd cannot see it: read the build files of the product's targets instead.
    const QRegularExpression link(QStringLiteral("consentry_harness"));
    for (const QString &folder : { QStringLiteral("/core"), QStringLiteral("/ui"), QStringLiteral("/app") })
        hits << offendingIncludes(root + folder, link, { QStringLiteral("CMakeLists.txt") });
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
