#include "print/TextLayerFont.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QRawFont>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <memory>
#include <vector>

namespace consentry {

namespace {

// Bumped when the copy is made differently, so cached copies of an older recipe are not reused.
constexpr char kRecipe[] = "consentry-text-layer-font-2";

quint16 u16(const QByteArray &data, qsizetype at)
{
    return at >= 0 && at + 2 <= data.size() ? qFromBigEndian<quint16>(data.constData() + at) : 0;
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    return at >= 0 && at + 4 <= data.size() ? qFromBigEndian<quint32>(data.constData() + at) : 0;
}

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void set32(QByteArray &out, qsizetype at, quint32 value)
{
    qToBigEndian(value, out.data() + at);
}

quint32 checksum(const QByteArray &table)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < table.size(); i += 4) {
        quint32 word = 0;
        for (qsizetype j = 0; j < 4; ++j)
            word = (word << 8) | (i + j < table.size() ? quint8(table.at(i + j)) : 0);
        sum += word;
    }
    return sum;
}

// The largest power of two not above `count`, and its exponent: the hints sfnt headers give binary searches.
std::pair<int, int> binarySearchHint(int count)
{
    int power = 1;
    int exponent = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++exponent;
    }
    return { power, exponent };
}

struct Subtable {
    quint16 platform = 0;
    quint16 encoding = 0;
    qsizetype offset = 0;
    quint16 format = 0;
};

QList<Subtable> subtables(const QByteArray &cmap)
{
    QList<Subtable> list;
    const quint16 count = u16(cmap, 2);
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype record = 4 + qsizetype(i) * 8;
        if (record + 8 > cmap.size())
            break;
        Subtable s;
        s.platform = u16(cmap, record);
        s.encoding = u16(cmap, record + 2);
        s.offset = u32(cmap, record + 4);
        if (s.offset + 2 > cmap.size())
            continue;
        s.format = u16(cmap, s.offset);
        list << s;
    }
    return list;
}

void readFormat12(const QByteArray &cmap, qsizetype at, QMap<char32_t, quint32> &map)
{
    const quint32 groups = u32(cmap, at + 12);
    if (at + 16 + qsizetype(groups) * 12 > cmap.size())
        return;
    for (quint32 g = 0; g < groups; ++g) {
        const qsizetype group = at + 16 + qsizetype(g) * 12;
        const quint32 first = u32(cmap, group);
        const quint32 last = std::min<quint32>(u32(cmap, group + 4), 0x10FFFF);
        const quint32 glyph = u32(cmap, group + 8);
        for (quint32 c = first; c <= last && c >= first; ++c) {
            if (glyph + (c - first) != 0)
                map.insert(c, glyph + (c - first));
        }
    }
}

void readFormat4(const QByteArray &cmap, qsizetype at, QMap<char32_t, quint32> &map)
{
    const int segments = u16(cmap, at + 6) / 2;
    const qsizetype ends = at + 14;
    const qsizetype starts = ends + 2 * segments + 2;
    const qsizetype deltas = starts + 2 * segments;
    const qsizetype rangeOffsets = deltas + 2 * segments;
    if (rangeOffsets + 2 * segments > cmap.size())
        return;
    for (int s = 0; s < segments; ++s) {
        const quint16 end = u16(cmap, ends + 2 * s);
        const quint16 start = u16(cmap, starts + 2 * s);
        const quint16 delta = u16(cmap, deltas + 2 * s);
        const quint16 rangeOffset = u16(cmap, rangeOffsets + 2 * s);
        for (quint32 c = start; c <= end && c != 0xFFFF; ++c) {
            quint32 glyph = 0;
            if (rangeOffset == 0) {
                glyph = (c + delta) & 0xFFFF;
            } else {
                const qsizetype slot = rangeOffsets + 2 * s + rangeOffset + 2 * qsizetype(c - start);
                if (slot + 2 > cmap.size())
                    break;
                glyph = u16(cmap, slot);
                if (glyph != 0)
                    glyph = (glyph + delta) & 0xFFFF;
            }
            if (glyph != 0)
                map.insert(c, glyph);
        }
    }
}

