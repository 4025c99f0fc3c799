#pragma once

#include "Result.h"
#include "signage/Document.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPageLayout>

class QPagedPaintDevice;
class QPainter;

namespace consentry {

// Lays a Document out on pages (paragraphs continue across page breaks, headings stay with what
// follows, fields and signature boxes are never split) and paints it with the signs' fonts onto any
// paged device: QPdfWriter in core and the CLI, a QPrinter from the GUI. Needs a QGuiApplication.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    explicit DocumentRenderer(Document document);

    QPageLayout pageLayout() const;
    int pageCount() const;
    // Sets the device's page layout and paints every page; returns the number of pages.
    Result<int> render(QPagedPaintDevice &device) const;
    // Page `index` (0-based) painted into `target` of an active painter.
    void paintPage(QPainter &painter, int index, const QRectF &target) const;
    QImage renderPageImage(int index, qreal dpi) const;
    // All or nothing (QSaveFile); returns the number of pages.
    Result<int> writePdf(const QString &path) const;

private:
    Document m_document;
};

} // namespace consentry
