#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace consentry {

// One obligation of ../shared/DESIGN.md's table as the compliance centre shows it: a status computed from
// the store, a sentence saying why, and the act that fixes it. Built by ComplianceService.
struct ComplianceItem {
    Q_DECLARE_TR_FUNCTIONS(ComplianceItem)

public:
    enum class Obligation {
        Notice, // notice complete and current
        Signs, // signs printed for the current notice version at every registered device
        Assessment, // impact assessment signed and current
        Filing, // filing needed / done
        Devices, // devices registered, none in a forbidden place
        Retention, // retention within its ceiling, nothing kept past its date
        Renewal, // consents needing renewal after a material change
        Backup, // last backup age
        AuditChain, // audit chain verified recently
        Purge, // the retention purge ran on time
    };
    enum class Level { Ok, Warning, Action };
    // Where a person goes to fix it (the GUI maps each to a screen).
    enum class Fix {
        None,
        EditSiteProfile,
        PrintSigns,
        EditAssessment,
        Filing,
        DeviceRegister,
        RetentionSettings,
        RenewConsents,
        Backup,
        VerifyAudit,
        Purge,
    };

    Obligation obligation = Obligation::Notice;
    Level level = Level::Ok;
    QString detail; // one sentence, true of the data
    Fix fix = Fix::None;

    QString title() const { return title(obligation); }
    static QString title(Obligation obligation); // translated, "Notice complete and current"
    static QString key(Obligation obligation); // stable, for JSON and object names
    static QString levelName(Level level); // translated: "In order", "Attention", "Action needed"
    static QString levelKey(Level level); // ok, warning, action
    static QString fixLabel(Fix fix); // translated button text, empty for None
    static QList<Obligation> all();
};

struct ComplianceReport {
    QDateTime at;
    QList<ComplianceItem> items; // in ComplianceItem::all() order

    const ComplianceItem *item(ComplianceItem::Obligation obligation) const;
    int count(ComplianceItem::Level level) const;
};

} // namespace consentry
