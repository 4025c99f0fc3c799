#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QString>
#include <QStringList>

namespace consentry {

// The typefaces of printed signs and forms, picked once from what is installed. Latin text and digits
// come from a Latin face and Chinese from a CJK face (Noto Sans CJK SC from fonts-noto-cjk where present):
// Qt's PDF writer maps a CJK face's own Latin digits to the wrong text, so copying "30" out of the PDF
// would fail, while a Latin face first and the CJK face as fallback extracts cleanly.
class SignageFonts
{
    Q_DECLARE_TR_FUNCTIONS(SignageFonts)

public:
    // Needs a QGuiApplication (the font database lives in QtGui).
    static const SignageFonts &instance();

    QString latinFamily() const { return m_latin; }
    QString cjkFamily() const { return m_cjk; }
    bool hasCjk() const { return m_hasCjk; }
    // Empty when a Chinese-capable font was found; otherwise one sentence saying what to install.
    QString warning() const { return m_warning; }

    // A font of `points` size for a painter working in decipoints (see SignageUnits): pixel size in
    // tenths of a point, no hinting, so layout is the same on paper, in PDF and in a preview image.
    QFont font(qreal points, bool bold = false) const;

private:
    SignageFonts();
    QString m_latin;
    QString m_cjk;
    bool m_hasCjk = false;
    QString m_warning;
    QStringList m_families; // what font() draws with: the Latin face, then the CJK face, each as TextLayerFont gives it
};

// Every sign and form is laid out in decipoints (1/720 inch) so fonts can have fractional point sizes
// while QFont keeps an integer pixel size.
namespace SignageUnits {
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
} // namespace SignageUnits

} // namespace consentry
