// The Dashboard on screen: an empty store says so chart by chart (no invented data); a populated store
// shows the fixture's numbers in the figures and the charts; a new enrollment reaches the screen by itself
// through the ChangeFeed (at the AppController level, as a manager works); the auditor sees the same
// screen read-only; every chart exports to PNG and to a PDF whose text layer holds its numbers, and a
// refused export writes nothing.

#include "PdfTools.h"
#include "PeopleFixture.h"
#include "PromptAnswers.h"
#include "Screenshot.h"
#include "Widgets.h"
#include "dashboard/DashboardPage.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "platform/Formats.h"
#include "platform/Language.h"
#include "services/GalleryService.h"
#include "services/ResidentService.h"
#include "services/VerificationService.h"
#include "vision/DecisionBands.h"

#include <QAbstractButton>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

namespace {
QString number(qint64 n)
{
    return QLocale().toString(n);
}
// Noon UTC: the same local day in every time zone from UTC−11 to UTC+11.
QDateTime noon(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(12, 0), Qt::UTC);
}
// The sum of the y values of the chart's `index`-th line.
qreal sumOf(QChart *chart, int index)
{
    qreal sum = 0;
    QList<QAbstractSeries *> series = chart->series();
    if (auto *line = qobject_cast<QLineSeries *>(series.value(index))) {
        for (const QPointF &p : line->points())
            sum += p.y();
    }
    return sum;
}
} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStoreSaysSo();
    void populatedStoreShowsTheFixturesNumbers();
    void periodPickerCountsAgain();
    void chartsExportToPngAndPdf();
    void refreshesAfterAnEnrollmentByItself();
    void auditorSeesItReadOnly();
    void scoreDistributionsOfTheSiteGallery();

private:
    void populate();
    static bool waitForCount(DashboardPage &page);
    std::unique_ptr<test::PromptAnswers> m_answers;
    std::unique_ptr<test::PeopleFixture> m_f;
};

