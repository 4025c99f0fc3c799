#include "enroll/ConsentDialog.h"

#include "common/ReadAloud.h"
#include "common/Theme.h"
#include "common/WrappingCheckBox.h"
#include "compliance/GuardianRule.h"
#include "enroll/SignaturePad.h"
#include "platform/Clock.h"
#include "platform/Formats.h"
#include "platform/Language.h"
#include "services/SettingsService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace consentry::ui {

namespace {
constexpr qreal kNormalNoticePt = 14.0;
constexpr qreal kLargeNoticePt = 19.0;

QString languageName(const QString &code)
{
    return code == QLatin1String("zh_CN") ? QStringLiteral("中文") : QStringLiteral("English");
}

// Both decision buttons look and weigh the same: no pre-selection, no default, no colour that nudges.
void styleDecisionButton(QPushButton *button)
{
    button->setAutoDefault(false);
    button->setDefault(false);
    button->setMinimumHeight(56);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    Theme::setTextStyle(button, TextStyle::Heading);
}
} // namespace

ConsentDialog::ConsentDialog(const QList<ShownNotice> &notices, const QStringList &alternatives, const QString &witness,
                             QWidget *parent)
    : QDialog(parent)
    , m_notices(notices)
    , m_alternatives(alternatives)
    , m_witness(witness)
    , m_shownAt(Clock::instance().now())
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Notice and separate consent for facial recognition"));
    setModal(true);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildConsentPage());
    m_pages->addWidget(buildAlternativePage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    showNotice(0);
    updateState();

    // As large as is comfortable, never larger than the screen less its taskbar (1366×768 front-desk PCs,
    // 200 % scaling): the decision column scrolls instead, and the buttons below it stay in view.
    const QScreen *where = parent && parent->screen() ? parent->screen() : screen();
    const QRect available = where ? where->availableGeometry() : QRect(0, 0, 1366, 728);
    const int titleBar = style()->pixelMetric(QStyle::PM_TitleBarHeight) + 8;
    resize(std::min(1180, available.width() - 16), std::min(760, available.height() - titleBar));
}

void ConsentDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Centred over the main window it may still hang below the screen's edge: pull it back in.
    const QScreen *where = screen();
    if (!where)
        return;
    const QRect available = where->availableGeometry();
    const QRect frame = frameGeometry();
    QPoint topLeft = frame.topLeft();
    topLeft.setX(
        std::clamp(topLeft.x(), available.left(), std::max(available.left(), available.right() - frame.width())));
    topLeft.setY(
        std::clamp(topLeft.y(), available.top(), std::max(available.top(), available.bottom() - frame.height())));
    if (topLeft != frame.topLeft())
        move(topLeft);
}

