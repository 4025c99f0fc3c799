#include "print/PrintCanvas.h"

#include "platform/Application.h"
#include "print/PrintUnits.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace consentry {

namespace {

void paintItem(QPainter &painter, const PrintItem &item)
{
    painter.save();
    if (item.clip)
        painter.setClipRect(*item.clip, Qt::IntersectClip);
    if (!item.antialias)
        painter.setRenderHint(QPainter::Antialiasing, false);
    switch (item.kind) {
    case PrintItem::Kind::Text: item.text.draw(painter, item.at, item.color, item.firstLine, item.lineCount); break;
    case PrintItem::Kind::Fill:
        painter.setPen(Qt::NoPen);
        painter.setBrush(item.color);
        painter.drawRoundedRect(item.rect, item.radius, item.radius);
        break;
    case PrintItem::Kind::Frame:
        painter.setPen(QPen(item.color, item.penWidth));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(item.rect);
        break;
    case PrintItem::Kind::Line:
        painter.setPen(QPen(item.color, item.penWidth));
        painter.drawLine(item.rect.topLeft(), item.rect.bottomRight());
        break;
    case PrintItem::Kind::Path:
        if (item.penWidth > 0) {
            painter.setPen(QPen(item.color, item.penWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(item.color);
        }
        painter.drawPath(item.path);
        break;
    case PrintItem::Kind::Image:
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(item.rect, item.image);
        break;
    }
    painter.restore();
}

} // namespace

PrintItem &PrintPage::addText(const TextBlock &text, const QPointF &at, const QColor &color, int firstLine,
                              int lineCount)
{
    PrintItem item;
    item.kind = PrintItem::Kind::Text;
    item.text = text;
    item.at = at;
    item.color = color;
    item.firstLine = firstLine;
    item.lineCount = lineCount;
    items << item;
    return items.last();
}

PrintItem &PrintPage::addShape(PrintItem::Kind kind, const QRectF &rect, const QColor &color, qreal penWidth,
                               qreal radius)
{
    PrintItem item;
    item.kind = kind;
    item.rect = rect;
    item.color = color;
    item.penWidth = penWidth;
    item.radius = radius;
    items << item;
    return items.last();
}

PrintItem &PrintPage::addFill(const QRectF &rect, const QColor &color, qreal radius)
{
    return addShape(PrintItem::Kind::Fill, rect, color, 0, radius);
}

PrintItem &PrintPage::addFrame(const QRectF &rect, const QColor &color, qreal penWidth)
{
    return addShape(PrintItem::Kind::Frame, rect, color, penWidth, 0);
}

PrintItem &PrintPage::addLine(const QPointF &from, const QPointF &to, const QColor &color, qreal penWidth)
{
    return addShape(PrintItem::Kind::Line, QRectF(from, to), color, penWidth, 0);
}

PrintItem &PrintPage::addPath(const QPainterPath &path, const QColor &color, qreal penWidth)
{
    PrintItem item;
    item.kind = PrintItem::Kind::Path;
    item.path = path;
    item.color = color;
    item.penWidth = penWidth;
    items << item;
    return items.last();
}

PrintItem &PrintPage::addImage(const QRectF &rect, const QImage &image)
{
    PrintItem item;
    item.kind = PrintItem::Kind::Image;
    item.rect = rect;
    item.image = image;
    items << item;
    return items.last();
}

QStringList PrintPage::text() const
{
    QStringList words;
    for (const PrintItem &item : items) {
        if (item.kind == PrintItem::Kind::Text)
            words << item.text.text(item.firstLine, item.lineCount);
    }
    return words;
}

PrintCanvas::PrintCanvas(const QPageSize &pageSize)
    : m_pageSize(pageSize)
{
    const QSizeF mm = pageSize.size(QPageSize::Millimeter);
    m_pageRect = QRectF(0, 0, PrintUnits::fromMm(mm.width()), PrintUnits::fromMm(mm.height()));
}

QPageLayout PrintCanvas::pageLayout() const
{
    QPageLayout layout(m_pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

PrintPage &PrintCanvas::addPage()
{
    m_pages.append(PrintPage());
    return m_pages.last();
}

void PrintCanvas::paintPage(QPainter &painter, int index, const QRectF &target) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    const qreal scale = std::min(target.width() / m_pageRect.width(), target.height() / m_pageRect.height());
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (const PrintItem &item : m_pages.at(index).items)
        paintItem(painter, item);
    painter.restore();
}

bool PrintCanvas::canPaint()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

Error PrintCanvas::cannotPaintError()
{
    return makeError(ErrorKind::Internal,
                     tr("Only a program that has loaded its fonts can draw pages; this is a bug, please report it."));
}

Result<int> PrintCanvas::render(QPagedPaintDevice &device) const
{
    if (!canPaint())
        return cannotPaintError();
    device.setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorKind::IO,
                         tr("The printer or file could not be opened for drawing; check that it "
                            "is available and try again."));
    const QRectF target(0, 0, device.width(), device.height());
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return makeError(ErrorKind::IO, tr("A new page could not be started on the printer or in the file."));
        }
        paintPage(painter, i, target);
    }
    if (!painter.end())
        return makeError(ErrorKind::IO,
                         tr("The pages could not be finished on the printer or in the file; check the printer "
                            "or the disk and try again."));
    return pageCount();
}

QImage PrintCanvas::pageImage(int index, qreal dpi) const
{
    if (!canPaint() || index < 0 || index >= m_pages.size())
        return QImage();
    const QSizeF mm = m_pageSize.size(QPageSize::Millimeter);
    const QSize pixels(static_cast<int>(std::lround(mm.width() / 25.4 * dpi)),
                       static_cast<int>(std::lround(mm.height() / 25.4 * dpi)));
    QImage image(pixels, QImage::Format_RGB32);
    image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(painter, index, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    return image;
}

Result<int> PrintCanvas::renderPdf(QIODevice &device) const
{
    QPdfWriter writer(&device);
    writer.setResolution(static_cast<int>(PrintUnits::kPerInch));
    writer.setCreator(Application::versionLine());
    writer.setTitle(m_title);
    return render(writer);
}

Result<QByteArray> PrintCanvas::toPdf() const
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    if (Result<int> pages = renderPdf(buffer); !pages)
        return pages.error();
    buffer.close();
    return pdf;
}

Result<int> PrintCanvas::writePdf(const QString &path) const
{
    if (!canPaint())
        return cannotPaintError();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::IO,
                         tr("Cannot write \"%1\": %2. Choose another file or folder.").arg(path, file.errorString()));
    Result<int> pages = renderPdf(file);
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit())
        return makeError(ErrorKind::IO,
                         tr("Cannot write \"%1\": %2. Choose another file or folder.").arg(path, file.errorString()));
    return pages;
}

} // namespace consentry
