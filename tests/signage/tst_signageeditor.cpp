// SignageEditor offscreen, standalone: pre-filled from a profile, a preview that follows typing without
// rendering on every key, Print and Export through their buttons (the dialogs answered by the test) and
// the work behind them, and the audit signal.

#include "PdfTools.h"
#include "Profiles.h"
#include "PromptAnswers.h"
#include "Widgets.h"
#include "signage/SignageEditor.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestSignageEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefilledFromProfile();
    void previewFollowsTyping();
    void layoutPickerChoosesPaper();
    void exportWritesPdf();
    void printEmitsAuditSignal();
    void buttonsAskThenPrintOrExport();
    void incompleteProfileCannotPrint();
    void unsetRetentionIsNotInvented();
    void tooLongTextIsNamed();
};

void TestSignageEditor::prefilledFromProfile()
{
    const SiteProfile profile = test::typicalProfile();
    SignageEditor editor(profile);
    QCOMPARE(child<QLineEdit>(editor, "operatorEdit")->text(), profile.operatorName);
    QCOMPARE(child<QLineEdit>(editor, "noticeUrlEdit")->text(), profile.noticeUrl);
    QCOMPARE(child<QPlainTextEdit>(editor, "alternativesEdit")->toPlainText(),
             profile.alternatives.join(QLatin1Char('\n')));
    QVERIFY(editor.profile() == profile);
    QCOMPARE(editor.spec().language, SignLanguage::Bilingual);
    QCOMPARE(editor.spec().layout, SignLayout::PosterA4);
}

void TestSignageEditor::previewFollowsTyping()
{
    SignageEditor editor(test::typicalProfile());
    editor.resize(1100, 800);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTRY_VERIFY(editor.previewGeneration() >= 1);
    QTRY_VERIFY(!child<QLabel>(editor, "previewLabel")->pixmap().isNull());
    QTRY_VERIFY_WITH_TIMEOUT(editor.previewGeneration() >= 1 && editor.issues().isEmpty(), 10000);
    // Let the renders caused by showing and resizing settle.
    QTest::qWait(600);
    const int settled = editor.previewGeneration();
    const QImage before = editor.previewImage();

    QLineEdit *operatorEdit = child<QLineEdit>(editor, "operatorEdit");
    operatorEdit->clear();
    QTest::keyClicks(operatorEdit, QStringLiteral("Harbour View Property Co."));
    QCOMPARE(editor.profile().operatorName, QStringLiteral("Harbour View Property Co."));
    // Typing 27 keys does not render 27 times: the preview waits for a pause, then catches up once or twice.
    QTRY_VERIFY(editor.previewGeneration() > settled);
    QTest::qWait(600);
    QVERIFY2(editor.previewGeneration() - settled <= 3,
             qPrintable(QString::number(editor.previewGeneration() - settled)));
    QVERIFY(editor.previewImage() != before);
    QCOMPARE(test::decodeQr(editor.previewImage()), test::typicalProfile().noticeUrl);
    // For a person to look at: CONSENTRY_SCREENSHOT_DIR=/tmp/x ctest -R signageeditor
    if (qEnvironmentVariableIsSet("CONSENTRY_SCREENSHOT_DIR"))
        editor.grab().save(qEnvironmentVariable("CONSENTRY_SCREENSHOT_DIR") + QStringLiteral("/signage-editor.png"));
}

