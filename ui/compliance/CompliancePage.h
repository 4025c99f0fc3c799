#pragma once

#include "compliance/ComplianceStatus.h"
#include "compliance/ImpactAssessment.h"

#include <QMap>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace consentry {
class ChangeSet;
class Vault;
} // namespace consentry

namespace consentry::ui {

class StatusLine;

// The compliance centre (manager; auditor read-only): every obligation as a row with its status from the
// store and the button that fixes it, the device register, the impact assessment editor (facts from the
// store, the four answers, signing, PDF) and the filing (count, deadline, holidays, processing rules, filings
// recorded, the pack). Follows the ChangeFeed: nothing is refreshed by hand.
class CompliancePage : public QWidget
{
    Q_OBJECT

public:
    // `engine` names the recognition engine the console runs (the gallery's), for the assessment's facts.
    CompliancePage(Vault &vault, std::function<EngineFacts()> engine, QWidget *parent = nullptr);

    enum class Tab { Overview, Devices, Assessment, Filing };
    void showTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *obligations() const { return m_obligations; }
    QTableWidget *devices() const { return m_devices; }
    const ComplianceReport &report() const { return m_report; }

public Q_SLOTS:
    void reload();
    // The one-click fix of a row: a screen of this page, or (Fix::Backup, Fix::Purge) the act itself.
    void fix(consentry::ComplianceItem::Fix fix);
    void addDevice();
    void removeSelectedDevice();
    void saveAnswers();
    void signAssessment();
    void exportAssessment();
    void saveFilingSettings();
    void recordFiling();
    void writeFilingPack();

Q_SIGNALS:
    // A fix on another screen: the AppController shows it.
    void fixElsewhere(consentry::ComplianceItem::Fix fix);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildOverview();
    QWidget *buildDevices();
    QWidget *buildAssessment();
    QWidget *buildFiling();
    void loadOverview();
    void loadDevices();
    void loadAssessment();
    void loadFiling();
    void storeChanged(const ChangeSet &changes);
    bool canChange() const;

    Vault &m_vault;
    std::function<EngineFacts()> m_engine;
    ComplianceReport m_report;
    bool m_stale = false; // the store changed while the page was hidden
    QTabWidget *m_tabs = nullptr;
    // Overview
    QLabel *m_summary = nullptr;
    QTableWidget *m_obligations = nullptr;
    StatusLine *m_overviewStatus = nullptr;
    // Devices
    QTableWidget *m_devices = nullptr;
    QLineEdit *m_deviceName = nullptr;
    QComboBox *m_deviceType = nullptr;
    QLineEdit *m_deviceArea = nullptr;
    QLineEdit *m_deviceCamera = nullptr;
    QPushButton *m_addDevice = nullptr;
    QPushButton *m_removeDevice = nullptr;
    StatusLine *m_deviceStatus = nullptr;
    // Assessment
    QLabel *m_assessmentState = nullptr;
    QTableWidget *m_facts = nullptr;
    QMap<QString, QPlainTextEdit *> m_answers;
    QPushButton *m_saveAnswers = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_exportAssessment = nullptr;
    StatusLine *m_assessmentStatus = nullptr;
    // Filing
    QLabel *m_filingSummary = nullptr;
    QLabel *m_filingReminders = nullptr;
    QPlainTextEdit *m_holidays = nullptr;
    QPlainTextEdit *m_rules = nullptr;
    QPushButton *m_saveFiling = nullptr;
    QComboBox *m_filingKind = nullptr;
    QDateEdit *m_filedOn = nullptr;
    QLineEdit *m_reference = nullptr;
    QPushButton *m_recordFiling = nullptr;
    QTableWidget *m_filings = nullptr;
    QPushButton *m_writePack = nullptr;
    StatusLine *m_filingStatus = nullptr;
};

} // namespace consentry::ui
