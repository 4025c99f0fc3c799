#include "print/PrintFonts.h"

#include "print/TextLayerFont.h"

#include <QFontDatabase>
#include <QGuiApplication>

#include <cmath>

namespace consentry {

namespace {

QString firstInstalled(const QStringList &preferred, const QStringList &installed, QFontDatabase::WritingSystem system)
{
    for (const QString &family : preferred) {
        for (const QString &have : installed) {
            if (have.compare(family, Qt::CaseInsensitive) == 0
                && (system == QFontDatabase::Any || QFontDatabase::writingSystems(have).contains(system)))
                return have;
        }
    }
    return QString();
}

} // namespace

const PrintFonts &PrintFonts::instance()
{
    static const PrintFonts fonts;
    return fonts;
}

PrintFonts::PrintFonts()
{
    const QStringList installed = QFontDatabase::families();
    m_latin = firstInstalled({ QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial"),
                               QStringLiteral("Segoe UI"), QStringLiteral("Helvetica"), QStringLiteral("DejaVu Sans") },
                             installed, QFontDatabase::Latin);
    m_cjk = firstInstalled({ QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                             QStringLiteral("Noto Sans SC"), QStringLiteral("Microsoft YaHei"),
                             QStringLiteral("PingFang SC"), QStringLiteral("WenQuanYi Zen Hei"),
                             QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("SimHei") },
                           installed, QFontDatabase::SimplifiedChinese);
    if (m_cjk.isEmpty()) {
        // Any face that says it writes Simplified Chinese is better than boxes.
        for (const QString &family : installed) {
            if (QFontDatabase::writingSystems(family).contains(QFontDatabase::SimplifiedChinese)) {
                m_cjk = family;
                break;
            }
        }
    }
    m_hasCjk = !m_cjk.isEmpty();
    if (!m_hasCjk)
        m_warning = tr("No Chinese font is installed, so Chinese text may print as empty boxes; install "
                       "fonts-noto-cjk (Linux) or a Chinese font and try again.");
    if (m_latin.isEmpty())
        m_latin = m_hasCjk ? m_cjk : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    // Each face through TextLayerFont, so the PDF's text layer says what the page shows.
    for (const QString &family : { m_latin, m_cjk }) {
        if (family.isEmpty())
            continue;
        QString note;
        for (const QString &face : TextLayerFont::familiesFor(family, &note)) {
            if (!m_families.contains(face))
                m_families << face;
        }
        if (!note.isEmpty())
            qWarning("Printing with %s as installed, so PDF text may not copy correctly: %s", qPrintable(family),
                     qPrintable(note));
    }
}

QFont PrintFonts::font(qreal points, bool bold) const
{
    QFont f;
    f.setFamilies(m_families);
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(points * PrintUnits::kPerPoint))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // No ligatures: Qt's PDF writer gives every glyph one character, so the "ff" ligature of "Staff" would
    // read back as "Staﬀ" (U+FB00). Letter spacing of 100 % changes no advance, but Qt shapes spaced text
    // without ligatures (QTextEngine::shapeText); newer Qt also takes the features by name.
    f.setLetterSpacing(QFont::PercentageSpacing, 100);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    for (const QFont::Tag tag : { QFont::Tag("liga"), QFont::Tag("clig"), QFont::Tag("dlig"), QFont::Tag("hlig") })
        f.setFeature(tag, 0);
#endif
    // Slightly narrow Latin letters where the face has them (DejaVu Sans Condensed): more words per line
    // on a small label at the same height. CJK faces have no narrow cut and stay as they are.
    if (m_latin.startsWith(QLatin1String("DejaVu Sans")))
        f.setStretch(QFont::SemiCondensed);
    return f;
}

} // namespace consentry
