#include "compliance/CompliancePage.h"

#include "common/Prompt.h"
#include "common/StatusLine.h"
#include "common/Theme.h"
#include "compliance/DeviceLocation.h"
#include "compliance/FilingRule.h"
#include "platform/Clock.h"
#include "platform/Formats.h"
#include "platform/Language.h"
#include "print/DocumentRenderer.h"
#include "services/AccessControl.h"
#include "services/BackupService.h"
#include "services/ChangeFeed.h"
#include "services/ComplianceDocuments.h"
#include "services/ComplianceService.h"
#include "services/DeviceService.h"
#include "services/FilingService.h"
#include "services/ImpactAssessmentService.h"
#include "services/ResidentService.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace consentry::ui {

namespace {

using Level = ComplianceItem::Level;

Colour levelColour(Level level)
{
    switch (level) {
    case Level::Ok: return Colour::SuccessText;
    case Level::Warning: return Colour::WarningText;
    case Level::Action: return Colour::ErrorText;
    }
    return Colour::MutedText;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

QTableWidget *table(const QStringList &header, QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(header.size()), parent);
    t->setHorizontalHeaderLabels(header);
    t->verticalHeader()->hide();
    // Rows follow their wrapped text as the columns change width (a handful of rows: cheap).
    t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QWidget *scrolled(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

QString documentLanguage()
{
    // The report follows the console's language first and always carries both: an inspector may read either.
    return QStringLiteral("zh_CN+en");
}

} // namespace

CompliancePage::CompliancePage(Vault &vault, std::function<EngineFacts()> engine, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_engine(std::move(engine))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(Theme::label(tr("Compliance centre"), TextStyle::Heading, this));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("complianceTabs"));
    m_tabs->addTab(buildOverview(), tr("Obligations"));
    m_tabs->addTab(buildDevices(), tr("Device register"));
    m_tabs->addTab(buildAssessment(), tr("Impact assessment"));
    m_tabs->addTab(buildFiling(), tr("Filing"));
    layout->addWidget(m_tabs, 1);
    connect(&m_vault.changes(), &ChangeFeed::changed, this, &CompliancePage::storeChanged);
    reload();
}

bool CompliancePage::canChange() const
{
    return !m_vault.isLocked() && AccessControl::allows(m_vault.session().role, Permission::ChangeSettings);
}

void CompliancePage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void CompliancePage::storeChanged(const ChangeSet &)
{
    // Every obligation reads something any change may touch (counts, settings, the audit log): read again,
    // now if the page is on screen, else when it is shown (a busy desk verifies all day).
    if (m_vault.isLocked())
        return;
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void CompliancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_vault.isLocked())
        reload();
}

void CompliancePage::reload()
{
    m_stale = false;
    loadOverview();
    loadDevices();
    loadAssessment();
    loadFiling();
}

// --- Overview ---------------------------------------------------------------------------------------------

