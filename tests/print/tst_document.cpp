// The blocks a multi-page A4 report needs (the impact assessment, the filing pack): tables that run over
// pages with their header row repeated and their rows kept whole, a row taller than a page split without
// losing a word, bullets, two levels of headings kept with what follows; all read back from the PDF.

#include "PdfTools.h"
#include "print/DocumentRenderer.h"
#include "print/PrintUnits.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void longTableRepeatsItsHeaderAndKeepsRowsWhole();
    void rowTallerThanAPageIsSplitNotLost();
    void columnWeightsSetWidths();
    void bulletsFlowAndHaveDots();
    void headingsStayWithWhatFollows_data();
    void headingsStayWithWhatFollows();
    void pdfSaysWhatTheCanvasPaints();

private:
    QTemporaryDir m_dir;
};

namespace {

// The page (0-based) whose text items contain `words`, or -1.
int pageOf(const PrintCanvas &canvas, const QString &words)
{
    for (int page = 0; page < canvas.pageCount(); ++page) {
        if (canvas.page(page).text().contains(words))
            return page;
    }
    return -1;
}

DocumentTable registerTable(int rows)
{
    DocumentTable table;
    table.header
        = { QStringLiteral("编号 No."), QStringLiteral("设备位置 Device location"), QStringLiteral("用途 Purpose") };
    for (int i = 1; i <= rows; ++i)
        table.rows << QStringList { QStringLiteral("D-%1").arg(i, 3, 10, QLatin1Char('0')),
                                    QStringLiteral("%1号楼大堂入口 Lobby entrance of building %1").arg(i),
                                    QStringLiteral("住户进出核验 Residents entering and leaving, row %1").arg(i) };
    return table;
}

} // namespace

void TestDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestDocument::longTableRepeatsItsHeaderAndKeepsRowsWhole()
{
    Document doc;
    doc.title = QStringLiteral("设备登记表 Device register");
    doc.language = QStringLiteral("zh_CN+en");
    doc.addParagraph(QStringLiteral("Every camera that recognises faces, where it is and what it is for."));
    const DocumentTable table = registerTable(80);
    doc.addTable(table);
    doc.addParagraph(QStringLiteral("End of the register."));
    const DocumentRenderer renderer(doc);
    const PrintCanvas &canvas = renderer.canvas();
    QVERIFY2(canvas.pageCount() >= 3, qPrintable(QString::number(canvas.pageCount())));
    // Every row: all three cells on one page, rows in order.
    int lastPage = 0;
    for (const QStringList &row : table.rows) {
        const int page = pageOf(canvas, row.at(0));
        QVERIFY2(page >= lastPage, qPrintable(row.at(0)));
        for (const QString &cell : row)
            QCOMPARE(pageOf(canvas, cell), page);
        lastPage = page;
    }
    // The header row on every page the table is on, above its rows.
    for (int page = 0; page <= lastPage; ++page) {
        const QStringList words = canvas.page(page).text();
        for (const QString &title : table.header)
            QVERIFY2(words.contains(title), qPrintable(QStringLiteral("page %1: %2").arg(page).arg(title)));
        QVERIFY(words.indexOf(table.header.constFirst()) < words.indexOf(QRegularExpression(QStringLiteral("D-\\d+"))));
    }
    QCOMPARE(pageOf(canvas, QStringLiteral("End of the register.")), lastPage);
    // Nothing of the body runs into the footer (which starts 24 mm above the paper's edge).
    const qreal footer = canvas.pageRect().bottom() - PrintUnits::fromMm(24);
    for (int page = 0; page < canvas.pageCount(); ++page) {
        for (const PrintItem &item : canvas.page(page).items) {
            if (item.kind != PrintItem::Kind::Text || item.at.y() >= footer)
                continue;
            const int end = item.lineCount < 0 ? item.text.lineCount() : item.firstLine + item.lineCount;
            const qreal bottom = item.at.y() + item.text.heightOfLines(end) - item.text.heightOfLines(item.firstLine);
            QVERIFY2(bottom <= footer,
                     qPrintable(QStringLiteral("page %1: %2 ends at %3 of %4")
                                    .arg(page)
                                    .arg(item.text.text(item.firstLine, item.lineCount))
                                    .arg(bottom)
                                    .arg(canvas.pageRect().bottom())));
        }
    }
}

void TestDocument::rowTallerThanAPageIsSplitNotLost()
{
    QStringList sentences;
    for (int i = 1; i <= 160; ++i)
        sentences << QStringLiteral("Sentence %1 of a very long finding.").arg(i);
    DocumentTable table;
    table.header = { QStringLiteral("Risk"), QStringLiteral("Finding") };
    table.rows << QStringList { QStringLiteral("R1"), sentences.join(QLatin1Char(' ')) };
    table.rows << QStringList { QStringLiteral("R2"), QStringLiteral("Short.") };
    table.columnWeights = { 1, 4 };
    Document doc;
    doc.language = QStringLiteral("en");
    doc.addTable(table);
    const DocumentRenderer renderer(doc);
    const PrintCanvas &canvas = renderer.canvas();
    QVERIFY(canvas.pageCount() >= 2);
    QString all;
    for (int page = 0; page < canvas.pageCount(); ++page) {
        const QStringList words = canvas.page(page).text();
        QVERIFY(words.contains(QStringLiteral("Finding"))); // the header again on each page
        for (const QString &w : words) {
            static const QStringList others { QStringLiteral("Risk"), QStringLiteral("Finding"), QStringLiteral("R1"),
                                              QStringLiteral("R2"), QStringLiteral("Short.") };
            if (!others.contains(w) && !w.startsWith(QLatin1String("Page ")))
                all += w + QLatin1Char(' ');
        }
    }
    QCOMPARE(test::normalizedForSearch(all), test::normalizedForSearch(sentences.join(QString())));
    QCOMPARE(pageOf(canvas, QStringLiteral("Short.")), canvas.pageCount() - 1);
}

