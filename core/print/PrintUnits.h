#pragma once

#include <QtGlobal>

namespace consentry {

// Every page is laid out in decipoints (1/720 inch) so fonts can have fractional point sizes while QFont
// keeps an integer pixel size.
namespace PrintUnits {
constexpr qreal kPerPoint = 10.0;
constexpr qreal kPerInch = 720.0;
constexpr qreal fromMm(qreal mm)
{
    return mm / 25.4 * kPerInch;
}
constexpr qreal fromPt(qreal pt)
{
    return pt * kPerPoint;
}
} // namespace PrintUnits

} // namespace consentry
