#include "compliance/GuardianRule.h"

namespace consentry {

bool GuardianRule::isUnder14(const QDate &dateOfBirth, const QDate &day)
{
    return dateOfBirth.isValid() && dateOfBirth > bornAfter(day);
}

bool GuardianRule::applies(const Resident &resident, const QDate &day)
{
    return resident.dateOfBirth.isValid() ? isUnder14(resident.dateOfBirth, day) : resident.minorFlag;
}

Status GuardianRule::checkAgeAnswered(const Resident &resident)
{
    if (resident.ageBasis == Resident::AgeBasis::DateOfBirth && !resident.dateOfBirth.isValid())
        return makeError(ErrorKind::Policy,
                         tr("The date of birth is missing: enter it, or answer \"under 14: yes or "
                            "no\" instead."));
    if (resident.ageBasis == Resident::AgeBasis::Unknown)
        return makeError(ErrorKind::Policy,
                         tr("The age question has not been answered: enter the date of birth, or answer \"under 14: "
                            "yes or no\". No face data is collected without it."));
    return {};
}

Status GuardianRule::check(const Resident &resident, const Consent &consent)
{
    // Declining processes nothing: a child who prefers another way is not sent away to fetch a guardian.
    if (consent.decision != Consent::Decision::Granted)
        return {};
    if (applies(resident, consent.signedAt.date())) {
        if (consent.guardianName.trimmed().isEmpty() || consent.guardianRelation.trimmed().isEmpty())
            return makeError(ErrorKind::Policy,
                             tr("The resident was under 14 when the consent was signed: it needs the guardian's name "
                                "and relation."));
        if (consent.signerRole != Consent::SignerRole::Guardian
            || consent.signer.trimmed() != consent.guardianName.trimmed())
            return makeError(ErrorKind::Policy,
                             tr("The resident was under 14 when the consent was signed: the guardian signs in their "
                                "own name, not the child."));
        return {};
    }
    if (consent.signerRole == Consent::SignerRole::Guardian)
        return makeError(ErrorKind::Policy,
                         tr("The resident was 14 or older when the consent was signed: they consent in their own "
                            "name, not a guardian."));
    return {};
}

bool GuardianRule::needsOwnConsent(const Resident &resident, const Consent &consent, const QDate &day)
{
    return consent.isActiveGrant() && consent.signerRole == Consent::SignerRole::Guardian
        && resident.dateOfBirth.isValid() && !isUnder14(resident.dateOfBirth, day);
}

QString GuardianRule::sql(const QString &parameter)
{
    return QStringLiteral("(CASE WHEN date_of_birth IS NULL THEN minor != 0 ELSE date_of_birth > %1 END)")
        .arg(parameter);
}

} // namespace consentry
