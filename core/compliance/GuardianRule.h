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
    // A consent the resident signed while a child names the guardian and their relation; a Policy error
    // (one sentence) otherwise.
    static Status check(const Resident &resident, const Consent &consent);

    // The same rule in SQL over residents(date_of_birth, minor), true for a child on the day whose bornAfter()
    // value is bound to the named parameter `parameter` (":child_born_after").
    static QString sql(const QString &parameter);
    // Born after this day <=> under 14 on `day`.
    static QDate bornAfter(const QDate &day) { return day.addYears(-kAge); }
};

} // namespace consentry