QWidget *ConsentDialog::buildConsentPage()
{
    auto *page = new QWidget;
    auto *outer = new QVBoxLayout(page);
    auto *columns = new QHBoxLayout;
    auto *noticeColumn = new QVBoxLayout;
    // The decision column scrolls on a small screen; the decision buttons are outside it, always visible.
    auto *decision = new QWidget(page);
    decision->setObjectName(QStringLiteral("decisionColumn"));
    auto *layout = new QVBoxLayout(decision);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *decisionScroll = new QScrollArea(page);
    decisionScroll->setObjectName(QStringLiteral("decisionScroll"));
    decisionScroll->setWidget(decision);
    decisionScroll->setWidgetResizable(true);
    decisionScroll->setFrameShape(QFrame::NoFrame);
    decisionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    columns->addLayout(noticeColumn, 3);
    columns->addSpacing(16);
    columns->addWidget(decisionScroll, 2);
    outer->addLayout(columns, 1);

    // The notice, large and readable, with its own language and text size.
    auto *noticeBar = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("Notice language:"), page);
    m_languageBox = new QComboBox(page);
    m_languageBox->setObjectName(QStringLiteral("noticeLanguageBox"));
    for (const ShownNotice &notice : std::as_const(m_notices))
        m_languageBox->addItem(languageName(notice.document.language), notice.document.language);
    languageLabel->setBuddy(m_languageBox);
    m_largerTextButton = new QPushButton(tr("Larger text"), page);
    m_largerTextButton->setObjectName(QStringLiteral("largerTextButton"));
    m_largerTextButton->setCheckable(true);
    m_largerTextButton->setAutoDefault(false);
    // In the console's large-text mode the notice starts large too.
    m_largeText = Theme::isLargeText();
    m_largerTextButton->setChecked(m_largeText);
    noticeBar->addWidget(languageLabel);
    noticeBar->addWidget(m_languageBox);
    // Read aloud for those who cannot read the screen well (Provisions art. 5: the elderly and disabled).
    m_readAloudButton = new QPushButton(tr("Read &aloud"), page);
    m_readAloudButton->setObjectName(QStringLiteral("readAloudButton"));
    m_readAloudButton->setCheckable(true);
    m_readAloudButton->setAutoDefault(false);
    m_readAloudButton->setToolTip(tr("Reads the notice aloud, one paragraph after another, and marks the "
                                     "paragraph being read."));
    noticeBar->addStretch(1);
    noticeBar->addWidget(m_readAloudButton);
    noticeBar->addWidget(m_largerTextButton);
    noticeColumn->addLayout(noticeBar);

    m_noticeView = new QTextBrowser(page);
    m_noticeView->setObjectName(QStringLiteral("noticeView"));
    m_noticeView->setAccessibleName(tr("Notice"));
    m_noticeView->setOpenLinks(false);
    m_noticeView->setMinimumHeight(300);
    noticeColumn->addWidget(m_noticeView, 1);

    m_readAloudStatus = new QLabel(page);
    m_readAloudStatus->setObjectName(QStringLiteral("readAloudStatus"));
    m_readAloudStatus->setWordWrap(true);
    m_readAloudStatus->hide();
    Theme::setTone(m_readAloudStatus, Tone::Warning);
    noticeColumn->addWidget(m_readAloudStatus);

    m_readHint = new QLabel(page);
    m_readHint->setObjectName(QStringLiteral("readHint"));
    m_readHint->setWordWrap(true);
    noticeColumn->addWidget(m_readHint);

    // Who decides, and the guardian of a child under 14.
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("signerNameEdit"));
    form->addRow(tr("Resident's full name:"), m_nameEdit);

    // The age question is mandatory (PIPL art. 31) and has no default: a date of birth, or one of the two
    // explicit answers when the person does not want to give the date.
    auto *ageRow = new QVBoxLayout;
    m_ageGroup = new QButtonGroup(page);
    auto *birthRadio = new QRadioButton(tr("Date of birth:"), page);
    birthRadio->setObjectName(QStringLiteral("ageBirthRadio"));
    m_birthEdit = new QDateEdit(page);
    m_birthEdit->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthEdit->setAccessibleName(tr("Date of birth"));
    m_birthEdit->setDisplayFormat(Formats::dateEditFormat());
    m_birthEdit->setCalendarPopup(true);
    m_birthEdit->setDate(QDate(1990, 1, 1));
    m_birthEdit->setMaximumDate(Clock::instance().now().date());
    m_birthEdit->setEnabled(false);
    m_birthEdit->setAccessibleName(tr("Date of birth"));
    auto *birthLine = new QHBoxLayout;
    birthLine->addWidget(birthRadio);
    birthLine->addWidget(m_birthEdit, 1);
    auto *under14Radio = new QRadioButton(tr("Under 14 (date of birth not given)"), page);
    under14Radio->setObjectName(QStringLiteral("ageUnder14Radio"));
    auto *over14Radio = new QRadioButton(tr("14 or older (date of birth not given)"), page);
    over14Radio->setObjectName(QStringLiteral("ageOver14Radio"));
    m_ageGroup->addButton(birthRadio, BirthDate);
    m_ageGroup->addButton(under14Radio, Under14);
    m_ageGroup->addButton(over14Radio, Over14);
    ageRow->addLayout(birthLine);
    ageRow->addWidget(under14Radio);
    ageRow->addWidget(over14Radio);
    form->addRow(tr("Age (required):"), ageRow);
    layout->addLayout(form);

    // A child under 14 does not consent: the guardian reads, decides in their own words and signs on their own
    // pad (PIPL art. 31); the resident's own consent box and pad are hidden meanwhile.
    m_guardianBox = new QGroupBox(tr("Parent or other guardian (required for a child under 14)"), page);
    m_guardianBox->setObjectName(QStringLiteral("guardianBox"));
    auto *guardianForm = new QFormLayout(m_guardianBox);
    guardianForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_minorsRulesLabel = new QLabel(m_guardianBox);
    m_minorsRulesLabel->setObjectName(QStringLiteral("minorsRulesLabel"));
    m_minorsRulesLabel->setWordWrap(true);
    m_minorsRulesLabel->setVisible(false);
    m_guardianNameEdit = new QLineEdit(m_guardianBox);
    m_guardianNameEdit->setObjectName(QStringLiteral("guardianNameEdit"));
    m_guardianRelationBox = new QComboBox(m_guardianBox);
    m_guardianRelationBox->setObjectName(QStringLiteral("guardianRelationBox"));
    m_guardianRelationBox->setEditable(true);
    m_guardianRelationBox->addItems({ QString(), tr("Father"), tr("Mother"), tr("Other guardian") });
    auto *guardianConsent = new WrappingCheckBox(
        tr("As the guardian, I have read the whole notice and I separately consent to the processing of the "
           "child's facial information for the purpose it states."),
        QStringLiteral("guardianConsentCheck"), m_guardianBox);
    m_guardianConsentCheck = guardianConsent->box();
    Theme::setTextStyle(guardianConsent->label(), TextStyle::LargeStrong);
    m_guardianPad = new SignaturePad(m_guardianBox);
    m_guardianPad->setObjectName(QStringLiteral("guardianSignaturePad"));
    m_guardianPad->setAccessibleName(tr("Signature of the guardian"));
    auto *clearGuardian = new QPushButton(tr("Clear signature"), m_guardianBox);
    clearGuardian->setObjectName(QStringLiteral("clearGuardianSignatureButton"));
    clearGuardian->setAutoDefault(false);
    auto *guardianSignatureHeader = new QHBoxLayout;
    guardianSignatureHeader->addWidget(new QLabel(tr("Signature of the guardian:"), m_guardianBox), 1);
    guardianSignatureHeader->addWidget(clearGuardian);
    guardianForm->addRow(m_minorsRulesLabel);
    guardianForm->addRow(tr("Guardian's full name:"), m_guardianNameEdit);
    guardianForm->addRow(tr("Relation to the child:"), m_guardianRelationBox);
    guardianForm->addRow(guardianConsent);
    guardianForm->addRow(guardianSignatureHeader);
    guardianForm->addRow(m_guardianPad);
    layout->addWidget(m_guardianBox);
    connect(clearGuardian, &QPushButton::clicked, m_guardianPad, &SignaturePad::clear);
    connect(m_guardianPad, &SignaturePad::changed, this, &ConsentDialog::updateState);

    // The separate consent itself: never pre-ticked.
    auto *consent = m_consentRow = new WrappingCheckBox(
        tr("I have read the whole notice and I separately consent to the processing of my facial "
           "information for the purpose it states."),
        QStringLiteral("separateConsentCheck"), page);
    m_consentCheck = consent->box();
    m_consentCheck->setChecked(false);
    Theme::setTextStyle(consent->label(), TextStyle::LargeStrong);
    layout->addWidget(consent);

    m_residentSignature = new QWidget(page);
    auto *residentSignature = new QVBoxLayout(m_residentSignature);
    residentSignature->setContentsMargins(0, 0, 0, 0);
    auto *signatureHeader = new QHBoxLayout;
    m_signaturePad = new SignaturePad(m_residentSignature);
    m_signaturePad->setObjectName(QStringLiteral("signaturePad"));
    auto *clearSignature = new QPushButton(tr("Clear signature"), m_residentSignature);
    clearSignature->setObjectName(QStringLiteral("clearSignatureButton"));
    clearSignature->setAutoDefault(false);
    signatureHeader->addWidget(new QLabel(tr("Signature of the resident:"), m_residentSignature), 1);
    signatureHeader->addWidget(clearSignature);
    residentSignature->addLayout(signatureHeader);
    residentSignature->addWidget(m_signaturePad, 1);
    layout->addWidget(m_residentSignature, 1);

    m_missingLabel = new QLabel(page);
    m_missingLabel->setObjectName(QStringLiteral("missingLabel"));
    m_missingLabel->setWordWrap(true);
    Theme::setTone(m_missingLabel, Tone::Muted);
    layout->addWidget(m_missingLabel);

    auto *buttons = new QHBoxLayout;
    outer->addLayout(buttons);
    m_agreeButton = new QPushButton(tr("I agree"), page);
    m_agreeButton->setObjectName(QStringLiteral("agreeButton"));
    m_declineButton = new QPushButton(tr("I prefer another way"), page);
    m_declineButton->setObjectName(QStringLiteral("declineButton"));
    styleDecisionButton(m_agreeButton);
    styleDecisionButton(m_declineButton);
    buttons->addWidget(m_agreeButton, 1);
    buttons->addSpacing(24);
    buttons->addWidget(m_declineButton, 1);

    auto *cancel = new QPushButton(tr("Close without recording anything"), page);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    cancel->setFlat(true);
    outer->addWidget(cancel, 0, Qt::AlignRight);

    m_readAloud = new ReadAloud(this);
    connect(m_readAloudButton, &QPushButton::toggled, this, &ConsentDialog::toggleReadAloud);
    connect(m_readAloud, &ReadAloud::paragraphStarted, this,
            [this](int, const QString &text) { highlightParagraph(text); });
    connect(m_readAloud, &ReadAloud::stopped, this, [this] {
        highlightParagraph(QString());
        const QSignalBlocker blocker(m_readAloudButton);
        m_readAloudButton->setChecked(false);
    });
    connect(m_readAloud, &ReadAloud::unavailable, this, [this](const QString &reason) {
        m_readAloudStatus->setText(reason);
        m_readAloudStatus->show();
        const QSignalBlocker blocker(m_readAloudButton);
        m_readAloudButton->setChecked(false);
    });
    connect(this, &QDialog::finished, m_readAloud, &ReadAloud::stop);
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, &ConsentDialog::showNotice);
    connect(m_largerTextButton, &QPushButton::toggled, this, [this](bool on) {
        m_largeText = on;
        applyTextSize();
    });
    connect(m_noticeView->verticalScrollBar(), &QScrollBar::valueChanged, this, &ConsentDialog::checkScrolledToEnd);
    connect(m_noticeView->verticalScrollBar(), &QScrollBar::rangeChanged, this, &ConsentDialog::checkScrolledToEnd);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ConsentDialog::updateState);
    connect(m_ageGroup, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (id == BirthDate)
            m_birthEdit->setEnabled(on);
        updateState();
    });
    connect(m_birthEdit, &QDateEdit::dateChanged, this, &ConsentDialog::updateState);
    connect(m_guardianNameEdit, &QLineEdit::textChanged, this, &ConsentDialog::updateState);
    connect(m_guardianRelationBox, &QComboBox::currentTextChanged, this, &ConsentDialog::updateState);
    connect(m_guardianConsentCheck, &QCheckBox::toggled, this, &ConsentDialog::updateState);
    connect(m_consentCheck, &QCheckBox::toggled, this, &ConsentDialog::updateState);
    connect(m_signaturePad, &SignaturePad::changed, this, &ConsentDialog::updateState);
    connect(clearSignature, &QPushButton::clicked, m_signaturePad, &SignaturePad::clear);
    connect(m_agreeButton, &QPushButton::clicked, this, &ConsentDialog::agree);
    connect(m_declineButton, &QPushButton::clicked, this, &ConsentDialog::chooseAlternative);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget *ConsentDialog::buildAlternativePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("No problem. How would you like to verify your identity instead?"), page);
    title->setWordWrap(true);
    Theme::setTextStyle(title, TextStyle::Heading);
    layout->addWidget(title);
    auto *reassurance = new QLabel(tr("Your choice does not affect any service and costs you nothing. "
                                      "No face picture will be taken."),
                                   page);
    reassurance->setWordWrap(true);
    Theme::setTextStyle(reassurance, TextStyle::Large);
    layout->addWidget(reassurance);
    layout->addSpacing(16);

    m_alternativeGroup = new QButtonGroup(page);
    for (int i = 0; i < m_alternatives.size(); ++i) {
        auto *option = new QRadioButton(m_alternatives.at(i), page);
        option->setObjectName(QStringLiteral("alternative%1").arg(i));
        Theme::setTextStyle(option, TextStyle::Large);
        option->setMinimumHeight(40);
        m_alternativeGroup->addButton(option, i);
        layout->addWidget(option);
    }
    if (m_alternatives.isEmpty()) {
        auto *none = new QLabel(tr("This site has not listed its other ways yet: staff will check your "
                                   "identity in person."),
                                page);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("Back to the notice"), page);
    back->setObjectName(QStringLiteral("backButton"));
    back->setAutoDefault(false);
    m_confirmAlternativeButton = new QPushButton(tr("Confirm this choice"), page);
    m_confirmAlternativeButton->setObjectName(QStringLiteral("confirmAlternativeButton"));
    styleDecisionButton(m_confirmAlternativeButton);
    m_confirmAlternativeButton->setEnabled(m_alternatives.isEmpty());
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(m_confirmAlternativeButton, 1);
    layout->addLayout(buttons);

    connect(m_alternativeGroup, &QButtonGroup::idClicked, this,
            [this](int) { m_confirmAlternativeButton->setEnabled(true); });
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_confirmAlternativeButton, &QPushButton::clicked, this, &ConsentDialog::confirmAlternative);
    return page;
}

