// TextLayerFont: the character map of a face, which code points a copy leaves out so each glyph reads back as
// the character text contains, the cmap it writes, and the copy of the installed CJK face itself.

#include "print/TextLayerFont.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainterPath>
#include <QRawFont>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

using namespace consentry;

class TestTextLayerFont : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtCmapReadsBack();
    void format4AloneReadsBack();
    void radicalsGiveWayToIdeographs();
    void ordinaryCharactersStay();
    void installedCjkFaceIsCopied();
    void staleCopiesAreRemoved();
    void trueTypeOutlinesAreCopiedToo();

private:
    QString m_cache;
};

namespace {

QMap<char32_t, quint32> sample()
{
    QMap<char32_t, quint32> map;
    for (char32_t c = 0x20; c < 0x7F; ++c)
        map.insert(c, c - 0x1D); // a run with one delta
    map.insert(0x4EBA, 1234); // 人, glyphs in no particular order
    map.insert(0x4EBB, 77);
    map.insert(0x4EBC, 78);
    map.insert(0x5165, 4000);
    map.insert(0x2F08, 1234); // ⼈ shares 人's glyph
    map.insert(0x20000, 40000); // outside the BMP
    return map;
}

// A cmap with only the format 4 subtable of `cmap` (as older fonts have).
QByteArray onlyFormat4(const QByteArray &cmap)
{
    const quint16 count = qFromBigEndian<quint16>(cmap.constData() + 2);
    for (quint16 i = 0; i < count; ++i) {
        const char *record = cmap.constData() + 4 + i * 8;
        const quint32 offset = qFromBigEndian<quint32>(record + 4);
        if (qFromBigEndian<quint16>(cmap.constData() + offset) != 4)
            continue;
        const quint16 length = qFromBigEndian<quint16>(cmap.constData() + offset + 2);
        QByteArray out(12, '\0');
        qToBigEndian<quint16>(0, out.data());
        qToBigEndian<quint16>(1, out.data() + 2);
        qToBigEndian<quint16>(3, out.data() + 4);
        qToBigEndian<quint16>(1, out.data() + 6);
        qToBigEndian<quint32>(12, out.data() + 8);
        return out + cmap.mid(offset, length);
    }
    return {};
}

} // namespace

void TestTextLayerFont::initTestCase()
{
    // The copies go to the test-mode cache, not the user's; one left there by an old version waits in it.
    QStandardPaths::setTestModeEnabled(true);
    m_cache = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                  .filePath(QStringLiteral("consentry/print-fonts"));
    QVERIFY(QDir().mkpath(m_cache));
    for (const QString &name : { QStringLiteral("stale.otf"), QStringLiteral("recent.ttf") }) {
        QFile file(QDir(m_cache).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a font");
        file.flush(); // before the time is set, or closing would set it again
        const int age = name.startsWith(QLatin1String("stale")) ? 40 : 2;
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-age), QFileDevice::FileModificationTime));
    }
}

void TestTextLayerFont::builtCmapReadsBack()
{
    const QMap<char32_t, quint32> map = sample();
    QCOMPARE(TextLayerFont::parseCmap(TextLayerFont::buildCmap(map)), map);
}

void TestTextLayerFont::format4AloneReadsBack()
{
    QMap<char32_t, quint32> bmp = sample();
    bmp.remove(0x20000);
    const QByteArray format4 = onlyFormat4(TextLayerFont::buildCmap(bmp));
    QVERIFY(!format4.isEmpty());
    QCOMPARE(TextLayerFont::parseCmap(format4), bmp);
}

void TestTextLayerFont::radicalsGiveWayToIdeographs()
{
    QMap<char32_t, quint32> map;
    map.insert(0x2F08, 5); // ⼈ KANGXI RADICAL MAN
    map.insert(0x4EBA, 5); // 人
    map.insert(0x2ED4, 6); // ⻔ CJK RADICAL C-SIMPLIFIED GATE
    map.insert(0x95E8, 6); // 门
    map.insert(0x2329, 7); // 〈 LEFT-POINTING ANGLE BRACKET, which normalization turns into U+3008
    map.insert(0x3008, 7); // 〈
    QCOMPARE(TextLayerFont::ambiguousCodePoints(map), (QList<char32_t> { 0x2329, 0x2ED4, 0x2F08 }));
}

void TestTextLayerFont::ordinaryCharactersStay()
{
    QMap<char32_t, quint32> map;
    map.insert(0x0020, 3); // space and no-break space: the lower one is what text contains
    map.insert(0x00A0, 3);
    map.insert(0x2460, 8); // ① and the dingbat ➀: ① is both lower and the usual one
    map.insert(0x2780, 8);
    map.insert(0x4E0D, 9); // 不 and its compatibility twin U+F967, which is higher anyway
    map.insert(0xF967, 9);
    map.insert(0x2F00, 10); // a radical alone keeps its glyph
    QVERIFY(TextLayerFont::ambiguousCodePoints(map).isEmpty());
}

