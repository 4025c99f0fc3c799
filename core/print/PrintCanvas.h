#pragma once

#include "Result.h"
#include "print/TextBlock.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace consentry {

// One thing painted on a page. Positions are in decipoints (PrintUnits) from the paper's top-left corner.
struct PrintItem {
    enum class Kind {
        Text, // lines [firstLine, firstLine + lineCount) of `text`, the first at `at`
        Fill, // `rect` filled with `color`, corners rounded by `radius`
        Frame, // the outline of `rect`, `penWidth` wide
        Line, // from rect.topLeft() to rect.bottomRight(), `penWidth` wide
        Path, // `path` filled with `color`, or stroked with round ends when `penWidth` > 0
        Image, // `image` scaled into `rect`
    };
    Kind kind = Kind::Text;
    TextBlock text;
    int firstLine = 0;
    int lineCount = -1; // -1: to the last line
    QPointF at;
    QRectF rect;
    qreal radius = 0;
    QPainterPath path;
    QColor color = Qt::black;
    qreal penWidth = 0;
    bool antialias = true; // off for shapes that must stay crisp, such as a QR code's modules
    QImage image;
    std::optional<QRectF> clip; // painted only inside
};

// One page's items, painted in order.
struct PrintPage {
    QList<PrintItem> items;

    PrintItem &addText(const TextBlock &text, const QPointF &at, const QColor &color, int firstLine = 0,
                       int lineCount = -1);
    PrintItem &addFill(const QRectF &rect, const QColor &color, qreal radius = 0);
    PrintItem &addFrame(const QRectF &rect, const QColor &color, qreal penWidth);
    PrintItem &addLine(const QPointF &from, const QPointF &to, const QColor &color, qreal penWidth);
    PrintItem &addPath(const QPainterPath &path, const QColor &color, qreal penWidth = 0);
    PrintItem &addImage(const QRectF &rect, const QImage &image);
    // The words of the page in painting order, one entry per text item (the lines it paints).
    QStringList text() const;

private:
    PrintItem &addShape(PrintItem::Kind kind, const QRectF &rect, const QColor &color, qreal penWidth, qreal radius);
};

// The one print canvas: pages of items laid out once, then painted on whatever needs them — a screen
// preview (pageImage, paintPage), a PDF (writePdf, toPdf), a printer (render) or a PNG. Signs, consent
// forms and copies, receipts, access packages and reports are all built as a PrintCanvas, so they share
// fonts, colours and one way to each output. Painting needs a QGuiApplication; pageImage is safe on a
// worker thread once the fonts were picked on the GUI thread (PrintFonts::instance()).
class PrintCanvas
{
    Q_DECLARE_TR_FUNCTIONS(PrintCanvas)

public:
    explicit PrintCanvas(const QPageSize &pageSize = QPageSize(QPageSize::A4));

    QPageSize pageSize() const { return m_pageSize; }
    QRectF pageRect() const { return m_pageRect; } // decipoints
    // Portrait, no margins, full page: every item is placed on the paper itself.
    QPageLayout pageLayout() const;

    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    PrintPage &addPage();
    PrintPage &page(int index) { return m_pages[index]; }
    const PrintPage &page(int index) const { return m_pages.at(index); }
    PrintPage &lastPage() { return m_pages.last(); }

    // Page `index` (0-based) scaled into `target` of an active painter (any units, aspect kept).
    void paintPage(QPainter &painter, int index, const QRectF &target) const;
    // Sets the device's page layout and paints every page; returns the number of pages.
    Result<int> render(QPagedPaintDevice &device) const;
    // Page `index` as an image at `dpi`, white paper; null when there is no such page.
    QImage pageImage(int index, qreal dpi) const;
    // The PDF (fonts embedded as subsets) in memory.
    Result<QByteArray> toPdf() const;
    // The PDF written to `path`, all or nothing (QSaveFile); returns the number of pages.
    Result<int> writePdf(const QString &path) const;

    static bool canPaint(); // a QGuiApplication exists (fonts need one)
    static Error cannotPaintError();

private:
    Result<int> renderPdf(QIODevice &device) const;

    QPageSize m_pageSize;
    QRectF m_pageRect;
    QString m_title;
    QList<PrintPage> m_pages;
};

} // namespace consentry
