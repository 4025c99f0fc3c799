#pragma once

#include "domain/SiteProfile.h"
#include "print/Document.h"
#include "print/SignageSpec.h"

#include <QDateTime>
#include <QImage>
#include <QStringList>

namespace consentry {

// What the resident's copy of a signed consent records.
struct SignedConsentCopy {
    QString signer; // who signed: the person, or for a child under 14 the guardian
    bool signedByGuardian = false;
    QString subjectName; // the person enrolled (the child on a guardian's copy)
    QString witness; // the staff member who took the consent
    QDateTime signedAt;
    QDateTime recordedAt;
    QString noticeVersion; // id or SHA-256 of the notice text the resident read
    bool granted = true; // false: declined and chose another way
    QString alternativeChosen; // when declined
    QString guardianName; // for a child under 14
    QString guardianRelation;
    QImage signature; // optional: the captured signature
};

// Builds the paper documents around a consent: the blank form for residents who prefer paper, and the
// resident's copy of a signed consent. The notice itself is another module's text; it comes in as plain
// paragraphs, exactly as shown on screen, with its version.
class ConsentForm
{
public:
    // `residentName`, when known, is printed on the name line (the rest stays blank for the pen).
    static Document paperForm(const QStringList &noticeParagraphs, const SiteProfile &profile, SignLanguage language,
                              const QString &noticeVersion, const QString &residentName = QString());
    static Document signedCopy(const QStringList &noticeParagraphs, const SiteProfile &profile, SignLanguage language,
                               const SignedConsentCopy &consent);
    // Local time with its offset, unambiguous on paper, in the document's language (Formats):
    // "2026年1月1日 17:00（UTC+08:00）", "1 Jan 2026 17:00 (UTC+08:00)". Empty language: the current one.
    static QString formatTime(const QDateTime &time, const QString &language = QString());
};

} // namespace consentry
