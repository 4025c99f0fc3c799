#pragma once

#include "compliance/NoticeText.h"
#include "domain/Consent.h"

#include <QDate>
#include <QDateTime>
#include <QDialog>
#include <QList>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace consentry {
class Vault;
}

namespace consentry::ui {

class ReadAloud;
class SignaturePad;
class WrappingCheckBox;

// A published notice version the dialog may show: the consent records exactly which one was shown.
struct ShownNotice {
    QString versionId;
    NoticeDocument document;
};

// What the resident decided, as the dialog hands it to the enrollment service.
struct ConsentOutcome {
    enum class Decision { Granted, Declined };
    Decision decision = Decision::Declined;
    QString noticeVersionId;
    QString noticeLanguage;
    QString signerName;
    QDate dateOfBirth; // invalid when not given
    bool ageAnswered = false; // a date of birth, or an explicit "under 14: yes/no" (required to agree)
    bool minor = false; // under 14, from the date of birth or the flag
    bool signedByGuardian = false; // a child's consent: the guardian decided and signed on their own pad
    QString guardianName;
    QString guardianRelation;
    bool guardianConsented = false;
    QString alternative; // the other way chosen, when declined
    QByteArray signaturePng;
    QString witness; // the signed-in staff user
    QDateTime shownAt;
    QDateTime decidedAt;
};

// The on-screen notice and the separate-consent decision (Provisions arts. 5–7, 10, 12; PIPL 14, 29, 31).
// The consent control is enabled only after the notice has been read to its end; the checkbox starts
// unticked; "I agree" and "I prefer another way" are equal; a refusal is recorded without argument and
// opens no camera; a child under 14 needs the guardian's own separate consent.
class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentDialog(const QList<ShownNotice> &notices, const QStringList &alternatives, const QString &witness,
                  QWidget *parent = nullptr);

    ConsentOutcome outcome() const { return m_outcome; }
    // The notice in force in both languages, the interface's language first (what the dialog shows).
    static QList<ShownNotice> currentNotices(Vault &vault);
    // The consent record a decision stands for (a child's consent is the guardian's: they sign).
    static Consent toConsent(const ConsentOutcome &outcome);
    // A renewal after a material change: what changed between the notice the person consented to and the one
    // shown, above the notice, so the decision is informed (PIPL art. 14 ¶2).
    void showChanges(const QString &heading, const QList<NoticeText::MaterialChange> &changes);
    QString changesText() const; // test hook: what showChanges() put on screen, as plain text
    // Prefills the resident's name (typed at the front desk); the resident can still correct it.
    void setResidentName(const QString &name);
    // The site's special rules for children under 14 (SiteProfile::minorsRules), shown to the guardian.
    void setMinorsRules(const QString &rules);
    bool noticeRead() const { return m_noticeRead; }
    // The notice as it is read aloud: the title, each heading and each paragraph, in order.
    QStringList spokenParagraphs() const;
    // The text highlighted in the notice while it is read aloud (empty when not reading).
    QString highlightedText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildConsentPage();
    QWidget *buildAlternativePage();
    void showNotice(int index);
    void applyTextSize();
    void checkScrolledToEnd();
    void toggleReadAloud(bool on);
    void highlightParagraph(const QString &text);
    void updateState();
    bool isMinor() const;
    bool ageAnswered() const;
    enum AgeAnswer { BirthDate, Under14, Over14 };
    void fillCommon(ConsentOutcome::Decision decision);
    void agree();
    void chooseAlternative();
    void confirmAlternative();

    QLabel *m_changes = nullptr;
    QList<ShownNotice> m_notices;
    QStringList m_alternatives;
    QString m_witness;
    QDateTime m_shownAt;
    int m_noticeIndex = 0;
    bool m_noticeRead = false;
    bool m_largeText = false;
    ConsentOutcome m_outcome;

    QStackedWidget *m_pages = nullptr;
    QTextBrowser *m_noticeView = nullptr;
    QComboBox *m_languageBox = nullptr;
    QPushButton *m_largerTextButton = nullptr;
    QPushButton *m_readAloudButton = nullptr;
    QLabel *m_readAloudStatus = nullptr;
    ReadAloud *m_readAloud = nullptr;
    int m_highlightFrom = 0; // where the next spoken paragraph is looked for in the notice
    QLabel *m_readHint = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QButtonGroup *m_ageGroup = nullptr; // date of birth / under 14 / 14 or older: nothing preselected
    QDateEdit *m_birthEdit = nullptr;
    QGroupBox *m_guardianBox = nullptr;
    QLabel *m_minorsRulesLabel = nullptr;
    SignaturePad *m_guardianPad = nullptr;
    QWidget *m_residentSignature = nullptr; // the resident's own pad and its label: hidden for a child
    QLineEdit *m_guardianNameEdit = nullptr;
    QComboBox *m_guardianRelationBox = nullptr;
    QCheckBox *m_guardianConsentCheck = nullptr;
    QCheckBox *m_consentCheck = nullptr;
    WrappingCheckBox *m_consentRow = nullptr;
    SignaturePad *m_signaturePad = nullptr;
    QPushButton *m_agreeButton = nullptr;
    QPushButton *m_declineButton = nullptr;
    QLabel *m_missingLabel = nullptr;
    QButtonGroup *m_alternativeGroup = nullptr;
    QPushButton *m_confirmAlternativeButton = nullptr;
};

} // namespace consentry::ui
