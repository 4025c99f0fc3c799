// The front desk's screens on a 1366×768 laptop, at 100 % (tst_deskscreens) and at 200 % scaling
// (tst_deskscreens_200), in the language of CONSENTRY_TEST_LANG (Chinese by default): the Residents detail pane
// has one scroll bar, no column cut off and no message left from the person selected before; the paper
// consent dialog, the re-enrollment start page and Settings → Security fit. With CONSENTRY_SCREENSHOT_DIR set,
// each is saved as a picture to look at.

#include "PeopleFixture.h"
#include "PromptAnswers.h"
#include "Screenshot.h"
#include "VaultFixture.h"
#include "Widgets.h"
#include "common/StatusLine.h"
#include "enroll/EnrollmentWizard.h"
#include "enroll/PaperConsentDialog.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "people/ResidentDetailPane.h"
#include "people/ResidentsPage.h"
#include "platform/Language.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "settings/SecurityTab.h"
#include "settings/SettingsPage.h"

#include <QApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestDeskScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void residentsDetailPaneFits();
    void paperDialogAndStartPageFit();

private:
    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }
    static QString suffix();
    qint64 enroll(Vault &vault, const QString &name, const QString &unit, bool granted, bool child = false);
};

void TestDeskScreens::initTestCase()
{
    QVERIFY(Language::install(qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("zh_CN"))));
    if (const QString extra = qEnvironmentVariable("CONSENTRY_TEST_EXTRA_QM"); !extra.isEmpty()) {
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(extra));
        QCoreApplication::installTranslator(translator);
    }
}

QString TestDeskScreens::suffix()
{
    return QStringLiteral("%1-%2")
        .arg(Language::current())
        .arg(qRound(QGuiApplication::primaryScreen()->devicePixelRatio() * 100));
}

qint64 TestDeskScreens::enroll(Vault &vault, const QString &name, const QString &unit, bool granted, bool child)
{
    Resident r;
    r.name = name;
    r.unit = unit;
    r.declareUnder14(child);
    Consent c;
    c.noticeVersionId = SettingsService(vault).currentNotice(QStringLiteral("zh_CN")).value().id;
    c.decision = granted ? Consent::Decision::Granted : Consent::Decision::Declined;
    c.alternative = granted ? QString() : test::lakesideProfile().alternatives.value(1);
    c.signer = child ? QStringLiteral("欧阳建国") : name;
    if (child) {
        c.signerRole = Consent::SignerRole::Guardian;
        c.guardianName = QStringLiteral("欧阳建国");
        c.guardianRelation = QStringLiteral("父亲");
    }
    c.signedAt = QDateTime::currentDateTimeUtc().addSecs(-120);
    QList<StoredTemplate> faces;
    if (granted)
        faces = { test::PeopleFixture::face(), test::PeopleFixture::face(test::kEngineA, '\x12') };
    Result<EnrollmentReceipt> saved = ResidentService(vault).enroll(r, c, faces);
    if (!saved)
        qWarning("%s", qPrintable(saved.errorMessage()));
    return saved ? saved->residentId : 0;
}

