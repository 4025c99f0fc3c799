#include "audit/AuditPage.h"

#include "audit/AuditModel.h"
#include "common/StatusLine.h"
#include "common/Theme.h"
#include "domain/AuditActor.h"
#include "domain/AuditKind.h"
#include "platform/Clock.h"
#include "services/AuditService.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace consentry::ui {

namespace {
constexpr int kDebounceMs = 300;
} // namespace

AuditPage::AuditPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("auditPage"));
    auto *title = Theme::label(tr("Audit log"), TextStyle::Heading, this);
    auto *intro = new QLabel(tr("Every act on personal data is recorded here, chained so that a later change, "
                                "removal or insertion is detected. The log holds no images or face templates."),
                             this);
    intro->setWordWrap(true);

    auto *filters = new QGroupBox(tr("Show only"), this);
    m_actor = new QLineEdit(filters);
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_actor->setPlaceholderText(tr("Any user"));
    m_actor->setClearButtonEnabled(true);
    m_resident = new QLineEdit(filters);
    m_resident->setObjectName(QStringLiteral("residentFilter"));
    m_resident->setPlaceholderText(tr("Any resident"));
    m_resident->setClearButtonEnabled(true);
    m_resident->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_resident));
    m_kind = new QComboBox(filters);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("Any event"), QString());
    for (const QString &kind : AuditKind::all())
        m_kind->addItem(AuditKind::displayName(kind), kind);
    const QDate today = Clock::instance().now().toLocalTime().date();
    m_useFrom = new QCheckBox(tr("From"), filters);
    m_useFrom->setObjectName(QStringLiteral("useFromDate"));
    m_from = new QDateEdit(today.addDays(-30), filters);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_useTo = new QCheckBox(tr("To"), filters);
    m_useTo->setObjectName(QStringLiteral("useToDate"));
    m_to = new QDateEdit(today, filters);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    auto *clear = new QPushButton(tr("Clear filters"), filters);
    clear->setObjectName(QStringLiteral("clearFilters"));

    auto *grid = new QGridLayout(filters);
    grid->addWidget(new QLabel(tr("User:"), filters), 0, 0);
    grid->addWidget(m_actor, 0, 1);
    grid->addWidget(new QLabel(tr("Resident no.:"), filters), 0, 2);
    grid->addWidget(m_resident, 0, 3);
    grid->addWidget(new QLabel(tr("Event:"), filters), 0, 4);
    grid->addWidget(m_kind, 0, 5);
    grid->addWidget(m_useFrom, 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(m_useTo, 1, 2);
    grid->addWidget(m_to, 1, 3);
    grid->addWidget(clear, 1, 5, Qt::AlignRight);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);

    m_model = new AuditModel(vault, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for the longest kind in this language, whatever the first page holds.
    int kindWidth = m_view->horizontalHeader()->sectionSizeHint(AuditModel::KindColumn);
    for (const QString &kind : AuditKind::all())
        kindWidth = qMax(kindWidth, m_view->fontMetrics().horizontalAdvance(AuditKind::displayName(kind)) + 16);
    m_view->horizontalHeader()->resizeSection(AuditModel::KindColumn, kindWidth);
    // And for the software's own names ("System (automatic)", "Recovery key") among the users.
    int actorWidth = m_view->horizontalHeader()->sectionSizeHint(AuditModel::ActorColumn);
    for (const QString &actor : AuditActor::reserved())
        actorWidth = qMax(actorWidth, m_view->fontMetrics().horizontalAdvance(AuditActor::displayName(actor)) + 16);
    m_view->horizontalHeader()->resizeSection(AuditModel::ActorColumn, actorWidth);
    m_view->horizontalHeader()->setSectionResizeMode(AuditModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AuditModel::IdColumn, QHeaderView::ResizeToContents);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_verify = new QPushButton(tr("Verify chain"), this);
    m_verify->setObjectName(QStringLiteral("verifyChainButton"));
    m_verify->setToolTip(tr("Recompute every link of the audit log and report the first one that does not hold."));
    m_chainResult = new StatusLine(this, Look::Box);
    m_chainResult->setObjectName(QStringLiteral("chainResult"));
    m_chainResult->showMessage(
        tr("\"Verify chain\" recomputes every link of the log and names the first one that does not hold."),
        Tone::Plain);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_verify);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_chainResult);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AuditPage::applyFilter);
    connect(m_actor, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_resident, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_useFrom, &QCheckBox::toggled, this, &AuditPage::applyFilter);
    connect(m_useTo, &QCheckBox::toggled, this, &AuditPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(clear, &QPushButton::clicked, this, &AuditPage::clearFilter);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::updateCount);
    connect(m_model, &AuditModel::fetchFailed, this, &AuditPage::updateCount);

    applyFilter();
}

void AuditPage::applyFilter()
{
    m_debounce->stop();
    AuditFilter filter;
    filter.actor = m_actor->text().trimmed();
    bool isNumber = false;
    const qint64 resident = m_resident->text().toLongLong(&isNumber);
    if (isNumber)
        filter.residentId = resident;
    filter.kind = m_kind->currentData().toString();
    if (m_useFrom->isChecked())
        filter.from = m_from->date();
    if (m_useTo->isChecked())
        filter.to = m_to->date();
    m_model->setFilter(filter);
    updateCount();
}

void AuditPage::clearFilter()
{
    const QSignalBlocker a(m_actor), r(m_resident), k(m_kind), f(m_useFrom), t(m_useTo);
    m_actor->clear();
    m_resident->clear();
    m_kind->setCurrentIndex(0);
    m_useFrom->setChecked(false);
    m_from->setEnabled(false);
    m_useTo->setChecked(false);
    m_to->setEnabled(false);
    applyFilter();
}

void AuditPage::updateCount()
{
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(m_model->lastError());
        return;
    }
    const int rows = m_model->rowCount();
    if (m_model->atEnd())
        m_count->setText(m_model->filter().isEmpty() ? tr("Events: %1").arg(rows)
                                                     : tr("Matching events: %1").arg(rows));
    else
        m_count->setText(tr("Events shown so far: %1 (more are read as you scroll)").arg(rows));
}

void AuditPage::verifyChain()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<AuditVerification> result = AuditService(m_vault).verify();
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_model->setBrokenEventId(0);
        m_chainResult->showError(result.errorMessage());
        return;
    }
    const AuditVerification &v = result.value();
    if (v.ok) {
        m_model->setBrokenEventId(0);
        m_chainResult->showSuccess(
            tr("The audit log is intact: every event is linked as written (%1 checked).").arg(v.events));
        return;
    }
    m_model->setBrokenEventId(v.firstBroken);
    QString text
        = tr("The audit log has been altered. First broken link: event no. %1. %2").arg(v.firstBroken).arg(v.reason);
    const int row = m_model->rowOfEvent(v.firstBroken);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    } else if (!m_model->filter().isEmpty()) {
        text += QLatin1Char(' ') + tr("Clear the filters to see that event in the list.");
    }
    m_chainResult->showError(text);
    updateCount();
}

} // namespace consentry::ui