void ConsentDialog::setResidentName(const QString &name)
{
    m_nameEdit->setText(name.trimmed());
}

QStringList ConsentDialog::spokenParagraphs() const
{
    if (m_notices.isEmpty())
        return {};
    const NoticeDocument &document = m_notices.at(m_noticeIndex).document;
    QStringList paragraphs { document.title };
    for (const NoticeSection &section : document.sections) {
        paragraphs << section.heading;
        paragraphs << section.paragraphs;
    }
    paragraphs.removeAll(QString());
    return paragraphs;
}

void ConsentDialog::toggleReadAloud(bool on)
{
    m_readAloudStatus->hide();
    m_highlightFrom = 0;
    if (on)
        m_readAloud->start(spokenParagraphs(), m_notices.value(m_noticeIndex).document.language);
    else
        m_readAloud->stop();
}

void ConsentDialog::highlightParagraph(const QString &text)
{
    QList<QTextEdit::ExtraSelection> marks;
    if (!text.isEmpty()) {
        // The paragraph as the browser shows it (the HTML keeps its words), after the one read before.
        QTextCursor found = m_noticeView->document()->find(text, m_highlightFrom);
        if (found.isNull()) { // changed in layout (spaces, a line break): its first words place it
            found = m_noticeView->document()->find(text.left(24), m_highlightFrom);
            found.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        }
        if (!found.isNull()) {
            m_highlightFrom = found.selectionEnd();
            QTextEdit::ExtraSelection mark;
            mark.cursor = found;
            mark.format.setBackground(Theme::colour(Colour::WarningBox));
            mark.format.setForeground(m_noticeView->palette().color(QPalette::Text));
            marks << mark;
            QTextCursor visible = found;
            visible.clearSelection();
            m_noticeView->setTextCursor(visible);
            m_noticeView->ensureCursorVisible();
        }
    }
    m_noticeView->setExtraSelections(marks);
}

