#pragma once

#include "Result.h"
#include "print/Document.h"
#include "print/PrintCanvas.h"

#include <QImage>
#include <QPageLayout>

class QPagedPaintDevice;
class QPainter;

namespace consentry {

// Lays a Document out on the pages of a PrintCanvas (paragraphs continue across page breaks, headings stay
// with what follows, fields and signature boxes are never split, tables repeat their header row) and
// hands it to the canvas's outputs: QPdfWriter in core and the CLI, a QPrinter from the GUI, an image for
// a preview. Needs a QGuiApplication.
class DocumentRenderer
{
public:
    explicit DocumentRenderer(Document document);

    // The document laid out; empty (no pages) without a QGuiApplication.
    const PrintCanvas &canvas() const;
    QPageLayout pageLayout() const;
    int pageCount() const;
    // Sets the device's page layout and paints every page; returns the number of pages.
    Result<int> render(QPagedPaintDevice &device) const;
    // Page `index` (0-based) painted into `target` of an active painter.
    void paintPage(QPainter &painter, int index, const QRectF &target) const;
    QImage renderPageImage(int index, qreal dpi) const;
    // All or nothing (QSaveFile); returns the number of pages.
    Result<int> writePdf(const QString &path) const;
    Result<QByteArray> toPdf() const;

private:
    Document m_document;
    mutable std::optional<PrintCanvas> m_canvas; // laid out on first use
};

} // namespace consentry
