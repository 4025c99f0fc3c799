#pragma once

#include "Result.h"
#include "print/SignageComposer.h"
#include "print/SignageSpec.h"

#include <QImage>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace consentry {

// A compliance sign from a SignageSpec (laid out by SignageComposer on a PrintCanvas), onto whatever needs
// it: a QPdfWriter here and in the CLI, a QPrinter from the GUI, an image for the live preview. The core
// never needs QtPrintSupport or widgets. Needs a QGuiApplication (fonts).
class SignageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SignageRenderer)

public:
    explicit SignageRenderer(SignageSpec spec);

    const SignageSpec &spec() const { return m_spec; }
    // The paper of the spec, full-page mode (the sign keeps its own margins inside).
    QPageLayout pageLayout() const;
    // The sign laid out, and what did not fit; an empty canvas without a QGuiApplication.
    SignageComposition compose() const;

    // Lays the sign out without painting: what would not fit.
    SignageReport check() const;
    // Sets the device's page layout and paints one page. Paints even when text does not fit (clipped to its
    // box, so a preview shows it) and lists that in the report; fails only when the device cannot be used.
    Result<SignageReport> render(QPagedPaintDevice &device) const;
    // Paints the whole paper into `target` of a painter that is already active (any units, aspect kept).
    SignageReport paint(QPainter &painter, const QRectF &target) const;
    // One page as an image at `dpi`, white paper. Safe to call from a worker thread.
    QImage renderImage(qreal dpi, SignageReport *report = nullptr) const;
    // Writes a PDF with embedded fonts, all or nothing (QSaveFile). Refuses with a Data error naming the
    // field when the profile lacks something the sign must show or when a text does not fit.
    Result<SignageReport> writePdf(const QString &path) const;

private:
    SignageSpec m_spec;
};

} // namespace consentry
