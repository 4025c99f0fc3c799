#include "dashboard/DashboardPage.h"

#include "common/Prompt.h"
#include "common/StatusLine.h"
#include "common/Theme.h"
#include "platform/Clock.h"
#include "platform/Formats.h"
#include "platform/Language.h"
#include "print/Document.h"
#include "print/DocumentRenderer.h"
#include "services/ChangeFeed.h"
#include "services/GalleryService.h"
#include "services/VerificationService.h"
#include "vault/Vault.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace consentry::ui {

namespace {

const QList<int> kPeriods { 7, 28, 84, 364 };

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(double share, int decimals = 1)
{
    return QLocale().toString(share * 100.0, 'f', decimals) + QLatin1Char('%');
}

// A value axis from 0 to a round number at or above `max`, with ticks on whole, round numbers (1, 2, 5 × 10^k)
// so a label never names a value between two bars' heights.
QValueAxis *countAxis(qint64 max)
{
    auto *axis = new QValueAxis;
    const double top = double(std::max<qint64>(5, max));
    double interval = 1;
    for (double scale = 1;; scale *= 10) {
        const double candidates[] = { scale, 2 * scale, 5 * scale };
        const auto fits = std::find_if(std::begin(candidates), std::end(candidates),
                                       [top](double step) { return top / step <= 6; });
        if (fits != std::end(candidates)) {
            interval = *fits;
            break;
        }
    }
    axis->setRange(0, std::ceil(top / interval) * interval);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

// A time axis over local days, labelled the way the console writes a day and a month.
QDateTimeAxis *dayAxis(const QDate &first, const QDate &last, const QString &title, int step = 1)
{
    auto *axis = new QDateTimeAxis;
    // Points sit at noon. A few weeks: one tick per point (each Monday); else half a day of room at each end.
    const int points = int(first.daysTo(last)) / step + 1;
    if (step > 1 && points <= 8) {
        axis->setRange(QDateTime(first, QTime(12, 0)), QDateTime(last, QTime(12, 0)));
        axis->setTickCount(std::max(2, points));
    } else {
        axis->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(0, 0)).addDays(1));
        axis->setTickCount(std::clamp(points, 2, 8));
    }
    axis->setFormat(Language::current().startsWith(QLatin1String("zh")) ? QStringLiteral("M月d日")
                                                                        : QStringLiteral("d MMM"));
    axis->setTitleText(title);
    return axis;
}

qreal at(const QDate &day)
{
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

QLineSeries *countSeries(const QString &name)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPointsVisible(true);
    return series;
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

QString outcomeWord(bool verified)
{
    return verified ? DashboardPage::tr("verified") : DashboardPage::tr("not verified");
}

QString methodName(const QString &key)
{
    const std::optional<VerificationService::Method> method = VerificationService::methodFromKey(key);
    return method ? VerificationService::describe(*method) : key;
}

} // namespace

