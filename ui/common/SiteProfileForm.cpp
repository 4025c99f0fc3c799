#include "common/SiteProfileForm.h"

#include <QApplication>
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
    m_alternatives = text("alternativesEdit", tr("One per line, e.g. key card, ID card at the front desk"), 3);
    m_noticeUrl = line("noticeUrlEdit", QStringLiteral("https://"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = m_rows = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1); // rows keep their height when there is room to spare
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Site name:"), m_siteName);
    form->addRow(tr("&Operated by:"), m_operator);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("P&urpose:"), m_purpose);
    form->addRow(tr("&Kept for:"), m_retention);
    form->addRow(tr("Other &ways to verify:"), m_alternatives);
    form->addRow(tr("&Notice web address:"), m_noticeUrl);
    m_retention->setMaximumWidth(m_retention->fontMetrics().horizontalAdvance(QStringLiteral("0000 days")) * 2);
}

void SiteProfileForm::setProfile(const SiteProfile &profile)
{
    const QSignalBlocker blocker(this);
    m_siteName->setText(profile.siteName);
    m_operator->setText(profile.operatorName);
    m_phone->setText(profile.contactPhone);
    m_email->setText(profile.contactEmail);
    m_address->setText(profile.contactAddress);
    m_purpose->setPlainText(profile.purpose);
    m_retention->setValue(std::max(0, profile.retentionDays));
    m_alternatives->setPlainText(profile.alternatives.join(QLatin1Char('\n')));
    m_noticeUrl->setText(profile.noticeUrl);
}

SiteProfile SiteProfileForm::profile() const
{
    SiteProfile p;
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
    for (QLineEdit *edit : { m_siteName, m_operator, m_phone, m_email, m_address, m_noticeUrl })
        edit->setReadOnly(readOnly);
    m_purpose->setReadOnly(readOnly);
    m_alternatives->setReadOnly(readOnly);
    m_retention->setReadOnly(readOnly);
    // Read-only fields look read-only: the window's colour instead of the white of an input field.
    const QList<QWidget *> fields
        = { m_siteName, m_operator, m_phone, m_email, m_address, m_noticeUrl, m_purpose, m_alternatives, m_retention };
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
        return tr("Kept for");
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
        const QUrl url(p.noticeUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return makeError(ErrorKind::InvalidArgument,
                             tr("The notice web address must be a full address starting with https://, or "
                                "left empty."));
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
