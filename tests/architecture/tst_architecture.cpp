// The layering of docs/ARCHITECTURE.md, checked: core has no widgets, the CLI does not link them, the
// store is reached only through services that check the role, and the evaluation harness (harness/)
// stays out of the product: core, ui and app neither include nor link it.

#include "TestPaths.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void repositoriesOnlyThroughServices();
    void publicCoreHeadersHideTheRepositories();
    void auditEventsUseTheVocabulary();
    void fastKdfOnlyInTestBuilds();
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

void TestArchitecture::repositoriesOnlyThroughServices()
{
    // ui/, cli/ and app/ include no repository, no storage internals and no core-internal header: every read
    // and write goes through a service, which checks the session's role (UnitOfWork).
    const QRegularExpression internal(QStringLiteral(
        R"(^\s*#\s*include\s*"(repo/|storage/(Database|Statement|Transaction|Schema)\.h|services/UnitOfWork\.h|vault/VaultInternals\.h"))"));
    QStringList hits;
    for (const char *folder : { "/ui", "/cli", "/app" })
        hits << offendingIncludes(consentry::test::sourceDir() + QLatin1String(folder), internal);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestArchitecture::publicCoreHeadersHideTheRepositories()
{
    // Nor through a public header: the service and vault headers a screen includes pull in no repository, so
    // the repositories are unreachable from ui/ and cli/ even indirectly. Only the core-internal headers may.
    const QRegularExpression repository(
        QStringLiteral(R"(^\s*#\s*include\s*"(repo/|storage/(Database|Statement|Transaction)\.h))"));
    const QStringList internalHeaders { QStringLiteral("UnitOfWork.h"), QStringLiteral("VaultInternals.h") };
    QStringList hits;
    for (const char *folder : { "/core/services", "/core/vault" }) {
        QDirIterator it(consentry::test::sourceDir() + QLatin1String(folder), { QStringLiteral("*.h") }, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            if (internalHeaders.contains(QFileInfo(path).fileName()))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(file.readLine());
                if (repository.match(text).hasMatch())
                    hits << QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(text.trimmed());
            }
        }
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestArchitecture::auditEventsUseTheVocabulary()
{
    // Every event kind comes from AuditKind (with its display name and filter entry), never a bare string.
    const QRegularExpression bare(
        QStringLiteral(R"re(\b(audit|append|auditAlone)\(\s*(QStringLiteral|QLatin1String|"))re"));
    const QStringList hits = offendingIncludes(consentry::test::sourceDir() + QStringLiteral("/core"), bare);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestArchitecture::fastKdfOnlyInTestBuilds()
{
    // CONSENTRY_FAST_KDF is read in one place, behind the CONSENTRY_TEST_KDF build option, which follows
    // BUILD_TESTING; the release preset builds no tests.
    const QRegularExpression reads(QStringLiteral(R"(CONSENTRY_FAST_KDF")"));
    const QStringList hits = offendingIncludes(consentry::test::sourceDir() + QStringLiteral("/core"), reads);
    QCOMPARE(hits.size(), 1);
    QVERIFY2(hits.constFirst().contains(QStringLiteral("storage/KeyStore.cpp")), qPrintable(hits.constFirst()));
    QFile keyStore(consentry::test::sourceDir() + QStringLiteral("/core/storage/KeyStore.cpp"));
    QVERIFY(keyStore.open(QIODevice::ReadOnly));
    const QString code = QString::fromUtf8(keyStore.readAll());
    const qsizetype guard = code.indexOf(QStringLiteral("#ifdef CONSENTRY_TEST_KDF"));
    QVERIFY(guard >= 0);
    QVERIFY(guard < code.indexOf(QStringLiteral("CONSENTRY_FAST_KDF\"")));
    QFile presets(consentry::test::sourceDir() + QStringLiteral("/CMakePresets.json"));
    QVERIFY(presets.open(QIODevice::ReadOnly));
    const QJsonArray configure
        = QJsonDocument::fromJson(presets.readAll()).object().value(QStringLiteral("configurePresets")).toArray();
    bool releaseFound = false;
    for (const QJsonValue &preset : configure) {
        if (preset.toObject().value(QStringLiteral("name")).toString() != QLatin1String("release"))
            continue;
        releaseFound = true;
        const QJsonObject cache = preset.toObject().value(QStringLiteral("cacheVariables")).toObject();
        QCOMPARE(cache.value(QStringLiteral("BUILD_TESTING")).toString(), QStringLiteral("OFF"));
        QVERIFY(cache.value(QStringLiteral("CONSENTRY_TEST_KDF")).toString() != QLatin1String("ON"));
    }
    QVERIFY(releaseFound);
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