DashboardPage::DashboardPage(Vault &vault, GalleryService *gallery, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_gallery(gallery)
{
    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(Theme::label(tr("Dashboard"), TextStyle::Heading, this), 1);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodPicker"));
    m_period->setAccessibleName(tr("Period"));
    periodLabel->setBuddy(m_period);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 4 weeks"), 28);
    m_period->addItem(tr("Last 12 weeks"), 84);
    m_period->addItem(tr("Last 52 weeks"), 364);
    m_period->setCurrentIndex(1);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    Theme::setTone(m_updated, Tone::Muted);
    top->addWidget(m_updated);
    outer->addLayout(top);
    m_status = new StatusLine(this);
    m_status->setHiddenWhenEmpty(true);
    outer->addWidget(m_status);

    // The figures of now, whatever the period.
    auto *figures = new QGridLayout;
    const auto figure = [&](const QString &name, const QString &caption, int column) {
        auto *value = Theme::label(QString(), TextStyle::Title, this);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *label = Theme::label(caption, TextStyle::Body, this);
        Theme::setTone(label, Tone::Muted);
        value->setAccessibleDescription(caption);
        figures->addWidget(value, 0, column);
        figures->addWidget(label, 1, column);
        return value;
    };
    m_people = figure(QStringLiteral("peopleWithFaceDataValue"), tr("people with face data"), 0);
    m_deletions
        = figure(QStringLiteral("deletionsDueValue"),
                 tr("face data due for deletion in the next %1 days").arg(StatisticsService::kDeletionsDueDays), 1);
    m_renewals = figure(QStringLiteral("renewalsValue"), tr("consents needing renewal"), 2);
    m_share = figure(QStringLiteral("alternativeShareValue"), tr("chose the alternative in this period"), 3);
    for (int c = 0; c < 4; ++c)
        figures->setColumnStretch(c, 1);
    outer->addLayout(figures);
    m_filing = new QLabel(this);
    m_filing->setObjectName(QStringLiteral("filingLabel"));
    m_filing->setWordWrap(true);
    outer->addWidget(m_filing);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    auto *cards = new QGridLayout(grid);
    cards->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (Chart chart : charts())
        cards->addWidget(makeCard(chart, chartTitle(chart)), i / 2, i % 2), ++i;
    m_scoreRates = new QLabel(grid);
    m_scoreRates->setObjectName(QStringLiteral("scoreRatesLabel"));
    m_scoreRates->setWordWrap(true);
    m_scoreRates->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cards->addWidget(m_scoreRates, 2, 0, 1, 2);
    scroll->setWidget(grid);
    outer->addWidget(scroll, 1);

    // Everything that changes a number here: decisions, withdrawals, deletions, purges, verifications,
    // templates, move-out dates and the settings (retention). Queued by the feed, after the change returned.
    connect(&vault.changes(), &ChangeFeed::changed, this, &DashboardPage::storeChanged);
    refresh();
}

DashboardPage::~DashboardPage() = default;

QList<DashboardPage::Chart> DashboardPage::charts()
{
    return { Chart::Decisions, Chart::Verifications, Chart::Filing, Chart::Scores };
}

QString DashboardPage::chartKey(Chart chart)
{
    switch (chart) {
    case Chart::Decisions: return QStringLiteral("decisions");
    case Chart::Verifications: return QStringLiteral("verifications");
    case Chart::Filing: return QStringLiteral("filing");
    case Chart::Scores: return QStringLiteral("scores");
    }
    return QString();
}

QString DashboardPage::chartTitle(Chart chart) const
{
    switch (chart) {
    case Chart::Decisions: return tr("Consents granted, declined and withdrawn per week");
    case Chart::Verifications: return tr("Verifications per day by method and outcome");
    case Chart::Filing: return tr("People with face data and the filing threshold");
    case Chart::Scores: return tr("This site's match scores: same person and different people");
    }
    return QString();
}

QWidget *DashboardPage::makeCard(Chart chart, const QString &title)
{
    auto *box = new QWidget(this);
    box->setObjectName(chartKey(chart) + QStringLiteral("Card"));
    auto *layout = new QVBoxLayout(box);
    auto *head = new QHBoxLayout;
    auto *heading = Theme::label(title, TextStyle::Strong, box);
    heading->setObjectName(chartKey(chart) + QStringLiteral("Title"));
    head->addWidget(heading, 1);
    Card card;
    card.png = new QPushButton(tr("PNG…"), box);
    card.png->setObjectName(chartKey(chart) + QStringLiteral("PngButton"));
    card.png->setAccessibleName(tr("Export \"%1\" as a PNG picture").arg(title));
    card.pdf = new QPushButton(tr("PDF…"), box);
    card.pdf->setObjectName(chartKey(chart) + QStringLiteral("PdfButton"));
    card.pdf->setAccessibleName(tr("Export \"%1\" as PDF").arg(title));
    connect(card.png, &QPushButton::clicked, this, [this, chart] { exportWithDialog(chart, false); });
    connect(card.pdf, &QPushButton::clicked, this, [this, chart] { exportWithDialog(chart, true); });
    head->addWidget(card.png);
    head->addWidget(card.pdf);
    layout->addLayout(head);
    card.stack = new QStackedWidget(box);
    card.view = new QChartView(box);
    card.view->setObjectName(chartKey(chart) + QStringLiteral("Chart"));
    card.view->setRenderHint(QPainter::Antialiasing);
    card.view->setMinimumHeight(240);
    card.view->setAccessibleName(title);
    card.empty = new QLabel(box);
    card.empty->setObjectName(chartKey(chart) + QStringLiteral("Empty"));
    card.empty->setWordWrap(true);
    card.empty->setAlignment(Qt::AlignCenter);
    Theme::setTone(card.empty, Tone::Muted);
    card.empty->setText(tr("Counting…"));
    card.stack->addWidget(card.view);
    card.stack->addWidget(card.empty);
    card.stack->setCurrentWidget(card.empty);
    card.png->setEnabled(false);
    card.pdf->setEnabled(false);
    layout->addWidget(card.stack, 1);
    m_cards.insert(static_cast<int>(chart), card);
    return box;
}

int DashboardPage::periodDays() const
{
    return m_period->currentData().toInt();
}

void DashboardPage::setPeriodDays(int days)
{
    const int index = m_period->findData(days);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void DashboardPage::storeChanged(const ChangeSet &changes)
{
    using K = ChangeSet::Kind;
    bool counts = false;
    for (K kind :
         { K::ResidentCreated, K::ResidentEdited, K::ConsentRecorded, K::ConsentWithdrawn, K::ResidentDeleted,
           K::ResidentsPurged, K::TemplatesChanged, K::VerificationRecorded, K::SettingsChanged, K::NoticePublished })
        counts = counts || changes.has(kind);
    if (changes.has(K::TemplatesChanged) || changes.has(K::SettingsChanged))
        m_scoresStale = true;
    if (counts)
        refresh();
}

void DashboardPage::refresh()
{
    if (m_stopped || m_vault.isLocked())
        return;
    if (m_task.isRunning()) {
        m_again = true; // the count in progress may have missed it
        return;
    }
    m_again = false;
    const QDate today = Clock::instance().now().toLocalTime().date();
    const QDate from = today.addDays(1 - periodDays());
    GalleryService *gallery = m_scoresStale || !m_scores ? m_gallery : nullptr;
    m_scoresStale = false;
    m_updated->setText(tr("Counting…"));
    Vault *vault = &m_vault;
    // The worker reads through the store's connection (SQLite serialises it) and the gallery under its
    // read lock; it touches no widget. AppController waits for it before locking the store.
    m_task.run(
        [vault, gallery, from, today]() {
            Counted counted;
            counted.summary = StatisticsService(*vault).summary(from, today);
            if (gallery && gallery->isLoaded())
                counted.scores = gallery->siteScores();
            return counted;
        },
        [this, keepScores = gallery == nullptr](Counted counted) {
            if (keepScores)
                counted.scores = m_scores;
            display(std::move(counted));
            if (m_again)
                refresh();
        });
}

void DashboardPage::stop()
{
    m_stopped = true;
    disconnect(&m_vault.changes(), nullptr, this, nullptr);
    m_task.wait();
    m_gallery = nullptr;
}

void DashboardPage::display(Counted counted)
{
    if (!counted.summary) {
        m_status->showError(counted.summary.errorMessage());
        m_updated->clear();
        return;
    }
    m_status->clearMessage();
    m_summary = std::move(counted.summary).value();
    m_scores = std::move(counted.scores);
    m_updated->setText(tr("Updated %1").arg(Formats::time(Clock::instance().now().toLocalTime().time())));
    showFigures();
    drawDecisions();
    drawVerifications();
    drawFiling();
    drawScores();
}

void DashboardPage::showFigures()
{
    const StatisticsService::Summary &s = *m_summary;
    m_people->setText(number(s.peopleWithFaceData));
    m_deletions->setText(number(s.deletionsDue));
    m_renewals->setText(number(s.consentsNeedingRenewal));
    m_share->setText(s.decisions() > 0 ? percent(s.alternativeShare()) : tr("none yet"));
    m_share->setToolTip(s.decisions() > 0
                            ? tr("%1 of %2 decisions in this period").arg(number(s.declines), number(s.decisions()))
                            : tr("No consent decisions in this period."));
    switch (s.filingLevel()) {
    case StatisticsService::FilingLevel::Below:
        m_filing->setText(tr("Face data of %1 people is stored. A filing with the cyberspace administration is "
                             "required from %2 people (Provisions art. 15).")
                              .arg(number(s.peopleWithFaceData), number(s.filingThreshold)));
        Theme::setTone(m_filing, Tone::Info, Look::Box);
        break;
    case StatisticsService::FilingLevel::Approaching:
        m_filing->setText(tr("Face data of %1 people is stored: %2 more and the site must file with the cyberspace "
                             "administration within 30 working days (Provisions art. 15). Prepare the filing now.")
                              .arg(number(s.peopleWithFaceData), number(s.filingThreshold - s.peopleWithFaceData)));
        Theme::setTone(m_filing, Tone::Warning, Look::Box);
        break;
    case StatisticsService::FilingLevel::Due:
        m_filing->setText(
            s.filingDueBy
                ? tr("Face data of %1 people is stored: the filing is required by %2 (Provisions art. 15).")
                      .arg(number(s.peopleWithFaceData), Formats::date(*s.filingDueBy))
                : tr("Face data of %1 people is stored: the site must file with the cyberspace administration within "
                     "30 working days of reaching %2 (Provisions art. 15).")
                      .arg(number(s.peopleWithFaceData), number(s.filingThreshold)));
        Theme::setTone(m_filing, Tone::Error, Look::Box);
        break;
    }
}

void DashboardPage::setEmpty(Chart chart, const QString &sentence)
{
    Card &card = m_cards[static_cast<int>(chart)];
    card.empty->setText(sentence);
    card.stack->setCurrentWidget(card.empty);
    card.png->setEnabled(false);
    card.pdf->setEnabled(false);
}

void DashboardPage::setChart(Chart chart, QChart *drawn)
{
    Card &card = m_cards[static_cast<int>(chart)];
    QChart *old = card.view->chart();
    card.view->setChart(drawn); // the view owns the new chart; the old one is ours to delete
    delete old;
    card.stack->setCurrentWidget(card.view);
    card.png->setEnabled(true);
    card.pdf->setEnabled(true);
}

bool DashboardPage::hasData(Chart chart) const
{
    const Card card = m_cards.value(static_cast<int>(chart));
    return card.stack && card.stack->currentWidget() == card.view;
}

QChart *DashboardPage::chart(Chart chart) const
{
    return hasData(chart) ? m_cards.value(static_cast<int>(chart)).view->chart() : nullptr;
}

void DashboardPage::drawDecisions()
{
    const StatisticsService::Summary &s = *m_summary;
    if (s.decisions() + s.withdrawals == 0) {
        setEmpty(Chart::Decisions, tr("No consent was granted, declined or withdrawn in this period."));
        return;
    }
    // One point per week, at its Monday; lines, so 4 weeks and 52 weeks read the same.
    QLineSeries *granted = countSeries(tr("granted (enrolled)"));
    QLineSeries *declined = countSeries(tr("declined (alternative)"));
    QLineSeries *withdrawn = countSeries(tr("withdrawn"));
    qint64 max = 0;
    for (const StatisticsService::Week &w : s.weeks) {
        granted->append(at(w.start), qreal(w.enrollments));
        declined->append(at(w.start), qreal(w.declines));
        withdrawn->append(at(w.start), qreal(w.withdrawals));
        max = std::max({ max, w.enrollments, w.declines, w.withdrawals });
    }
    QChart *chart = newChart();
    QDateTimeAxis *x = dayAxis(s.weeks.first().start, s.weeks.last().start, tr("week beginning"), 7);
    QValueAxis *y = countAxis(max);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : { granted, declined, withdrawn }) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    setChart(Chart::Decisions, chart);
}

void DashboardPage::drawVerifications()
{
    const StatisticsService::Summary &s = *m_summary;
    if (s.verifications() == 0) {
        setEmpty(Chart::Verifications, tr("No verification was recorded in this period."));
        return;
    }
    QChart *chart = newChart();
    QDateTimeAxis *x = dayAxis(s.from, s.to, tr("day"));
    qint64 max = 0;
    QList<QLineSeries *> lines;
    // One line per method and outcome that occurred in the period.
    for (auto it = s.verificationsByMethod.cbegin(); it != s.verificationsByMethod.cend(); ++it) {
        for (bool verified : { true, false }) {
            if ((verified ? it.value().verified : it.value().notVerified) == 0)
                continue;
            QLineSeries *line = countSeries(QStringLiteral("%1 · %2").arg(methodName(it.key()), outcomeWord(verified)));
            for (const StatisticsService::Day &d : s.days) {
                const StatisticsService::Counts c = d.byMethod.value(it.key());
                const qint64 n = verified ? c.verified : c.notVerified;
                line->append(at(d.day), qreal(n));
                max = std::max(max, n);
            }
            if (!verified) {
                QPen pen = line->pen();
                pen.setStyle(Qt::DashLine);
                line->setPen(pen);
            }
            lines << line;
        }
    }
    QValueAxis *y = countAxis(max);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : std::as_const(lines)) {
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    setChart(Chart::Verifications, chart);
}

void DashboardPage::drawFiling()
{
    // Never empty: zero people with face data is a true and useful number.
    const StatisticsService::Summary &s = *m_summary;
    // The number in the legend too: a bar of a few people next to 100,000 is too thin to see.
    auto *bar = new QBarSet(tr("people with face data: %1").arg(number(s.peopleWithFaceData)));
    *bar << double(s.peopleWithFaceData);
    auto *series = new QHorizontalBarSeries;
    series->append(bar);
    QChart *chart = newChart();
    chart->addSeries(series);
    QValueAxis *x = countAxis(std::max<qint64>(s.filingThreshold + s.filingThreshold / 10, s.peopleWithFaceData));
    x->setTitleText(tr("people"));
    auto *y = new QBarCategoryAxis;
    y->append(QStringLiteral(" "));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // The warning level and the threshold as vertical lines across the bar.
    auto *hidden = new QValueAxis;
    hidden->setRange(-0.5, 0.5);
    hidden->setVisible(false);
    chart->addAxis(hidden, Qt::AlignRight);
    const auto mark = [&](qint64 at, const QString &name, Colour colour) {
        auto *line = new QLineSeries;
        line->setName(name);
        line->append(double(at), -0.5);
        line->append(double(at), 0.5);
        QPen pen(Theme::colour(colour));
        pen.setWidth(2);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(hidden);
    };
    mark(s.filingWarningAt, tr("warning: %1").arg(number(s.filingWarningAt)), Colour::DueSoonText);
    mark(s.filingThreshold, tr("filing threshold: %1").arg(number(s.filingThreshold)), Colour::OverdueText);
    setChart(Chart::Filing, chart);
}

void DashboardPage::drawScores()
{
    m_scoreRates->clear();
    if (!m_gallery) {
        setEmpty(Chart::Scores,
                 tr("The score distributions are measured from the face gallery, which is loaded only "
                    "for a manager on a computer with the face engine."));
        return;
    }
    if (!m_scores || !m_scores->hasGenuine() || !m_scores->hasImpostor()) {
        setEmpty(Chart::Scores,
                 tr("Not enough face data yet: the distributions need at least two enrolled people, and someone "
                    "with two face templates or more."));
        return;
    }
    const SiteScores &sc = *m_scores;
    // Each side as a share of its pairs, so a few thousand genuine pairs and a million impostor pairs compare.
    auto *genuine = new QLineSeries;
    genuine->setName(tr("same person (%1 pairs)").arg(number(sc.genuinePairs)));
    auto *impostor = new QLineSeries;
    impostor->setName(tr("different people (%1 pairs)").arg(number(sc.impostorPairs)));
    int first = SiteScores::kBins, last = 0;
    for (int b = 0; b < SiteScores::kBins; ++b) {
        if (sc.genuine[size_t(b)] + sc.impostor[size_t(b)] > 0) {
            first = std::min(first, b);
            last = std::max(last, b);
        }
    }
    first = std::max(0, std::min(first, SiteScores::binOf(sc.threshold)) - 1);
    last = std::min(SiteScores::kBins - 1, std::max(last, SiteScores::binOf(sc.threshold)) + 1);
    double max = 0;
    const double width = double(SiteScores::kHigh - SiteScores::kLow) / SiteScores::kBins;
    for (int b = first; b <= last; ++b) {
        const double mid = SiteScores::binLow(b) + width / 2;
        const double g = 100.0 * double(sc.genuine[size_t(b)]) / double(sc.genuinePairs);
        const double i = 100.0 * double(sc.impostor[size_t(b)]) / double(sc.impostorPairs);
        genuine->append(mid, g);
        impostor->append(mid, i);
        max = std::max({ max, g, i });
    }
    QChart *chart = newChart();
    chart->addSeries(impostor);
    chart->addSeries(genuine);
    auto *x = new QValueAxis;
    x->setRange(SiteScores::binLow(first), SiteScores::binLow(last + 1));
    x->setLabelFormat(QStringLiteral("%.2f"));
    x->setTitleText(tr("score"));
    QValueAxis *y = countAxis(qint64(std::ceil(max)));
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto *threshold = new QLineSeries;
    threshold->setName(tr("threshold %1").arg(QLocale().toString(double(sc.threshold), 'f', 3)));
    threshold->append(double(sc.threshold), 0);
    threshold->append(double(sc.threshold), y->max());
    QPen pen(Theme::colour(Colour::OverdueText));
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    threshold->setPen(pen);
    chart->addSeries(threshold);
    for (QLineSeries *series : { genuine, impostor, threshold }) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    setChart(Chart::Scores, chart);
    m_scoreRates->setText(
        tr("At the threshold %1: %2 of %3 pairs of different people would match (false-match rate %4 per "
           "comparison), and %5 of %6 pairs of the same person would not (false-non-match rate %7). Measured on "
           "the enrolment pictures of %8 people; live pictures at the door are poorer, so expect more "
           "non-matches there.")
            .arg(QLocale().toString(double(sc.threshold), 'f', 3), number(sc.impostorAtOrAbove),
                 number(sc.impostorPairs), percent(sc.fmr(), 4), number(sc.genuineBelow), number(sc.genuinePairs),
                 percent(sc.fnmr(), 2), number(sc.peopleWithPairs)));
}

QString DashboardPage::periodText() const
{
    if (!m_summary)
        return QString();
    return tr("%1 to %2").arg(Formats::date(m_summary->from), Formats::date(m_summary->to));
}

QImage DashboardPage::chartImage(Chart chart, bool titled) const
{
    if (!hasData(chart))
        return QImage();
    QChart *drawn = m_cards.value(static_cast<int>(chart)).view->chart();
    // A picture on its own says what it shows and when; in a document the heading says it.
    const QString period = chart == Chart::Decisions || chart == Chart::Verifications ? periodText() : QString();
    if (titled)
        drawn->setTitle(period.isEmpty() ? chartTitle(chart) : chartTitle(chart) + QStringLiteral(" · ") + period);
    // A fixed size, whatever the window (or whether it is shown at all): the chart is laid out at that size,
    // painted from its scene at twice the resolution, and given back its own size.
    const QSizeF size(960, 560);
    const QSizeF old = drawn->size();
    drawn->resize(size);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QImage image((size * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        drawn->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(drawn->pos(), size));
    }
    drawn->setTitle(QString());
    drawn->resize(old);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return image;
}

QList<QStringList> DashboardPage::tableRows(Chart chart, QStringList *header) const
{
    QList<QStringList> rows;
    if (!m_summary)
        return rows;
    const StatisticsService::Summary &s = *m_summary;
    switch (chart) {
    case Chart::Decisions:
        *header = { tr("Week beginning"), tr("Granted (enrolled)"), tr("Declined (alternative)"), tr("Withdrawn") };
        for (const StatisticsService::Week &w : s.weeks)
            rows << QStringList { Formats::date(w.start), number(w.enrollments), number(w.declines),
                                  number(w.withdrawals) };
        rows << QStringList { tr("Total"), number(s.enrollments), number(s.declines), number(s.withdrawals) };
        break;
    case Chart::Verifications:
        *header = { tr("Day"), tr("Method"), tr("Verified"), tr("Not verified") };
        for (const StatisticsService::Day &d : s.days) {
            for (auto it = d.byMethod.cbegin(); it != d.byMethod.cend(); ++it)
                rows << QStringList { Formats::date(d.day), methodName(it.key()), number(it.value().verified),
                                      number(it.value().notVerified) };
        }
        for (auto it = s.verificationsByMethod.cbegin(); it != s.verificationsByMethod.cend(); ++it)
            rows << QStringList { tr("Total"), methodName(it.key()), number(it.value().verified),
                                  number(it.value().notVerified) };
        break;
    case Chart::Filing:
        *header = { tr("Figure"), tr("People") };
        rows << QStringList { tr("People with face data"), number(s.peopleWithFaceData) };
        rows << QStringList { tr("Warning from"), number(s.filingWarningAt) };
        rows << QStringList { tr("Filing threshold"), number(s.filingThreshold) };
        break;
    case Chart::Scores:
        if (!m_scores)
            break;
        *header = { tr("Score from"), tr("Same person (pairs)"), tr("Different people (pairs)") };
        for (int b = 0; b < SiteScores::kBins; ++b) {
            if (m_scores->genuine[size_t(b)] + m_scores->impostor[size_t(b)] == 0)
                continue;
            rows << QStringList { QLocale().toString(double(SiteScores::binLow(b)), 'f', 2),
                                  number(m_scores->genuine[size_t(b)]), number(m_scores->impostor[size_t(b)]) };
        }
        break;
    }
    return rows;
}

Document DashboardPage::chartDocument(Chart chart) const
{
    Document doc;
    doc.language = Language::current();
    doc.title = chartTitle(chart);
    doc.header = tr("Consentry dashboard");
    doc.footer = tr("Printed %1").arg(Formats::dateTimeWithOffset(Clock::instance().now()));
    if (chart != Chart::Filing && chart != Chart::Scores)
        doc.addField(tr("Period"), periodText());
    doc.addField(tr("Counted"), Formats::dateTimeWithOffset(Clock::instance().now()));
    const QImage image = chartImage(chart, false);
    if (!image.isNull())
        doc.addImage(image, 130);
    if (chart == Chart::Scores && !m_scoreRates->text().isEmpty())
        doc.addParagraph(m_scoreRates->text());
    if (chart == Chart::Filing)
        doc.addParagraph(m_filing->text());
    if (chart == Chart::Decisions || chart == Chart::Verifications)
        doc.addParagraph(tr("Counted by local day from the audit log's decision and verification events."));
    QStringList header;
    DocumentTable table;
    table.rows = tableRows(chart, &header);
    table.header = header;
    if (!table.rows.isEmpty()) {
        doc.addHeading(tr("The numbers"), 2);
        doc.addTable(table);
    }
    return doc;
}

Status DashboardPage::exportPng(Chart chart, const QString &path) const
{
    const QImage image = chartImage(chart, true);
    if (image.isNull())
        return makeError(ErrorKind::InvalidArgument, tr("This chart has nothing to export yet."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return makeError(ErrorKind::IO,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status DashboardPage::exportPdf(Chart chart, const QString &path) const
{
    if (!hasData(chart))
        return makeError(ErrorKind::InvalidArgument, tr("This chart has nothing to export yet."));
    Result<int> pages = DocumentRenderer(chartDocument(chart)).writePdf(path);
    if (!pages)
        return pages.error();
    return {};
}

void DashboardPage::exportWithDialog(Chart chart, bool pdf)
{
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("png");
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("consentry-%1-%2.%3")
                            .arg(chartKey(chart),
                                 Clock::instance().now().toLocalTime().date().toString(QStringLiteral("yyyyMMdd")),
                                 suffix));
    QString path = Prompt::saveFileName(this, pdf ? tr("Export the chart as PDF") : tr("Export the chart as PNG"),
                                        suggested, pdf ? tr("PDF files (*.pdf)") : tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    const Status written = pdf ? exportPdf(chart, path) : exportPng(chart, path);
    if (written.ok())
        m_status->showSuccess(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_status->showError(written.errorMessage());
}

} // namespace consentry::ui
