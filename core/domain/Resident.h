#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace consentry {

// A person living or staying at the site. Face data hangs off a resident only with a granted consent.
struct Resident {
    enum class Status { Active, MovedOut };
    // How the mandatory age question was answered (PIPL art. 31): a date of birth, or an explicit
    // "under 14: yes/no" (minorFlag). Unknown only for records made before the question was mandatory; no
    // face data is enrolled on an unknown age (GuardianRule::checkAgeAnswered).
    enum class AgeBasis { Unknown, DateOfBirth, Declared };

    qint64 id = 0;
    QString name;
    QString unit; // unit / room
    QDate dateOfBirth; // when the age was answered with it
    bool minorFlag = false; // "under 14" when the date of birth is not recorded (see GuardianRule)
    AgeBasis ageBasis = AgeBasis::Unknown;
    QDate moveIn;
    QDate moveOut;
    Status status = Status::Active;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime reducedAt; // valid once the record was reduced to ids after the record retention period

    // The answer as given: a valid date of birth is the answer, else the flag once declared.
    void answerAge(const QDate &birth) { dateOfBirth = birth, ageBasis = AgeBasis::DateOfBirth; }
    void declareUnder14(bool under14) { dateOfBirth = QDate(), minorFlag = under14, ageBasis = AgeBasis::Declared; }

    static QString statusKey(Status s)
    {
        return s == Status::Active ? QStringLiteral("active") : QStringLiteral("moved_out");
    }
    static QString ageBasisKey(AgeBasis b)
    {
        return b == AgeBasis::DateOfBirth ? QStringLiteral("birth_date")
            : b == AgeBasis::Declared     ? QStringLiteral("declared")
                                          : QStringLiteral("unknown");
    }
    static AgeBasis ageBasisFromKey(const QString &key)
    {
        return key == QLatin1String("birth_date") ? AgeBasis::DateOfBirth
            : key == QLatin1String("declared")    ? AgeBasis::Declared
                                                  : AgeBasis::Unknown;
    }
    static Status statusFromKey(const QString &key)
    {
        return key == QLatin1String("moved_out") ? Status::MovedOut : Status::Active;
    }
};

} // namespace consentry