void TestDashboardPage::initTestCase()
{
    QVERIFY(Language::install(qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"))));
    // Screenshots of strings the .ts files do not hold yet (translations/pending): a .qm made from them.
    const QString extra = qEnvironmentVariable("CONSENTRY_TEST_EXTRA_QM");
    if (!extra.isEmpty()) {
        auto *translator = new QTranslator(this);
        QVERIFY2(translator->load(extra), qPrintable(extra));
        QCoreApplication::installTranslator(translator);
    }
}

void TestDashboardPage::init()
{
    m_answers = std::make_unique<test::PromptAnswers>();
    m_f = std::make_unique<test::PeopleFixture>();
    m_f->clock->set(noon(1, 14));
    QVERIFY(m_f->create(30));
}

void TestDashboardPage::cleanup()
{
    m_f.reset();
    m_answers.reset();
}

bool TestDashboardPage::waitForCount(DashboardPage &page)
{
    // The figures on screen come from the last finished count (DashboardPage::countFinished).
    return QTest::qWaitFor([&page] { return !page.isCounting() && page.summary(); }, 10000);
}

// 12 Jan: A (2 templates), B (3) and D (2, moved out on 2 Jan: due 1 Feb) enrolled, C declined; 13 Jan: B
// withdrew; 14 Jan: C verified twice by ID card, A once by face.
void TestDashboardPage::populate()
{
    m_f->clock->set(noon(1, 12));
    const qint64 a = m_f->enroll(QStringLiteral("A"), QStringLiteral("1-101"), 2);
    const qint64 b = m_f->enroll(QStringLiteral("B"), QStringLiteral("1-102"), 3);
    const qint64 c = m_f->enroll(QStringLiteral("C"), QStringLiteral("1-103"), 0, QDate(), false);
    const qint64 d = m_f->enroll(QStringLiteral("D"), QStringLiteral("1-104"), 2, QDate(2026, 1, 2));
    QVERIFY(a && b && c && d);
    m_f->clock->set(noon(1, 13));
    QVERIFY(ResidentService(m_f->vault()).withdraw(b).ok());
    m_f->clock->set(noon(1, 14));
    VerificationService verify(m_f->vault());
    QVERIFY(verify.recordAlternative(c, VerificationService::Method::IdCard, true).ok());
    QVERIFY(verify.recordAlternative(c, VerificationService::Method::IdCard, true).ok());
    auto templates = ResidentService(m_f->vault()).templates(a);
    QVERIFY(templates.ok());
    QVERIFY(verify
                .confirmFace(VerificationService::assess({ GalleryMatch { a, templates->first().id, 0.9f } },
                                                         DecisionBands::fromThreshold(0.5f),
                                                         VerificationService::Mode::OneToOne, a))
                .ok());
}

void TestDashboardPage::emptyStoreSaysSo()
{
    DashboardPage page(m_f->vault(), nullptr);
    page.resize(1280, 900);
    QVERIFY(waitForCount(page));
    QCOMPARE(child<QLabel>(page, "peopleWithFaceDataValue")->text(), number(0));
    QCOMPARE(child<QLabel>(page, "deletionsDueValue")->text(), number(0));
    QCOMPARE(child<QLabel>(page, "renewalsValue")->text(), number(0));
    QCOMPARE(child<QLabel>(page, "alternativeShareValue")->text(), DashboardPage::tr("none yet"));
    // No chart of nothing: each says in a sentence why it is empty, and offers no export.
    for (DashboardPage::Chart chart :
         { DashboardPage::Chart::Decisions, DashboardPage::Chart::Verifications, DashboardPage::Chart::Scores }) {
        const QByteArray key = DashboardPage::chartKey(chart).toLatin1();
        QVERIFY2(!page.hasData(chart), key.constData());
        QVERIFY(!child<QLabel>(page, (key + "Empty").constData())->text().isEmpty());
        QVERIFY(!child<QPushButton>(page, (key + "PngButton").constData())->isEnabled());
        QVERIFY(!child<QPushButton>(page, (key + "PdfButton").constData())->isEnabled());
    }
    // The filing chart is a true count even at zero.
    QVERIFY(page.hasData(DashboardPage::Chart::Filing));
    QVERIFY(child<QLabel>(page, "filingLabel")->text().contains(number(100000)));
    // A refused export writes nothing.
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("empty.png"));
    QVERIFY(!page.exportPng(DashboardPage::Chart::Decisions, png).ok());
    QVERIFY(!page.exportPdf(DashboardPage::Chart::Verifications, out.filePath(QStringLiteral("e.pdf"))).ok());
    QVERIFY(QDir(out.path()).isEmpty());
    test::saveScreenshot(&page, QStringLiteral("dashboard-empty"));
}

void TestDashboardPage::populatedStoreShowsTheFixturesNumbers()
{
    populate();
    DashboardPage page(m_f->vault(), nullptr);
    page.resize(1280, 900);
    QVERIFY(waitForCount(page));
    QCOMPARE(child<QLabel>(page, "peopleWithFaceDataValue")->text(), number(2)); // A and D
    QCOMPARE(child<QLabel>(page, "deletionsDueValue")->text(), number(1)); // D, due 1 Feb
    QCOMPARE(child<QLabel>(page, "alternativeShareValue")->text(),
             QLocale().toString(25.0, 'f', 1) + QLatin1Char('%')); // C of A, B, C, D
    QChart *decisions = page.chart(DashboardPage::Chart::Decisions);
    QVERIFY(decisions);
    QCOMPARE(sumOf(decisions, 0), 3.0); // granted
    QCOMPARE(sumOf(decisions, 1), 1.0); // declined
    QCOMPARE(sumOf(decisions, 2), 1.0); // withdrawn
    QChart *verifications = page.chart(DashboardPage::Chart::Verifications);
    QVERIFY(verifications);
    qreal total = 0;
    for (int line = 0; line < verifications->series().size(); ++line)
        total += sumOf(verifications, line);
    QCOMPARE(total, 3.0);
    QCOMPARE(verifications->series().size(), 2); // ID card · verified, face · verified
    // Without a gallery the score card says why, not a blank frame.
    QVERIFY(!page.hasData(DashboardPage::Chart::Scores));
    QVERIFY(!child<QLabel>(page, "scoresEmpty")->text().isEmpty());
    test::saveScreenshot(&page, QStringLiteral("dashboard-populated"));
}

void TestDashboardPage::periodPickerCountsAgain()
{
    populate();
    m_f->clock->set(noon(2, 20)); // five weeks later: the last 4 weeks saw nothing, the last 12 everything
    DashboardPage page(m_f->vault(), nullptr);
    QVERIFY(waitForCount(page));
    QCOMPARE(page.periodDays(), 28);
    QVERIFY(!page.hasData(DashboardPage::Chart::Decisions));
    auto *picker = child<QComboBox>(page, "periodPicker");
    picker->setCurrentIndex(picker->findData(84));
    // (Counts the fixture's own changes asked for may come first.)
    QTRY_COMPARE_WITH_TIMEOUT(page.summary()->from, QDate(2026, 2, 20).addDays(-83), 10000);
    QVERIFY(page.hasData(DashboardPage::Chart::Decisions));
    QCOMPARE(sumOf(page.chart(DashboardPage::Chart::Decisions), 0), 3.0);
    QCOMPARE(page.chart(DashboardPage::Chart::Decisions)->series().first()->type(), QAbstractSeries::SeriesTypeLine);
}

void TestDashboardPage::chartsExportToPngAndPdf()
{
    populate();
    DashboardPage page(m_f->vault(), nullptr);
    page.resize(1280, 900);
    QVERIFY(waitForCount(page));
    QTemporaryDir out;
    for (DashboardPage::Chart chart :
         { DashboardPage::Chart::Decisions, DashboardPage::Chart::Verifications, DashboardPage::Chart::Filing }) {
        const QString key = DashboardPage::chartKey(chart);
        const QString png = out.filePath(key + QStringLiteral(".png"));
        QVERIFY(page.exportPng(chart, png).ok());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1920, 1120));
        const QString pdf = out.filePath(key + QStringLiteral(".pdf"));
        QVERIFY(page.exportPdf(chart, pdf).ok());
        QString error;
        const QString text = test::normalizedForSearch(test::pdfText(pdf, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(text.contains(test::normalizedForSearch(page.chartTitle(chart))), qPrintable(text));
        // For a person to look at, beside the screenshots.
        if (const QString shots = qEnvironmentVariable("CONSENTRY_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QFile::copy(pdf, QDir(shots).filePath(QStringLiteral("dashboard-%1.pdf").arg(key)));
            QFile::copy(png, QDir(shots).filePath(QStringLiteral("dashboard-%1-export.png").arg(key)));
        }
    }
    // The decisions PDF's table holds the fixture's numbers in words a reader can search.
    const QString decisions = test::pdfText(out.filePath(QStringLiteral("decisions.pdf")));
    QVERIFY(decisions.contains(Formats::date(QDate(2026, 1, 12))));
    QVERIFY(test::normalizedForSearch(decisions).contains(test::normalizedForSearch(DashboardPage::tr("Total"))));
    // Through the button and the save dialog, as a manager does it.
    const QString viaButton = out.filePath(QStringLiteral("via-button.pdf"));
    m_answers->path(viaButton);
    child<QPushButton>(page, "decisionsPdfButton")->click();
    QVERIFY2(m_answers->allUsed(), m_answers->report().constData());
    QVERIFY(QFileInfo(viaButton).size() > 0);
    // A folder that cannot be written: one sentence, no file.
    const QString blocked = out.filePath(QStringLiteral("missing/inside.png"));
    QVERIFY(!page.exportPng(DashboardPage::Chart::Decisions, blocked).ok());
    QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("missing"))));
}

