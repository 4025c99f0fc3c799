#pragma once

#include "Result.h"
#include "domain/Consent.h"
#include "domain/Resident.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace consentry {

// PIPL art. 31: the personal information of a child under 14 is processed only with the separate consent of
// a parent or other guardian. The one place that says who counts as a child and what their consent needs:
// the consent dialog, the paper consent, the services and the Residents list (in SQL) all ask here.
class GuardianRule
{
    Q_DECLARE_TR_FUNCTIONS(GuardianRule)

public:
    static constexpr int kAge = 14;

    // Under 14 on `day`, from a known date of birth (an invalid date: not known, so false).
    static bool isUnder14(const QDate &dateOfBirth, const QDate &day);
    // The resident on `day`: from the date of birth when it is recorded, else from the "under 14" flag.
    static bool applies(const Resident &resident, const QDate &day);
    // The age question is mandatory before face data is enrolled: a date of birth or an explicit "under 14:
    // yes/no". A Policy error naming what to ask otherwise.
    static Status checkAgeAnswered(const Resident &resident);
    // Who may sign a grant: for a child under 14 on the signing day, the guardian in the guardian's own voice (signer
    // role guardian, the guardian's name as signer, name and relation recorded); for anyone else the person
    // themself (a guardian's consent is not the person's own). A Policy error (one sentence) otherwise.
    static Status check(const Resident &resident, const Consent &consent);
    // A guardian's grant in force for a person whose known date of birth says they are 14 or older on `day`:
    // the person's own consent is needed now (the consent becomes "renewal needed"). A declared flag never
    // ages: it says nothing about when the child turns 14.
    static bool needsOwnConsent(const Resident &resident, const Consent &consent, const QDate &day);
    // The day a known date of birth reaches 14 (invalid when unknown).
    static QDate fourteenthBirthday(const QDate &dateOfBirth) { return dateOfBirth.addYears(kAge); }

    // The same rule in SQL over residents(date_of_birth, minor), true for a child on the day whose bornAfter()
    // value is bound to the named parameter `parameter` (":child_born_after").
    static QString sql(const QString &parameter);
    // Born after this day <=> under 14 on `day`.
    static QDate bornAfter(const QDate &day) { return day.addYears(-kAge); }
};

} // namespace consentry
