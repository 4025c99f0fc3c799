#include "people/ResidentsPage.h"

#include "common/Prompt.h"
#include "common/StatusLine.h"
#include "common/Theme.h"
#include "enroll/ConsentDialog.h"
#include "people/EditResidentDialog.h"
#include "people/MoveOutDialog.h"
#include "people/ResidentDetailPane.h"
#include "people/ResidentsModel.h"
#include "platform/Clock.h"
#include "platform/Formats.h"
#include "platform/Language.h"
#include "print/DocumentRenderer.h"
#include "services/ChangeFeed.h"
#include "services/SettingsService.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace consentry::ui {

namespace {
constexpr int kDebounceMs = 300;
constexpr int kDueSoonDays = ResidentService::kDefaultDueWithinDays;

QPushButton *actionButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}
} // namespace

ResidentsPage::ResidentsPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("residentsPage"));
    auto *title = Theme::label(tr("Residents"), TextStyle::Heading, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("residentSearch"));
    m_search->setPlaceholderText(tr("Search name or unit/room"));
    m_search->setAccessibleName(tr("Search residents"));
    m_search->setClearButtonEnabled(true);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("residentFilter"));
    m_filter->addItem(tr("All residents"), static_cast<int>(FilterChoice::All));
    m_filter->addItem(tr("Consent in force"), static_cast<int>(FilterChoice::Active));
    m_filter->addItem(tr("Consent withdrawn"), static_cast<int>(FilterChoice::Withdrawn));
    m_filter->addItem(tr("Retention expired"), static_cast<int>(FilterChoice::Expired));
    m_filter->addItem(tr("Declined (alternative used)"), static_cast<int>(FilterChoice::Declined));
    m_filter->addItem(tr("No decision yet"), static_cast<int>(FilterChoice::NoDecision));
    m_filter->addItem(tr("Consent renewal needed (notice changed)"), static_cast<int>(FilterChoice::Renewal));
    m_filter->addItem(tr("Under 14"), static_cast<int>(FilterChoice::Minors));
    m_filter->addItem(tr("Deletion due within %1 days").arg(kDueSoonDays), static_cast<int>(FilterChoice::DueSoon));
    m_filter->addItem(tr("Records reduced (retention of records ended)"), static_cast<int>(FilterChoice::Reduced));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("residentCount"));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 2);
    searchRow->addWidget(m_filter, 1);
    searchRow->addWidget(m_count, 1);

    m_reenrollBanner = new QLabel(this);
    m_reenrollBanner->setObjectName(QStringLiteral("reenrollBanner"));
    m_reenrollBanner->setWordWrap(true);
    m_reenrollList = actionButton(tr("Work through the list"), QStringLiteral("reenrollListButton"), this);
    auto *bannerBox = new QWidget(this);
    bannerBox->setObjectName(QStringLiteral("reenrollBox"));
    Theme::setTone(bannerBox, Tone::Warning, Look::Box);
    auto *bannerRow = new QHBoxLayout(bannerBox);
    bannerRow->addWidget(m_reenrollBanner, 1);
    bannerRow->addWidget(m_reenrollList);
    bannerBox->hide();

    m_model = new ResidentsModel(vault, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("residentsView"));
    m_view->setAccessibleName(tr("Residents"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    // One long name must not push the deletion date out of a laptop's screen: names and units longer than
    // this are elided, their whole text in the tooltip.
    m_view->horizontalHeader()->setMaximumSectionSize(fontMetrics().averageCharWidth() * 24);

    m_detail = new ResidentDetailPane(this);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidgetResizable(true);
    detailScroll->setWidget(m_detail);
    detailScroll->setFrameShape(QFrame::NoFrame);
    // One scroll bar for the whole pane: its tables show every row and wrap to its width (ResidentDetailPane).
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailScroll->setObjectName(QStringLiteral("detailScroll"));

    m_edit = actionButton(tr("Edit details…"), QStringLiteral("editButton"), this);
    m_moveOut = actionButton(tr("Move-out date…"), QStringLiteral("moveOutButton"), this);
    m_reenroll = actionButton(tr("Re-enroll"), QStringLiteral("reenrollButton"), this);
    m_leftToday = actionButton(tr("Moved out / checked out today"), QStringLiteral("leftTodayButton"), this);
    m_renew = actionButton(tr("Renew consent…"), QStringLiteral("renewButton"), this);
    m_withdraw = actionButton(tr("Withdraw consent…"), QStringLiteral("withdrawButton"), this);
    m_delete = actionButton(tr("Delete resident…"), QStringLiteral("deleteButton"), this);
    m_export = actionButton(tr("Export access package…"), QStringLiteral("exportButton"), this);
    // The paper route for someone who cannot sign on screen: the Enroll section prints the form and records it.
    m_paper = actionButton(tr("Paper consent form…"), QStringLiteral("paperConsentButton"), this);
    m_receiptAgain = actionButton(tr("Save the receipt again…"), QStringLiteral("receiptAgainButton"), this);
    m_receiptAgain->setToolTip(tr("The receipt of a withdrawal or deletion was not saved: save or print it now."));
    m_receiptAgain->hide();
    auto *actions = new QGridLayout;
    actions->addWidget(m_edit, 0, 0);
    actions->addWidget(m_moveOut, 0, 1);
    actions->addWidget(m_reenroll, 0, 2);
    actions->addWidget(m_withdraw, 1, 0);
    actions->addWidget(m_export, 1, 1);
    actions->addWidget(m_delete, 1, 2);
    actions->addWidget(m_leftToday, 2, 0);
    actions->addWidget(m_renew, 2, 1);
    actions->addWidget(m_paper, 2, 2);
    actions->addWidget(m_receiptAgain, 3, 0, 1, 3);

    m_message = new StatusLine(this, Look::Box);
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setHiddenWhenEmpty(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(detailScroll, 1);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_message);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(searchRow);
    layout->addWidget(bannerBox);
    layout->addWidget(splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ResidentsPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ResidentsPage::applySearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResidentsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResidentsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ResidentsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ResidentsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResidentsPage::updateCount);
    connect(m_model, &ResidentsModel::fetchFailed, this, &ResidentsPage::updateCount);
    connect(m_reenrollList, &QPushButton::clicked, this, [this] {
        setFilterChoice(FilterChoice::Reenrollment);
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(m_edit, &QPushButton::clicked, this, &ResidentsPage::editSelected);
    connect(m_moveOut, &QPushButton::clicked, this, &ResidentsPage::setMoveOutOfSelected);
    connect(m_reenroll, &QPushButton::clicked, this, &ResidentsPage::reenrollSelected);
    connect(m_leftToday, &QPushButton::clicked, this, &ResidentsPage::leftTodaySelected);
    connect(m_renew, &QPushButton::clicked, this, &ResidentsPage::renewSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &ResidentsPage::withdrawSelected);
    connect(m_delete, &QPushButton::clicked, this, &ResidentsPage::deleteSelected);
    connect(m_export, &QPushButton::clicked, this, &ResidentsPage::exportSelected);
    connect(m_paper, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedResidentId(); id != 0)
            Q_EMIT paperConsentRequested(id);
    });
    connect(m_receiptAgain, &QPushButton::clicked, this, &ResidentsPage::saveReceiptAgain);
    connect(&vault.changes(), &ChangeFeed::residentsChanged, this, &ResidentsPage::storeChanged);
    connect(&vault.changes(), &ChangeFeed::settingsChanged, this, &ResidentsPage::storeChanged); // due dates

    loadPendingReceipts(); // receipts not saved in an earlier session
    applySearch();
}

bool ResidentsPage::allowed(Permission permission) const
{
    return AccessControl::allows(m_vault.session().role, permission);
}

void ResidentsPage::setActiveEngine(const EngineId &engine)
{
    m_engine = engine;
    if (engine.isValid() && m_filter->findData(static_cast<int>(FilterChoice::Reenrollment)) < 0)
        m_filter->addItem(tr("Needs re-enrollment (engine changed)"), static_cast<int>(FilterChoice::Reenrollment));
    updateReenrollmentBanner();
}

void ResidentsPage::updateReenrollmentBanner()
{
    QWidget *box = m_reenrollBanner->parentWidget();
    if (!m_engine.isValid()) {
        box->hide();
        return;
    }
    ResidentFilter needing;
    needing.otherEngineThan = m_engine.key();
    Result<qint64> count = ResidentService(m_vault).count(needing);
    if (!count || count.value() == 0) {
        box->hide();
        return;
    }
    m_reenrollBanner->setText(
        tr("Residents enrolled with a face engine that is no longer in use: %1. Their face verification works "
           "again only after re-enrollment.")
            .arg(count.value()));
    box->show();
}

void ResidentsPage::setFilterChoice(FilterChoice choice)
{
    const int index = m_filter->findData(static_cast<int>(choice));
    if (index >= 0)
        m_filter->setCurrentIndex(index); // applies it
}

void ResidentsPage::storeChanged()
{
    const qint64 selected = selectedResidentId();
    (void)m_model->reload(); // a refusal shows in the count line
    updateReenrollmentBanner();
    if (selected != 0)
        selectResident(selected); // gone (deleted, filtered out): the detail pane says to select someone
    selectionChanged();
}

void ResidentsPage::reload()
{
    applySearch();
    updateReenrollmentBanner();
}

void ResidentsPage::applySearch()
{
    m_debounce->stop();
    const auto choice = static_cast<FilterChoice>(m_filter->currentData().toInt());
    if (choice == FilterChoice::Reenrollment && m_engine.isValid()) {
        m_model->showNeedingReenrollment(m_engine);
        return;
    }
    ResidentFilter filter;
    filter.search = m_search->text().trimmed();
    switch (choice) {
    case FilterChoice::All:
    case FilterChoice::Reenrollment: break;
    case FilterChoice::Active: filter.state = ResidentRow::State::Active; break;
    case FilterChoice::Withdrawn: filter.state = ResidentRow::State::Withdrawn; break;
    case FilterChoice::Expired: filter.state = ResidentRow::State::Expired; break;
    case FilterChoice::Declined: filter.state = ResidentRow::State::Declined; break;
    case FilterChoice::NoDecision: filter.state = ResidentRow::State::None; break;
    case FilterChoice::Renewal: filter.state = ResidentRow::State::Renewal; break;
    case FilterChoice::Minors: filter.minor = true; break;
    case FilterChoice::Reduced: filter.reduced = true; break;
    case FilterChoice::DueSoon:
        filter.retentionDueWithinDays = kDueSoonDays;
        filter.order = ResidentFilter::Order::RetentionDue;
        break;
    }
    m_model->setFilter(filter);
}

void ResidentsPage::updateCount()
{
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(m_model->lastError());
        m_count->setWordWrap(true);
        return;
    }
    m_count->setText(tr("Shown: %1 of %2").arg(m_model->rowCount()).arg(m_model->totalCount()));
}

