#pragma once

#include "domain/SiteProfile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace consentry {

// The notice a resident reads before any face data is collected (Provisions arts. 5–7, PIPL arts. 14, 17).
// Its wording is data, in both languages at once: a bilingual sign or form must show Chinese and English
// whatever the interface language is. What was shown is kept verbatim: a NoticeDocument's canonical text is
// what gets published as an immutable notice version, hashed, and referred to by every consent.
struct NoticeSection {
    QString heading;
    QStringList paragraphs;
};

struct NoticeDocument {
    QString language; // zh_CN or en
    QString title;
    QList<NoticeSection> sections;

    // Canonical text: "# title", then "## heading" and paragraphs separated by blank lines. Stable byte for
    // byte for the same input, so its SHA-256 identifies the version.
    QString toCanonicalText() const;
    static NoticeDocument fromCanonicalText(const QString &language, const QString &text);
    QString toHtml(qreal baseFontPt = 0) const; // for on-screen display; derived from the same content
    QByteArray sha256Hex() const;
};

namespace NoticeText {

// Bumped whenever the wording below changes, so a new notice version is published.
QString templateVersion();
// The complete notice filled from the site profile. Missing profile values appear as a visible
// "[not set: …]" so an incomplete notice can never pass for a complete one.
NoticeDocument compose(const SiteProfile &profile, const QString &language);

} // namespace NoticeText
} // namespace consentry