QWidget *CompliancePage::buildOverview()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_summary = Theme::label(QString(), TextStyle::Strong, page);
    m_summary->setObjectName(QStringLiteral("complianceSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_obligations = table({ tr("Status"), tr("Obligation"), tr("What the store shows"), tr("Fix") }, page);
    m_obligations->setObjectName(QStringLiteral("obligationsTable"));
    m_obligations->setAccessibleName(tr("Obligations and their status"));
    m_obligations->horizontalHeader()->setStretchLastSection(false);
    m_obligations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_obligations->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_obligations->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_obligations->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    layout->addWidget(m_obligations, 1);
    m_overviewStatus = new StatusLine(page);
    m_overviewStatus->setHiddenWhenEmpty(true);
    layout->addWidget(m_overviewStatus);
    return page;
}

void CompliancePage::loadOverview()
{
    const Result<ComplianceReport> report = ComplianceService(m_vault).report(m_engine ? m_engine() : EngineFacts());
    if (!report) {
        m_summary->setText(report.errorMessage());
        m_obligations->setRowCount(0);
        return;
    }
    m_report = report.value();
    const int actions = m_report.count(Level::Action);
    const int warnings = m_report.count(Level::Warning);
    if (actions > 0)
        m_summary->setText(tr("%n obligation(s) need action.", nullptr, actions));
    else if (warnings > 0)
        m_summary->setText(tr("Everything required is in order; %n point(s) need attention.", nullptr, warnings));
    else
        m_summary->setText(tr("Every obligation is in order."));
    Theme::setTone(m_summary, actions > 0 ? Tone::Error : warnings > 0 ? Tone::Warning : Tone::Success);

    const Role role = m_vault.session().role;
    m_obligations->setRowCount(static_cast<int>(m_report.items.size()));
    for (int row = 0; row < m_report.items.size(); ++row) {
        const ComplianceItem &item = m_report.items.at(row);
        QTableWidgetItem *status = cell(ComplianceItem::levelName(item.level));
        status->setForeground(Theme::colour(levelColour(item.level)));
        QFont bold = status->font();
        bold.setBold(true);
        status->setFont(bold);
        status->setData(Qt::UserRole, ComplianceItem::levelKey(item.level));
        m_obligations->setItem(row, 0, status);
        QTableWidgetItem *title = cell(item.title());
        title->setData(Qt::UserRole, ComplianceItem::key(item.obligation));
        m_obligations->setItem(row, 1, title);
        m_obligations->setItem(row, 2, cell(item.detail));
        // The fix, when there is one and this role may carry it out; the auditor reads only.
        const bool allowedFix = item.fix != ComplianceItem::Fix::None
            && (AccessControl::allows(role, Permission::ChangeSettings)
                || (item.fix == ComplianceItem::Fix::VerifyAudit
                    && AccessControl::allows(role, Permission::ReadAudit)));
        if (allowedFix) {
            auto *button = new QPushButton(ComplianceItem::fixLabel(item.fix));
            button->setObjectName(QStringLiteral("fix_%1").arg(ComplianceItem::key(item.obligation)));
            button->setAccessibleName(QStringLiteral("%1: %2").arg(item.title(), ComplianceItem::fixLabel(item.fix)));
            const ComplianceItem::Fix which = item.fix;
            connect(button, &QPushButton::clicked, this, [this, which] { fix(which); });
            m_obligations->setCellWidget(row, 3, button);
        } else {
            m_obligations->removeCellWidget(row, 3);
            m_obligations->setItem(row, 3, cell(QString()));
        }
    }
}

void CompliancePage::fix(ComplianceItem::Fix which)
{
    using Fix = ComplianceItem::Fix;
    switch (which) {
    case Fix::None: return;
    case Fix::EditAssessment: showTab(Tab::Assessment); return;
    case Fix::Filing: showTab(Tab::Filing); return;
    case Fix::DeviceRegister: showTab(Tab::Devices); return;
    case Fix::Backup: {
        const QString path = Prompt::saveFileName(
            this, tr("Make a backup"),
            QDir::home().filePath(QStringLiteral("consentry-%1.cbak")
                                      .arg(Clock::instance().now().toLocalTime().toString(QStringLiteral("yyyyMMdd")))),
            tr("Consentry backups (*.cbak)"));
        if (path.isEmpty())
            return;
        const auto written = BackupService(m_vault).backupTo(path);
        m_overviewStatus->showResult(written.ok() ? Status() : Status(written.error()),
                                     tr("The encrypted backup was written to %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    case Fix::Purge: {
        const Result<PurgeReport> purged = ResidentService(m_vault).purgeExpired();
        m_overviewStatus->showResult(purged.ok() ? Status() : Status(purged.error()),
                                     purged.ok() ? tr("The retention purge ran: face data of %n person(s) was deleted.",
                                                      nullptr, purged->residentsPurged)
                                                 : QString());
        return;
    }
    case Fix::EditSiteProfile:
    case Fix::PrintSigns:
    case Fix::RetentionSettings:
    case Fix::RenewConsents:
    case Fix::VerifyAudit: Q_EMIT fixElsewhere(which); return;
    }
}

// --- Devices ----------------------------------------------------------------------------------------------

QWidget *CompliancePage::buildDevices()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Register every camera and terminal that uses face recognition, with where it is "
                                "and what it sees. Devices may not be installed in guest rooms, public bathrooms, "
                                "changing rooms or toilets (Provisions on facial recognition, art. 13 ¶2)."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_devices = table({ tr("No."), tr("Name"), tr("Location"), tr("Capture area"), tr("Camera") }, page);
    m_devices->setObjectName(QStringLiteral("devicesTable"));
    m_devices->setAccessibleName(tr("Registered devices"));
    layout->addWidget(m_devices, 1);

    auto *form = new QGroupBox(tr("Register a device"), page);
    auto *fields = new QFormLayout(form);
    m_deviceName = new QLineEdit(form);
    m_deviceName->setObjectName(QStringLiteral("deviceName"));
    m_deviceName->setMaxLength(DeviceService::kMaxNameLength);
    m_deviceName->setPlaceholderText(tr("e.g. Front desk camera"));
    fields->addRow(tr("Name"), m_deviceName);
    m_deviceType = new QComboBox(form);
    m_deviceType->setObjectName(QStringLiteral("deviceType"));
    for (DeviceLocation::Type type : DeviceLocation::allowed())
        m_deviceType->addItem(DeviceLocation::displayName(type), DeviceLocation::key(type));
    fields->addRow(tr("Location"), m_deviceType);
    m_deviceArea = new QLineEdit(form);
    m_deviceArea->setObjectName(QStringLiteral("deviceArea"));
    m_deviceArea->setMaxLength(DeviceService::kMaxAreaLength);
    m_deviceArea->setPlaceholderText(tr("What the camera sees, e.g. the queue in front of the counter"));
    fields->addRow(tr("Capture area"), m_deviceArea);
    m_deviceCamera = new QLineEdit(form);
    m_deviceCamera->setObjectName(QStringLiteral("deviceCamera"));
    m_deviceCamera->setPlaceholderText(
        tr("Optional: the camera's number in the camera picker, e.g. 0 for the first camera"));
    fields->addRow(tr("Camera"), m_deviceCamera);
    auto *buttons = new QHBoxLayout;
    m_addDevice = new QPushButton(tr("Register device"), form);
    m_addDevice->setObjectName(QStringLiteral("addDevice"));
    m_removeDevice = new QPushButton(tr("Remove selected device"), form);
    m_removeDevice->setObjectName(QStringLiteral("removeDevice"));
    buttons->addWidget(m_addDevice);
    buttons->addWidget(m_removeDevice);
    buttons->addStretch(1);
    fields->addRow(buttons);
    layout->addWidget(form);
    m_deviceStatus = new StatusLine(page);
    m_deviceStatus->setHiddenWhenEmpty(true);
    layout->addWidget(m_deviceStatus);
    connect(m_addDevice, &QPushButton::clicked, this, &CompliancePage::addDevice);
    connect(m_removeDevice, &QPushButton::clicked, this, &CompliancePage::removeSelectedDevice);
    form->setVisible(canChange());
    return page;
}

void CompliancePage::loadDevices()
{
    const Result<QList<Device>> devices = DeviceService(m_vault).list();
    m_devices->setRowCount(0);
    if (!devices) {
        m_deviceStatus->showError(devices.errorMessage());
        return;
    }
    m_devices->setRowCount(static_cast<int>(devices->size()));
    for (int row = 0; row < devices->size(); ++row) {
        const Device &d = devices->at(row);
        QTableWidgetItem *id = cell(QString::number(d.id));
        id->setData(Qt::UserRole, d.id);
        m_devices->setItem(row, 0, id);
        m_devices->setItem(row, 1, cell(d.name));
        m_devices->setItem(row, 2, cell(DeviceLocation::displayName(d.locationType)));
        m_devices->setItem(row, 3, cell(d.area));
        m_devices->setItem(row, 4, cell(d.camera));
    }
    m_devices->resizeColumnsToContents();
    m_devices->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
}

void CompliancePage::addDevice()
{
    Device d;
    d.name = m_deviceName->text();
    d.locationType
        = DeviceLocation::fromKey(m_deviceType->currentData().toString()).value_or(DeviceLocation::Type::Other);
    d.area = m_deviceArea->text();
    d.camera = m_deviceCamera->text();
    const Result<qint64> id = DeviceService(m_vault).add(d);
    if (!id) {
        m_deviceStatus->showError(id.errorMessage());
        return;
    }
    m_deviceName->clear();
    m_deviceArea->clear();
    m_deviceCamera->clear();
    m_deviceStatus->showSuccess(
        tr("Registered %1. Print its device label on the Signage screen.").arg(d.name.trimmed()));
}

void CompliancePage::removeSelectedDevice()
{
    const int row = m_devices->currentRow();
    if (row < 0) {
        m_deviceStatus->showWarning(tr("Select the device to remove first."));
        return;
    }
    const qint64 id = m_devices->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString name = m_devices->item(row, 1)->text();
    if (!Prompt::confirm(
            this, tr("Remove device"),
            tr("Remove %1 from the device register? Do this only when the device is no longer used.").arg(name)))
        return;
    const Status removed = DeviceService(m_vault).remove(id);
    m_deviceStatus->showResult(removed, tr("%1 was removed from the register.").arg(name));
}

// --- Impact assessment ------------------------------------------------------------------------------------

QWidget *CompliancePage::buildAssessment()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_assessmentState = Theme::label(QString(), TextStyle::Strong, content);
    m_assessmentState->setObjectName(QStringLiteral("assessmentState"));
    m_assessmentState->setWordWrap(true);
    layout->addWidget(m_assessmentState);
    layout->addWidget(Theme::label(tr("Facts from the store"), TextStyle::Strong, content));
    m_facts = table({ tr("Item"), tr("Fact") }, content);
    m_facts->setObjectName(QStringLiteral("assessmentFacts"));
    m_facts->setAccessibleName(tr("Facts from the store"));
    m_facts->setMinimumHeight(220);
    layout->addWidget(m_facts);
    for (ImpactAssessment::Part part : ImpactAssessment::parts()) {
        auto *box = new QGroupBox(ImpactAssessment::partTitle(part), content);
        auto *boxLayout = new QVBoxLayout(box);
        auto *guidance = new QLabel(ImpactAssessment::partGuidance(part), box);
        guidance->setWordWrap(true);
        Theme::setTone(guidance, Tone::Muted);
        boxLayout->addWidget(guidance);
        auto *edit = new QPlainTextEdit(box);
        edit->setObjectName(QStringLiteral("answer_%1").arg(ImpactAssessment::partKey(part)));
        edit->setAccessibleName(ImpactAssessment::partTitle(part));
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(90);
        edit->setReadOnly(!canChange());
        boxLayout->addWidget(edit);
        m_answers.insert(ImpactAssessment::partKey(part), edit);
        layout->addWidget(box);
    }
    auto *buttons = new QHBoxLayout;
    m_saveAnswers = new QPushButton(tr("Save draft"), content);
    m_saveAnswers->setObjectName(QStringLiteral("saveAnswers"));
    m_sign = new QPushButton(tr("Sign this assessment…"), content);
    m_sign->setObjectName(QStringLiteral("signAssessment"));
    m_exportAssessment = new QPushButton(tr("Save signed assessment as PDF…"), content);
    m_exportAssessment->setObjectName(QStringLiteral("exportAssessment"));
    m_saveAnswers->setVisible(canChange());
    m_sign->setVisible(canChange());
    buttons->addWidget(m_saveAnswers);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_exportAssessment);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_assessmentStatus = new StatusLine(content);
    m_assessmentStatus->setHiddenWhenEmpty(true);
    layout->addWidget(m_assessmentStatus);
    connect(m_saveAnswers, &QPushButton::clicked, this, &CompliancePage::saveAnswers);
    connect(m_sign, &QPushButton::clicked, this, &CompliancePage::signAssessment);
    connect(m_exportAssessment, &QPushButton::clicked, this, &CompliancePage::exportAssessment);
    return scrolled(content);
}