void TestDeskScreens::residentsDetailPaneFits()
{
    test::VaultFixture store;
    QVERIFY(store.create());
    QVERIFY(SettingsService(*store.vault).setSiteProfile(test::lakesideProfile()).ok());
    const qint64 first = enroll(*store.vault, QStringLiteral("欧阳晓明"), QStringLiteral("12幢3单元1502室"), true);
    const qint64 second = enroll(*store.vault, QStringLiteral("Alexandra Montgomery-Fitzgerald"),
                                 QStringLiteral("Tower B 2201"), false);
    const qint64 third = enroll(*store.vault, QStringLiteral("欧阳小雨"), QStringLiteral("12-3-1502"), true, true);
    QVERIFY(first && second && third);
    // Some history on the first: withdrawn and consented again, so every table has several rows.
    QVERIFY(ResidentService(*store.vault).withdraw(first).ok());
    Consent again;
    again.residentId = first;
    again.noticeVersionId = SettingsService(*store.vault).currentNotice(QStringLiteral("zh_CN")).value().id;
    again.decision = Consent::Decision::Granted;
    again.signer = QStringLiteral("欧阳晓明");
    again.signedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
    QVERIFY(ResidentService(*store.vault).recordConsent(again).ok());
    QVERIFY(ResidentService(*store.vault).addTemplates(first, { test::PeopleFixture::face() }).ok());

    AppController app(store.dataDir());
    app.startWith(std::move(store.vault));
    MainWindow &window = *app.window();
    window.setGeometry(available());
    window.showMaximized();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSection(Section::Residents);
    ResidentsPage *page = app.residentsPage();
    QTRY_VERIFY(page->selectResident(first));
    QApplication::processEvents();

    auto checkPane = [&](const QString &shot) {
        QApplication::processEvents(); // the tables take their heights after the headers' widths
        QApplication::processEvents();
        // One scroll bar: the pane's own, vertical; its tables show every row and fit its width.
        auto *scroll = child<QScrollArea>(page, "detailScroll");
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        // The list keeps every column on screen, the deletion date too, however long one name is.
        QVERIFY(!child<QTableView>(page, "residentsView")->horizontalScrollBar()->isVisible());
        for (const char *name : { "consentsTable", "templatesTable", "eventsTable" }) {
            auto *table = child<QTableWidget>(page, name);
            if (!table->isVisible())
                continue;
            QVERIFY2(!table->verticalScrollBar()->isVisible() && !table->horizontalScrollBar()->isVisible(), name);
            QHeaderView *header = table->horizontalHeader();
            int used = 0;
            for (int column = 0; column < table->columnCount(); ++column) {
                used += header->sectionSize(column);
                // No header cut off: each column is at least as wide as its title.
                const QString title = table->horizontalHeaderItem(column)->text();
                QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title),
                         qPrintable(QStringLiteral("%1 column \"%2\" is %3 px")
                                        .arg(QLatin1String(name), title)
                                        .arg(header->sectionSize(column))));
                // No cell cut off: a cell's text fits in its (wrapped) row.
                for (int row = 0; row < table->rowCount(); ++row) {
                    const QRect cell = table->visualRect(table->model()->index(row, column));
                    const QSize needed = table->sizeHintForIndex(table->model()->index(row, column));
                    QVERIFY2(needed.height() <= cell.height() + 1,
                             qPrintable(QStringLiteral("%1 row %2 column %3 needs %4 px, has %5")
                                            .arg(QLatin1String(name))
                                            .arg(row)
                                            .arg(column)
                                            .arg(needed.height())
                                            .arg(cell.height())));
                }
            }
            QVERIFY2(used <= table->viewport()->width() + 1,
                     qPrintable(QStringLiteral("%1: columns %2 px in %3 px")
                                    .arg(QLatin1String(name))
                                    .arg(used)
                                    .arg(table->viewport()->width())));
            QCOMPARE(table->height() >= header->height() + table->rowCount() * 10, true);
        }
        test::saveScreenshot(&window, shot);
    };
    checkPane(QStringLiteral("desk-residents-%1").arg(suffix()));
    if (QTest::currentTestFailed())
        return;

    // An action's message about one person is not left under the next one's details.
    auto *message = child<StatusLine>(page, "actionMessage");
    QTest::mouseClick(child<QPushButton>(page, "leftTodayButton"), Qt::LeftButton);
    QTRY_VERIFY(!message->message().isEmpty());
    const QString said = message->message();
    QVERIFY(page->selectResident(first)); // the same person, after the list reloaded: still said
    QCOMPARE(message->message(), said);
    QVERIFY(page->selectResident(third));
    QApplication::processEvents();
    QVERIFY2(message->message().isEmpty(), qPrintable(message->message()));
    checkPane(QStringLiteral("desk-residents-child-%1").arg(suffix()));
    QVERIFY(page->selectResident(second));
    checkPane(QStringLiteral("desk-residents-declined-%1").arg(suffix()));

    // Settings → Security with the access-request setting.
    window.showSection(Section::Settings);
    app.settingsPage()->tabs()->setCurrentWidget(app.settingsPage()->securityTab());
    QApplication::processEvents();
    const QSize needed = window.minimumSizeHint();
    QVERIFY2(needed.width() <= available().width() && needed.height() <= available().height(),
             qPrintable(QStringLiteral("settings needs %1x%2").arg(needed.width()).arg(needed.height())));
    test::saveScreenshot(&window, QStringLiteral("desk-security-%1").arg(suffix()));
}

void TestDeskScreens::paperDialogAndStartPageFit()
{
    test::VaultFixture store;
    QVERIFY(store.create());
    QVERIFY(SettingsService(*store.vault).setSiteProfile(test::lakesideProfile()).ok());
    const qint64 id = enroll(*store.vault, QStringLiteral("欧阳晓明"), QStringLiteral("12幢3单元1502室"), false);
    AppController app(store.dataDir());
    app.startWith(std::move(store.vault));
    MainWindow &window = *app.window();
    window.setGeometry(available());
    window.showMaximized();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSection(Section::Enroll);
    EnrollmentWizard *wizard = app.enrollmentWizard();
    test::saveScreenshot(&window, QStringLiteral("desk-enroll-start-%1").arg(suffix()));
    {
        test::PromptAnswers answers;
        app.reenroll(id);
    }
    QVERIFY(wizard->reenrolling());
    if (wizard->consentDialog())
        wizard->consentDialog()->hide();
    test::saveScreenshot(&window, QStringLiteral("desk-reenroll-start-%1").arg(suffix()));
    if (wizard->consentDialog())
        wizard->consentDialog()->reject();

    PaperConsentDialog dialog(*app.vault(), QStringLiteral("欧阳晓明"), std::nullopt, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QRect frame = dialog.frameGeometry();
    QVERIFY2(available().contains(frame)
                 || (frame.width() <= available().width() && frame.height() <= available().height()),
             qPrintable(QStringLiteral("the paper dialog is %1x%2").arg(frame.width()).arg(frame.height())));
    QVERIFY(dialog.minimumSizeHint().width() <= available().width());
    QVERIFY(dialog.minimumSizeHint().height() <= available().height());
    test::saveScreenshot(&dialog, QStringLiteral("desk-paper-dialog-%1").arg(suffix()));
}

QTEST_MAIN(TestDeskScreens)
#include "tst_deskscreens.moc"