void TestDocument::columnWeightsSetWidths()
{
    DocumentTable table;
    table.header = { QStringLiteral("A"), QStringLiteral("B") };
    table.rows << QStringList { QStringLiteral("x"), QStringLiteral("y") };
    table.columnWeights = { 1, 3 };
    Document doc;
    doc.addTable(table);
    const PrintCanvas canvas = DocumentRenderer(doc).canvas();
    qreal xA = -1;
    qreal xB = -1;
    for (const PrintItem &item : canvas.page(0).items) {
        if (item.kind == PrintItem::Kind::Text && item.text.text() == QLatin1String("A"))
            xA = item.at.x();
        if (item.kind == PrintItem::Kind::Text && item.text.text() == QLatin1String("B"))
            xB = item.at.x();
    }
    // A4 is 210 mm wide with 20 mm margins: 170 mm, of which the first column takes a quarter.
    QVERIFY(xA > 0 && xB > 0);
    QVERIFY2(std::abs((xB - xA) - PrintUnits::fromMm(170.0 / 4)) < 1, qPrintable(QString::number(xB - xA)));
}

void TestDocument::bulletsFlowAndHaveDots()
{
    Document doc;
    doc.language = QStringLiteral("en");
    for (int i = 1; i <= 120; ++i)
        doc.addBullet(QStringLiteral("Measure %1: the data stays on this computer and is encrypted.").arg(i));
    const PrintCanvas canvas = DocumentRenderer(doc).canvas();
    QVERIFY(canvas.pageCount() >= 2);
    int texts = 0;
    int dots = 0;
    for (int page = 0; page < canvas.pageCount(); ++page) {
        for (const PrintItem &item : canvas.page(page).items) {
            if (item.kind == PrintItem::Kind::Path)
                ++dots;
            if (item.kind == PrintItem::Kind::Text && item.text.text().startsWith(QLatin1String("Measure")))
                ++texts;
        }
    }
    QCOMPARE(dots, 120);
    QVERIFY(texts >= 120); // one a bullet, or two where a bullet runs over a page break
}

void TestDocument::headingsStayWithWhatFollows_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("table");
    QTest::newRow("section") << 1 << false;
    QTest::newRow("subsection") << 2 << false;
    QTest::newRow("section before a table") << 1 << true;
    QTest::newRow("subsection before a table") << 2 << true;
}

void TestDocument::headingsStayWithWhatFollows()
{
    QFETCH(int, level);
    QFETCH(bool, table);
    // Fill the page to just above its foot, then a heading: it goes to the next page with what follows
    // (a paragraph, or a table's header and first row).
    DocumentTable devices;
    devices.header = { QStringLiteral("Device"), QStringLiteral("Location") };
    devices.rows = { { QStringLiteral("D-01"), QStringLiteral("What the heading is about.") } };
    for (int filler = 30; filler <= 60; ++filler) {
        Document doc;
        doc.language = QStringLiteral("en");
        for (int i = 0; i < filler; ++i)
            doc.addParagraph(QStringLiteral("Line %1.").arg(i));
        doc.addHeading(QStringLiteral("The heading"), level);
        if (table)
            doc.addTable(devices);
        else
            doc.addParagraph(QStringLiteral("What the heading is about."));
        const PrintCanvas canvas = DocumentRenderer(doc).canvas();
        QCOMPARE(pageOf(canvas, QStringLiteral("The heading")),
                 pageOf(canvas, QStringLiteral("What the heading is about.")));
    }
}

void TestDocument::pdfSaysWhatTheCanvasPaints()
{
    Document doc;
    doc.title = QStringLiteral("人脸识别影响评估报告 Impact assessment");
    doc.header = QStringLiteral("翠湖花园小区");
    doc.footer = QStringLiteral("Kept for three years");
    doc.language = QStringLiteral("zh_CN");
    doc.addHeading(QStringLiteral("一、处理目的"));
    doc.addHeading(QStringLiteral("1.1 必要性"), 2);
    doc.addParagraph(QStringLiteral("仅用于住户进出小区大门时核验身份，不用于其他目的。"));
    doc.addBullet(QStringLiteral("人脸信息仅保存在本设备。"));
    doc.addBullet(QStringLiteral("拒绝者可使用门禁卡。"));
    doc.addTable(registerTable(40));
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const DocumentRenderer renderer(doc);
    const Result<int> pages = renderer.writePdf(pdf);
    QVERIFY2(pages.ok(), qPrintable(pages.errorMessage()));
    const QStringList texts = test::pdfText(pdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(texts.size(), renderer.canvas().pageCount());
    for (int page = 0; page < texts.size(); ++page) {
        const QString painted = test::normalizedForSearch(renderer.canvas().page(page).text().join(QString()));
        const QString read = test::normalizedForSearch(texts.at(page));
        // -layout reorders columns; compare as multisets of characters, then the exact order with -raw below.
        QString a = painted;
        QString b = read;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        QCOMPARE(b, a);
    }
    const test::ToolResult raw = test::runTool(
        QStringLiteral("pdftotext"),
        { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    const QStringList rawPages = raw.out.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(rawPages.size(), renderer.canvas().pageCount());
    for (int page = 0; page < rawPages.size(); ++page)
        QCOMPARE(test::normalizedForSearch(rawPages.at(page)),
                 test::normalizedForSearch(renderer.canvas().page(page).text().join(QString())));
}

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
