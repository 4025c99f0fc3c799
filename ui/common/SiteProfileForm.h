#pragma once

#include "Result.h"
#include "domain/SiteProfile.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace consentry::ui {

// Every field of the site profile (who runs the facial recognition, why, for how long, how to reach
// them, the other ways to prove identity). The one form of the setup wizard, the Settings screen and the
// signage editor, so all three show and check a profile by the same rules as a profile file
// (SiteProfile::fromJson), and none invents a value the manager never chose.
class SiteProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit SiteProfileForm(QWidget *parent = nullptr);

    void setProfile(const SiteProfile &profile);
    SiteProfile profile() const; // as typed, trimmed; alternatives one per non-empty line
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Ok when the store would accept the profile (SiteProfile::fromJson rules); the message names the field.
    Status validate() const;
    // Field labels (translated, without "&" or ":") of what is still missing before residents can be
    // shown a notice (SiteProfile::missingFields).
    QStringList missingLabels() const;

    // The rows only the settings page needs (verification mode, record periods, renewal grace, minors' rules,
    // backups): hidden until shown, so setup and the signage editor stay short. Their values are kept either way.
    void setAllRulesVisible(bool visible);

    // A row of the screen's own below the profile's fields, aligned with them (the sign's logo).
    void addRow(const QString &label, QLayout *field);

Q_SIGNALS:
    void changed();

private:
    QString labelFor(const QString &key) const;
    void siteTypeChosen(); // fills what is not set yet with the site type's defaults
    void updateRule();

    QLineEdit *m_siteName;
    QLineEdit *m_operator;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_address;
    QPlainTextEdit *m_purpose;
    QSpinBox *m_retention;
    QComboBox *m_siteType;
    QSpinBox *m_maxRetention;
    QLabel *m_retentionRule; // RetentionPolicy::describe() of what is typed: the sentence every document prints
    QComboBox *m_verificationMode;
    QSpinBox *m_recordDays;
    QSpinBox *m_graceDays;
    QPlainTextEdit *m_minorsRules;
    QLineEdit *m_backupLocation;
    // The profile last set: fields this form does not show are kept as they were.
    SiteProfile m_base;
    QPlainTextEdit *m_alternatives;
    QLineEdit *m_noticeUrl;
    QFormLayout *m_rows;
    bool m_readOnly = false;
};

} // namespace consentry::ui
