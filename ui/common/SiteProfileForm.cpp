#include "common/SiteProfileForm.h"

#include "common/Theme.h"
#include "compliance/RetentionPolicy.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace consentry::ui {

namespace {
constexpr int kDefaultRetentionDays = 30;
constexpr int kMaxTextLength = 2000; // SiteProfile's limit per field
} // namespace

SiteProfileForm::SiteProfileForm(QWidget *parent)
    : QWidget(parent)
{
    auto line = [this](const char *name, const QString &placeholder = QString()) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        edit->setMaxLength(kMaxTextLength);
        connect(edit, &QLineEdit::textChanged, this, &SiteProfileForm::changed);
        return edit;
    };
    auto text = [this](const char *name, const QString &placeholder, int lines) {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, &SiteProfileForm::changed);
        return edit;
    };
    m_siteName = line("siteNameEdit", tr("e.g. Sunrise Apartments"));
    m_operator = line("operatorEdit", tr("The company or person that runs the facial recognition"));
    m_phone = line("phoneEdit");
    m_email = line("emailEdit");
    m_address = line("addressEdit");
    m_purpose = text("purposeEdit", tr("Why faces are recognised here, e.g. opening the lobby door for residents"), 3);
    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("retentionSpin"));
    // 0 is "not set" (a store made by "consentry-cli init" has no period yet); it cannot be saved.
    m_retention->setRange(0, SiteProfile::kMaxRetentionDays);
    m_retention->setSpecialValueText(tr("Not set"));
    m_retention->setValue(kDefaultRetentionDays);
    m_retention->setSuffix(tr(" days"));
    m_retention->setToolTip(tr("Face data is deleted automatically after this time; keeping it forever is not "
                               "allowed."));
    connect(m_retention, &QSpinBox::valueChanged, this, &SiteProfileForm::changed);
    m_siteType = new QComboBox(this);
    m_siteType->setObjectName(QStringLiteral("siteTypeCombo"));
    m_siteType->addItem(tr("Not chosen"), QString());
    m_siteType->addItem(tr("Hotel (guests, checkout)"), SiteProfile::siteTypeKey(SiteProfile::SiteType::Hotel));
    m_siteType->addItem(tr("Residential compound (residents, move-out)"),
                        SiteProfile::siteTypeKey(SiteProfile::SiteType::Compound));
    connect(m_siteType, &QComboBox::currentIndexChanged, this, &SiteProfileForm::siteTypeChosen);
    m_maxRetention = new QSpinBox(this);
    m_maxRetention->setObjectName(QStringLiteral("maxRetentionSpin"));
    m_maxRetention->setRange(0, SiteProfile::kMaxRetentionDays);
    m_maxRetention->setSpecialValueText(tr("Not set"));
    m_maxRetention->setSuffix(tr(" days"));
    m_maxRetention->setToolTip(tr("Counted from enrollment: face data is deleted then at the latest, whatever "
                                  "the move-out or checkout date says."));
    connect(m_maxRetention, &QSpinBox::valueChanged, this, &SiteProfileForm::changed);
    m_retentionRule = new QLabel(this);
    m_retentionRule->setObjectName(QStringLiteral("retentionRuleLabel"));
    m_retentionRule->setWordWrap(true);
    m_verificationMode = new QComboBox(this);
    m_verificationMode->setObjectName(QStringLiteral("verificationModeCombo"));
    m_verificationMode->addItem(tr("The site type's default"), QString());
    m_verificationMode->addItem(tr("One-to-one verification (staff name the person first)"),
                                SiteProfile::verificationModeKey(SiteProfile::VerificationMode::OneToOne));
    m_verificationMode->addItem(tr("One-to-many identification (search everyone enrolled)"),
                                SiteProfile::verificationModeKey(SiteProfile::VerificationMode::OneToMany));
    connect(m_verificationMode, &QComboBox::currentIndexChanged, this, &SiteProfileForm::changed);
    auto days = [this](const char *name, int low, int high) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(low, high);
        spin->setSuffix(tr(" days"));
        connect(spin, &QSpinBox::valueChanged, this, &SiteProfileForm::changed);
        return spin;
    };
    m_recordDays = days("verificationRecordDaysSpin", 1, SiteProfile::kMaxVerificationRecordDays);
    m_graceDays = days("renewalGraceDaysSpin", 1, SiteProfile::kMaxRenewalGraceDays);
    m_minorsRules = text("minorsRulesEdit", tr("e.g. children under 14 are verified by staff with their guardian"), 2);
    m_backupLocation = line("backupLocationEdit", tr("e.g. encrypted USB disk in the manager's safe"));
    connect(this, &SiteProfileForm::changed, this, &SiteProfileForm::updateRule);
    m_alternatives = text("alternativesEdit", tr("One per line, e.g. key card, ID card at the front desk"), 3);
    m_noticeUrl = line("noticeUrlEdit", QStringLiteral("https://example.cn/notice"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = m_rows = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1); // rows keep their height when there is room to spare
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Site name:"), m_siteName);
    form->addRow(tr("&Operated by:"), m_operator);
    form->addRow(tr("&Telephone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("P&urpose:"), m_purpose);
    form->addRow(tr("Site type:"), m_siteType);
    form->addRow(tr("&Kept after move-out or checkout:"), m_retention);
    form->addRow(tr("Kept at &most after enrollment:"), m_maxRetention);
    form->addRow(QString(), m_retentionRule);
    form->addRow(tr("Verification:"), m_verificationMode);
    form->addRow(tr("Verification records kept:"), m_recordDays);
    form->addRow(tr("Time to consent again after a change:"), m_graceDays);
    form->addRow(tr("Rules for children under 14:"), m_minorsRules);
    form->addRow(tr("Encrypted backups kept at:"), m_backupLocation);
    form->addRow(tr("Other &ways to verify:"), m_alternatives);
    form->addRow(tr("&Notice web address:"), m_noticeUrl);
    // Why it is asked for: without it no sign can be printed, and the law wants the full rules findable.
    m_noticeUrlWhy = new QLabel(tr("Every sign prints this address as a QR code, so that anyone can read the whole "
                                   "notice before deciding. Signs cannot be printed without it."),
                                this);
    m_noticeUrlWhy->setObjectName(QStringLiteral("noticeUrlReason"));
    m_noticeUrlWhy->setWordWrap(true);
    Theme::setTone(m_noticeUrlWhy, Tone::Muted);
    form->addRow(QString(), m_noticeUrlWhy);
    m_noticeUrl->setToolTip(m_noticeUrlWhy->text());
    setAllRulesVisible(false);
    for (QSpinBox *spin : { m_retention, m_maxRetention, m_recordDays, m_graceDays })
        spin->setMaximumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("00000 days")) * 2);
    m_recordDays->setValue(SiteProfile::kDefaultVerificationRecordDays);
    m_graceDays->setValue(SiteProfile::kDefaultRenewalGraceDays);
    updateRule();
}

