#include "enroll/PaperConsentDialog.h"

#include "common/Prompt.h"
#include "common/StatusLine.h"
#include "common/Theme.h"
#include "compliance/GuardianRule.h"
#include "compliance/NoticeText.h"
#include "platform/Clock.h"
#include "platform/Language.h"
#include "print/ConsentForm.h"
#include "print/DocumentRenderer.h"
#include "services/PaperConsent.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "vault/Vault.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace consentry::ui {

PaperConsentDialog::PaperConsentDialog(Vault &vault, const QString &residentName,
                                       const std::optional<Resident> &existing, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("paperConsentDialog"));
    setWindowTitle(tr("Paper consent form"));
    Result<SiteProfile> site = SettingsService(m_vault).siteProfile();

    // 1. The blank form, printed in the language the person reads.
    auto *printBox = new QGroupBox(tr("1. Print the form for the person to read and sign"), this);
    m_languageBox = new QComboBox(printBox);
    m_languageBox->setObjectName(QStringLiteral("formLanguageBox"));
    for (const QString &code : { QStringLiteral("zh_CN"), QStringLiteral("en") })
        m_languageBox->addItem(Language::nativeName(code), code);
    m_languageBox->setCurrentIndex(Language::current() == QLatin1String("en") ? 1 : 0);
    auto *print = new QPushButton(tr("&Print blank form…"), printBox);
    print->setObjectName(QStringLiteral("printFormButton"));
    auto *pdf = new QPushButton(tr("&Save blank form as PDF…"), printBox);
    pdf->setObjectName(QStringLiteral("pdfFormButton"));
    for (QPushButton *b : { print, pdf })
        b->setAutoDefault(false);
    auto *printRow = new QHBoxLayout(printBox);
    auto *languageLabel = new QLabel(tr("Form &language:"), printBox);
    languageLabel->setBuddy(m_languageBox);
    printRow->addWidget(languageLabel);
    printRow->addWidget(m_languageBox);
    printRow->addStretch(1);
    printRow->addWidget(print);
    printRow->addWidget(pdf);
    connect(print, &QPushButton::clicked, this, &PaperConsentDialog::printBlankForm);
    connect(pdf, &QPushButton::clicked, this, &PaperConsentDialog::pdfBlankForm);

    // 2. What the signed paper says: the same mandatory answers as the on-screen consent.
    auto *recordBox = new QGroupBox(tr("2. Record what the signed form says"), this);
    auto *form = new QFormLayout(recordBox);
    m_nameEdit = new QLineEdit(existing ? existing->name : residentName, recordBox);
    m_nameEdit->setObjectName(QStringLiteral("paperNameEdit"));
    m_nameEdit->setMaxLength(200);
    m_nameEdit->setReadOnly(existing.has_value());
    form->addRow(tr("Resident's full &name:"), m_nameEdit);

    auto *ageRow = new QWidget(recordBox);
    auto *ageLayout = new QHBoxLayout(ageRow);
    ageLayout->setContentsMargins(0, 0, 0, 0);
    m_ageGroup = new QButtonGroup(this);
    m_birthRadio = new QRadioButton(tr("Date of birth:"), ageRow);
    m_birthRadio->setObjectName(QStringLiteral("paperBirthRadio"));
    m_birthEdit = new QDateEdit(ageRow);
    m_birthEdit->setObjectName(QStringLiteral("paperBirthEdit"));
    m_birthEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthEdit->setCalendarPopup(true);
    m_birthEdit->setMaximumDate(Clock::instance().now().toLocalTime().date());
    m_birthEdit->setDate(QDate(1980, 1, 1));
    m_birthEdit->setAccessibleName(tr("Date of birth"));
    m_under14Radio = new QRadioButton(tr("Under 14"), ageRow);
    m_under14Radio->setObjectName(QStringLiteral("paperUnder14Radio"));
    m_over14Radio = new QRadioButton(tr("14 or older"), ageRow);
    m_over14Radio->setObjectName(QStringLiteral("paperOver14Radio"));
    for (QRadioButton *r : { m_birthRadio, m_under14Radio, m_over14Radio })
        m_ageGroup->addButton(r);
    ageLayout->addWidget(m_birthRadio);
    ageLayout->addWidget(m_birthEdit);
    ageLayout->addWidget(m_under14Radio);
    ageLayout->addWidget(m_over14Radio);
    ageLayout->addStretch(1);
    auto *ageLabel = new QLabel(tr("&Age (as ticked on the form):"), recordBox);
    ageLabel->setBuddy(m_birthRadio);
    form->addRow(ageLabel, ageRow);

    m_guardianBox = new QGroupBox(tr("Guardian (a child under 14: the guardian decides and signs)"), recordBox);
    auto *guardianForm = new QFormLayout(m_guardianBox);
    m_guardianNameEdit = new QLineEdit(m_guardianBox);
    m_guardianNameEdit->setObjectName(QStringLiteral("paperGuardianNameEdit"));
    m_guardianNameEdit->setMaxLength(200);
    m_guardianRelationBox = new QComboBox(m_guardianBox);
    m_guardianRelationBox->setObjectName(QStringLiteral("paperGuardianRelationBox"));
    m_guardianRelationBox->setEditable(true);
    m_guardianRelationBox->addItems({ QString(), tr("Father"), tr("Mother"), tr("Other guardian") });
    guardianForm->addRow(tr("&Guardian's full name:"), m_guardianNameEdit);
    guardianForm->addRow(tr("Relation &to the child:"), m_guardianRelationBox);
    form->addRow(m_guardianBox);

    m_signerEdit = new QLineEdit(recordBox);
    m_signerEdit->setObjectName(QStringLiteral("paperSignerEdit"));
    m_signerEdit->setMaxLength(200);
    form->addRow(tr("Signed &by:"), m_signerEdit);

    auto *decisionRow = new QWidget(recordBox);
    auto *decisionLayout = new QVBoxLayout(decisionRow);
    decisionLayout->setContentsMargins(0, 0, 0, 0);
    m_decisionGroup = new QButtonGroup(this);
    m_grantedRadio = new QRadioButton(tr("Agrees to face recognition"), decisionRow);
    m_grantedRadio->setObjectName(QStringLiteral("paperGrantedRadio"));
    m_declinedRadio = new QRadioButton(tr("Prefers another way:"), decisionRow);
    m_declinedRadio->setObjectName(QStringLiteral("paperDeclinedRadio"));
    m_decisionGroup->addButton(m_grantedRadio);
    m_decisionGroup->addButton(m_declinedRadio);
    m_alternativeBox = new QComboBox(decisionRow);
    m_alternativeBox->setObjectName(QStringLiteral("paperAlternativeBox"));
    m_alternativeBox->addItem(QString());
    if (site)
        m_alternativeBox->addItems(site->alternatives);
    m_alternativeBox->setAccessibleName(tr("The other way chosen"));
    auto *declinedRow = new QHBoxLayout;
    declinedRow->addWidget(m_declinedRadio);
    declinedRow->addWidget(m_alternativeBox, 1);
    decisionLayout->addWidget(m_grantedRadio);
    decisionLayout->addLayout(declinedRow);
    auto *decisionLabel = new QLabel(tr("D&ecision ticked:"), recordBox);
    decisionLabel->setBuddy(m_grantedRadio);
    form->addRow(decisionLabel, decisionRow);

    m_signedAtEdit = new QDateTimeEdit(Clock::instance().now().toLocalTime(), recordBox);
    m_signedAtEdit->setObjectName(QStringLiteral("paperSignedAtEdit"));
    m_signedAtEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_signedAtEdit->setCalendarPopup(true);
    m_signedAtEdit->setMaximumDateTime(Clock::instance().now().toLocalTime());
    form->addRow(tr("&Date signed:"), m_signedAtEdit);

    m_versionBox = new QComboBox(recordBox);
    m_versionBox->setObjectName(QStringLiteral("paperVersionBox"));
    if (Result<QStringList> versions = SettingsService(m_vault).noticeVersions(); versions)
        m_versionBox->addItems(versions.value());
    if (Result<QString> current = SettingsService(m_vault).currentNoticeVersion(); current)
        m_versionBox->setCurrentText(current.value());
    form->addRow(tr("Notice &version printed on the form:"), m_versionBox);

    m_evidenceEdit = new QLineEdit(recordBox);
    m_evidenceEdit->setObjectName(QStringLiteral("paperEvidenceEdit"));
    m_evidenceEdit->setMaxLength(200);
    m_evidenceEdit->setPlaceholderText(tr("e.g. binder B, form 2026-031"));
    form->addRow(tr("Where the paper is &filed (optional):"), m_evidenceEdit);

    m_message = new StatusLine(this);
    m_message->setObjectName(QStringLiteral("paperMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_recordButton = buttons->addButton(tr("&Record the signed form"), QDialogButtonBox::AcceptRole);
    m_recordButton->setObjectName(QStringLiteral("recordPaperButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelPaperButton"));
    connect(m_recordButton, &QPushButton::clicked, this, &PaperConsentDialog::record);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    // Inside a scroll area: at 200 % on a laptop the form is taller than the screen.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(printBox);
    contentLayout->addWidget(recordBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // The keyboard walks the form in the order it was built: the print row, each answer top to bottom, then
    // Record and Cancel (the scroll area follows the focus, so it is no tab stop of its own).
    scroll->setFocusPolicy(Qt::NoFocus);

    connect(m_ageGroup, &QButtonGroup::buttonToggled, this, &PaperConsentDialog::updateState);
    connect(m_decisionGroup, &QButtonGroup::buttonToggled, this, &PaperConsentDialog::updateState);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &PaperConsentDialog::updateState);
    connect(m_guardianNameEdit, &QLineEdit::textChanged, this, &PaperConsentDialog::updateState);
    connect(m_birthEdit, &QDateEdit::dateChanged, this, &PaperConsentDialog::updateState);
    connect(m_signerEdit, &QLineEdit::textEdited, this, [this] { m_signerTouched = true; });
    connect(m_birthEdit, &QDateEdit::dateChanged, this, [this] { m_birthTouched = true; });
    updateState();
    (m_existing || !m_nameEdit->text().isEmpty() ? static_cast<QWidget *>(m_languageBox) : m_nameEdit)->setFocus();
    resize(760, 580);
}

QString PaperConsentDialog::formLanguage() const
{
    return m_languageBox->currentData().toString();
}

void PaperConsentDialog::updateState()
{
    const QDate today = Clock::instance().now().toLocalTime().date();
    const bool minor = m_under14Radio->isChecked()
        || (m_birthRadio->isChecked() && GuardianRule::isUnder14(m_birthEdit->date(), today));
    m_birthEdit->setEnabled(m_birthRadio->isChecked());
    m_guardianBox->setEnabled(minor);
    m_alternativeBox->setEnabled(m_declinedRadio->isChecked());
    // Who signed follows the rule (a child's guardian signs in their own name) until staff type over it.
    if (!m_signerTouched)
        m_signerEdit->setText(minor ? m_guardianNameEdit->text().trimmed() : m_nameEdit->text().trimmed());
}

Result<Document> PaperConsentDialog::blankFormFor(const QString &version, const QString &language) const
{
    Result<NoticeVersion> notice = SettingsService(m_vault).notice(version, language);
    if (!notice)
        return notice.error();
    const NoticeDocument document = NoticeDocument::fromCanonicalText(language, notice->body);
    QStringList paragraphs { document.title };
    for (const NoticeSection &section : document.sections) {
        if (!section.heading.isEmpty())
            paragraphs << section.heading;
        paragraphs << section.paragraphs;
    }
    Result<SiteProfile> profile = SettingsService(m_vault).siteProfile();
    if (!profile)
        return profile.error();
    return ConsentForm::paperForm(paragraphs, profile.value(),
                                  language == QLatin1String("en") ? SignLanguage::English : SignLanguage::Chinese,
                                  version, m_nameEdit->text());
}

Result<Document> PaperConsentDialog::blankForm() const
{
    // Always the notice in force: a new form is never printed on an old text.
    Result<QString> current = SettingsService(m_vault).currentNoticeVersion();
    if (!current)
        return current.error();
    if (current->isEmpty())
        return makeError(ErrorKind::NotFound,
                         tr("No notice has been published yet, so there is no form to print. A "
                            "manager can complete the site profile in Settings."));
    return blankFormFor(current.value(), formLanguage());
}

Result<int> PaperConsentDialog::saveBlankFormAsPdf(const QString &path) const
{
    Result<Document> document = blankForm();
    if (!document)
        return document.error();
    return DocumentRenderer(document.value()).writePdf(path);
}

void PaperConsentDialog::pdfBlankForm()
{
    const QString path = Prompt::saveFileName(this, tr("Save the blank consent form"), tr("consent-form.pdf"),
                                              tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    Result<int> written = saveBlankFormAsPdf(path);
    if (written)
        m_message->showSuccess(tr("The blank form was saved as %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_message->showError(written.errorMessage());
}

void PaperConsentDialog::printBlankForm()
{
    Result<Document> document = blankForm();
    if (!document) {
        m_message->showError(document.errorMessage());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the blank consent form"));
    if (Prompt::exec(dialog) != QDialog::Accepted)
        return;
    Result<int> printed = DocumentRenderer(document.value()).render(printer);
    if (printed)
        m_message->showSuccess(tr("The blank form was sent to the printer."));
    else
        m_message->showError(printed.errorMessage());
}

void PaperConsentDialog::record()
{
    // Each missing answer in one sentence, the first one first, and the field that needs it focused.
    auto missing = [this](const QString &sentence, QWidget *field) {
        m_message->showError(sentence);
        field->setFocus();
    };
    const QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty())
        return missing(tr("Enter the resident's name as written on the form."), m_nameEdit);
    if (!m_ageGroup->checkedButton())
        return missing(tr("Enter the age answer from the form: a date of birth, under 14, or 14 or older."),
                       m_birthRadio);
    // The date edit cannot be empty: its starting date is never taken for the person's.
    if (m_birthRadio->isChecked() && !m_birthTouched)
        return missing(tr("Enter the date of birth written on the form."), m_birthEdit);
    if (m_guardianBox->isEnabled()
        && (m_guardianNameEdit->text().trimmed().isEmpty() || m_guardianRelationBox->currentText().trimmed().isEmpty()))
        return missing(tr("A child under 14: enter the guardian's name and relation to the child."),
                       m_guardianNameEdit);
    if (m_signerEdit->text().trimmed().isEmpty())
        return missing(tr("Enter who signed the form."), m_signerEdit);
    if (!m_decisionGroup->checkedButton())
        return missing(tr("Enter the decision ticked on the form."), m_grantedRadio);
    if (m_declinedRadio->isChecked() && m_alternativeBox->currentText().trimmed().isEmpty())
        return missing(tr("Choose the other way the person chose on the form."), m_alternativeBox);
    if (m_versionBox->currentText().isEmpty())
        return missing(tr("No notice has been published yet, so no consent can be recorded."), m_versionBox);

    PaperConsent paper;
    paper.noticeVersion = m_versionBox->currentText();
    paper.noticeLanguage = formLanguage();
    paper.signer = m_signerEdit->text().trimmed();
    paper.signedAt = m_signedAtEdit->dateTime().toUTC();
    paper.witness = m_vault.session().userName;
    if (m_birthRadio->isChecked())
        paper.dateOfBirth = m_birthEdit->date();
    else
        paper.under14 = m_under14Radio->isChecked();
    if (m_guardianBox->isEnabled()) {
        paper.guardianName = m_guardianNameEdit->text().trimmed();
        paper.guardianRelation = m_guardianRelationBox->currentText().trimmed();
    }
    const QString filed = m_evidenceEdit->text().trimmed();
    paper.evidence = filed.isEmpty() ? tr("Signed on a paper form (notice version %1, %2).")
                                           .arg(paper.noticeVersion, Language::nativeName(paper.noticeLanguage))
                                     : tr("Signed on a paper form (notice version %1, %2), filed: %3.")
                                           .arg(paper.noticeVersion, Language::nativeName(paper.noticeLanguage), filed);
    paper.decision = m_grantedRadio->isChecked() ? Consent::Decision::Granted : Consent::Decision::Declined;
    paper.alternative = m_alternativeBox->currentText().trimmed();

    Resident resident = m_existing.value_or(Resident());
    resident.name = m_existing ? m_existing->name : name;
    paper.answerAge(resident);
    Result<Consent> consent = ResidentService(m_vault).consentFromPaper(paper, resident);
    if (!consent) {
        m_message->showError(consent.errorMessage());
        return;
    }
    m_consent = consent.value();
    m_resident = resident;
    accept();
}

} // namespace consentry::ui
