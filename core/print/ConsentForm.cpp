#include "print/ConsentForm.h"

#include "platform/Formats.h"
#include "print/SignageText.h"

namespace consentry {

namespace {

QString words(SignageText::Phrase phrase, SignLanguage language, const QString &separator = QStringLiteral(" / "))
{
    QStringList parts;
    for (const QString &code : SignageSpec::languageCodes(language))
        parts << SignageText::text(phrase, code);
    return parts.join(separator);
}

// Everything both documents share: who is asking, what they were told, the notice version.
Document common(const QStringList &noticeParagraphs, const SiteProfile &profile, SignLanguage language,
                SignageText::Phrase title, const QString &noticeVersion)
{
    Document doc;
    doc.title = words(title, language, QString(QChar(QChar::LineSeparator)));
    doc.language = SignageSpec::languageKey(language);
    doc.header = profile.siteName.isEmpty() ? profile.operatorName
                                            : profile.siteName + QStringLiteral(" — ") + profile.operatorName;
    doc.footer = Formats::withColon(words(SignageText::FormNoticeVersion, language)) + noticeVersion;
    for (const QString &code : SignageSpec::languageCodes(language))
        doc.addParagraph(SignageText::text(SignageText::FormIntro, code));
    doc.addField(words(SignageText::FormOperator, language), profile.operatorName);
    if (!profile.siteName.isEmpty())
        doc.addField(words(SignageText::FormSite, language), profile.siteName);
    QStringList contact;
    for (const QString &item : { profile.contactPhone, profile.contactEmail, profile.contactAddress }) {
        if (!item.isEmpty())
            contact << item;
    }
    if (!contact.isEmpty())
        doc.addField(words(SignageText::ContactLabel, language), contact.join(QStringLiteral("; ")));
    doc.addField(words(SignageText::FormNoticeVersion, language), noticeVersion);
    doc.addHeading(words(SignageText::FormNoticeHeading, language));
    for (const QString &paragraph : noticeParagraphs) {
        if (!paragraph.trimmed().isEmpty())
            doc.addParagraph(paragraph.trimmed());
    }
    return doc;
}

} // namespace

QString ConsentForm::formatTime(const QDateTime &time, const QString &language)
{
    return Formats::dateTimeWithOffset(time, language);
}

Document ConsentForm::paperForm(const QStringList &noticeParagraphs, const SiteProfile &profile, SignLanguage language,
                                const QString &noticeVersion)
{
    Document doc = common(noticeParagraphs, profile, language, SignageText::FormTitle, noticeVersion);
    const QStringList codes = SignageSpec::languageCodes(language);
    doc.addHeading(words(SignageText::FormChoiceHeading, language));
    for (const QString &code : codes)
        doc.addParagraph(SignageText::text(SignageText::FormChoiceAgree, code));
    for (const QString &code : codes)
        doc.addParagraph(SignageText::text(SignageText::FormChoiceDecline, code));
    for (const QString &alternative : profile.alternatives)
        doc.addParagraph(QStringLiteral("    □ ") + alternative);
    doc.addHeading(words(SignageText::FormSignerHeading, language));
    doc.addField(words(SignageText::FormName, language));
    doc.addSignature(words(SignageText::FormSignature, language));
    doc.addField(words(SignageText::FormDate, language));
    doc.addHeading(words(SignageText::FormGuardianHeading, language));
    doc.addField(words(SignageText::FormGuardianName, language));
    doc.addField(words(SignageText::FormGuardianRelation, language));
    doc.addSignature(words(SignageText::FormSignature, language));
    doc.addField(words(SignageText::FormWitness, language));
    doc.addField(words(SignageText::FormDate, language));
    return doc;
}

Document ConsentForm::signedCopy(const QStringList &noticeParagraphs, const SiteProfile &profile, SignLanguage language,
                                 const SignedConsentCopy &consent)
{
    Document doc = common(noticeParagraphs, profile, language, SignageText::FormSignedCopyTitle, consent.noticeVersion);
    doc.addHeading(words(SignageText::FormDecision, language));
    QString decision
        = words(consent.granted ? SignageText::FormDecisionGranted : SignageText::FormDecisionDeclined, language);
    if (!consent.granted && !consent.alternativeChosen.isEmpty())
        decision = Formats::withColon(decision) + consent.alternativeChosen;
    doc.addParagraph(decision);
    doc.addHeading(words(SignageText::FormSignerHeading, language));
    doc.addField(words(SignageText::FormName, language), consent.signer);
    doc.addField(words(SignageText::FormSignedAt, language),
                 formatTime(consent.signedAt, SignageSpec::languageCodes(language).value(0)));
    if (!consent.guardianName.isEmpty()) {
        doc.addField(words(SignageText::FormGuardianName, language), consent.guardianName);
        doc.addField(words(SignageText::FormGuardianRelation, language), consent.guardianRelation);
    }
    doc.addSignature(words(SignageText::FormSignature, language), consent.signature);
    doc.addField(words(SignageText::FormWitness, language), consent.witness);
    doc.addField(words(SignageText::FormRecordedAt, language),
                 formatTime(consent.recordedAt, SignageSpec::languageCodes(language).value(0)));
    for (const QString &code : SignageSpec::languageCodes(language))
        doc.addParagraph(SignageText::text(SignageText::FormCopyNote, code));
    return doc;
}

} // namespace consentry
