#pragma once

#include "Result.h"
#include "common/BackgroundTask.h"
#include "services/StatisticsService.h"
#include "vision/SiteScores.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace consentry {
class ChangeSet;
class GalleryService;
class Vault;
struct Document;
} // namespace consentry

namespace consentry::ui {

class StatusLine;

// The Dashboard: what the site did in a period and where it stands, from StatisticsService (decisions
// per week, verifications per day by method and outcome, the alternative's share, people with face data
// against the filing threshold, deletions due, renewals) and the gallery's own score distributions
// (GalleryService::siteScores) with the threshold and the error rates at it. Read-only for every role that
// may see it. The numbers are counted off the GUI thread and counted again whenever the store announces a
// change (ChangeFeed); a chart with nothing to show says so instead of drawing an empty frame. Every chart
// exports to PNG and to PDF (core/print, with its numbers as a table in the text layer).
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { Decisions, Verifications, Filing, Scores };

    // `gallery` may be null (a role that does not load the face gallery): the score card says why it is empty.
    DashboardPage(Vault &vault, GalleryService *gallery, QWidget *parent = nullptr);
    ~DashboardPage() override;

    static QList<Chart> charts();
    static QString chartKey(Chart chart); // "decisions", … (object names, file names)
    QString chartTitle(Chart chart) const;

    int periodDays() const;
    void setPeriodDays(int days); // one of the picker's periods (7, 28, 84, 364)
    bool isCounting() const { return m_task.isRunning(); }
    // What the screen shows now (nothing before the first count has finished).
    const std::optional<StatisticsService::Summary> &summary() const { return m_summary; }
    const std::optional<SiteScores> &scores() const { return m_scores; }
    bool hasData(Chart chart) const;
    QChart *chart(Chart chart) const;

    // The chart as a picture, and as a document: title, period, picture and its numbers in a table.
    // `titled`: with the chart's title (and period) drawn in, for a picture that travels alone.
    QImage chartImage(Chart chart, bool titled) const;
    Document chartDocument(Chart chart) const;
    // All or nothing: a failed export leaves no file.
    Status exportPng(Chart chart, const QString &path) const;
    Status exportPdf(Chart chart, const QString &path) const;

    // Before the store is locked or the gallery goes (lock, log out, language switch): waits for a count in
    // progress, forgets the gallery and stops following the store. The page only shows what it has.
    void stop();

public Q_SLOTS:
    void refresh();

private:
    struct Card {
        QStackedWidget *stack = nullptr; // the chart, or the sentence saying why there is none
        QChartView *view = nullptr;
        QLabel *empty = nullptr;
        QPushButton *png = nullptr;
        QPushButton *pdf = nullptr;
    };
    struct Counted {
        Result<StatisticsService::Summary> summary = Error {};
        std::optional<SiteScores> scores;
    };
    QWidget *makeCard(Chart chart, const QString &title);
    void storeChanged(const ChangeSet &changes);
    void display(Counted counted);
    void showFigures();
    void drawDecisions();
    void drawVerifications();
    void drawFiling();
    void drawScores();
    void setEmpty(Chart chart, const QString &sentence);
    void setChart(Chart chart, QChart *drawn);
    void exportWithDialog(Chart chart, bool pdf);
    QString periodText() const;
    QList<QStringList> tableRows(Chart chart, QStringList *header) const;

    Vault &m_vault;
    GalleryService *m_gallery;
    QComboBox *m_period = nullptr;
    QLabel *m_updated = nullptr;
    StatusLine *m_status = nullptr;
    QLabel *m_people = nullptr;
    QLabel *m_filing = nullptr;
    QLabel *m_deletions = nullptr;
    QLabel *m_renewals = nullptr;
    QLabel *m_share = nullptr;
    QLabel *m_scoreRates = nullptr;
    QHash<int, Card> m_cards;
    std::optional<StatisticsService::Summary> m_summary;
    std::optional<SiteScores> m_scores;
    bool m_scoresStale = true; // the gallery changed since the scores were measured
    bool m_again = false; // a change arrived while counting: count once more
    bool m_stopped = false;
    BackgroundTask m_task;
};

} // namespace consentry::ui