QString ConsentDialog::highlightedText() const
{
    const QList<QTextEdit::ExtraSelection> marks = m_noticeView->extraSelections();
    return marks.isEmpty() ? QString() : marks.first().cursor.selectedText();
}

void ConsentDialog::setMinorsRules(const QString &rules)
{
    m_minorsRulesLabel->setText(tr("Special rules for children under 14: %1").arg(rules.trimmed()));
    m_minorsRulesLabel->setVisible(!rules.trimmed().isEmpty());
}

void ConsentDialog::showNotice(int index)
{
    if (index < 0 || index >= m_notices.size())
        return;
    if (m_readAloud)
        m_readAloud->stop(); // the other language is read from its start when asked
    m_noticeIndex = index;
    applyTextSize();
    m_noticeView->verticalScrollBar()->setValue(0);
    // Reading one language to the end is reading the notice; switching language keeps that.
    QTimer::singleShot(0, this, &ConsentDialog::checkScrolledToEnd);
}

void ConsentDialog::applyTextSize()
{
    if (m_notices.isEmpty())
        return;
    const int position = m_noticeView->verticalScrollBar()->value();
    m_noticeView->setHtml(m_notices.at(m_noticeIndex).document.toHtml(m_largeText ? kLargeNoticePt : kNormalNoticePt));
    m_noticeView->verticalScrollBar()->setValue(position);
}