bool isRadical(char32_t c)
{
    return c >= 0x2E80 && c <= 0x2FDF; // CJK Radicals Supplement and Kangxi Radicals
}

// Whether text can contain `c` as it is: not a radical (text writes the ideograph) and not a character that
// Unicode normalization replaces by another (U+2329 〈 → U+3008, U+F900-block compatibility ideographs).
bool isTextCharacter(char32_t c)
{
    if (isRadical(c))
        return false;
    return QChar::decompositionTag(c) != QChar::Canonical;
}

// Format 4: the BMP in segments; runs of glyphs that follow the code points use a delta, the rest a glyph
// array. Empty when the map does not fit the format's 64 KiB.
QByteArray format4(const QMap<char32_t, quint32> &map)
{
    struct Segment {
        quint16 start = 0;
        quint16 end = 0;
        bool array = false;
        QList<quint16> glyphs;
    };
    std::vector<std::pair<quint16, quint16>> entries;
    for (auto it = map.cbegin(); it != map.cend() && it.key() < 0xFFFF; ++it)
        entries.emplace_back(quint16(it.key()), quint16(it.value()));
    QList<Segment> segments;
    size_t i = 0;
    while (i < entries.size()) {
        size_t runEnd = i + 1; // consecutive code points [i, runEnd)
        while (runEnd < entries.size() && entries[runEnd].first == entries[runEnd - 1].first + 1)
            ++runEnd;
        // Within the run: pieces of constant delta of 4 or more become delta segments, the rest arrays.
        size_t j = i;
        while (j < runEnd) {
            size_t k = j + 1;
            while (k < runEnd && entries[k].second == entries[k - 1].second + 1)
                ++k;
            if (k - j >= 4) {
                segments << Segment { entries[j].first, entries[k - 1].first, false, { entries[j].second } };
            } else {
                if (segments.isEmpty() || !segments.last().array || segments.last().end + 1 != entries[j].first)
                    segments << Segment { entries[j].first, entries[j].first, true, {} };
                for (size_t m = j; m < k; ++m)
                    segments.last().glyphs << entries[m].second;
                segments.last().end = entries[k - 1].first;
            }
            j = k;
        }
        i = runEnd;
    }
    segments << Segment { 0xFFFF, 0xFFFF, false, { 0 } }; // the required last segment, to glyph 0

    const int count = static_cast<int>(segments.size());
    qsizetype arrayLength = 0;
    for (const Segment &s : std::as_const(segments))
        arrayLength += s.array ? s.glyphs.size() : 0;
    const qsizetype length = 16 + qsizetype(count) * 8 + arrayLength * 2;
    if (length > 0xFFFF)
        return {};
    const auto [power, selector] = binarySearchHint(count);
    QByteArray out;
    put16(out, 4);
    put16(out, quint16(length));
    put16(out, 0); // language
    put16(out, quint16(count * 2));
    put16(out, quint16(power * 2));
    put16(out, quint16(selector));
    put16(out, quint16(count * 2 - power * 2));
    for (const Segment &s : std::as_const(segments))
        put16(out, s.end);
    put16(out, 0); // reserved pad
    for (const Segment &s : std::as_const(segments))
        put16(out, s.start);
    for (const Segment &s : std::as_const(segments))
        put16(out, s.array ? 0 : quint16(s.glyphs.constFirst() - s.start));
    qsizetype arrayIndex = 0;
    for (int n = 0; n < count; ++n) {
        const Segment &s = segments.at(n);
        // Offset from this idRangeOffset word to the segment's first glyph in the array that follows.
        put16(out, s.array ? quint16(2 * (count - n) + 2 * arrayIndex) : 0);
        arrayIndex += s.array ? s.glyphs.size() : 0;
    }
    for (const Segment &s : std::as_const(segments)) {
        if (s.array) {
            for (const quint16 glyph : s.glyphs)
                put16(out, glyph);
        }
    }
    return out;
}

