// Chinese first: --lang or a Chinese system installs Consentry's and Qt's translations and the default
// locale, so Qt's own dialogs are Chinese too; Settings → Language switches the running console without a
// restart, keeping the store unlocked, the user signed in and the section shown; the choice is remembered.

#include "VaultFixture.h"
#include "main/AppController.h"
#include "main/FileDialogText.h"
#include "main/MainWindow.h"
#include "main/Section.h"
#include "platform/Formats.h"
#include "platform/Language.h"
#include "services/UserService.h"
#include "settings/LanguageTab.h"
#include "settings/SettingsPage.h"
#include "settings/UsersTab.h"
#include "unlock/LockScreen.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace consentry;
using namespace consentry::ui;

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void qtDialogsFollowTheLanguage();
    void fileDialogDatesAndTypesFollowTheConsole();
    void switchingKeepsSessionAndSection();
    void switchingBackAndForthLeavesOneMenuBar();
    void preferenceIsRemembered();

private:
    static void choose(AppController &controller, const QString &code);
    static QString navigationText(MainWindow &window, Section section);
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings in a test folder, not the user's
    QSettings().clear();
    QVERIFY(Language::install(QStringLiteral("en")));
}

void TestLanguageSwitch::cleanup()
{
    Language::install(QStringLiteral("en"));
    Language::setPreferred(QString());
}

void TestLanguageSwitch::choose(AppController &controller, const QString &code)
{
    QComboBox *combo = controller.settingsPage()->languageTab()->languageCombo();
    const int index = combo->findData(code);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index); // what a click on the item does
    QTRY_COMPARE(Language::current(), code);
    QTRY_VERIFY(controller.settingsPage()); // rebuilt (queued)
}

QString TestLanguageSwitch::navigationText(MainWindow &window, Section section)
{
    auto *list = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    return list ? list->item(Sections::all().indexOf(section))->text() : QString();
}

void TestLanguageSwitch::qtDialogsFollowTheLanguage()
{
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    // Qt's standard button texts come from qtbase_zh_CN.qm (qt6-translations-l10n).
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    QVERIFY2(buttons.button(QDialogButtonBox::Cancel)->text().contains(QStringLiteral("取消")),
             qPrintable(buttons.button(QDialogButtonBox::Cancel)->text()));
    // Qt's own file dialog (the one used where no native dialog exists): labels and dates in Chinese.
    QFileDialog dialog(nullptr, QStringLiteral("t"), QDir::tempPath());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    auto *lookIn = dialog.findChild<QLabel *>(QStringLiteral("lookInLabel"));
    QVERIFY(lookIn);
    QVERIFY2(lookIn->text().contains(QStringLiteral("查找范围")), qPrintable(lookIn->text()));
    QCOMPARE(QLocale().toString(QDate(2026, 11, 30), QLocale::LongFormat), QStringLiteral("2026年11月30日星期一"));

    QVERIFY(Language::install(QStringLiteral("en")));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

void TestLanguageSwitch::fileDialogDatesAndTypesFollowTheConsole()
{
    // Qt's widget file dialog dates its files with the *system* locale and lacks Chinese for "Folder":
    // the console's dialogs show both in its own language, also after a switch at run time.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("备份")));
    QFile file(dir.filePath(QStringLiteral("sign.pdf")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("%PDF-") == 5);
    file.close();
    FileDialogText::install();
    for (const QString &code : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        QVERIFY(Language::install(code));
        QFileDialog dialog(nullptr, QStringLiteral("t"), dir.path());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.show();
        auto *view = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(view);
        QAbstractItemModel *model = view->model();
        QModelIndex folder, pdf;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QModelIndex root = view->rootIndex();
                for (int row = 0; row < model->rowCount(root); ++row) {
                    const QModelIndex name = model->index(row, 0, root);
                    if (name.data().toString() == QStringLiteral("备份"))
                        folder = name;
                    if (name.data().toString() == QStringLiteral("sign.pdf"))
                        pdf = name;
                }
                return folder.isValid() && pdf.isValid();
            }(),
            10000);
        const QString type = folder.siblingAtColumn(2).data().toString();
        const QString date = pdf.siblingAtColumn(3).data().toString();
        const QDateTime modified = QFileInfo(file).lastModified();
        QCOMPARE(date, Formats::dateTime(modified, code));
        if (code == QLatin1String("zh_CN")) {
            QVERIFY2(type == QStringLiteral("文件夹") || type == QStringLiteral("Folder"), qPrintable(type));
            QVERIFY2(date.contains(QStringLiteral("年")), qPrintable(date));
        } else {
            QCOMPARE(type, QStringLiteral("Folder"));
            QCOMPARE(pdf.siblingAtColumn(2).data().toString(), QStringLiteral("PDF file"));
        }
    }
}

