#pragma once

#include "storage/SecureBytes.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace consentry::ui {

// "Restore from backup…" (issue 10 §7): says what is replaced before anything is — the store in the data
// folder with its residents, by the backup's older state — and that withdrawals, deletions and purges made
// after the backup are applied again; asks for a manager of the backup and their password in it, and for an
// explicit tick. The restore itself is StoreFolder::restoreReplacing, as in `consentry-cli restore --replace`.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    struct Facts {
        QString backupPath;
        qint64 backupBytes = 0;
        QDateTime backupModified; // the file's time (what the file system says; the store tells the true age)
        QString dataDir;
        qint64 residentsNow = 0;
        QString userName; // proposed: the manager signed in
    };
    explicit RestoreDialog(const Facts &facts, QWidget *parent = nullptr);

    QString userName() const;
    SecureBytes password() const;

private:
    void updateState();

    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_understood;
    QPushButton *m_ok;
};

} // namespace consentry::ui