qint64 ResidentsPage::selectedResidentId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(ResidentsModel::ResidentIdRole).toLongLong();
}

bool ResidentsPage::selectResident(qint64 residentId)
{
    const int row = m_model->rowOfResident(residentId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

QString ResidentsPage::lastMessage() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ResidentsPage::showMessage(const QString &text, bool error)
{
    m_message->showMessage(text, error ? Tone::Error : Tone::Success);
    m_messageFor = selectedResidentId();
}

std::optional<ResidentDetails> ResidentsPage::selectedDetails()
{
    const qint64 id = selectedResidentId();
    if (id == 0)
        return std::nullopt;
    Result<ResidentDetails> details = ResidentService(m_vault).details(id);
    if (!details) {
        showMessage(details.errorMessage(), true);
        return std::nullopt;
    }
    return details.value();
}

void ResidentsPage::selectionChanged()
{
    const qint64 id = selectedResidentId();
    // What was said about one person is not left under another's details.
    if (id != 0 && id != m_messageFor && !m_message->message().isEmpty()) {
        m_message->clearMessage();
        m_messageFor = 0;
    }
    if (id == 0) {
        m_detail->showMessage(tr("Select a resident to see their consents, face templates and history."));
    } else if (Result<ResidentDetails> details = ResidentService(m_vault).details(id); details) {
        const Result<RetentionPolicy> policy = SettingsService(m_vault).retentionPolicy();
        m_detail->showDetails(details.value(), policy ? policy->describe() : QString());
    } else {
        m_detail->showMessage(details.errorMessage());
    }
    updateActions();
}

void ResidentsPage::updateActions()
{
    const bool selected = selectedResidentId() != 0;
    const ResidentRow row
        = selected ? m_model->residentRow(m_view->selectionModel()->selectedRows().first().row()) : ResidentRow();
    const Role role = m_vault.session().role;
    auto set = [&](QPushButton *button, Permission permission, bool applicable, const QString &whyNotApplicable) {
        const bool roleAllows = AccessControl::allows(role, permission);
        button->setEnabled(selected && roleAllows && applicable);
        button->setToolTip(!roleAllows ? AccessControl::check(role, permission).errorMessage()
                                       : (selected && !applicable ? whyNotApplicable : QString()));
    };
    const bool hasFaceData = row.templateCount > 0 || row.state == ResidentRow::State::Active
        || row.state == ResidentRow::State::Expired || row.state == ResidentRow::State::Renewal;
    set(m_edit, Permission::Enroll, true, QString());
    set(m_moveOut, Permission::Enroll, true, QString());
    set(m_reenroll, Permission::Enroll, true, QString());
    set(m_paper, Permission::Enroll, true, QString());
    set(m_leftToday, Permission::Enroll,
        row.state == ResidentRow::State::Active || row.state == ResidentRow::State::Renewal,
        tr("Only for someone whose face data is kept."));
    set(m_renew, Permission::Enroll, row.state == ResidentRow::State::Renewal,
        tr("Only for someone whose consent needs renewal after a change of the notice."));
    set(m_withdraw, Permission::WithdrawConsent, hasFaceData,
        tr("This person has no consent in force and no face data to withdraw."));
    set(m_delete, Permission::DeleteResidents, true, QString());
    // Export also depends on the site (staff may answer access requests when a manager allows it): asked of core.
    const Status mayExport = SettingsService(m_vault).permits(Permission::Export);
    m_export->setEnabled(selected && mayExport.ok());
    m_export->setToolTip(mayExport.ok() ? QString() : mayExport.errorMessage());
    // A receipt not saved can be saved again: the selected person's, or a deleted person's (no row left).
    const qint64 pending = receiptResidentShown();
    m_receiptAgain->setVisible(pending != 0);
    if (pending != 0)
        m_receiptAgain->setText(tr("Save the receipt of %1 again…").arg(m_unsavedReceipts.value(pending).name));
}

void ResidentsPage::loadPendingReceipts()
{
    m_unsavedReceipts.clear();
    m_lastUnsavedReceipt = 0;
    if (!allowed(Permission::WithdrawConsent))
        return;
    Result<QList<ResidentService::PendingReceipt>> pending = ResidentService(m_vault).pendingReceipts();
    if (!pending)
        return;
    for (const ResidentService::PendingReceipt &receipt : pending.value()) {
        if (m_lastUnsavedReceipt == 0)
            m_lastUnsavedReceipt = receipt.residentId; // newest first
        m_unsavedReceipts.insert(receipt.residentId, receipt);
    }
}

qint64 ResidentsPage::receiptResidentShown() const
{
    const qint64 selected = selectedResidentId();
    if (selected != 0)
        return m_unsavedReceipts.contains(selected) ? selected : 0;
    return m_unsavedReceipts.contains(m_lastUnsavedReceipt) ? m_lastUnsavedReceipt : 0;
}

void ResidentsPage::saveReceiptAgain()
{
    const qint64 id = receiptResidentShown();
    if (id == 0)
        return;
    offerPending(m_unsavedReceipts.value(id));
}

void ResidentsPage::editSelected()
{
    std::optional<ResidentDetails> details = selectedDetails();
    if (!details)
        return;
    auto *dialog = new EditResidentDialog(details->resident, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Resident edited = dialog->resident();
        if (Status ok = ResidentService(m_vault).edit(edited); !ok) {
            showMessage(ok.errorMessage(), true);
            return;
        }
        m_model->refreshResident(edited.id);
        selectionChanged();
        showMessage(tr("The details of %1 were saved.").arg(edited.name), false);
    });
    dialog->open();
}

void ResidentsPage::setMoveOutOfSelected()
{
    std::optional<ResidentDetails> details = selectedDetails();
    if (!details)
        return;
    Result<RetentionPolicy> policy = SettingsService(m_vault).retentionPolicy();
    auto *dialog = new MoveOutDialog(details->resident.name, details->resident.moveOut,
                                     Clock::instance().now().toLocalTime().date(),
                                     policy ? policy->describe() : policy.errorMessage(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = details->resident.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const QDate date = dialog->moveOut();
        if (Status ok = ResidentService(m_vault).setMoveOut(id, date); !ok) {
            showMessage(ok.errorMessage(), true);
            return;
        }
        m_model->refreshResident(id);
        selectionChanged();
        showMessage(date.isValid() ? tr("Move-out date set to %1.").arg(Formats::date(date))
                                   : tr("Move-out date cleared."),
                    false);
    });
    dialog->open();
}

void ResidentsPage::leftTodaySelected()
{
    const qint64 id = selectedResidentId();
    if (id == 0)
        return;
    // One click starts the retention clock (RetentionPolicy): the date is today's, nothing to type.
    const QDate today = Clock::instance().now().toLocalTime().date();
    if (Status ok = ResidentService(m_vault).setMoveOut(id, today); !ok) {
        showMessage(ok.errorMessage(), true);
        return;
    }
    Result<RetentionPolicy> policy = SettingsService(m_vault).retentionPolicy();
    showMessage(tr("Move-out or checkout recorded for today, %1.").arg(Formats::date(today))
                    + (policy ? QLatin1Char(' ') + policy->describe() : QString()),
                false);
}

ConsentDialog *ResidentsPage::renewalDialog() const
{
    return m_renewal;
}

void ResidentsPage::renewSelected()
{
    const qint64 id = selectedResidentId();
    if (id == 0 || m_renewal)
        return;
    ResidentService residents(m_vault);
    Result<ResidentService::RenewalChanges> changes = residents.renewalChanges(id, Language::current());
    Result<Resident> resident = residents.get(id);
    const QList<ShownNotice> notices = ConsentDialog::currentNotices(m_vault);
    if (!changes || !resident || notices.isEmpty()) {
        showMessage(!changes        ? changes.errorMessage()
                        : !resident ? resident.errorMessage()
                                    : tr("No notice is in force, so no consent can be asked."),
                    true);
        return;
    }
    Result<SiteProfile> site = SettingsService(m_vault).siteProfile();
    m_renewal = new ConsentDialog(notices, site ? site->alternatives : QStringList(), m_vault.session().userName, this);
    m_renewal->setAttribute(Qt::WA_DeleteOnClose);
    m_renewal->setResidentName(resident->name);
    QList<NoticeText::MaterialChange> shown;
    for (const auto &[field, values] : changes->changes)
        shown << NoticeText::MaterialChange { field, values.first, values.second };
    // Addressed to the person reading it (the resident, or their guardian).
    m_renewal->showChanges(
        tr("The notice has changed since you consented (version %1 → %2). Until you consent "
           "again your face data is not used; without a new consent it is deleted on %3.")
            .arg(changes->fromVersion, changes->toVersion, Formats::date(changes->dueAt.toLocalTime().date())),
        shown);
    connect(m_renewal, &QDialog::finished, this, [this, id](int result) {
        const ConsentOutcome outcome = m_renewal ? m_renewal->outcome() : ConsentOutcome();
        if (result != QDialog::Accepted || outcome.noticeVersionId.isEmpty())
            return;
        Consent consent = ConsentDialog::toConsent(outcome);
        consent.residentId = id;
        Result<qint64> renewed = ResidentService(m_vault).renewConsent(consent, outcome.signaturePng);
        if (!renewed) {
            showMessage(renewed.errorMessage(), true);
            return;
        }
        showMessage(consent.decision == Consent::Decision::Granted
                        ? tr("Consent renewed on the notice in force; the face data is used again.")
                        : tr("The new notice was declined: the face data was deleted and the other way chosen is "
                             "recorded."),
                    false);
    });
    m_renewal->open();
}

void ResidentsPage::reenrollSelected()
{
    const qint64 id = selectedResidentId();
    if (id == 0)
        return;
    if (!allowed(Permission::Enroll)) {
        showMessage(AccessControl::check(m_vault.session().role, Permission::Enroll).errorMessage(), true);
        return;
    }
    Q_EMIT reenrollRequested(id);
    // Working through the re-enrollment list: the next person is ready.
    if (m_model->isReenrollmentMode()) {
        const int row = m_model->rowOfResident(id);
        if (row >= 0 && row + 1 < m_model->rowCount())
            m_view->selectRow(row + 1);
    }
}

void ResidentsPage::withdrawSelected()
{
    std::optional<ResidentDetails> details = selectedDetails();
    if (!details)
        return;
    const qint64 id = details->resident.id;
    const int templates = static_cast<int>(details->templates.size());
    if (!Prompt::confirm(
            this, tr("Withdraw consent"),
            tr("Withdraw the consent of %1 to facial recognition?\n\nTheir face templates (%2) are deleted at "
               "once and cannot be recovered. The consent record and the audit trail are kept as "
               "proof. %1 can still be verified by the alternative way.")
                .arg(details->resident.name)
                .arg(templates)))
        return;
    Result<ResidentService::Withdrawal> withdrawal = ResidentService(m_vault).withdraw(id, Language::current());
    if (!withdrawal) {
        showMessage(withdrawal.errorMessage(), true);
        return;
    }
    m_model->refreshResident(id);
    selectionChanged();
    showMessage(withdrawal->text, false);
    offerReceipt(id, details->resident.name, withdrawal->document, QStringLiteral("withdrawal-receipt-%1.pdf").arg(id));
}

void ResidentsPage::deleteSelected()
{
    std::optional<ResidentDetails> details = selectedDetails();
    if (!details)
        return;
    const qint64 id = details->resident.id;
    if (!Prompt::confirm(this, tr("Delete resident"),
                         tr("Delete %1 entirely?\n\nTheir details, consent records, signatures and face templates "
                            "are erased and cannot be recovered. The audit trail keeps only that it happened.")
                             .arg(details->resident.name)))
        return;
    Result<ResidentService::Deletion> deletion = ResidentService(m_vault).remove(id, Language::current());
    if (!deletion) {
        showMessage(deletion.errorMessage(), true);
        return;
    }
    m_model->refreshResident(id); // drops the row
    m_view->clearSelection();
    selectionChanged();
    showMessage(tr("%1 was deleted: face templates (%2) and all consent records erased.")
                    .arg(details->resident.name)
                    .arg(deletion->receipt.templatesDeleted),
                false);
    offerReceipt(id, details->resident.name, deletion->document, QStringLiteral("deletion-receipt-%1.pdf").arg(id));
}

void ResidentsPage::offerReceipt(qint64 residentId, const QString &name, const Document &document,
                                 const QString &suggestedName)
{
    // Kept in the store first: a cancelled file dialog, a full disk or a restart must not lose the receipt.
    ResidentService::PendingReceipt receipt;
    receipt.residentId = residentId;
    receipt.kind = suggestedName.startsWith(QLatin1String("deletion")) ? QStringLiteral("deletion")
                                                                       : QStringLiteral("withdrawal");
    receipt.name = name;
    receipt.fileName = suggestedName;
    Result<QByteArray> pdf = DocumentRenderer(document).toPdf();
    if (!pdf) {
        showMessage(m_message->text() + QLatin1Char('\n') + pdf.errorMessage(), true);
        return;
    }
    receipt.pdf = pdf.value();
    if (Status kept = ResidentService(m_vault).keepPendingReceipt(receipt); !kept)
        showMessage(m_message->text() + QLatin1Char('\n') + kept.errorMessage(), true);
    loadPendingReceipts();
    offerPending(receipt);
}

void ResidentsPage::offerPending(const ResidentService::PendingReceipt &receipt)
{
    const QString path = Prompt::saveFileName(this, tr("Save the receipt (PDF, for printing)"),
                                              QDir::home().filePath(receipt.fileName), tr("PDF files (*.pdf)"));
    const QString before = m_message->text();
    if (path.isEmpty()) {
        showMessage(before + QLatin1Char('\n')
                        + tr("The receipt was not saved; \"Save the receipt again\" offers it for %n day(s), also "
                             "after a restart.",
                             nullptr, ResidentService::kUnsavedReceiptDays),
                    false);
        updateActions();
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(receipt.pdf) != receipt.pdf.size() || !file.commit()) {
        showMessage(before + QLatin1Char('\n')
                        + tr("The receipt could not be written to %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()),
                    true);
        updateActions();
        return;
    }
    if (Status done = ResidentService(m_vault).receiptSaved(receipt.residentId); !done)
        showMessage(before + QLatin1Char('\n') + done.errorMessage(), true);
    else
        showMessage(before + QLatin1Char('\n') + tr("Receipt saved: %1").arg(QDir::toNativeSeparators(path)), false);
    loadPendingReceipts();
    updateActions();
}

void ResidentsPage::exportSelected()
{
    const qint64 id = selectedResidentId();
    if (id == 0)
        return;
    const QString folder = Prompt::folder(this, tr("Folder for the access package"), QDir::homePath());
    if (folder.isEmpty())
        return;
    Result<ExportReceipt> package = ResidentService(m_vault).exportPackage(id, folder, Language::current());
    if (!package) {
        showMessage(package.errorMessage(), true);
        return;
    }
    selectionChanged(); // the export is now in the person's audit events
    showMessage(tr("Access package written to %1 (files: %2).")
                    .arg(QDir::toNativeSeparators(package->folder))
                    .arg(package->files.size()),
                false);
}

} // namespace consentry::ui
