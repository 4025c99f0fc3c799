#pragma once

#include "Result.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPrinter;

namespace consentry {
struct Document;
}

namespace consentry::ui {

class StatusLine;

// Shows a recovery key once, large and in a fixed-width font, with Copy, Print and Save as PDF, and a
// box "I have stored the recovery key safely" that the caller requires before going on. Used at setup
// and when a manager renews the key.
class RecoveryKeyPanel : public QWidget
{
    Q_OBJECT

public:
    RecoveryKeyPanel(const QString &recoveryKey, const QString &siteName, const QString &dataDir,
                     QWidget *parent = nullptr);

    QString recoveryKey() const { return m_key; }
    bool isStored() const;

    // The work behind the buttons, without dialogs (also the test hooks).
    Status savePdf(const QString &path) const;
    Status printTo(QPrinter &printer) const;
    Document sheet() const; // the printed page: the key, what it is for, where to keep it

public Q_SLOTS:
    void copyToClipboard();
    void print();
    void savePdfWithDialog();

Q_SIGNALS:
    void storedChanged(bool stored);

private:
    QString m_key;
    QString m_siteName;
    QString m_dataDir;
    QLabel *m_keyLabel = nullptr;
    StatusLine *m_feedback = nullptr;
    QCheckBox *m_stored = nullptr;
};

} // namespace consentry::ui
