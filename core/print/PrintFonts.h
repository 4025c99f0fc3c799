#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QString>
#include <QStringList>

#include "print/PrintUnits.h"

namespace consentry {

// The typefaces of everything printed, picked once from what is installed. Latin text and digits come from
// a Latin face and Chinese from a CJK face (Noto Sans CJK SC from fonts-noto-cjk where present), each
// through TextLayerFont so that a PDF's text layer holds the characters the page shows.
class PrintFonts
{
    Q_DECLARE_TR_FUNCTIONS(PrintFonts)

public:
    // Needs a QGuiApplication (the font database lives in QtGui).
    static const PrintFonts &instance();

    QString latinFamily() const { return m_latin; }
    QString cjkFamily() const { return m_cjk; }
    bool hasCjk() const { return m_hasCjk; }
    // Empty when a Chinese-capable font was found; otherwise one sentence saying what to install.
    QString warning() const { return m_warning; }

    // A font of `points` size for a painter working in decipoints (see PrintUnits): pixel size in
    // tenths of a point, no hinting, so layout is the same on paper, in PDF and in a preview image.
    QFont font(qreal points, bool bold = false) const;

private:
    PrintFonts();
    QString m_latin;
    QString m_cjk;
    bool m_hasCjk = false;
    QString m_warning;
    QStringList m_families; // what font() draws with: Latin face, then CJK face, each as TextLayerFont gives it
};

} // namespace consentry