void SiteProfileForm::setProfile(const SiteProfile &profile)
{
    const QSignalBlocker blocker(this);
    m_base = profile;
    m_siteType->setCurrentIndex(std::max(0, m_siteType->findData(SiteProfile::siteTypeKey(profile.siteType))));
    m_maxRetention->setValue(std::max(0, profile.maxRetentionDays));
    m_verificationMode->setCurrentIndex(
        std::max(0, m_verificationMode->findData(SiteProfile::verificationModeKey(profile.verificationMode))));
    m_recordDays->setValue(profile.verificationRecordDays);
    m_graceDays->setValue(profile.renewalGraceDays);
    m_minorsRules->setPlainText(profile.minorsRules);
    m_backupLocation->setText(profile.backupLocation);
    m_siteName->setText(profile.siteName);
    m_operator->setText(profile.operatorName);
    m_phone->setText(profile.contactPhone);
    m_email->setText(profile.contactEmail);
    m_address->setText(profile.contactAddress);
    m_purpose->setPlainText(profile.purpose);
    m_retention->setValue(std::max(0, profile.retentionDays));
    m_alternatives->setPlainText(profile.alternatives.join(QLatin1Char('\n')));
    m_noticeUrl->setText(profile.noticeUrl);
    updateRule();
}

void SiteProfileForm::setAllRulesVisible(bool visible)
{
    for (QWidget *field : std::initializer_list<QWidget *> { m_verificationMode, m_recordDays, m_graceDays,
                                                             m_minorsRules, m_backupLocation })
        m_rows->setRowVisible(field, visible);
}

void SiteProfileForm::siteTypeChosen()
{
    const std::optional<SiteProfile::SiteType> type
        = SiteProfile::siteTypeFromKey(m_siteType->currentData().toString());
    if (type && *type != SiteProfile::SiteType::Unset && !m_readOnly) {
        // The site type's defaults for what is not chosen yet (SiteProfile::applyDefaultsFor, the one home).
        SiteProfile typed = profile();
        typed.applyDefaultsFor(*type);
        const QSignalBlocker blocker(this);
        if (m_retention->value() <= 0)
            m_retention->setValue(typed.retentionDays);
        if (m_maxRetention->value() <= 0)
            m_maxRetention->setValue(typed.maxRetentionDays);
    }
    Q_EMIT changed();
}

