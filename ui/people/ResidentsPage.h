#pragma once

#include "Result.h"
#include "print/Document.h"
#include "services/AccessControl.h"
#include "services/ResidentService.h"
#include "vision/EngineId.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace consentry {
class Vault;
}

namespace consentry::ui {

class StatusLine;

class ConsentDialog;
class ResidentDetailPane;
class ResidentsModel;

// The residents screen (staff, manager): the lazy residents table with search and filters, the detail pane
// of the selected person, and what may be done to them. Every action goes through ResidentService, which
// checks the role in core; the screen only greys out what the role may not do and shows the core's refusal
// if it comes anyway.
class ResidentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResidentsPage(Vault &vault, QWidget *parent = nullptr);

    ResidentsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ResidentDetailPane *detailPane() const { return m_detail; }
    // The face engine in use (AppController sets it from the pipeline): enables the re-enrollment count.
    void setActiveEngine(const EngineId &engine);
    qint64 selectedResidentId() const;
    bool selectResident(qint64 residentId); // among the rows read so far
    QString lastMessage() const;

    enum class FilterChoice {
        All,
        Active,
        Withdrawn,
        Expired,
        Declined,
        NoDecision,
        Minors,
        DueSoon,
        Reenrollment,
        Renewal,
        Reduced // records reduced to ids after the retention of records (not in the other views)
    };
    void setFilterChoice(FilterChoice choice);
    ConsentDialog *renewalDialog() const; // while open (test hook)

public Q_SLOTS:
    void reload();
    void editSelected();
    void setMoveOutOfSelected();
    void reenrollSelected();
    void leftTodaySelected(); // "moved out / checked out today": one click, today's date
    void renewSelected(); // the consent dialog again, with what changed, for a renewal-needed person
    void withdrawSelected();
    void deleteSelected();
    void exportSelected();

Q_SIGNALS:
    // Asks for this resident to be enrolled again (AppController: the wizard's re-enrollment).
    void reenrollRequested(qint64 residentId);
    // "Paper consent form…": the selected person's consent on paper (AppController: the wizard's paper route).
    void paperConsentRequested(qint64 residentId);

private:
    // Something changed in the store (ChangeFeed): the list, its count and the selected person's details
    // are read again, the selection kept.
    void storeChanged();
    void applySearch();
    void selectionChanged();
    void updateActions();
    void updateCount();
    void updateReenrollmentBanner();
    void showMessage(const QString &text, bool error);
    bool allowed(Permission permission) const;
    // Asks where to save the receipt; one not saved (cancelled or failed) is kept for "Save receipt again…"
    // until it is saved or the console locks.
    void offerReceipt(qint64 residentId, const QString &name, const Document &document, const QString &suggestedName);
    void saveReceiptAgain();
    qint64 receiptResidentShown() const; // whose unsaved receipt the button offers (0: none)
    std::optional<ResidentDetails> selectedDetails();

    Vault &m_vault;
    ResidentsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ResidentDetailPane *m_detail = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QTimer *m_debounce = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_reenrollBanner = nullptr;
    QPushButton *m_reenrollList = nullptr;
    StatusLine *m_message = nullptr;
    qint64 m_messageFor = 0; // whose action the message is about (0: nobody selected then)
    QPushButton *m_edit = nullptr;
    QPushButton *m_moveOut = nullptr;
    QPushButton *m_reenroll = nullptr;
    QPushButton *m_leftToday = nullptr;
    QPushButton *m_renew = nullptr;
    QPointer<ConsentDialog> m_renewal;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_paper = nullptr;
    QPushButton *m_receiptAgain = nullptr;
    // The receipts not saved yet, as kept in the store (ResidentService::pendingReceipts), by resident id; a
    // deleted person's stays until saved. Read again from the store at start and after each change.
    QHash<qint64, ResidentService::PendingReceipt> m_unsavedReceipts;
    qint64 m_lastUnsavedReceipt = 0; // the newest
    void loadPendingReceipts();
    void offerPending(const ResidentService::PendingReceipt &receipt);
    EngineId m_engine;
};

} // namespace consentry::ui