void CompliancePage::loadAssessment()
{
    ImpactAssessmentService service(m_vault);
    const EngineFacts engine = m_engine ? m_engine() : EngineFacts();
    const Result<ImpactAssessment> draft = service.draft(engine);
    if (!draft) {
        m_assessmentState->setText(draft.errorMessage());
        return;
    }
    const bool zh = Language::current() == QLatin1String("zh_CN");
    m_facts->setRowCount(static_cast<int>(draft->facts.size()));
    for (int row = 0; row < draft->facts.size(); ++row) {
        const AssessmentFact &f = draft->facts.at(row);
        m_facts->setItem(row, 0, cell(zh ? f.labelZh : f.labelEn));
        m_facts->setItem(row, 1, cell(zh ? f.valueZh : f.valueEn));
    }
    m_facts->resizeColumnToContents(0);
    // The draft's saved answers; a text being typed is not overwritten by a change elsewhere.
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
        const QString saved = draft->answers.value(it.key());
        if (!it.value()->hasFocus() && it.value()->toPlainText() != saved)
            it.value()->setPlainText(saved);
    }
    const Result<std::optional<ImpactAssessment>> latest = service.latestSigned();
    const bool hasSigned = latest.ok() && latest.value().has_value();
    m_exportAssessment->setEnabled(hasSigned);
    if (!hasSigned) {
        m_assessmentState->setText(tr("No assessment has been signed yet. Answer the four parts, then sign."));
        Theme::setTone(m_assessmentState, Tone::Error);
        return;
    }
    const ImpactAssessment &a = *latest.value();
    const Result<QStringList> changed = service.changesSinceSigned(engine);
    QString text = tr("Version %1 was signed by %2 on %3; it is kept at least until %4.")
                       .arg(a.version)
                       .arg(a.signedBy, Formats::date(a.signedAt.toLocalTime().date()), Formats::date(a.keepUntil()));
    if (changed.ok() && !changed->isEmpty()) {
        QStringList names;
        for (const QString &key : changed.value())
            names << ImpactAssessment::basisPartName(key);
        text += QLatin1Char(' ')
            + tr("A new assessment is needed: %1 changed since it was signed.").arg(names.join(tr(", ")));
        Theme::setTone(m_assessmentState, Tone::Error);
    } else {
        Theme::setTone(m_assessmentState, Tone::Success);
    }
    m_assessmentState->setText(text);
}