QByteArray format12(const QMap<char32_t, quint32> &map)
{
    QList<std::array<quint32, 3>> groups;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!groups.isEmpty() && groups.last()[1] + 1 == it.key()
            && groups.last()[2] + (groups.last()[1] - groups.last()[0]) + 1 == it.value())
            groups.last()[1] = it.key();
        else
            groups.append({ it.key(), it.key(), it.value() });
    }
    QByteArray out;
    put16(out, 12);
    put16(out, 0);
    put32(out, quint32(16 + groups.size() * 12));
    put32(out, 0); // language
    put32(out, quint32(groups.size()));
    for (const auto &group : std::as_const(groups)) {
        put32(out, group[0]);
        put32(out, group[1]);
        put32(out, group[2]);
    }
    return out;
}

// A name table naming the copy `family`/`style`. The original's PostScript name stays, so a PDF names the
// face it really is; its copyright, licence and designer records (Windows, US English) travel unchanged.
QByteArray nameTable(const QByteArray &original, const QString &family, const QString &style)
{
    QMap<quint16, QString> names;
    const quint16 count = u16(original, 2);
    const qsizetype strings = u16(original, 4);
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype record = 6 + qsizetype(i) * 12;
        const quint16 id = u16(original, record + 6);
        if (u16(original, record) != 3 || u16(original, record + 2) != 1 || u16(original, record + 4) != 0x409)
            continue;
        if (id != 0 && id != 5 && id != 6 && id != 7 && id != 8 && id != 9 && id != 11 && id != 12 && id != 13
            && id != 14)
            continue;
        const qsizetype at = strings + u16(original, record + 10);
        const quint16 length = u16(original, record + 8);
        if (at + length > original.size())
            continue;
        QString text;
        for (qsizetype c = 0; c + 1 < length; c += 2)
            text += QChar(u16(original, at + c));
        names.insert(id, text);
    }
    QString unique = family + QLatin1Char('-') + style;
    unique.remove(QLatin1Char(' '));
    names.insert(1, family);
    names.insert(2, style);
    names.insert(3, unique);
    names.insert(4, family + QLatin1Char(' ') + style);
    if (!names.contains(6))
        names.insert(6, unique);

    QByteArray records;
    QByteArray text;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        put16(records, 3);
        put16(records, 1);
        put16(records, 0x409);
        put16(records, it.key());
        put16(records, quint16(it.value().size() * 2));
        put16(records, quint16(text.size()));
        for (const QChar c : it.value())
            put16(text, c.unicode());
    }
    QByteArray out;
    put16(out, 0);
    put16(out, quint16(names.size()));
    put16(out, quint16(6 + records.size()));
    return out + records + text;
}

// Every table a face may carry (OpenType and AAT); what the face does not have comes back empty. The
// digital signature is left out: it would no longer match.
const char *const kTables[]
    = { "BASE", "CBDT", "CBLC", "CFF ", "CFF2", "COLR", "CPAL", "EBDT", "EBLC", "EBSC", "GDEF", "GPOS",
        "GSUB", "HVAR", "JSTF", "LTSH", "MATH", "MERG", "MVAR", "OS/2", "PCLT", "STAT", "SVG ", "VDMX",
        "VORG", "VVAR", "avar", "bsln", "cvar", "cvt ", "feat", "fpgm", "fvar", "gasp", "glyf", "gvar",
        "hdmx", "head", "hhea", "hmtx", "just", "kern", "kerx", "lcar", "loca", "ltag", "maxp", "meta",
        "morx", "opbd", "post", "prep", "prop", "sbix", "trak", "vhea", "vmtx" };