void TestSignageEditor::layoutPickerChoosesPaper()
{
    SignageEditor editor(test::typicalProfile());
    QComboBox *layout = child<QComboBox>(editor, "layoutCombo");
    layout->setCurrentIndex(layout->findData(QStringLiteral("label-a6")));
    QCOMPARE(editor.spec().layout, SignLayout::LabelA6);
    QCOMPARE(editor.spec().paper, PaperSize::A6);
    QComboBox *paper = child<QComboBox>(editor, "paperCombo");
    paper->setCurrentIndex(paper->findData(QStringLiteral("A4")));
    QCOMPARE(editor.spec().paper, PaperSize::A4); // a label on A4 with cut marks
    QComboBox *language = child<QComboBox>(editor, "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QCOMPARE(editor.spec().language, SignLanguage::English);
}

void TestSignageEditor::exportWritesPdf()
{
    QTemporaryDir dir;
    SignageEditor editor(test::typicalProfile());
    QSignalSpy exported(&editor, &SignageEditor::signageExported);
    child<QLineEdit>(editor, "siteNameEdit")->setText(QStringLiteral("Edited Site Name"));
    const QString path = dir.filePath(QStringLiteral("sign.pdf"));
    const Status status = editor.exportPdf(path);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(test::normalizedForSearch(test::pdfText(path)).contains(QStringLiteral("EditedSiteName")));
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(0).toString(), QStringLiteral("poster-a4"));
    QCOMPARE(exported.at(0).at(1).toString(), QStringLiteral("zh_CN+en"));
    QCOMPARE(exported.at(0).at(2).toString(), path);
}