void CompliancePage::saveAnswers()
{
    QMap<QString, QString> answers;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it)
        answers.insert(it.key(), it.value()->toPlainText());
    const Status saved = ImpactAssessmentService(m_vault).saveAnswers(answers);
    m_assessmentStatus->showResult(saved, tr("The draft was saved."));
}

void CompliancePage::signAssessment()
{
    saveAnswers();
    // Nothing to confirm while a part is unanswered: say which, as the core would.
    if (const Result<ImpactAssessment> draft = ImpactAssessmentService(m_vault).draft();
        draft && !draft->unanswered().isEmpty()) {
        m_assessmentStatus->showError(
            tr("Answer every part before signing; still empty: %1.").arg(draft->unanswered().join(tr("; "))));
        return;
    }
    if (!Prompt::confirm(this, tr("Sign the impact assessment"),
                         tr("Sign the assessment as it stands, in your name? The signed version cannot be changed "
                            "afterwards; a later edit is signed as a new version.")))
        return;
    const Result<int> version = ImpactAssessmentService(m_vault).sign(m_engine ? m_engine() : EngineFacts());
    m_assessmentStatus->showResult(
        version.ok() ? Status() : Status(version.error()),
        version.ok() ? tr("Version %1 of the impact assessment was signed.").arg(version.value()) : QString());
}

