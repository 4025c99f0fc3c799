#include "signage/SignageFonts.h"

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

const SignageFonts &SignageFonts::instance()
{
    static const SignageFonts fonts;
    return fonts;
}

SignageFonts::SignageFonts()
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
}

QFont SignageFonts::font(qreal points, bool bold) const
{
    QFont f;
    QStringList families { m_latin };
    if (m_hasCjk && m_cjk != m_latin)
        families << m_cjk;
    f.setFamilies(families);
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(points * SignageUnits::kPerPoint))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // Slightly narrow Latin letters where the face has them (DejaVu Sans Condensed): more words per line
    // on a small label at the same height. CJK faces have no narrow cut and stay as they are.
    if (m_latin.startsWith(QLatin1String("DejaVu Sans")))
        f.setStretch(QFont::SemiCondensed);
    return f;
}

} // namespace consentry
