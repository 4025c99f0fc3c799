#pragma once

#include "Result.h"
#include "compliance/ImpactAssessment.h"
#include "domain/Device.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace consentry {

class Database;

// The compliance records: the device register, the signs printed per device, the signed impact assessments
// (insert-only: triggers refuse UPDATE and DELETE) and the filings made. No personal data of residents.
class ComplianceRepository
{
public:
    explicit ComplianceRepository(Database &db);

    // Devices in the register (removed ones are kept as history, not listed).
    Result<qint64> addDevice(const Device &device, const QString &actor);
    Result<QList<Device>> devices() const;
    Result<std::optional<Device>> device(qint64 id) const; // a listed device
    Status removeDevice(qint64 id, const QString &actor);

    Result<qint64> addSignPrint(const SignPrint &print);
    // Listed devices without a sign printed for `noticeVersion`.
    Result<QList<Device>> devicesWithoutSign(const QString &noticeVersion) const;

    // Signed assessments: a new version (next number), then read back.
    Result<int> addAssessment(const ImpactAssessment &assessment);
    Result<std::optional<ImpactAssessment>> latestAssessment() const;
    Result<QList<ImpactAssessment>> assessments() const; // every version, newest first

    // Aggregates read from the other tables (no names, no templates).
    Result<qint64> peopleWithFaceData() const; // distinct residents holding at least one template
    // The day the `n`-th person still holding face data made their first template (by the data kept now), or
    // an invalid date when fewer than `n` people hold face data.
    Result<QDate> dayPeopleReached(qint64 n) const;
    Result<QStringList> storedEngines() const; // EngineId keys of the stored templates
    Result<qint64> residentsInState(const QString &consentState) const;
    Result<QMap<QString, qint64>> usersByRole() const; // role key -> count
    Result<QDateTime> lastAuditAt(const QString &kind) const; // invalid when never

    Result<qint64> addFiling(const FilingRecord &filing);
    Result<QList<FilingRecord>> filings() const; // newest first

private:
    Database &m_db;
};

} // namespace consentry