void SiteProfileForm::updateRule()
{
    const SiteProfile typed = profile();
    m_retentionRule->setText(typed.retentionDays > 0 ? RetentionPolicy::fromProfile(typed).describe() : QString());
}

SiteProfile SiteProfileForm::profile() const
{
    SiteProfile p = m_base;
    p.siteType
        = SiteProfile::siteTypeFromKey(m_siteType->currentData().toString()).value_or(SiteProfile::SiteType::Unset);
    p.maxRetentionDays = m_maxRetention->value();
    p.verificationMode = SiteProfile::verificationModeFromKey(m_verificationMode->currentData().toString())
                             .value_or(SiteProfile::VerificationMode::Unset);
    p.verificationRecordDays = m_recordDays->value();
    p.renewalGraceDays = m_graceDays->value();
    p.minorsRules = m_minorsRules->toPlainText().trimmed();
    p.backupLocation = m_backupLocation->text().trimmed();
    p.alternatives.clear();
    p.siteName = m_siteName->text().trimmed();
    p.operatorName = m_operator->text().trimmed();
    p.contactPhone = m_phone->text().trimmed();
    p.contactEmail = m_email->text().trimmed();
    p.contactAddress = m_address->text().trimmed();
    p.purpose = m_purpose->toPlainText().trimmed();
    p.retentionDays = m_retention->value();
    const QStringList lines = m_alternatives->toPlainText().split(QLatin1Char('\n'));
    for (const QString &lineText : lines) {
        if (!lineText.trimmed().isEmpty())
            p.alternatives << lineText.trimmed();
    }
    p.noticeUrl = m_noticeUrl->text().trimmed();
    return p;
}

void SiteProfileForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : { m_siteName, m_operator, m_phone, m_email, m_address, m_noticeUrl, m_backupLocation })
        edit->setReadOnly(readOnly);
    for (QSpinBox *spin : { m_maxRetention, m_recordDays, m_graceDays }) {
        spin->setReadOnly(readOnly);
        spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    }
    m_siteType->setEnabled(!readOnly);
    m_verificationMode->setEnabled(!readOnly);
    m_minorsRules->setReadOnly(readOnly);
    m_purpose->setReadOnly(readOnly);
    m_alternatives->setReadOnly(readOnly);
    m_retention->setReadOnly(readOnly);
    // Read-only fields look read-only: the window's colour instead of the white of an input field.
    const QList<QWidget *> fields
        = { m_siteName,     m_operator,  m_phone,        m_email,      m_address,   m_noticeUrl,   m_purpose,
            m_alternatives, m_retention, m_maxRetention, m_recordDays, m_graceDays, m_minorsRules, m_backupLocation };
    for (QWidget *field : fields) {
        QPalette palette = field->palette();
        palette.setBrush(QPalette::Base, readOnly ? this->palette().window() : QApplication::palette().base());
        field->setPalette(palette);
    }
    m_retention->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
}

void SiteProfileForm::addRow(const QString &label, QLayout *field)
{
    m_rows->addRow(label, field);
}

QString SiteProfileForm::labelFor(const QString &key) const
{
    if (key == QLatin1String("site_name"))
        return tr("Site name");
    if (key == QLatin1String("operator_name"))
        return tr("Operated by");
    if (key == QLatin1String("contact_phone") || key == QLatin1String("contact_email")
        || key == QLatin1String("contact_address"))
        return tr("a phone, email or address");
    if (key == QLatin1String("purpose"))
        return tr("Purpose");
    if (key == QLatin1String("retention_days"))
        return tr("Kept after move-out or checkout");
    if (key == QLatin1String("alternatives"))
        return tr("Other ways to verify");
    if (key == QLatin1String("notice_url"))
        return tr("Notice web address");
    return key;
}

Status SiteProfileForm::validate() const
{
    const SiteProfile p = profile();
    if (p.retentionDays < 1)
        return makeError(ErrorKind::InvalidArgument,
                         tr("Choose how long face data is kept: from 1 to %1 days. Keeping it forever is not "
                            "allowed.")
                             .arg(SiteProfile::kMaxRetentionDays));
    if (!p.noticeUrl.isEmpty()) {
        if (Status ok = SiteProfile::checkNoticeUrl(p.noticeUrl); !ok)
            return ok; // the store's rule, in the form's words (no JSON key on screen)
    }
    // The store's own rules, the same as for a profile file; its message names the JSON key.
    Result<SiteProfile> checked = SiteProfile::fromJson(p.toJson());
    if (!checked)
        return checked.error();
    return {};
}

QStringList SiteProfileForm::missingLabels() const
{
    QStringList labels;
    for (const QString &key : profile().missingFields())
        labels << labelFor(key);
    return labels;
}

} // namespace consentry::ui