// The face as an sfnt file with `cmap` and `name` replaced; empty when the face cannot be copied.
QByteArray copyFace(const QRawFont &raw, const QByteArray &cmap, const QByteArray &name)
{
    QMap<QByteArray, QByteArray> tables;
    for (const char *tag : kTables) {
        const QByteArray table = raw.fontTable(tag);
        if (!table.isEmpty())
            tables.insert(QByteArray(tag), table);
    }
    const bool cff = tables.contains("CFF ");
    if (tables.contains("fvar") || tables.contains("CFF2") || !tables.contains("head") || !tables.contains("hhea")
        || !tables.contains("hmtx") || !tables.contains("maxp") || (!cff && !tables.contains("glyf"))
        || tables.value("head").size() < 54)
        return {};
    tables.insert("cmap", cmap);
    tables.insert("name", name);
    set32(tables["head"], 8, 0); // checkSumAdjustment, set below

    const int count = static_cast<int>(tables.size());
    const auto [power, selector] = binarySearchHint(count);
    QByteArray out;
    put32(out, cff ? 0x4F54544F : 0x00010000); // 'OTTO' for CFF outlines
    put16(out, quint16(count));
    put16(out, quint16(power * 16));
    put16(out, quint16(selector));
    put16(out, quint16(count * 16 - power * 16));
    qsizetype offset = 12 + qsizetype(count) * 16;
    qsizetype headOffset = 0;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) { // QMap: sorted by tag, as the format asks
        out.append(it.key());
        put32(out, checksum(it.value()));
        put32(out, quint32(offset));
        put32(out, quint32(it.value().size()));
        if (it.key() == "head")
            headOffset = offset;
        offset += (it.value().size() + 3) & ~qsizetype(3);
    }
    for (const QByteArray &table : std::as_const(tables)) {
        out.append(table);
        out.append(QByteArray((4 - table.size() % 4) % 4, '\0'));
    }
    set32(out, headOffset + 8, 0xB1B0AFBA - checksum(out));
    return out;
}

QString cacheFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (!base.isEmpty()) {
        const QString folder = QDir(base).filePath(QStringLiteral("consentry/print-fonts"));
        if (QDir().mkpath(folder) && QFileInfo(folder).isWritable())
            return folder;
    }
    // No cache: a folder of our own for as long as the program runs.
    static std::unique_ptr<QTemporaryDir> temporary;
    if (!temporary)
        temporary = std::make_unique<QTemporaryDir>();
    return temporary->isValid() ? temporary->path() : QString();
}

// Each use marks a copy as fresh; copies no program has used for a month (of fonts since updated, or of
// an older recipe) are removed.
void pruneCache(const QString &folder, const QString &inUse)
{
    QFile used(inUse);
    if (used.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        used.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    const QDateTime monthAgo = QDateTime::currentDateTimeUtc().addDays(-30);
    const QFileInfoList files
        = QDir(folder).entryInfoList({ QStringLiteral("*.otf"), QStringLiteral("*.ttf") }, QDir::Files);
    for (const QFileInfo &file : files) {
        if (file.absoluteFilePath() != QFileInfo(inUse).absoluteFilePath() && file.lastModified().toUTC() < monthAgo)
            QFile::remove(file.absoluteFilePath());
    }
}

// Writes the copy of one face of `family` (unless the cache has it) and registers it; returns the family
// name the font database gives it, empty on failure.
QString registerCopy(const QRawFont &raw, const QMap<char32_t, quint32> &map, const QString &copyFamily, bool bold,
                     QString *note)
{
    const QString style = bold ? QStringLiteral("Bold") : QStringLiteral("Regular");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(kRecipe));
    hash.addData(copyFamily.toUtf8());
    hash.addData(style.toUtf8());
    for (const char *tag : { "head", "cmap", "name", "OS/2", "maxp", "hhea" })
        hash.addData(raw.fontTable(tag));
    const QString folder = cacheFolder();
    if (folder.isEmpty()) {
        if (note)
            *note = QStringLiteral("no folder to keep a copy of the font in");
        return {};
    }
    const bool cff = !raw.fontTable("CFF ").isEmpty();
    const QString path = QDir(folder).filePath(QStringLiteral("%1-%2.%3")
                                                   .arg(QString::fromLatin1(hash.result().toHex().left(24)), style,
                                                        cff ? QStringLiteral("otf") : QStringLiteral("ttf")));
    if (!QFileInfo(path).isFile()) {
        const QByteArray data = TextLayerFont::faceCopy(raw, map, copyFamily, style);
        if (data.isEmpty()) {
            if (note)
                *note = QStringLiteral("the face cannot be copied (variable or without outlines)");
            return {};
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            if (note)
                *note = QStringLiteral("cannot write %1").arg(path);
            return {};
        }
    }
    pruneCache(folder, path);
    const int id = QFontDatabase::addApplicationFont(path);
    const QStringList families = QFontDatabase::applicationFontFamilies(id);
    if (id < 0 || families.isEmpty()) {
        QFile::remove(path); // unreadable: make it again next time
        if (note)
            *note = QStringLiteral("the font database refused the copy %1").arg(path);
        return {};
    }
    return families.constFirst();
}

} // namespace