void ConsentDialog::checkScrolledToEnd()
{
    const QScrollBar *bar = m_noticeView->verticalScrollBar();
    if (!m_noticeRead && bar->value() >= bar->maximum() && isVisible()) {
        m_noticeRead = true;
        updateState();
    }
}

bool ConsentDialog::isMinor() const
{
    switch (m_ageGroup->checkedId()) {
    case Under14: return true;
    case BirthDate: return GuardianRule::isUnder14(m_birthEdit->date(), Clock::instance().now().date());
    default: return false;
    }
}

bool ConsentDialog::ageAnswered() const
{
    return m_ageGroup->checkedId() >= 0;
}

void ConsentDialog::updateState()
{
    const bool minor = isMinor();
    m_guardianBox->setVisible(minor);
    // The child never ticks "my facial information" nor signs: the guardian's box takes their place.
    m_consentRow->setVisible(!minor);
    m_residentSignature->setVisible(!minor);
    m_consentCheck->setEnabled(m_noticeRead);
    m_consentRow->setEnabled(m_noticeRead);
    m_guardianConsentCheck->setEnabled(m_noticeRead);
    m_readHint->setText(m_noticeRead ? tr("Thank you for reading the notice.")
                                     : tr("Please read the notice to its end before deciding: "
                                          "the consent box unlocks when you reach the last line."));

    QStringList missing;
    if (!m_noticeRead)
        missing << tr("read the notice to its end");
    if (m_nameEdit->text().trimmed().isEmpty())
        missing << tr("the resident's name");
    if (!ageAnswered())
        missing << tr("the age question");
    if (minor) {
        if (m_guardianNameEdit->text().trimmed().isEmpty())
            missing << tr("the guardian's name");
        if (m_guardianRelationBox->currentText().trimmed().isEmpty())
            missing << tr("the guardian's relation to the child");
        if (!m_guardianConsentCheck->isChecked())
            missing << tr("the guardian's own consent");
        if (m_guardianPad->isEmpty())
            missing << tr("the guardian's signature");
    } else {
        if (!m_consentCheck->isChecked())
            missing << tr("tick the consent box");
        if (m_signaturePad->isEmpty())
            missing << tr("a signature");
    }
    m_agreeButton->setEnabled(missing.isEmpty());
    m_missingLabel->setText(missing.isEmpty() ? QString()
                                              : tr("To agree, still needed: %1.").arg(missing.join(tr(", "))));
}

