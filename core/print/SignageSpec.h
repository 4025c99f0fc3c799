#pragma once

#include "Result.h"
#include "domain/Device.h"
#include "domain/SiteProfile.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace consentry {

// The three signs a site prints: a wall poster, a card for the front desk and a label for the device.
enum class SignLayout { PosterA4, CounterA5, LabelA6 };
// Which languages the sign's own words are in; Bilingual puts Chinese and English on one sheet.
enum class SignLanguage { Chinese, English, Bilingual };
// The paper the sign is printed on. A sign on larger paper is drawn at its own size with cut marks.
enum class PaperSize { A4, A5, A6, Letter };

// Everything that decides what a sign looks like: which sign, in which language, on which paper, filled
// from which site profile, with which logo.
struct SignageSpec {
    Q_DECLARE_TR_FUNCTIONS(SignageSpec)

public:
    SignLayout layout = SignLayout::PosterA4;
    SignLanguage language = SignLanguage::Bilingual;
    PaperSize paper = PaperSize::A4;
    SiteProfile profile;
    QString logoPath; // optional image file (PNG, JPEG, SVG needs no plugin: PNG/JPEG recommended)
    // The registered device the sign is for (its label states where the device is and what it sees).
    std::optional<Device> device;

    // A spec for `layout` on its own paper size.
    static SignageSpec forLayout(SignLayout layout, SignLanguage language, const SiteProfile &profile);

    // Stable keys of ../shared/CLI.md: poster-a4|counter-a5|label-a6, zh_CN|en|zh_CN+en, A4|A5|A6|Letter.
    static QString layoutKey(SignLayout layout);
    static std::optional<SignLayout> layoutFromKey(const QString &key);
    static QString languageKey(SignLanguage language);
    static std::optional<SignLanguage> languageFromKey(const QString &key);
    static QString paperKey(PaperSize paper);
    static std::optional<PaperSize> paperFromKey(const QString &key);
    static QList<SignLayout> allLayouts();
    static QList<SignLanguage> allLanguages();
    static QList<PaperSize> allPapers();

    // Names for people (translated into the interface language).
    static QString layoutTitle(SignLayout layout);
    static QString languageTitle(SignLanguage language);
    static QString paperTitle(PaperSize paper);

    static PaperSize defaultPaper(SignLayout layout);
    static QPageSize pageSize(PaperSize paper);
    // The language codes whose wording the sign shows, in order: {"zh_CN"}, {"en"} or {"zh_CN", "en"}.
    static QStringList languageCodes(SignLanguage language);

    // Profile fields a sign cannot do without (JSON keys), empty when the sign can be made.
    QStringList missingFields() const;
    // Ok when the sign can be made: required profile fields present, logo readable. The error names the field.
    Status validate() const;
    static constexpr qint64 kMaxLogoBytes = 16 * 1024 * 1024;
};

} // namespace consentry
