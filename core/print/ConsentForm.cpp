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
                                const QString &noticeVersion, const QString &residentName)
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
    doc.addField(words(SignageText::FormName, language), residentName.trimmed());
    // The age question is not optional (PIPL art. 31): a date of birth, or one of the two boxes.
    doc.addHeading(words(SignageText::FormAgeHeading, language));
    doc.addField(words(SignageText::FormBirthDate, language));
    for (const QString &code : codes)
        doc.addParagraph(SignageText::text(SignageText::FormUnder14Choice, code) + QStringLiteral("    ")
                         + SignageText::text(SignageText::FormOver14Choice, code));
    doc.addSignature(words(SignageText::FormSignature, language));
    doc.addField(words(SignageText::FormDate, language));
    // A child does not tick or sign: the guardian decides in their own words and signs on their own line.
    doc.addHeading(words(SignageText::FormGuardianSignsHeading, language));
    if (!profile.minorsRules.trimmed().isEmpty())
        doc.addParagraph(Formats::withColon(words(SignageText::FormMinorsRulesHeading, language))
                         + profile.minorsRules.trimmed());
    for (const QString &code : codes)
        doc.addParagraph(QStringLiteral("□ ") + SignageText::text(SignageText::FormGuardianChoiceAgree, code));
    for (const QString &code : codes)
        doc.addParagraph(SignageText::text(SignageText::FormChoiceDecline, code));
    doc.addField(words(SignageText::FormGuardianName, language));
    doc.addField(words(SignageText::FormGuardianToChild, language));
    doc.addSignature(words(SignageText::FormSignature, language));
    doc.addField(words(SignageText::FormDate, language));
    doc.addField(words(SignageText::FormWitness, language));
    doc.addField(words(SignageText::FormDate, language));
    return doc;
}

Document ConsentForm::signedCopy(const QStringList &noticeParagraphs, const SiteProfile &profile, SignLanguage language,
                                 const SignedConsentCopy &consent)
{
    Document doc
        = common(noticeParagraphs, profile, language,
                 consent.signedByGuardian ? SignageText::FormGuardianCopyTitle : SignageText::FormSignedCopyTitle,
                 consent.noticeVersion);
    const QStringList codes = SignageSpec::languageCodes(language);
    doc.addHeading(words(SignageText::FormDecision, language));
    if (consent.signedByGuardian && consent.granted) {
        // The guardian's decision in the guardian's own words (PIPL art. 31), never "my face data".
        for (const QString &code : codes)
            doc.addParagraph(SignageText::text(SignageText::FormGuardianChoiceAgree, code));
    } else {
        QString decision
            = words(consent.granted ? SignageText::FormDecisionGranted : SignageText::FormDecisionDeclined, language);
        if (!consent.granted && !consent.alternativeChosen.isEmpty())
            decision = Formats::withColon(decision) + consent.alternativeChosen;
        doc.addParagraph(decision);
    }
    if (consent.signedByGuardian) {
        // 被监护人 and 监护人 each under their own heading: the child's name is never printed as "本人".
        doc.addHeading(words(SignageText::FormSubjectHeading, language));
        doc.addField(words(SignageText::FormName, language), consent.subjectName);
        doc.addHeading(words(SignageText::FormGuardianSignsHeading, language));
        doc.addField(words(SignageText::FormGuardianName, language), consent.guardianName);
        doc.addField(words(SignageText::FormGuardianToChild, language), consent.guardianRelation);
        if (!profile.minorsRules.trimmed().isEmpty())
            doc.addParagraph(Formats::withColon(words(SignageText::FormMinorsRulesHeading, language))
                             + profile.minorsRules.trimmed());
    } else {
        doc.addHeading(words(SignageText::FormSignerHeading, language));
        doc.addField(words(SignageText::FormName, language),
                     consent.subjectName.isEmpty() ? consent.signer : consent.subjectName);
    }
    const QString role = words(
        consent.signedByGuardian ? SignageText::FormSignedByGuardian : SignageText::FormSignedByResident, language);
    doc.addField(words(SignageText::FormSignedBy, language),
                 codes.value(0) == QLatin1String("zh_CN")
                     ? consent.signer + QStringLiteral("（") + role + QStringLiteral("）")
                     : consent.signer + QStringLiteral(" (") + role + QLatin1Char(')'));
    doc.addField(words(SignageText::FormSignedAt, language), formatTime(consent.signedAt, codes.value(0)));
    doc.addSignature(words(SignageText::FormSignature, language), consent.signature);
    doc.addField(words(SignageText::FormWitness, language), consent.witness);
    doc.addField(words(SignageText::FormRecordedAt, language), formatTime(consent.recordedAt, codes.value(0)));
    for (const QString &code : codes)
        doc.addParagraph(SignageText::text(
            consent.signedByGuardian ? SignageText::FormGuardianCopyNote : SignageText::FormCopyNote, code));
    return doc;
}

} // namespace consentry