void CompliancePage::exportAssessment()
{
    const Result<std::optional<ImpactAssessment>> latest = ImpactAssessmentService(m_vault).latestSigned();
    if (!latest || !latest.value()) {
        m_assessmentStatus->showError(latest ? tr("No impact assessment has been signed yet.") : latest.errorMessage());
        return;
    }
    const QString path = Prompt::saveFileName(
        this, tr("Save the impact assessment"),
        QDir::home().filePath(QStringLiteral("impact-assessment-v%1.pdf").arg(latest.value()->version)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<int> pages
        = DocumentRenderer(ComplianceDocuments::assessment(*latest.value(), documentLanguage())).writePdf(path);
    m_assessmentStatus->showResult(pages.ok() ? Status() : Status(pages.error()),
                                   tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

// --- Filing -----------------------------------------------------------------------------------------------

QWidget *CompliancePage::buildFiling()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_filingSummary = Theme::label(QString(), TextStyle::Strong, content);
    m_filingSummary->setObjectName(QStringLiteral("filingSummary"));
    m_filingSummary->setWordWrap(true);
    layout->addWidget(m_filingSummary);
    m_filingReminders = new QLabel(content);
    m_filingReminders->setObjectName(QStringLiteral("filingReminders"));
    m_filingReminders->setWordWrap(true);
    Theme::setTone(m_filingReminders, Tone::Warning);
    layout->addWidget(m_filingReminders);

    auto *recorded = new QGroupBox(tr("Filings made"), content);
    auto *recordedLayout = new QVBoxLayout(recorded);
    m_filings = table({ tr("Kind"), tr("Filed on"), tr("Reference"), tr("People with face data") }, recorded);
    m_filings->setObjectName(QStringLiteral("filingsTable"));
    m_filings->setAccessibleName(tr("Filings recorded"));
    m_filings->setMinimumHeight(110);
    recordedLayout->addWidget(m_filings);
    auto *recordRow = new QHBoxLayout;
    m_filingKind = new QComboBox(recorded);
    m_filingKind->addItem(tr("Initial filing"), FilingRecord::kindKey(FilingRecord::Kind::Initial));
    m_filingKind->addItem(tr("Change filing"), FilingRecord::kindKey(FilingRecord::Kind::Change));
    m_filingKind->addItem(tr("Deregistration"), FilingRecord::kindKey(FilingRecord::Kind::Deregistration));
    m_filedOn = new QDateEdit(Clock::instance().now().toLocalTime().date(), recorded);
    m_filedOn->setCalendarPopup(true);
    m_filedOn->setDisplayFormat(Formats::dateEditFormat());
    m_reference = new QLineEdit(recorded);
    m_reference->setObjectName(QStringLiteral("filingReference"));
    m_reference->setPlaceholderText(tr("Reference number from the cyberspace office"));
    m_reference->setMaxLength(FilingService::kMaxReferenceLength);
    m_recordFiling = new QPushButton(tr("Record filing"), recorded);
    m_recordFiling->setObjectName(QStringLiteral("recordFiling"));
    recordRow->addWidget(m_filingKind);
    recordRow->addWidget(m_filedOn);
    recordRow->addWidget(m_reference, 1);
    recordRow->addWidget(m_recordFiling);
    recordedLayout->addLayout(recordRow);
    for (QWidget *w : std::initializer_list<QWidget *> { m_filingKind, m_filedOn, m_reference, m_recordFiling })
        w->setVisible(canChange());
    layout->addWidget(recorded);

    auto *settings = new QGroupBox(tr("Working days and processing rules"), content);
    auto *settingsLayout = new QFormLayout(settings);
    m_holidays = new QPlainTextEdit(settings);
    m_holidays->setObjectName(QStringLiteral("filingHolidays"));
    m_holidays->setPlaceholderText(tr("One date per line, e.g. 2026-10-01"));
    m_holidays->setMaximumHeight(90);
    m_holidays->setReadOnly(!canChange());
    settingsLayout->addRow(tr("Public holidays (not working days)"), m_holidays);
    m_rules = new QPlainTextEdit(settings);
    m_rules->setObjectName(QStringLiteral("processingRules"));
    m_rules->setMinimumHeight(140);
    m_rules->setReadOnly(!canChange());
    settingsLayout->addRow(tr("Processing rules and operating procedures"), m_rules);
    m_saveFiling = new QPushButton(tr("Save"), settings);
    m_saveFiling->setObjectName(QStringLiteral("saveFiling"));
    m_saveFiling->setVisible(canChange());
    settingsLayout->addRow(m_saveFiling);
    layout->addWidget(settings);

    m_writePack = new QPushButton(tr("Write the filing pack (PDF and JSON)…"), content);
    m_writePack->setObjectName(QStringLiteral("writeFilingPack"));
    layout->addWidget(m_writePack, 0, Qt::AlignLeft);
    m_filingStatus = new StatusLine(content);
    m_filingStatus->setHiddenWhenEmpty(true);
    layout->addWidget(m_filingStatus);
    layout->addStretch(1);
    connect(m_recordFiling, &QPushButton::clicked, this, &CompliancePage::recordFiling);
    connect(m_saveFiling, &QPushButton::clicked, this, &CompliancePage::saveFilingSettings);
    connect(m_writePack, &QPushButton::clicked, this, &CompliancePage::writeFilingPack);
    return scrolled(content);
}

void CompliancePage::loadFiling()
{
    FilingService service(m_vault);
    const Result<FilingService::State> state = service.state();
    if (!state) {
        m_filingSummary->setText(state.errorMessage());
        return;
    }
    m_filingSummary->setText(state->summary);
    const bool overdue = state->level == FilingRule::Level::Due && !state->filed;
    Theme::setTone(m_filingSummary,
                   overdue                                              ? Tone::Error
                       : state->level == FilingRule::Level::Approaching ? Tone::Warning
                                                                        : Tone::Plain);
    m_filingReminders->setText(state->reminders.join(QLatin1Char('\n')));
    m_filingReminders->setVisible(!state->reminders.isEmpty());
    m_filings->setRowCount(static_cast<int>(state->filings.size()));
    for (int row = 0; row < state->filings.size(); ++row) {
        const FilingRecord &f = state->filings.at(row);
        const int kind = m_filingKind->findData(FilingRecord::kindKey(f.kind));
        m_filings->setItem(row, 0, cell(m_filingKind->itemText(kind)));
        m_filings->setItem(row, 1, cell(Formats::date(f.filedOn)));
        m_filings->setItem(row, 2, cell(f.reference));
        m_filings->setItem(row, 3, cell(QString::number(f.people)));
    }
    QStringList days;
    for (const QDate &day : state->holidays)
        days << day.toString(Qt::ISODate);
    if (!m_holidays->hasFocus())
        m_holidays->setPlainText(days.join(QLatin1Char('\n')));
    if (!m_rules->hasFocus()) {
        if (const Result<QString> rules = service.processingRules(Language::current()); rules)
            m_rules->setPlainText(rules.value());
    }
}

void CompliancePage::saveFilingSettings()
{
    QList<QDate> days;
    for (const QString &line : m_holidays->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QDate day = QDate::fromString(line.trimmed(), Qt::ISODate);
        if (!day.isValid()) {
            m_filingStatus->showError(
                tr("\"%1\" is not a date: write one date per line as 2026-10-01.").arg(line.trimmed()));
            return;
        }
        days << day;
    }
    FilingService service(m_vault);
    if (Status ok = service.setHolidays(days); !ok) {
        m_filingStatus->showError(ok.errorMessage());
        return;
    }
    // The generated rules are not stored: only a text the manager changed replaces them.
    const Result<QString> generated = service.processingRules(Language::current());
    const QString text = m_rules->toPlainText();
    if (!generated || generated.value() != text) {
        if (Status ok = service.setProcessingRules(text); !ok) {
            m_filingStatus->showError(ok.errorMessage());
            return;
        }
    }
    m_filingStatus->showSuccess(tr("Saved."));
}

void CompliancePage::recordFiling()
{
    FilingRecord f;
    f.kind = FilingRecord::kindFromKey(m_filingKind->currentData().toString()).value_or(FilingRecord::Kind::Initial);
    f.filedOn = m_filedOn->date();
    f.reference = m_reference->text();
    const Result<qint64> id = FilingService(m_vault).record(f);
    if (id)
        m_reference->clear();
    m_filingStatus->showResult(id.ok() ? Status() : Status(id.error()), tr("The filing was recorded."));
}

void CompliancePage::writeFilingPack()
{
    const QString folder = Prompt::folder(this, tr("Folder for the filing pack"), QDir::homePath());
    if (folder.isEmpty())
        return;
    const Result<QStringList> files = FilingService(m_vault).writePack(folder, QStringLiteral("zh_CN"));
    m_filingStatus->showResult(files.ok() ? Status() : Status(files.error()),
                               tr("The filing pack was written to %1.").arg(QDir::toNativeSeparators(folder)));
}

} // namespace consentry::ui