void ConsentDialog::fillCommon(ConsentOutcome::Decision decision)
{
    const ShownNotice &notice = m_notices.at(m_noticeIndex);
    m_outcome = ConsentOutcome();
    m_outcome.decision = decision;
    m_outcome.noticeVersionId = notice.versionId;
    m_outcome.noticeLanguage = notice.document.language;
    m_outcome.signerName = m_nameEdit->text().trimmed();
    m_outcome.dateOfBirth = m_ageGroup->checkedId() == BirthDate ? m_birthEdit->date() : QDate();
    m_outcome.ageAnswered = ageAnswered();
    m_outcome.minor = isMinor();
    if (m_outcome.minor) {
        m_outcome.guardianName = m_guardianNameEdit->text().trimmed();
        m_outcome.guardianRelation = m_guardianRelationBox->currentText().trimmed();
        m_outcome.guardianConsented = m_guardianConsentCheck->isChecked();
        m_outcome.signedByGuardian = true;
    }
    // A decline keeps no signature (issue 10 §6); a consent keeps the pad of whoever decided.
    if (decision == ConsentOutcome::Decision::Granted)
        m_outcome.signaturePng = m_outcome.minor ? m_guardianPad->toPng() : m_signaturePad->toPng();
    m_outcome.witness = m_witness;
    m_outcome.shownAt = m_shownAt;
    m_outcome.decidedAt = Clock::instance().now();
}

