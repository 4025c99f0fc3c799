#pragma once

#include "compliance/RetentionPolicy.h"
#include "domain/SiteProfile.h"

#include <QByteArray>
#include <QJsonObject>
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
// The retention sentence is RetentionPolicy::sentence() of the rule the store applies (`policy`); the first
// form takes the rule the profile states.
NoticeDocument compose(const SiteProfile &profile, const QString &language);
NoticeDocument compose(const SiteProfile &profile, const RetentionPolicy &policy, const QString &language);

// What is material in a notice (PIPL art. 14 ¶2, 17 ¶2): the processor, the purpose, the method (the verification
// mode and the recognition engine) and the retention rule. A change of any of these needs everyone's consent
// again; a change of anything else (contact, address, site name…) publishes a new version without it.
// Keys: operator_name, purpose, verification_mode, engine (when known), retention_days, max_retention_days.
QJsonObject materialFields(const SiteProfile &profile, const RetentionPolicy &policy, const QString &engine = {});
// The material keys whose values differ (an absent side counts as different only when the other is set).
QStringList materialChanges(const QJsonObject &before, const QJsonObject &after);

struct MaterialChange {
    QString field; // in words, in the language asked for
    QString before; // "—" when not recorded
    QString after;
};
// What changed, in words a resident reads (zh_CN or en): the consent dialog's diff on renewal.
QList<MaterialChange> describeChanges(const QJsonObject &before, const QJsonObject &after, const QString &language);

} // namespace NoticeText
} // namespace consentry