QMap<char32_t, quint32> TextLayerFont::parseCmap(const QByteArray &cmapTable)
{
    const QList<Subtable> list = subtables(cmapTable);
    // The fullest Unicode subtable: format 12 (all planes) before format 4 (BMP), Windows before Unicode.
    const auto find = [&list](quint16 format, std::initializer_list<std::pair<quint16, quint16>> ids) {
        for (const auto &[platform, encoding] : ids) {
            for (const Subtable &s : list) {
                if (s.format == format && s.platform == platform && s.encoding == encoding)
                    return s.offset;
            }
        }
        return qsizetype(-1);
    };
    QMap<char32_t, quint32> map;
    if (const qsizetype at = find(12, { { 3, 10 }, { 0, 4 }, { 0, 6 } }); at >= 0)
        readFormat12(cmapTable, at, map);
    else if (const qsizetype at4 = find(4, { { 3, 1 }, { 0, 3 }, { 0, 1 }, { 0, 0 } }); at4 >= 0)
        readFormat4(cmapTable, at4, map);
    return map;
}

QByteArray TextLayerFont::variationSubtable(const QByteArray &cmapTable)
{
    for (const Subtable &s : subtables(cmapTable)) {
        if (s.format == 14 && s.platform == 0 && s.encoding == 5) {
            const quint32 length = u32(cmapTable, s.offset + 2);
            if (s.offset + qsizetype(length) <= cmapTable.size())
                return cmapTable.mid(s.offset, length);
        }
    }
    return {};
}

QList<char32_t> TextLayerFont::ambiguousCodePoints(const QMap<char32_t, quint32> &map)
{
    // Qt's reverse lookup only walks the BMP, so only BMP code points compete for a glyph.
    QMap<quint32, QList<char32_t>> byGlyph;
    for (auto it = map.cbegin(); it != map.cend() && it.key() <= 0xFFFF; ++it)
        byGlyph[it.value()] << it.key();
    QList<char32_t> drop;
    for (const QList<char32_t> &codes : std::as_const(byGlyph)) {
        if (codes.size() < 2)
            continue;
        // The character text writes for this glyph: the lowest that is a text character (codes are sorted).
        const auto preferred = std::find_if(codes.cbegin(), codes.cend(), isTextCharacter);
        if (preferred == codes.cend())
            continue;
        for (auto it = codes.cbegin(); it != preferred; ++it)
            drop << *it;
    }
    std::sort(drop.begin(), drop.end());
    return drop;
}

