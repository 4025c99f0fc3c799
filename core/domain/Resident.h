#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace consentry {

// A person living or staying at the site. Face data hangs off a resident only with a granted consent.
struct Resident {
    enum class Status { Active, MovedOut };

    qint64 id = 0;
    QString name;
    QString unit; // unit / room
    QDate dateOfBirth; // optional
    bool minorFlag = false; // "under 14" when the date of birth is not recorded
    QDate moveIn;
    QDate moveOut;
    Status status = Status::Active;
    QDateTime createdAt;
    QDateTime updatedAt;

    static constexpr int kGuardianAge = 14; // PIPL art. 31: a guardian consents for a child under 14
    // Under 14 on `day`: from the date of birth if known, else the flag.
    bool isMinorOn(const QDate &day) const
    {
        if (!dateOfBirth.isValid())
            return minorFlag;
        return dateOfBirth.addYears(kGuardianAge) > day;
    }
    static QString statusKey(Status s)
    {
        return s == Status::Active ? QStringLiteral("active") : QStringLiteral("moved_out");
    }
    static Status statusFromKey(const QString &key)
    {
        return key == QLatin1String("moved_out") ? Status::MovedOut : Status::Active;
    }
};

} // namespace consentry
