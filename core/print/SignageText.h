#pragma once

#include "domain/SiteProfile.h"

#include <QString>

namespace consentry {

// The fixed wording of signs and paper forms, per language. This is data, not interface text: a
// bilingual sign shows Chinese and English at the same time whatever language the interface speaks, so
// both wordings live here side by side instead of in the translation files.
class SignageText
{
public:
    enum Phrase {
        Headline, // the sign's first words: facial recognition is in use here
        PurposeLabel,
        OperatorLabel, // the personal information handler
        ContactLabel,
        PhoneLabel,
        EmailLabel,
        AddressLabel,
        LocalLabel,
        LocalText, // face data stays on this device, not sent over the internet
        RetentionLabel,
        AlternativeLabel,
        AlternativeText, // followed by the list of alternatives
        WithdrawLabel,
        WithdrawText,
        QrCaption,
        LegalBasis,
        PageOfPages, // %1 = page, %2 = pages
        // Paper consent form
        FormTitle,
        FormSignedCopyTitle,
        FormIntro,
        FormNoticeHeading,
        FormChoiceHeading,
        FormChoiceAgree,
        FormChoiceDecline, // followed by the alternatives
        FormSignerHeading,
        FormName,
        FormSignature,
        FormDate,
        FormGuardianName,
        FormWitness,
        FormNoticeVersion,
        FormSignedAt,
        FormRecordedAt,
        FormDecision,
        FormDecisionGranted,
        FormDecisionDeclined,
        FormCopyNote,
        FormOperator,
        FormSite,
        // Children (PIPL art. 31): the age question, the person enrolled and the guardian's own consent.
        FormAgeHeading,
        FormBirthDate,
        FormUnder14Choice, // followed by FormOver14Choice on the same line
        FormOver14Choice,
        FormSubjectHeading, // the child, on a guardian's copy
        FormGuardianSignsHeading,
        FormGuardianChoiceAgree,
        FormGuardianToChild, // the guardian's relation to the child
        FormSignedBy,
        FormSignedByGuardian,
        FormSignedByResident,
        FormMinorsRulesHeading,
        FormGuardianCopyTitle,
        FormGuardianCopyNote,
    };

    // The phrase in `language` ("zh_CN" or "en"; anything else gives English).
    static QString text(Phrase phrase, const QString &language);
    // The retention sentence of the profile's rule in `language` (RetentionPolicy::sentence).
    static QString retention(const SiteProfile &profile, const QString &language);
};

} // namespace consentry
