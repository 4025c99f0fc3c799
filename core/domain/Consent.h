#pragma once

#include <QDateTime>
#include <QString>

namespace consentry {

// One decision of one person on one exact notice text. Declining is recorded as carefully as agreeing,
// with the alternative the person chose instead.
struct Consent {
    enum class Decision { Granted, Declined };
    // Who signed: the resident in their own name, or (under 14) a guardian in the guardian's own voice.
    enum class SignerRole { Resident, Guardian };

    qint64 id = 0;
    qint64 residentId = 0;
    qint64 noticeVersionId = 0; // the exact text (version + language) shown
    Decision decision = Decision::Declined;
    QString alternative; // the non-facial way chosen (or offered) instead
    QString signer; // who signed (the guardian for a child under 14)
    SignerRole signerRole = SignerRole::Resident;
    QString subjectName; // whom the consent is about (the resident); empty: the resident's name on record
    QString guardianName; // required when the resident is under 14
    QString guardianRelation;
    QString witness; // the staff user who witnessed it
    QString evidence; // e.g. where the paper form is filed
    QDateTime signedAt;
    QDateTime recordedAt;
    QDateTime withdrawnAt; // invalid while in force
    QString withdrawnBy;
    // Set on a grant in force when a material change of the notice needs the person's consent again: the
    // end of the grace period (the purge deletes the face data then). Invalid: no renewal needed.
    QDateTime renewalDueAt;

    bool isWithdrawn() const { return withdrawnAt.isValid(); }
    bool isActiveGrant() const { return decision == Decision::Granted && !isWithdrawn(); }
    bool needsRenewal() const { return isActiveGrant() && renewalDueAt.isValid(); }
    static QString decisionKey(Decision d)
    {
        return d == Decision::Granted ? QStringLiteral("granted") : QStringLiteral("declined");
    }
    static QString signerRoleKey(SignerRole r)
    {
        return r == SignerRole::Guardian ? QStringLiteral("guardian") : QStringLiteral("resident");
    }
    static SignerRole signerRoleFromKey(const QString &key)
    {
        return key == QLatin1String("guardian") ? SignerRole::Guardian : SignerRole::Resident;
    }
    static Decision decisionFromKey(const QString &key)
    {
        return key == QLatin1String("granted") ? Decision::Granted : Decision::Declined;
    }
};

} // namespace consentry