void ConsentDialog::agree()
{
    updateState();
    if (!m_agreeButton->isEnabled())
        return;
    fillCommon(ConsentOutcome::Decision::Granted);
    accept();
}

void ConsentDialog::chooseAlternative()
{
    // A refusal is recorded under a name like a consent: ask for it before the resident picks the other
    // way, not after (the choice would otherwise be lost).
    if (m_nameEdit->text().trimmed().isEmpty()) {
        m_missingLabel->setText(tr("To record the choice of another way, first enter the resident's name."));
        m_nameEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_pages->setCurrentIndex(1);
}

void ConsentDialog::confirmAlternative()
{
    fillCommon(ConsentOutcome::Decision::Declined);
    const int chosen = m_alternativeGroup->checkedId();
    m_outcome.alternative = chosen >= 0 ? m_alternatives.at(chosen) : tr("Staff check in person");
    m_outcome.guardianConsented = false;
    accept();
}

QList<ShownNotice> ConsentDialog::currentNotices(Vault &vault)
{
    QStringList languages { QStringLiteral("zh_CN"), QStringLiteral("en") };
    if (Language::current() == QLatin1String("en"))
        std::reverse(languages.begin(), languages.end());
    QList<ShownNotice> shown;
    for (const QString &language : std::as_const(languages)) {
        Result<NoticeVersion> notice = SettingsService(vault).currentNotice(language);
        if (notice)
            shown << ShownNotice { QString::number(notice->id),
                                   NoticeDocument::fromCanonicalText(language, notice->body) };
    }
    return shown;
}

Consent ConsentDialog::toConsent(const ConsentOutcome &outcome)
{
    Consent c;
    c.noticeVersionId = outcome.noticeVersionId.toLongLong();
    c.decision = outcome.decision == ConsentOutcome::Decision::Granted ? Consent::Decision::Granted
                                                                       : Consent::Decision::Declined;
    c.alternative = outcome.alternative;
    // A child's consent is the guardian's: they decide and sign; the child is whom it is about.
    const bool guardian = outcome.signedByGuardian && !outcome.guardianName.isEmpty();
    c.signer = guardian ? outcome.guardianName : outcome.signerName;
    c.signerRole = guardian ? Consent::SignerRole::Guardian : Consent::SignerRole::Resident;
    c.subjectName = outcome.signerName;
    c.guardianName = outcome.guardianName;
    c.guardianRelation = outcome.guardianRelation;
    c.witness = outcome.witness;
    // The language by its name, never its code (a person reads this on the signed copy).
    c.evidence = tr("Signed on screen (notice shown in %1).").arg(Language::nativeName(outcome.noticeLanguage));
    c.signedAt = outcome.decidedAt;
    return c;
}

void ConsentDialog::showChanges(const QString &heading, const QList<NoticeText::MaterialChange> &changes)
{
    if (!m_changes) {
        m_changes = new QLabel(this);
        m_changes->setObjectName(QStringLiteral("changesLabel"));
        m_changes->setWordWrap(true);
        m_changes->setTextFormat(Qt::RichText);
        Theme::setTone(m_changes, Tone::Warning, Look::Box);
        if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
            box->insertWidget(0, m_changes);
    }
    QString html = QStringLiteral("<p><b>%1</b></p><table cellpadding=\"3\">").arg(heading.toHtmlEscaped());
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(tr("What"), tr("Before"), tr("Now"));
    for (const NoticeText::MaterialChange &change : changes)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><b>%3</b></td></tr>")
                    .arg(change.field.toHtmlEscaped(), change.before.toHtmlEscaped(), change.after.toHtmlEscaped());
    m_changes->setText(html + QStringLiteral("</table>"));
    QStringList plain { heading };
    for (const NoticeText::MaterialChange &change : changes)
        plain << QStringLiteral("%1: %2 → %3").arg(change.field, change.before, change.after);
    m_changes->setAccessibleName(plain.join(QLatin1Char('\n')));
}

QString ConsentDialog::changesText() const
{
    return m_changes ? m_changes->accessibleName() : QString();
}

} // namespace consentry::ui
