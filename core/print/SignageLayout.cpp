#include "print/SignageLayout.h"

#include "print/PrintUnits.h"

namespace consentry {

SignageMetrics SignageMetrics::forLayout(SignLayout layout)
{
    SignageMetrics m;
    switch (layout) {
    case SignLayout::PosterA4:
        // Read from two metres: the headline's strokes are 3-4 mm high, the body is for the person who
        // steps closer.
        m.nominalMm = QSizeF(210, 297);
        m.marginMm = 12;
        m.iconMm = 30;
        m.headlinePt = 46;
        m.headlineZhPt = 46;
        m.headlineEnPt = 26;
        m.siteNamePt = 22;
        m.labelPt = 16;
        m.bodyPt = 16;
        m.minBodyPt = 10;
        m.qrMm = 44;
        m.captionPt = 15;
        m.urlPt = 11;
        m.footnotePt = 8;
        m.logoMaxHeightMm = 22;
        break;
    case SignLayout::CounterA5:
        m.nominalMm = QSizeF(148, 210);
        m.marginMm = 10;
        m.iconMm = 21;
        m.headlinePt = 32;
        m.headlineZhPt = 32;
        m.headlineEnPt = 18;
        m.siteNamePt = 16;
        m.labelPt = 11.5;
        m.bodyPt = 11.5;
        m.minBodyPt = 7.5;
        m.qrMm = 32;
        m.captionPt = 11;
        m.urlPt = 8;
        m.footnotePt = 6;
        m.logoMaxHeightMm = 16;
        break;
    case SignLayout::LabelA6:
        // Read at arm's length beside the device: compact header, small QR code, every element still there.
        m.nominalMm = QSizeF(105, 148);
        m.marginMm = 7;
        m.iconMm = 11;
        m.headlinePt = 18;
        m.headlineZhPt = 18;
        m.headlineEnPt = 10.5;
        m.siteNamePt = 10;
        m.labelPt = 8;
        m.bodyPt = 8;
        m.minBodyPt = 6;
        m.qrMm = 20;
        m.captionPt = 7.5;
        m.urlPt = 6;
        m.footnotePt = 4.5;
        m.logoMaxHeightMm = 10;
        break;
    }
    return m;
}

SignageMetrics SignageMetrics::scaled(qreal factor) const
{
    SignageMetrics m = *this;
    m.iconMm *= factor;
    m.headlinePt *= factor;
    m.headlineZhPt *= factor;
    m.headlineEnPt *= factor;
    m.siteNamePt = std::max(minBodyPt, siteNamePt * factor);
    m.labelPt = std::max(minBodyPt, labelPt * factor);
    m.bodyPt = std::max(minBodyPt, bodyPt * factor);
    m.qrMm = std::max(20.0, qrMm * factor);
    m.captionPt = std::max(minBodyPt * 0.9, captionPt * factor);
    m.urlPt = std::max(5.0, urlPt * factor);
    m.footnotePt = std::max(4.5, footnotePt * factor);
    m.logoMaxHeightMm *= factor;
    return m;
}

SignageFrame SignageFrame::compute(const SignageSpec &spec)
{
    using namespace PrintUnits;
    const SignageMetrics metrics = SignageMetrics::forLayout(spec.layout);
    const QSizeF paperMm = SignageSpec::pageSize(spec.paper).size(QPageSize::Millimeter);
    SignageFrame frame;
    frame.page = QRectF(0, 0, fromMm(paperMm.width()), fromMm(paperMm.height()));
    const QSizeF nominal(fromMm(metrics.nominalMm.width()), fromMm(metrics.nominalMm.height()));
    const qreal areaRatio = (frame.page.width() * frame.page.height()) / (nominal.width() * nominal.height());
    if (areaRatio >= 1.5) {
        // A small sign on big paper (an A6 label on A4): its own size, centred, with marks to cut along.
        frame.sign = QRectF(QPointF(0, 0), nominal);
        frame.sign.moveCenter(frame.page.center());
        frame.cutMarks = true;
        frame.scale = 1;
        frame.content = frame.sign.adjusted(fromMm(metrics.marginMm), fromMm(metrics.marginMm),
                                            -fromMm(metrics.marginMm), -fromMm(metrics.marginMm));
    } else {
        frame.sign = frame.page;
        frame.scale = std::min(frame.page.width() / nominal.width(), frame.page.height() / nominal.height());
        // The margin is about the printer, so it does not shrink with the sign.
        const qreal margin = fromMm(std::max(6.0, metrics.marginMm * std::min(1.0, frame.scale)));
        frame.content = frame.sign.adjusted(margin, margin, -margin, -margin);
    }
    return frame;
}

} // namespace consentry