QByteArray TextLayerFont::buildCmap(const QMap<char32_t, quint32> &map, const QByteArray &variationSubtable)
{
    const QByteArray bmp = format4(map);
    const QByteArray full = format12(map);
    struct Record {
        quint16 platform;
        quint16 encoding;
        const QByteArray *table;
    };
    QList<Record> records;
    if (!bmp.isEmpty())
        records << Record { 0, 3, &bmp };
    records << Record { 0, 4, &full };
    if (!variationSubtable.isEmpty())
        records << Record { 0, 5, &variationSubtable };
    if (!bmp.isEmpty())
        records << Record { 3, 1, &bmp };
    records << Record { 3, 10, &full };

    QByteArray out;
    put16(out, 0);
    put16(out, quint16(records.size()));
    const qsizetype headerSize = 4 + records.size() * 8;
    QMap<const QByteArray *, quint32> offsets;
    quint32 next = quint32(headerSize);
    for (const Record &r : std::as_const(records)) {
        if (!offsets.contains(r.table)) {
            offsets.insert(r.table, next);
            next += quint32(r.table->size());
        }
    }
    for (const Record &r : std::as_const(records)) {
        put16(out, r.platform);
        put16(out, r.encoding);
        put32(out, offsets.value(r.table));
    }
    QList<const QByteArray *> written;
    for (const Record &r : std::as_const(records)) {
        if (!written.contains(r.table)) {
            out.append(*r.table);
            written << r.table;
        }
    }
    return out;
}

QByteArray TextLayerFont::faceCopy(const QRawFont &face, const QMap<char32_t, quint32> &map, const QString &family,
                                   const QString &style)
{
    const QByteArray cmap = face.fontTable("cmap");
    return copyFace(face, buildCmap(map, variationSubtable(cmap)), nameTable(face.fontTable("name"), family, style));
}

QStringList TextLayerFont::familiesFor(const QString &family, QString *note)
{
    // Once per family and program: the answer does not change while it runs.
    static QHash<QString, std::pair<QStringList, QString>> answers;
    auto it = answers.constFind(family);
    if (it == answers.constEnd()) {
        QString why;
        const QStringList families = makeFamilies(family, &why);
        it = answers.insert(family, { families, why });
    }
    if (note)
        *note = it->second;
    return it->first;
}

QStringList TextLayerFont::makeFamilies(const QString &family, QString *note)
{
    QString copy;
    for (const bool bold : { false, true }) {
        QFont font(family);
        font.setBold(bold);
        font.setPixelSize(100);
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid() || raw.familyName().compare(family, Qt::CaseInsensitive) != 0) {
            if (note)
                *note = QStringLiteral("the face of %1 cannot be read").arg(family);
            return { family };
        }
        if (bold && raw.weight() < QFont::DemiBold)
            break; // no bold face: Qt emboldens the regular copy, as it did the original
        const QByteArray cmap = raw.fontTable("cmap");
        QMap<char32_t, quint32> map = parseCmap(cmap);
        const QList<char32_t> drop = ambiguousCodePoints(map);
        if (map.isEmpty() || drop.isEmpty()) {
            if (!bold)
                return { family }; // nothing to fix: draw with the installed face itself
            break;
        }
        for (const char32_t c : drop)
            map.remove(c);
        const QByteArray familyHash = QCryptographicHash::hash(family.toUtf8(), QCryptographicHash::Sha256);
        // Short (GDI keeps 31 characters of a family name) and the same in every run.
        const QString copyFamily
            = QStringLiteral("Consentry Print %1").arg(QString::fromLatin1(familyHash.toHex().left(8)));
        const QString registered = registerCopy(raw, map, copyFamily, bold, note);
        // Both weights or neither: a copy with only the regular face would have Qt embolden it for bold text.
        if (registered.isEmpty() || (!copy.isEmpty() && registered != copy))
            return { family };
        copy = registered;
    }
    return { copy, family };
}

} // namespace consentry
