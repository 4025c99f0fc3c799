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

Status GuardianRule::check(const Resident &resident, const Consent &consent)
{
    if (applies(resident, consent.signedAt.date())
        && (consent.guardianName.trimmed().isEmpty() || consent.guardianRelation.trimmed().isEmpty()))
        return makeError(ErrorKind::Policy,
                         tr("The resident was under 14 when the consent was signed: it needs the guardian's name and "
                            "relation."));
    return {};
}

QString GuardianRule::sql(const QString &parameter)
{
    return QStringLiteral("(CASE WHEN date_of_birth IS NULL THEN minor != 0 ELSE date_of_birth > %1 END)")
        .arg(parameter);
}

} // namespace consentry
