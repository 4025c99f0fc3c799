#include "people/ResidentDetailPane.h"

#include "audit/AuditModel.h"
#include "common/Theme.h"
#include "domain/AuditActor.h"
#include "domain/AuditKind.h"
#include "people/ResidentsModel.h"
#include "platform/Formats.h"
#include "platform/Language.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace consentry::ui {

namespace {
QString when(const QDateTime &at)
{
    return at.isValid() ? Formats::dateTime(at) : QString();
}

// A table that shows all its rows at the pane's width, with no scroll bar of its own (the pane scrolls as a
// whole): short columns fit their contents, the `stretch` columns share the rest and wrap their text.
QTableWidget *makeTable(const QStringList &headers, const QList<int> &stretch, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : stretch)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone); // a long word wraps anywhere rather than losing its end
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    return table;
}

// The height that shows every row at the current column widths (wrapped text included).
void fitHeight(QTableWidget *table)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->isVisible() ? table->horizontalHeader()->height() : 0;
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height + 2 * table->frameWidth() + 2);
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    Theme::setTextStyle(label, TextStyle::Strong);
    return label;
}
} // namespace

ResidentDetailPane::ResidentDetailPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("residentDetailPane"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("detailHeader"));
    Theme::setTextStyle(m_header, TextStyle::Heading);
    m_header->setWordWrap(true);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("detailFacts"));
    m_facts->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setWordWrap(true);

    m_consentsTitle = sectionTitle(this);
    // Four columns that fit a laptop's pane: who signed and when in one cell, a withdrawal under the decision.
    m_consents = makeTable({ tr("Decision"), tr("Notice"), tr("Signed"), tr("Witness") }, { 0, 2 },
                           QStringLiteral("consentsTable"), this);
    m_consents->setAccessibleName(tr("Consent records"));
    m_templatesTitle = sectionTitle(this);
    m_templates = makeTable({ tr("Engine"), tr("Quality"), tr("Created"), tr("Last matched") }, { 0 },
                            QStringLiteral("templatesTable"), this);
    m_templates->setAccessibleName(tr("Face templates"));
    m_eventsTitle = sectionTitle(this);
    m_eventsTitle->setText(tr("Audit events"));
    m_eventsHidden = new QLabel(tr("Only a manager or an auditor can see the audit events of a person."), this);
    m_eventsHidden->setObjectName(QStringLiteral("eventsHidden"));
    m_eventsHidden->setWordWrap(true);
    m_events
        = makeTable({ tr("Time"), tr("Event"), tr("User"), tr("Details") }, { 3 }, QStringLiteral("eventsTable"), this);
    m_events->setAccessibleName(tr("Audit events"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_facts);
    layout->addWidget(m_message);
    layout->addWidget(m_consentsTitle);
    layout->addWidget(m_consents);
    layout->addWidget(m_templatesTitle);
    layout->addWidget(m_templates);
    layout->addWidget(m_eventsTitle);
    layout->addWidget(m_eventsHidden);
    layout->addWidget(m_events);
    layout->addStretch(1);
    showMessage(tr("Select a resident to see their consents, face templates and history."));
}

void ResidentDetailPane::showMessage(const QString &text)
{
    m_residentId = 0;
    m_header->clear();
    m_facts->clear();
    m_message->setText(text);
    m_message->show();
    for (QWidget *w :
         { static_cast<QWidget *>(m_header), static_cast<QWidget *>(m_facts), static_cast<QWidget *>(m_consentsTitle),
           static_cast<QWidget *>(m_consents), static_cast<QWidget *>(m_templatesTitle),
           static_cast<QWidget *>(m_templates), static_cast<QWidget *>(m_eventsTitle),
           static_cast<QWidget *>(m_eventsHidden), static_cast<QWidget *>(m_events) })
        w->hide();
    m_consents->setRowCount(0);
    m_templates->setRowCount(0);
    m_events->setRowCount(0);
}

