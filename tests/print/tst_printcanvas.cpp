// PrintCanvas: one display list, four outputs (preview image, printer/paged device, PDF file, PDF bytes),
// each showing the same items in the same places.

#include "PdfTools.h"
#include "print/PrintCanvas.h"
#include "print/PrintFonts.h"
#include "print/PrintUnits.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::PrintUnits;

class TestPrintCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageImageShowsEveryKindOfItem();
    void clipKeepsTextInItsBox();
    void textIsInPaintingOrder();
    void pdfHasEveryPageAndItsWords();
    void bytesAndFileAreTheSamePdf();
    void unwritableFileLeavesNothing();
    void badPageIndexPaintsNothing();

private:
    PrintCanvas sample() const;
    QTemporaryDir m_dir;
};

namespace {

const QColor kRed(200, 30, 30);
const QColor kBlue(30, 30, 200);

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) < 40 && std::abs(a.green() - b.green()) < 40
        && std::abs(a.blue() - b.blue()) < 40;
}

// Pixel of the point (`mmX`, `mmY`) of a page image made at `dpi`.
QColor at(const QImage &image, qreal mmX, qreal mmY, qreal dpi)
{
    return image.pixelColor(qRound(mmX / 25.4 * dpi), qRound(mmY / 25.4 * dpi));
}

} // namespace

void TestPrintCanvas::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

// Two A5 pages: a red block, a blue frame, a line, a filled path and an image on the first; words on both.
PrintCanvas TestPrintCanvas::sample() const
{
    PrintCanvas canvas(QPageSize(QPageSize::A5));
    canvas.setTitle(QStringLiteral("Canvas test"));
    PrintPage &first = canvas.addPage();
    first.addFill(QRectF(fromMm(10), fromMm(10), fromMm(40), fromMm(20)), kRed);
    first.addFrame(QRectF(fromMm(60), fromMm(10), fromMm(40), fromMm(20)), kBlue, fromPt(2));
    first.addLine(QPointF(fromMm(10), fromMm(50)), QPointF(fromMm(130), fromMm(50)), Qt::black, fromPt(2));
    QPainterPath circle;
    circle.addEllipse(QPointF(fromMm(30), fromMm(80)), fromMm(10), fromMm(10));
    first.addPath(circle, kBlue);
    QImage image(20, 20, QImage::Format_RGB32);
    image.fill(kRed);
    first.addImage(QRectF(fromMm(60), fromMm(70), fromMm(20), fromMm(20)), image);
    const QFont font = PrintFonts::instance().font(14);
    first.addText(TextBlock(QStringLiteral("第一页 First page"), font, fromMm(120)), QPointF(fromMm(10), fromMm(120)),
                  Qt::black);
    canvas.addPage().addText(TextBlock(QStringLiteral("第二页 Second page"), font, fromMm(120)),
                             QPointF(fromMm(10), fromMm(20)), Qt::black);
    return canvas;
}

void TestPrintCanvas::pageImageShowsEveryKindOfItem()
{
    const PrintCanvas canvas = sample();
    const qreal dpi = 100;
    const QImage page = canvas.pageImage(0, dpi);
    QCOMPARE(page.size(), QSize(qRound(148 / 25.4 * dpi), qRound(210 / 25.4 * dpi)));
    QVERIFY(near(at(page, 30, 20, dpi), kRed)); // inside the fill
    QVERIFY(near(at(page, 60, 20, dpi), kBlue)); // on the frame's left side
    QVERIFY(near(at(page, 80, 20, dpi), Qt::white)); // inside the frame: only an outline
    QVERIFY(near(at(page, 70, 50, dpi), Qt::black)); // on the line
    QVERIFY(near(at(page, 30, 80, dpi), kBlue)); // the circle's centre
    QVERIFY(near(at(page, 21.5, 71.5, dpi), Qt::white)); // outside the circle, inside its bounding box
    QVERIFY(near(at(page, 70, 80, dpi), kRed)); // the image
    QVERIFY(near(at(page, 140, 200, dpi), Qt::white)); // white paper
}

void TestPrintCanvas::clipKeepsTextInItsBox()
{
    PrintCanvas canvas(QPageSize(QPageSize::A6));
    PrintItem &item = canvas.addPage().addFill(QRectF(0, 0, fromMm(105), fromMm(148)), Qt::black);
    item.clip = QRectF(0, 0, fromMm(50), fromMm(148));
    const QImage page = canvas.pageImage(0, 72);
    QVERIFY(near(at(page, 25, 70, 72), Qt::black));
    QVERIFY(near(at(page, 75, 70, 72), Qt::white));
}