void TestSignageEditor::printEmitsAuditSignal()
{
    QTemporaryDir dir;
    SignageEditor editor(test::typicalProfile());
    QComboBox *layout = child<QComboBox>(editor, "layoutCombo");
    layout->setCurrentIndex(layout->findData(QStringLiteral("counter-a5")));
    QComboBox *language = child<QComboBox>(editor, "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    QSignalSpy printed(&editor, &SignageEditor::signagePrinted);

    // A real QPrinter, printing to a PDF file instead of a device: the path the Print button takes after
    // its dialog.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    const Status status = editor.printTo(printer);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    QCOMPARE(printed.count(), 1);
    QCOMPARE(printed.at(0).at(0).toString(), QStringLiteral("counter-a5"));
    QCOMPARE(printed.at(0).at(1).toString(), QStringLiteral("zh_CN"));
    QVERIFY(test::pdfPageSize(path).contains(QStringLiteral("(A5)")));
    QVERIFY(test::normalizedForSearch(test::pdfText(path)).contains(QStringLiteral("本区域使用人脸识别")));
}

void TestSignageEditor::buttonsAskThenPrintOrExport()
{
    QTemporaryDir dir;
    SignageEditor editor(test::typicalProfile());
    QSignalSpy exported(&editor, &SignageEditor::signageExported);
    QSignalSpy printed(&editor, &SignageEditor::signagePrinted);
    QTRY_VERIFY(child<QPushButton>(editor, "exportButton")->isEnabled());
    test::PromptAnswers answers;

    // Export PDF…: the chosen file is written; a cancelled chooser writes nothing.
    const QString pdf = dir.filePath(QStringLiteral("exported.pdf"));
    answers.path(pdf).path(QString());
    QTest::mouseClick(child<QPushButton>(editor, "exportButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(editor, "exportButton"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QCOMPARE(exported.count(), 1);
    QVERIFY(test::normalizedForSearch(test::pdfText(pdf)).contains(QStringLiteral("本区域使用人脸识别")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

    // Print…: the print dialog's printer gets the sign; a cancelled dialog prints nothing.
    const QString printedPdf = dir.filePath(QStringLiteral("printed.pdf"));
    answers
        .dialog([printedPdf](QDialog &dialog) {
            QPrinter *printer = qobject_cast<QPrintDialog *>(&dialog)->printer();
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(printedPdf);
            return int(QDialog::Accepted);
        })
        .dialog([](QDialog &) { return int(QDialog::Rejected); });
    QTest::mouseClick(child<QPushButton>(editor, "printButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(editor, "printButton"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QCOMPARE(printed.count(), 1);
    QVERIFY(test::pdfPageSize(printedPdf).contains(QStringLiteral("(A4)")));
}

void TestSignageEditor::incompleteProfileCannotPrint()
{
    SiteProfile profile = test::typicalProfile();
    profile.operatorName.clear();
    SignageEditor editor(profile);
    QSignalSpy printed(&editor, &SignageEditor::signagePrinted);
    QTRY_VERIFY(editor.previewGeneration() >= 1);
    QVERIFY(
        editor.issues()
            .join(QLatin1Char(' '))
            .contains(QLatin1Char('"') + SiteProfile::fieldName(QStringLiteral("operator_name")) + QLatin1Char('"')));
    QVERIFY(!child<QPushButton>(editor, "printButton")->isEnabled());
    QVERIFY(!child<QPushButton>(editor, "exportButton")->isEnabled());
    // On screen by the form's own name for the field, never its key.
    QVERIFY(
        child<QLabel>(editor, "issuesLabel")->text().contains(SiteProfile::fieldName(QStringLiteral("operator_name"))));
    QVERIFY(!child<QLabel>(editor, "issuesLabel")->text().contains(QStringLiteral("operator_name")));
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    QTemporaryDir dir;
    printer.setOutputFileName(dir.filePath(QStringLiteral("x.pdf")));
    QCOMPARE(editor.printTo(printer).errorKind(), ErrorKind::Data);
    QCOMPARE(printed.count(), 0);

    // Filling it in makes the sign printable again.
    child<QLineEdit>(editor, "operatorEdit")->setText(QStringLiteral("Green Lake Property Co."));
    QTRY_VERIFY(child<QPushButton>(editor, "printButton")->isEnabled());
    QVERIFY(editor.issues().isEmpty());
}

void TestSignageEditor::unsetRetentionIsNotInvented()
{
    // A store made by "consentry-cli init" has no retention period yet. The sign must not promise one the
    // manager never chose (the editor used to show 30 days): the field says "Not set" and nothing prints.
    SiteProfile profile = test::typicalProfile();
    profile.retentionDays = 0;
    SignageEditor editor(profile);
    QTRY_VERIFY(editor.previewGeneration() >= 1);
    auto *retention = child<QSpinBox>(editor, "retentionSpin");
    QCOMPARE(retention->value(), 0);
    QCOMPARE(retention->text(), retention->specialValueText());
    QCOMPARE(editor.profile().retentionDays, 0);
    QVERIFY(!editor.issues().isEmpty());
    QVERIFY(!child<QPushButton>(editor, "printButton")->isEnabled());
    QVERIFY(!child<QPushButton>(editor, "exportButton")->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no.pdf"));
    QVERIFY(!editor.exportPdf(path).ok());
    QVERIFY(!QFileInfo::exists(path));

    // Choosing a period makes the sign printable, and it states that period.
    retention->setValue(60);
    QTRY_VERIFY(child<QPushButton>(editor, "exportButton")->isEnabled());
    QVERIFY2(editor.exportPdf(path).ok(), qPrintable(editor.issues().join(QLatin1Char(' '))));
    QVERIFY(test::normalizedForSearch(test::pdfText(path)).contains(QStringLiteral("60天")));
}

void TestSignageEditor::tooLongTextIsNamed()
{
    SignageEditor editor(test::typicalProfile());
    QComboBox *layout = child<QComboBox>(editor, "layoutCombo");
    layout->setCurrentIndex(layout->findData(QStringLiteral("label-a6")));
    child<QPlainTextEdit>(editor, "purposeEdit")->setPlainText(QString(1500, QLatin1Char('x')));
    QTRY_VERIFY(editor.issues()
                    .join(QLatin1Char(' '))
                    .contains(QLatin1Char('"') + SiteProfile::fieldName(QStringLiteral("purpose")) + QLatin1Char('"')));
    QVERIFY(!child<QPushButton>(editor, "exportButton")->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no.pdf"));
    QCOMPARE(editor.exportPdf(path).errorKind(), ErrorKind::Data);
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(TestSignageEditor)
#include "tst_signageeditor.moc"