void TestTextLayerFont::installedCjkFaceIsCopied()
{
    const QString family = QStringLiteral("Noto Sans CJK SC");
    if (!QFontDatabase::families().contains(family))
        QSKIP("Noto Sans CJK SC is not installed (Debian package fonts-noto-cjk)");
    QString note;
    const QStringList families = TextLayerFont::familiesFor(family, &note);
    QVERIFY2(note.isEmpty(), qPrintable(note));
    QCOMPARE(families.size(), 2);
    QCOMPARE(families.last(), family);
    for (const bool bold : { false, true }) {
        QFont copyFont(families.first());
        QFont originalFont(family);
        for (QFont *font : { &copyFont, &originalFont }) {
            font->setPixelSize(100);
            font->setBold(bold);
        }
        const QRawFont copy = QRawFont::fromFont(copyFont);
        const QRawFont original = QRawFont::fromFont(originalFont);
        QCOMPARE(copy.familyName(), families.first());
        QCOMPARE(copy.weight(), original.weight());
        // The same glyphs and advances for the text; the radical is no longer in the copy's map.
        const QString text = QStringLiteral("本区域使用人脸识别，门禁 Face 2026");
        const QList<quint32> glyphs = copy.glyphIndexesForString(text);
        QCOMPARE(glyphs, original.glyphIndexesForString(text));
        QCOMPARE(copy.advancesForGlyphIndexes(glyphs), original.advancesForGlyphIndexes(glyphs));
        QCOMPARE(copy.glyphIndexesForString(QStringLiteral("\u2F08")).value(0), quint32(0));
        QVERIFY(original.glyphIndexesForString(QStringLiteral("\u2F08")).value(0) != 0);
        // What else the copy gives up: only code points below the one text uses for the same glyph.
        const QMap<char32_t, quint32> originalMap = TextLayerFont::parseCmap(original.fontTable("cmap"));
        const QMap<char32_t, quint32> copyMap = TextLayerFont::parseCmap(copy.fontTable("cmap"));
        QMap<char32_t, quint32> expected = originalMap;
        for (const char32_t c : TextLayerFont::ambiguousCodePoints(originalMap))
            expected.remove(c);
        QCOMPARE(copyMap, expected);
        QVERIFY(TextLayerFont::ambiguousCodePoints(copyMap).isEmpty());
    }
    // Asked again, the same family: made once, then taken from the cache.
    QCOMPARE(TextLayerFont::familiesFor(family), families);
}

void TestTextLayerFont::staleCopiesAreRemoved()
{
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")))
        QSKIP("Noto Sans CJK SC is not installed (Debian package fonts-noto-cjk)");
    // installedCjkFaceIsCopied made or reused the copies: the month-old leftover is gone, the rest stays,
    // and the copies in use are marked as used today.
    QDir cache(m_cache);
    QVERIFY(!cache.exists(QStringLiteral("stale.otf")));
    QVERIFY(cache.exists(QStringLiteral("recent.ttf")));
    const QFileInfoList copies = cache.entryInfoList({ QStringLiteral("*-Regular.otf"), QStringLiteral("*-Bold.otf") });
    QCOMPARE(copies.size(), 2);
    for (const QFileInfo &copy : copies)
        QVERIFY(copy.lastModified().secsTo(QDateTime::currentDateTime()) < 3600);
}

void TestTextLayerFont::trueTypeOutlinesAreCopiedToo()
{
    // Windows' Chinese faces (Microsoft YaHei, SimHei) have TrueType outlines (glyf/loca), not CFF: a copy of
    // one, less one character, must load and draw the rest the same.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(100);
    const QRawFont original = QRawFont::fromFont(font);
    if (original.familyName() != QLatin1String("DejaVu Sans") || original.fontTable("glyf").isEmpty())
        QSKIP("DejaVu Sans (TrueType outlines) is not installed (Debian package fonts-dejavu-core)");
    QMap<char32_t, quint32> map = TextLayerFont::parseCmap(original.fontTable("cmap"));
    QVERIFY(map.remove(U'A'));
    const QByteArray copy
        = TextLayerFont::faceCopy(original, map, QStringLiteral("Consentry Test Copy"), QStringLiteral("Regular"));
    QVERIFY(!copy.isEmpty());
    const int id = QFontDatabase::addApplicationFontFromData(copy);
    QVERIFY(id >= 0);
    QCOMPARE(QFontDatabase::applicationFontFamilies(id), QStringList { QStringLiteral("Consentry Test Copy") });
    QFont copyFont(QStringLiteral("Consentry Test Copy"));
    copyFont.setPixelSize(100);
    const QRawFont loaded = QRawFont::fromFont(copyFont);
    QCOMPARE(loaded.familyName(), QStringLiteral("Consentry Test Copy"));
    const QString text = QStringLiteral("Bcdefg 0123 ßé");
    const QList<quint32> glyphs = loaded.glyphIndexesForString(text);
    QCOMPARE(glyphs, original.glyphIndexesForString(text));
    QCOMPARE(loaded.advancesForGlyphIndexes(glyphs), original.advancesForGlyphIndexes(glyphs));
    QCOMPARE(loaded.pathForGlyph(glyphs.constFirst()), original.pathForGlyph(glyphs.constFirst()));
    QCOMPARE(loaded.glyphIndexesForString(QStringLiteral("A")).value(0), quint32(0));
    QCOMPARE(TextLayerFont::parseCmap(loaded.fontTable("cmap")), map);
    QFontDatabase::removeApplicationFont(id);
}

QTEST_MAIN(TestTextLayerFont)
#include "tst_textlayerfont.moc"
