#pragma once

#include "Result.h"
#include "domain/Consent.h"
#include "domain/Resident.h"
#include "print/Document.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace consentry {
class Vault;
}

namespace consentry::ui {

class StatusLine;

// The paper route to consent (Provisions art. 5 ¶3) for someone who cannot sign on screen: staff print the
// blank form of the notice in force (or save it as PDF), the person reads and signs it on paper, and staff
// record what the paper says with the same mandatory answers as on screen — name, the age question (a
// guardian for a child under 14), who signed, the decision, the other way if declined, the day signed and
// the notice version printed on the form. "Record" asks ResidentService::consentFromPaper, so a form that
// says the wrong thing is refused by the same rules as `consentry-cli enroll --consent`; nothing is stored
// here: the wizard stores the consent with the enrollment (granted) or records the refusal.
class PaperConsentDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing`: the person is already on record (the Residents screen): their name is fixed.
    PaperConsentDialog(Vault &vault, const QString &residentName, const std::optional<Resident> &existing,
                       QWidget *parent = nullptr);

    // After Record: the consent as checked in core, and the person with the age answer from the form.
    std::optional<Consent> consent() const { return m_consent; }
    Resident resident() const { return m_resident; }

    // The blank form for the notice in force, in the form language chosen, with the name if typed.
    Result<Document> blankForm() const;
    Result<int> saveBlankFormAsPdf(const QString &path) const; // "Save blank form as PDF…"
    QString formLanguage() const; // zh_CN or en

    // Record: checks the answers, then the paper in core; accepts only when both agree. Public for tests.
    void record();

private:
    void printBlankForm();
    void pdfBlankForm();
    void updateState();
    Result<Document> blankFormFor(const QString &version, const QString &language) const;

    Vault &m_vault;
    std::optional<Resident> m_existing;
    std::optional<Consent> m_consent;
    Resident m_resident;

    QComboBox *m_languageBox = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QButtonGroup *m_ageGroup = nullptr;
    QRadioButton *m_birthRadio = nullptr;
    QRadioButton *m_under14Radio = nullptr;
    QRadioButton *m_over14Radio = nullptr;
    QDateEdit *m_birthEdit = nullptr;
    QGroupBox *m_guardianBox = nullptr;
    QLineEdit *m_guardianNameEdit = nullptr;
    QComboBox *m_guardianRelationBox = nullptr;
    QLineEdit *m_signerEdit = nullptr;
    bool m_signerTouched = false;
    bool m_birthTouched = false;
    QButtonGroup *m_decisionGroup = nullptr;
    QRadioButton *m_grantedRadio = nullptr;
    QRadioButton *m_declinedRadio = nullptr;
    QComboBox *m_alternativeBox = nullptr;
    QDateTimeEdit *m_signedAtEdit = nullptr;
    QComboBox *m_versionBox = nullptr;
    QLineEdit *m_evidenceEdit = nullptr;
    StatusLine *m_message = nullptr;
    QPushButton *m_recordButton = nullptr;
};

} // namespace consentry::ui
