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
    bool minorFlag = false; // "under 14" when the date of birth is not recorded (see GuardianRule)
    QDate moveIn;
    QDate moveOut;
    Status status = Status::Active;
    QDateTime createdAt;
    QDateTime updatedAt;

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
