#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QRawFont>
#include <QString>
#include <QStringList>

namespace consentry {

// Why this exists: Qt's PDF writer (QFontSubset::createToUnicodeMap, unchanged up to Qt 6.9) writes the
// text layer by asking, for every glyph drawn, which character maps to it, and takes the *lowest* code
// point in the face's character map (cmap). CJK faces draw many ideographs and their radicals with one
// glyph: Noto Sans CJK maps both 人 (U+4EBA) and the Kangxi radical ⼈ (U+2F08) to the same glyph, so a
// page that shows 人 says ⼈ when searched, copied or read aloud. The fix is the font handed to Qt: a copy
// of the installed face whose cmap leaves out those lower code points, registered as an application font
// and placed before the original, which stays behind it for text that really contains a radical. Every
// glyph, metric and shaping table is the original's, so nothing on the page moves.
//
// The copy is written to a file (the per-user cache, else a temporary folder) and added with
// QFontDatabase::addApplicationFont(path): Qt's PDF writer embeds only faces it can name by file, and on
// Windows' DirectWrite font database a face added from memory has no file name.
class TextLayerFont
{
public:
    // The families to draw `family` with, in order: {copy, family} when the face needed a copy, {family}
    // when its cmap is already unambiguous or no copy could be made (then `note` says why). Needs a
    // QGuiApplication; call from the GUI thread.
    static QStringList familiesFor(const QString &family, QString *note = nullptr);

    // The pure parts, public for tests. The character map of a face's cmap table (code point → glyph),
    // from its best Unicode subtable; empty when there is none.
    static QMap<char32_t, quint32> parseCmap(const QByteArray &cmapTable);
    // Code points to leave out of the copy so that each glyph's lowest BMP code point is the character text
    // really contains; empty when the face needs no copy.
    static QList<char32_t> ambiguousCodePoints(const QMap<char32_t, quint32> &map);
    // A cmap table (formats 4 and 12, plus `variationSubtable` as format 14 when not empty) for `map`.
    static QByteArray buildCmap(const QMap<char32_t, quint32> &map, const QByteArray &variationSubtable = {});
    // The format 14 subtable (Unicode variation sequences) of a cmap table, verbatim; empty when none.
    static QByteArray variationSubtable(const QByteArray &cmapTable);
    // `face` as font file bytes with `map` as its character map, named `family`/`style`; every other table
    // (outlines, metrics, shaping) as it is. Empty when the face cannot be copied (variable, no outlines).
    static QByteArray faceCopy(const QRawFont &face, const QMap<char32_t, quint32> &map, const QString &family,
                               const QString &style);

private:
    static QStringList makeFamilies(const QString &family, QString *note);
};

} // namespace consentry
