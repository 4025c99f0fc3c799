#include "print/SignageRenderer.h"

namespace consentry {

SignageRenderer::SignageRenderer(SignageSpec spec)
    : m_spec(std::move(spec))
{
}

QPageLayout SignageRenderer::pageLayout() const
{
    return PrintCanvas(SignageSpec::pageSize(m_spec.paper)).pageLayout();
}

SignageComposition SignageRenderer::compose() const
{
    if (!PrintCanvas::canPaint())
        return { PrintCanvas(SignageSpec::pageSize(m_spec.paper)), SignageReport {} };
    return SignageComposer(m_spec).compose();
}

SignageReport SignageRenderer::check() const
{
    return compose().report;
}

SignageReport SignageRenderer::paint(QPainter &painter, const QRectF &target) const
{
    const SignageComposition sign = compose();
    sign.canvas.paintPage(painter, 0, target);
    return sign.report;
}

Result<SignageReport> SignageRenderer::render(QPagedPaintDevice &device) const
{
    if (!PrintCanvas::canPaint())
        return PrintCanvas::cannotPaintError();
    const SignageComposition sign = compose();
    if (Result<int> pages = sign.canvas.render(device); !pages)
        return pages.error();
    return sign.report;
}

QImage SignageRenderer::renderImage(qreal dpi, SignageReport *report) const
{
    const SignageComposition sign = compose();
    if (report)
        *report = sign.report;
    return sign.canvas.pageImage(0, dpi);
}

Result<SignageReport> SignageRenderer::writePdf(const QString &path) const
{
    if (!PrintCanvas::canPaint())
        return PrintCanvas::cannotPaintError();
    if (const Status valid = m_spec.validate(); !valid.ok())
        return valid.error();
    const SignageComposition sign = compose();
    if (!sign.report.fits())
        return makeError(ErrorKind::Data, sign.report.overflows.constFirst().message);
    if (Result<int> pages = sign.canvas.writePdf(path); !pages)
        return pages.error();
    return sign.report;
}

} // namespace consentry