void TestLanguageSwitch::switchingKeepsSessionAndSection()
{
    test::VaultFixture store;
    QVERIFY(store.create());
    Vault *vault = store.vault.get();
    AppController controller(store.dataDir());
    controller.startWith(std::move(store.vault));
    MainWindow &window = *controller.window();
    window.show();
    window.showSection(Section::Settings);
    controller.settingsPage()->tabs()->setCurrentWidget(controller.settingsPage()->languageTab());
    const QString englishTitle = navigationText(window, Section::Residents);
    QCOMPARE(englishTitle, QStringLiteral("Residents"));

    choose(controller, QStringLiteral("zh_CN"));
    // Same store, still unlocked, same user; the same section and tab; everything in Chinese.
    QCOMPARE(controller.vault(), vault);
    QVERIFY(!controller.isLocked());
    QCOMPARE(window.currentSection(), Section::Settings);
    QCOMPARE(controller.settingsPage()->tabs()->currentWidget(), controller.settingsPage()->languageTab());
    QCOMPARE(navigationText(window, Section::Residents), QStringLiteral("住户"));
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("文件(&F)"));
    QVERIFY2(window.findChild<QLabel *>(QStringLiteral("sessionLabel"))->text().contains(QStringLiteral("wang")),
             qPrintable(window.findChild<QLabel *>(QStringLiteral("sessionLabel"))->text()));
    QVERIFY(
        window.findChild<QLabel *>(QStringLiteral("dataFolderLabel"))->text().startsWith(QStringLiteral("数据文件夹")));
    // The rebuilt screens work on the store: the users tab lists the manager, its date written the Chinese way.
    QAbstractItemView *users = controller.settingsPage()->usersTab()->view();
    QVERIFY(users);
    QTRY_VERIFY(users->model()->rowCount() >= 1);
    bool chineseDate = false;
    for (int column = 0; column < users->model()->columnCount(); ++column)
        chineseDate = chineseDate || users->model()->index(0, column).data().toString().contains(QStringLiteral("年"));
    QVERIFY(chineseDate);
    // Locking still works and the lock screen speaks Chinese.
    controller.lockNow();
    QVERIFY(controller.isLocked());
    QVERIFY(controller.lockScreen()->isVisible());
    bool chineseButton = false;
    for (QPushButton *button : controller.lockScreen()->findChildren<QPushButton *>())
        chineseButton = chineseButton || button->text().contains(QStringLiteral("解锁"));
    QVERIFY(chineseButton);
}

void TestLanguageSwitch::switchingBackAndForthLeavesOneMenuBar()
{
    test::VaultFixture store;
    QVERIFY(store.create());
    AppController controller(store.dataDir());
    controller.startWith(std::move(store.vault));
    controller.window()->showSection(Section::Residents);
    for (int round = 0; round < 2; ++round) {
        choose(controller, QStringLiteral("zh_CN"));
        choose(controller, QStringLiteral("en"));
    }
    QCOMPARE(controller.window()->currentSection(), Section::Residents);
    QCOMPARE(controller.window()->menuBar()->actions().size(), 3); // File, View, Help
    QCOMPARE(controller.window()->menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly).size(), 3);
    QCOMPARE(navigationText(*controller.window(), Section::Residents), QStringLiteral("Residents"));
}

void TestLanguageSwitch::preferenceIsRemembered()
{
    test::VaultFixture store;
    QVERIFY(store.create());
    AppController controller(store.dataDir());
    controller.startWith(std::move(store.vault));
    QVERIFY(Language::preferred().isEmpty());
    choose(controller, QStringLiteral("zh_CN"));
    QCOMPARE(Language::preferred(), QStringLiteral("zh_CN"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    choose(controller, QStringLiteral("en"));
    QCOMPARE(Language::preferred(), QStringLiteral("en"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
