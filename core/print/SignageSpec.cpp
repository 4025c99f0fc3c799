#include "print/SignageSpec.h"

#include "storage/BoundedFile.h"

#include <QFileInfo>
#include <QImageReader>

namespace consentry {

SignageSpec SignageSpec::forLayout(SignLayout layout, SignLanguage language, const SiteProfile &profile)
{
    SignageSpec spec;
    spec.layout = layout;
    spec.language = language;
    spec.paper = defaultPaper(layout);
    spec.profile = profile;
    return spec;
}

QString SignageSpec::layoutKey(SignLayout layout)
{
    switch (layout) {
    case SignLayout::PosterA4: return QStringLiteral("poster-a4");
    case SignLayout::CounterA5: return QStringLiteral("counter-a5");
    case SignLayout::LabelA6: return QStringLiteral("label-a6");
    }
    return QString();
}

std::optional<SignLayout> SignageSpec::layoutFromKey(const QString &key)
{
    for (SignLayout layout : allLayouts()) {
        if (layoutKey(layout) == key)
            return layout;
    }
    return std::nullopt;
}

QString SignageSpec::languageKey(SignLanguage language)
{
    switch (language) {
    case SignLanguage::Chinese: return QStringLiteral("zh_CN");
    case SignLanguage::English: return QStringLiteral("en");
    case SignLanguage::Bilingual: return QStringLiteral("zh_CN+en");
    }
    return QString();
}

std::optional<SignLanguage> SignageSpec::languageFromKey(const QString &key)
{
    for (SignLanguage language : allLanguages()) {
        if (languageKey(language) == key)
            return language;
    }
    return std::nullopt;
}

QString SignageSpec::paperKey(PaperSize paper)
{
    switch (paper) {
    case PaperSize::A4: return QStringLiteral("A4");
    case PaperSize::A5: return QStringLiteral("A5");
    case PaperSize::A6: return QStringLiteral("A6");
    case PaperSize::Letter: return QStringLiteral("Letter");
    }
    return QString();
}

std::optional<PaperSize> SignageSpec::paperFromKey(const QString &key)
{
    for (PaperSize paper : allPapers()) {
        if (paperKey(paper).compare(key, Qt::CaseInsensitive) == 0)
            return paper;
    }
    return std::nullopt;
}

QList<SignLayout> SignageSpec::allLayouts()
{
    return { SignLayout::PosterA4, SignLayout::CounterA5, SignLayout::LabelA6 };
}

QList<SignLanguage> SignageSpec::allLanguages()
{
    return { SignLanguage::Chinese, SignLanguage::English, SignLanguage::Bilingual };
}

QList<PaperSize> SignageSpec::allPapers()
{
    return { PaperSize::A4, PaperSize::A5, PaperSize::A6, PaperSize::Letter };
}

QString SignageSpec::layoutTitle(SignLayout layout)
{
    switch (layout) {
    case SignLayout::PosterA4: return tr("Wall poster (A4)");
    case SignLayout::CounterA5: return tr("Front-desk card (A5)");
    case SignLayout::LabelA6: return tr("Device label (A6)");
    }
    return QString();
}

QString SignageSpec::languageTitle(SignLanguage language)
{
    switch (language) {
    case SignLanguage::Chinese: return tr("Chinese");
    case SignLanguage::English: return tr("English");
    case SignLanguage::Bilingual: return tr("Chinese and English");
    }
    return QString();
}

QString SignageSpec::paperTitle(PaperSize paper)
{
    switch (paper) {
    case PaperSize::A4: return tr("A4 (210 × 297 mm)");
    case PaperSize::A5: return tr("A5 (148 × 210 mm)");
    case PaperSize::A6: return tr("A6 (105 × 148 mm)");
    case PaperSize::Letter: return tr("Letter (8.5 × 11 in)");
    }
    return QString();
}

PaperSize SignageSpec::defaultPaper(SignLayout layout)
{
    switch (layout) {
    case SignLayout::PosterA4: return PaperSize::A4;
    case SignLayout::CounterA5: return PaperSize::A5;
    case SignLayout::LabelA6: return PaperSize::A6;
    }
    return PaperSize::A4;
}

QPageSize SignageSpec::pageSize(PaperSize paper)
{
    switch (paper) {
    case PaperSize::A4: return QPageSize(QPageSize::A4);
    case PaperSize::A5: return QPageSize(QPageSize::A5);
    case PaperSize::A6: return QPageSize(QPageSize::A6);
    case PaperSize::Letter: return QPageSize(QPageSize::Letter);
    }
    return QPageSize(QPageSize::A4);
}

QStringList SignageSpec::languageCodes(SignLanguage language)
{
    switch (language) {
    case SignLanguage::Chinese: return { QStringLiteral("zh_CN") };
    case SignLanguage::English: return { QStringLiteral("en") };
    case SignLanguage::Bilingual: return { QStringLiteral("zh_CN"), QStringLiteral("en") };
    }
    return {};
}

QStringList SignageSpec::missingFields() const
{
    // The sign must say who operates it, why, how to reach them, for how long, what else one can do and
    // where the full notice is: every one of these is required, not just nice to have.
    QStringList missing = profile.missingFields();
    if (profile.noticeUrl.isEmpty())
        missing << QStringLiteral("notice_url");
    return missing;
}

Status SignageSpec::validate() const
{
    const QStringList missing = missingFields();
    if (!missing.isEmpty())
        return makeError(ErrorKind::Data,
                         tr("The site profile has no \"%1\", which the sign must show; fill it in and try again.")
                             .arg(SiteProfile::fieldName(missing.constFirst())));
    if (!logoPath.isEmpty()) {
        if (!QFileInfo::exists(logoPath))
            return makeError(ErrorKind::NotFound,
                             tr("The logo image \"%1\" does not exist; choose another file or no logo.").arg(logoPath));
        // A regular file of sane size only: a FIFO or /dev/zero given as the logo must not hang or fill memory.
        if (Result<QByteArray> bytes = BoundedFile::read(logoPath, kMaxLogoBytes, tr("The logo image")); !bytes)
            return bytes.error();
        QImageReader reader(logoPath);
        if (!reader.canRead())
            return makeError(
                ErrorKind::Data,
                tr("The logo \"%1\" is not an image Consentry can read; use a PNG or JPEG file.").arg(logoPath));
    }
    return {};
}

} // namespace consentry
