#pragma once

#include "print/SignageSpec.h"

#include <QRectF>
#include <QSizeF>

namespace consentry {

// The measurements of each sign: type sizes, the smallest size still legible where the sign hangs, the
// QR code's size and the margins an office printer keeps. Sizes in points, lengths in millimetres, at
// the sign's own paper size (scaled when it is printed on other paper).
struct SignageMetrics {
    QSizeF nominalMm; // the sign's own paper
    qreal marginMm = 10; // office printers keep 4-6 mm unprinted; 10 mm leaves room for all of them
    qreal iconMm = 20; // the facial-recognition pictogram beside the headline
    qreal headlinePt = 30; // headline of a one-language sign
    qreal headlineZhPt = 28; // bilingual: the Chinese headline…
    qreal headlineEnPt = 18; // …and the English one under it
    qreal siteNamePt = 16;
    qreal labelPt = 12; // section labels
    qreal bodyPt = 12; // body text at its preferred size; shrunk to fit, never below minBodyPt
    qreal minBodyPt = 8; // the smallest size legible at the distance this sign is read from
    qreal qrMm = 30;
    qreal captionPt = 10;
    qreal urlPt = 8;
    qreal footnotePt = 6.5;
    qreal logoMaxHeightMm = 14;

    static SignageMetrics forLayout(SignLayout layout);
    // Every preferred size times `factor`; minimum sizes stay, they are about eyes, not paper.
    SignageMetrics scaled(qreal factor) const;
};

// Where the sign sits on the paper: the whole page, or its own size with cut marks on larger paper.
struct SignageFrame {
    QRectF page; // the paper, in decipoints, origin at its top-left corner
    QRectF sign; // the sign's outline on the paper
    QRectF content; // inside the sign's margins
    qreal scale = 1; // sign size relative to its own paper size
    bool cutMarks = false;

    static SignageFrame compute(const SignageSpec &spec);
};

} // namespace consentry