void TestDashboardPage::refreshesAfterAnEnrollmentByItself()
{
    // As a manager works: the app's own screens, the store opened by the app.
    const QString dataDir = m_f->store.dataDir();
    // The consents on the notice in force, read while the fixture's session is open.
    const Consent first = m_f->consent(true, QStringLiteral("Wang Wu"));
    const Consent second = m_f->consent(true, QStringLiteral("Zhou Liu"));
    std::unique_ptr<Vault> vault = m_f->store.openAs(QStringLiteral("wang"));
    QVERIFY(vault);
    m_f->store.close();
    AppController app(dataDir);
    app.startWith(std::move(vault));
    DashboardPage *page = app.dashboardPage();
    QVERIFY(page);
    QVERIFY(waitForCount(*page));
    QCOMPARE(child<QLabel>(page, "peopleWithFaceDataValue")->text(), number(0));
    Resident r;
    r.name = QStringLiteral("Wang Wu");
    r.unit = QStringLiteral("2-201");
    r.declareUnder14(false);
    QVERIFY(ResidentService(*app.vault())
                .enroll(r, first, { test::PeopleFixture::face(), test::PeopleFixture::face() })
                .ok());
    // No click, no reload: the feed brings it.
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(page, "peopleWithFaceDataValue")->text(), number(1), 10000);
    QVERIFY(page->hasData(DashboardPage::Chart::Decisions));
    // Locking waits for a count in flight (one is asked for here) before the store closes.
    Resident late;
    late.name = QStringLiteral("Zhou Liu");
    late.declareUnder14(false);
    QVERIFY(ResidentService(*app.vault()).enroll(late, second, { test::PeopleFixture::face() }).ok());
    QCoreApplication::processEvents();
    app.lockNow();
    QVERIFY(!app.dashboardPage());
    QTest::qWait(200); // nothing left running reaches the closed store
}