void TestPrintCanvas::textIsInPaintingOrder()
{
    PrintCanvas canvas = sample();
    QCOMPARE(canvas.pageCount(), 2);
    QCOMPARE(canvas.page(0).text(), QStringList { QStringLiteral("第一页 First page") });
    QCOMPARE(canvas.page(1).text(), QStringList { QStringLiteral("第二页 Second page") });
    // A text item that paints some lines of its block says only those.
    const TextBlock block(QStringLiteral("one two three four five six seven eight nine ten"),
                          PrintFonts::instance().font(12), fromMm(25));
    QVERIFY(block.lineCount() >= 3);
    PrintPage page;
    page.addText(block, QPointF(), Qt::black, 1, 1);
    QCOMPARE(page.text(), QStringList { block.text(1, 1) });
    QVERIFY(!block.text(0, 1).isEmpty());
    QCOMPARE(block.text(0, 1) + block.text(1, -1), block.text());
}

void TestPrintCanvas::pdfHasEveryPageAndItsWords()
{
    const PrintCanvas canvas = sample();
    const QString path = m_dir.filePath(QStringLiteral("canvas.pdf"));
    const Result<int> pages = canvas.writePdf(path);
    QVERIFY2(pages.ok(), qPrintable(pages.errorMessage()));
    QCOMPARE(pages.value(), 2);
    QVERIFY2(test::pdfPageSize(path).endsWith(QLatin1String("(A5)")), qPrintable(test::pdfPageSize(path)));
    const QStringList texts = test::pdfText(path).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(texts.size(), 2);
    QCOMPARE(test::normalizedForSearch(texts.at(0)), QStringLiteral("第一页Firstpage"));
    QCOMPARE(test::normalizedForSearch(texts.at(1)), QStringLiteral("第二页Secondpage"));
    // The PDF shows what the preview shows.
    const QImage fromPdf = test::pdfPageImage(path, 100);
    QVERIFY(near(at(fromPdf, 30, 20, 100), kRed));
    QVERIFY(near(at(fromPdf, 30, 80, 100), kBlue));
    QVERIFY(near(at(fromPdf, 80, 20, 100), Qt::white));
}

void TestPrintCanvas::bytesAndFileAreTheSamePdf()
{
    const PrintCanvas canvas = sample();
    const Result<QByteArray> bytes = canvas.toPdf();
    QVERIFY2(bytes.ok(), qPrintable(bytes.errorMessage()));
    QVERIFY(bytes->startsWith("%PDF-"));
    const QString path = m_dir.filePath(QStringLiteral("bytes.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes.value());
    file.close();
    QCOMPARE(test::normalizedForSearch(test::pdfText(path)), QStringLiteral("第一页Firstpage第二页Secondpage"));
    // And a paged device of the caller's (a printer in the GUI): the page layout comes from the canvas.
    QFile other(m_dir.filePath(QStringLiteral("device.pdf")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&other);
        const Result<int> pages = canvas.render(writer);
        QVERIFY(pages.ok());
        QCOMPARE(pages.value(), 2);
        QCOMPARE(writer.pageLayout().pageSize().id(), QPageSize::A5);
    }
    other.close();
    QVERIFY(test::pdfPageSize(other.fileName()).endsWith(QLatin1String("(A5)")));
}

void TestPrintCanvas::unwritableFileLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/out.pdf"));
    const Result<int> pages = sample().writePdf(path);
    QVERIFY(!pages.ok());
    QCOMPARE(pages.error().kind, ErrorKind::IO);
    QVERIFY(pages.errorMessage().contains(QStringLiteral("out.pdf")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing-folder"))));
}

void TestPrintCanvas::badPageIndexPaintsNothing()
{
    const PrintCanvas canvas = sample();
    QVERIFY(canvas.pageImage(2, 72).isNull());
    QVERIFY(canvas.pageImage(-1, 72).isNull());
    QImage image(100, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    canvas.paintPage(painter, 5, QRectF(0, 0, 100, 100));
    painter.end();
    QCOMPARE(image.pixelColor(50, 50), QColor(Qt::white));
}

QTEST_MAIN(TestPrintCanvas)
#include "tst_printcanvas.moc"
