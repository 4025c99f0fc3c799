// Help → About: the version, and every part Consentry is built from or ships with, with its licence and a
// licence text that really is where the dialog says (on disk or built in), opening inside the program.

#include "help/AboutDialog.h"
#include "main/MainWindow.h"
#include "platform/Application.h"
#include "platform/Language.h"
#include "platform/ThirdParty.h"
#include "vision/ModelRegistry.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <opencv2/core/version.hpp>

using namespace consentry;
using namespace consentry::ui;

class TestAbout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBundledPartIsListed();
    void versionsAreTheRunningOnes();
    void everyLicenceTextIsWhereItIsSaid();
    void dialogShowsAndOpensTheTexts();
    void helpMenuOpensIt();

private:
    static const ThirdPartyComponent *find(const QList<ThirdPartyComponent> &list, const QString &name);
};

const ThirdPartyComponent *TestAbout::find(const QList<ThirdPartyComponent> &list, const QString &name)
{
    for (const ThirdPartyComponent &c : list) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

void TestAbout::everyBundledPartIsListed()
{
    const QList<ThirdPartyComponent> list = ThirdParty::components();
    for (const char *name : { "Consentry", "Qt", "OpenCV", "SQLCipher", "libsodium", "libqrencode", "Noto Sans CJK" })
        QVERIFY2(find(list, QString::fromLatin1(name)), name);
    for (const ModelCard &card : ModelRegistry::builtInCards()) {
        const ThirdPartyComponent *model = find(list, card.name);
        QVERIFY2(model, qPrintable(card.name));
        QCOMPARE(model->licence, card.licence.section(QLatin1Char(' '), 0, 0));
    }
    QCOMPARE(find(list, QStringLiteral("Consentry"))->licence, QStringLiteral("Apache-2.0"));
    QCOMPARE(find(list, QStringLiteral("Qt"))->licence, QStringLiteral("LGPL-3.0-only"));
    // The Dashboard's charts: GPL-3.0 in open-source Qt, said as it is.
    QCOMPARE(find(list, QStringLiteral("Qt Charts"))->licence, QStringLiteral("GPL-3.0-or-later"));
    QCOMPARE(find(list, QStringLiteral("libqrencode"))->licence, QStringLiteral("LGPL-2.1-or-later"));
    QCOMPARE(find(list, QStringLiteral("Noto Sans CJK"))->licence, QStringLiteral("OFL-1.1"));
}

void TestAbout::versionsAreTheRunningOnes()
{
    const QList<ThirdPartyComponent> list = ThirdParty::components();
    QCOMPARE(find(list, QStringLiteral("Consentry"))->version, Application::version());
    QCOMPARE(find(list, QStringLiteral("Qt"))->version, QString::fromLatin1(qVersion()));
    QCOMPARE(find(list, QStringLiteral("OpenCV"))->version, QStringLiteral(CV_VERSION));
    // SQLCipher answers with its own version (3.4.1 on Debian 12), not SQLite's.
    QVERIFY2(!find(list, QStringLiteral("SQLCipher"))->version.startsWith(QStringLiteral("SQLite")),
             qPrintable(find(list, QStringLiteral("SQLCipher"))->version));
    for (const char *name : { "libsodium", "libqrencode" })
        QVERIFY(find(list, QString::fromLatin1(name))->version.contains(QLatin1Char('.')));
}

void TestAbout::everyLicenceTextIsWhereItIsSaid()
{
    for (const ThirdPartyComponent &c : ThirdParty::components()) {
        if (!c.licenceFile.isEmpty())
            QVERIFY2(QFileInfo(c.licenceFile).isFile(), qPrintable(c.licenceFile));
        if (!c.resource.isEmpty())
            QVERIFY2(QFileInfo::exists(c.resource), qPrintable(c.resource));
#ifdef Q_OS_LINUX
        // On Debian every library's licence is in its package: the CI machine has them all.
        if (QFileInfo::exists(QStringLiteral("/etc/debian_version")))
            QVERIFY2(!AboutDialog::licenceText(c).isEmpty(),
                     qPrintable(c.name + QStringLiteral(": ") + c.lookedIn.join(QLatin1Char(' '))));
#endif
    }
    // The models' notices are built in, with their copyright lines.
    const QList<ThirdPartyComponent> list = ThirdParty::components();
    for (const ModelCard &card : ModelRegistry::builtInCards())
        QVERIFY(!find(list, card.name)->resource.isEmpty());
    QVERIFY(AboutDialog::licenceText(*find(list, QStringLiteral("YuNet face detector")))
                .contains(QStringLiteral("Shiqi Yu")));
    QVERIFY(
        AboutDialog::licenceText(*find(list, QStringLiteral("Consentry"))).contains(QStringLiteral("Apache License")));
}

void TestAbout::dialogShowsAndOpensTheTexts()
{
    AboutDialog dialog(QStringLiteral("/tmp/about-test"));
    dialog.show();
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("aboutVersion"))->text().contains(Application::version()));
    QVERIFY(
        dialog.findChild<QLabel *>(QStringLiteral("aboutDataFolder"))->text().contains(QStringLiteral("about-test")));
    QTreeWidget *tree = dialog.componentsTree();
    QCOMPARE(tree->topLevelItemCount(), dialog.components().size());
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        QCOMPARE(tree->topLevelItem(row)->text(0), dialog.components().at(row).name);
        QVERIFY(!tree->topLevelItem(row)->text(2).isEmpty()); // the licence
        QVERIFY(!tree->topLevelItem(row)->text(4).isEmpty()); // where its text is
    }
    // Consentry's own licence opens in a window of its own.
    QDialog *text = dialog.showLicence(0);
    QVERIFY(text);
    QVERIFY(text->findChild<QPlainTextEdit *>(QStringLiteral("licenceText"))
                ->toPlainText()
                .contains(QStringLiteral("Apache License")));
    text->close();
    QDialog *notices = dialog.showNotices();
    QVERIFY(notices->findChild<QTextBrowser *>(QStringLiteral("licenceText"))
                ->toPlainText()
                .contains(QStringLiteral("libqrencode")));
}

void TestAbout::helpMenuOpensIt()
{
    MainWindow window(QStringLiteral("/tmp/about-test"));
    window.show();
    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    QTRY_VERIFY(window.findChild<AboutDialog *>() && window.findChild<AboutDialog *>()->isVisible());
}

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