void TestDashboardPage::auditorSeesItReadOnly()
{
    populate();
    QVERIFY(m_f->switchTo(QStringLiteral("zhao"), Role::Auditor));
    const QString dataDir = m_f->store.dataDir();
    std::unique_ptr<Vault> vault = m_f->store.openAs(QStringLiteral("zhao"));
    QVERIFY(vault);
    m_f->store.close();
    AppController app(dataDir);
    app.startWith(std::move(vault));
    DashboardPage *page = app.dashboardPage();
    QVERIFY(page);
    QVERIFY(waitForCount(*page));
    QCOMPARE(child<QLabel>(page, "peopleWithFaceDataValue")->text(), number(2));
    // Nothing on it changes data: its only buttons export.
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        const QString name = button->objectName();
        QVERIFY2(name.endsWith(QLatin1String("PngButton")) || name.endsWith(QLatin1String("PdfButton")),
                 qPrintable(name + QLatin1Char(' ') + button->text()));
    }
    app.window()->resize(1366, 768);
    app.window()->showSection(Section::Dashboard);
    test::saveScreenshot(app.window(), QStringLiteral("dashboard-auditor"));
}

void TestDashboardPage::scoreDistributionsOfTheSiteGallery()
{
    // 12 people with 3 templates each, near their own direction: 12 × 3 genuine pairs, the other 594 of the
    // 630 pairs of 36 templates are impostor pairs (a gallery this small is scored pair by pair).
    const EngineId engine { QStringLiteral("sface-2021dec"), QStringLiteral("aaaa"), 128 };
    QRandomGenerator rng(5);
    for (int p = 0; p < 12; ++p) {
        std::vector<float> base(128);
        for (float &v : base)
            v = float(rng.generateDouble() * 2 - 1);
        QList<StoredTemplate> faces;
        for (int t = 0; t < 3; ++t) {
            std::vector<float> sample = base;
            for (float &v : sample)
                v += float(rng.generateDouble() - 0.5) * 0.8f;
            auto face = FaceTemplate::fromFeatures(engine, sample.data(), 128);
            QVERIFY(face.ok());
            faces << GalleryService::toStored(face.value(), 0.9);
        }
        Resident r;
        r.name = QStringLiteral("Person %1").arg(p);
        r.declareUnder14(false);
        QVERIFY(ResidentService(m_f->vault()).enroll(r, m_f->consent(true, r.name), faces).ok());
    }
    GalleryService gallery(m_f->vault(), engine, 0.36f);
    QVERIFY(gallery.load().ok());
    QCOMPARE(gallery.templateCount(), 36);
    DashboardPage page(m_f->vault(), &gallery);
    page.resize(1280, 900);
    QVERIFY(waitForCount(page));
    QTRY_VERIFY_WITH_TIMEOUT(page.scores().has_value(), 10000);
    QCOMPARE(page.scores()->genuinePairs, 36);
    QCOMPARE(page.scores()->impostorPairs, 594);
    QCOMPARE(page.scores()->threshold, gallery.threshold());
    QVERIFY(page.hasData(DashboardPage::Chart::Scores));
    // The rates in words, with the counts they come from.
    const QString rates = child<QLabel>(page, "scoreRatesLabel")->text();
    QVERIFY2(rates.contains(number(594)) && rates.contains(number(36)), qPrintable(rates));
    QVERIFY(rates.contains(number(page.scores()->impostorAtOrAbove)));
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("scores.pdf"));
    QVERIFY(page.exportPdf(DashboardPage::Chart::Scores, pdf).ok());
    QVERIFY(test::normalizedForSearch(test::pdfText(pdf)).contains(test::normalizedForSearch(number(594))));
    test::saveScreenshot(&page, QStringLiteral("dashboard-scores"));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