void ResidentDetailPane::showDetails(const ResidentDetails &details, const QString &retentionRule)
{
    m_residentId = details.resident.id;
    const Resident &r = details.resident;
    const ResidentRow &row = details.row;
    m_message->hide();
    m_header->setText(r.unit.isEmpty() ? r.name : tr("%1 · %2").arg(r.name, r.unit));
    QStringList facts;
    facts << tr("Consent: %1").arg(ResidentsModel::stateText(row.state));
    if (row.minor)
        facts << tr("Under 14 (guardian consent)");
    if (r.dateOfBirth.isValid())
        facts << tr("Born %1").arg(Formats::date(r.dateOfBirth));
    if (r.moveIn.isValid())
        facts << tr("Moved in %1").arg(Formats::date(r.moveIn));
    if (r.moveOut.isValid())
        facts << tr("Moves out %1").arg(Formats::date(r.moveOut));
    if (row.retentionDue.isValid())
        facts << tr("Face data deleted on %1").arg(Formats::date(row.retentionDue));
    if (row.lastVerifiedAt.isValid())
        facts << tr("Last verified %1").arg(when(row.lastVerifiedAt));
    QString factsText = facts.join(QStringLiteral(" · "));
    if (!retentionRule.isEmpty() && (row.templateCount > 0 || row.state == ResidentRow::State::Active))
        factsText += QLatin1Char('\n') + retentionRule;
    if (row.state == ResidentRow::State::Renewal)
        factsText += QLatin1Char('\n')
            + tr("The notice changed materially since this person consented: their face data is not used until "
                 "they consent again (Renew consent).");
    m_facts->setText(factsText);

    m_consentsTitle->setText(tr("Consent history (%1)").arg(details.consents.size()));
    m_consents->setRowCount(static_cast<int>(details.consents.size()));
    for (int i = 0; i < details.consents.size(); ++i) {
        const ResidentDetails::ConsentEntry &e = details.consents.at(i);
        const Consent &c = e.consent;
        const QString decision = c.decision == Consent::Decision::Granted
            ? tr("Granted")
            : tr("Declined (alternative: %1)").arg(c.alternative);
        const QString guardian = c.guardianName.isEmpty()
            ? QString()
            : (c.guardianRelation.isEmpty() ? c.guardianName : tr("%1 (%2)").arg(c.guardianName, c.guardianRelation));
        const QString withdrawn = c.isWithdrawn()
            ? tr("Withdrawn %1 by %2").arg(when(c.withdrawnAt), AuditActor::displayName(c.withdrawnBy))
            : QString();
        const bool guardianSigned = !c.guardianName.isEmpty() && c.guardianName == c.signer;
        QString signedCell = when(c.signedAt) + QLatin1Char('\n')
            + (guardianSigned ? tr("%1 (guardian, %2)").arg(c.signer, c.guardianRelation) : c.signer);
        if (!guardian.isEmpty() && !guardianSigned)
            signedCell += QLatin1Char('\n') + tr("Guardian: %1").arg(guardian);
        setRow(m_consents, i,
               { withdrawn.isEmpty() ? decision : decision + QLatin1Char('\n') + withdrawn,
                 tr("Version %1 (%2)").arg(e.noticeVersion, Language::nativeName(e.noticeLanguage)), signedCell,
                 c.witness });
    }

    m_templatesTitle->setText(tr("Face templates (%1)").arg(details.templates.size()));
    m_templates->setRowCount(static_cast<int>(details.templates.size()));
    for (int i = 0; i < details.templates.size(); ++i) {
        const ResidentDetails::TemplateInfo &t = details.templates.at(i);
        setRow(m_templates, i,
               { t.engineId.section(QLatin1Char('@'), 0, 0), QLocale().toString(t.quality, 'f', 2), when(t.createdAt),
                 t.lastMatchedAt.isValid() ? when(t.lastMatchedAt) : tr("Never") });
        m_templates->item(i, 0)->setToolTip(t.engineId);
    }

    m_events->setRowCount(static_cast<int>(details.events.size()));
    for (int i = 0; i < details.events.size(); ++i) {
        const AuditEvent &ev = details.events.at(i);
        setRow(m_events, i,
               { Formats::dateTimeWithSeconds(ev.at), AuditKind::displayName(ev.kind),
                 AuditActor::displayName(ev.actor), AuditModel::detailsText(ev.details) });
    }
    for (QWidget *w :
         { static_cast<QWidget *>(m_header), static_cast<QWidget *>(m_facts), static_cast<QWidget *>(m_consentsTitle),
           static_cast<QWidget *>(m_consents), static_cast<QWidget *>(m_templatesTitle),
           static_cast<QWidget *>(m_templates), static_cast<QWidget *>(m_eventsTitle) })
        w->show();
    m_templates->setVisible(!details.templates.isEmpty());
    m_events->setVisible(details.auditVisible);
    m_eventsHidden->setVisible(!details.auditVisible);
    fitTables();
}

void ResidentDetailPane::fitTables()
{
    for (QTableWidget *table : { m_consents, m_templates, m_events })
        fitHeight(table);
}

void ResidentDetailPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Narrower or wider: the wrapped rows take another height, once the headers have their new widths.
    QMetaObject::invokeMethod(this, &ResidentDetailPane::fitTables, Qt::QueuedConnection);
}

} // namespace consentry::ui
