#include "liveness/LivenessPanel.h"

#include "common/Theme.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <mutex>

namespace consentry::ui {

struct LivenessPanel::Shared {
    std::mutex mutex;
    std::optional<LivenessCheck> check;
    QElapsedTimer clock;
    std::atomic<bool> open { true };
};

namespace {

constexpr int kIconSize = 56;
// A check that gets no frames at all (the camera stopped) still ends, this long after its own timeout.
constexpr int kNoFramesGraceMs = 1500;

QPixmap icon(LivenessPanel::State state, LivenessCheck::Challenge challenge, const QColor &colour)
{
    const qreal ratio = 2.0; // sharp on high-DPI screens
    QPixmap pixmap(QSize(kIconSize, kIconSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    const qreal s = kIconSize;
    auto arrow = [&](bool left, qreal y) {
        const qreal tip = left ? 8 : s - 8, tail = left ? s - 10 : 10, head = left ? 22 : s - 22;
        p.drawLine(QPointF(tail, y), QPointF(tip, y));
        p.drawLine(QPointF(tip, y), QPointF(head, y - 12));
        p.drawLine(QPointF(tip, y), QPointF(head, y + 12));
    };
    switch (state) {
    case LivenessPanel::State::Passed:
        p.drawPolyline(QPolygonF({ QPointF(10, s / 2), QPointF(s / 2 - 4, s - 14), QPointF(s - 8, 12) }));
        break;
    case LivenessPanel::State::Failed:
    case LivenessPanel::State::NotChecked:
        p.drawEllipse(QRectF(6, 6, s - 12, s - 12));
        p.drawLine(QPointF(s / 2, 16), QPointF(s / 2, s / 2 + 4));
        p.drawPoint(QPointF(s / 2, s - 16));
        break;
    case LivenessPanel::State::Idle:
    case LivenessPanel::State::Running:
        switch (challenge) {
        // The person faces the screen: their left is the screen's left.
        case LivenessCheck::Challenge::TurnLeft: arrow(true, s / 2); break;
        case LivenessCheck::Challenge::TurnRight: arrow(false, s / 2); break;
        case LivenessCheck::Challenge::Any:
            arrow(true, s / 2 - 12);
            arrow(false, s / 2 + 12);
            break;
        case LivenessCheck::Challenge::Blink: {
            // A closed eye: the lid's curve and three lashes.
            QPainterPath lid;
            lid.moveTo(6, s / 2 - 4);
            lid.quadTo(s / 2, s / 2 + 18, s - 6, s / 2 - 4);
            p.drawPath(lid);
            for (const qreal x : { s / 2 - 14, s / 2, s / 2 + 14 })
                p.drawLine(QPointF(x, s / 2 + 9), QPointF(x + (x - s / 2) * 0.3, s / 2 + 18));
            break;
        }
        }
        break;
    }
    return pixmap;
}

QString performedText(LivenessCheck::Challenge performed)
{
    switch (performed) {
    case LivenessCheck::Challenge::TurnLeft: return LivenessPanel::tr("the head turned to the left");
    case LivenessCheck::Challenge::TurnRight: return LivenessPanel::tr("the head turned to the right");
    case LivenessCheck::Challenge::Blink: return LivenessPanel::tr("the eyes blinked");
    case LivenessCheck::Challenge::Any: break;
    }
    return QString();
}

} // namespace

LivenessPanel::LivenessPanel(QWidget *parent)
    : QWidget(parent)
    , m_shared(std::make_shared<Shared>())
{
    setObjectName(QStringLiteral("livenessPanel"));
    setAttribute(Qt::WA_StyledBackground);
    m_title = new QLabel(tr("Liveness check"), this);
    m_title->setObjectName(QStringLiteral("livenessTitle"));
    Theme::setTextStyle(m_title, TextStyle::Strong);
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("livenessIcon"));
    m_icon->setFixedSize(kIconSize, kIconSize);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("livenessText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    Theme::setTextStyle(m_text, TextStyle::LargeStrong);
    m_time = new QProgressBar(this);
    m_time->setObjectName(QStringLiteral("livenessTime"));
    m_time->setTextVisible(true);
    m_time->setMaximumHeight(18);
    m_retry = new QPushButton(tr("Try again"), this);
    m_retry->setObjectName(QStringLiteral("livenessRetryButton"));
    m_retry->setAutoDefault(false);
    m_retry->setMinimumHeight(44);
    Theme::setTextStyle(m_retry, TextStyle::Large);
    m_retry->setAccessibleDescription(tr("Asks the person for a new movement."));

    auto *words = new QVBoxLayout;
    words->addWidget(m_title);
    words->addWidget(m_text);
    words->addWidget(m_time);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(words, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);

    m_timer = new QTimer(this);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &LivenessPanel::refresh);
    connect(m_retry, &QPushButton::clicked, this, &LivenessPanel::retry);
    hide();
    // High contrast switched on while a check is shown: the colours follow at once.
    Theme::follow(this, [this] {
        if (m_state != State::Idle)
            display(m_state);
    });
}

LivenessPanel::~LivenessPanel() = default;

LiveCamera::AfterAnalysis LivenessPanel::feeder() const
{
    std::shared_ptr<Shared> shared = m_shared;
    return [shared](FacePipeline &, const cv::Mat &frame, const FrameAnalysis &analysis) {
        std::lock_guard<std::mutex> lock(shared->mutex);
        if (!shared->check || shared->check->outcome() != LivenessCheck::Outcome::Running)
            return;
        const LivenessCheck::Outcome outcome = shared->check->offer(frame, analysis.faces, shared->clock.elapsed());
        if (outcome == LivenessCheck::Outcome::Passed || outcome == LivenessCheck::Outcome::NotChecked)
            shared->open = true;
    };
}

std::function<bool()> LivenessPanel::gate() const
{
    std::shared_ptr<Shared> shared = m_shared;
    return [shared] { return shared->open.load(); };
}

bool LivenessPanel::isOpen() const
{
    return m_shared->open.load();
}

void LivenessPanel::start()
{
    m_challenge = m_nextChallenge ? *m_nextChallenge : LivenessCheck::randomChallenge(*QRandomGenerator::global());
    m_performed = LivenessCheck::Challenge::Any;
    m_reason = LivenessCheck::Reason::None;
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->check.emplace(m_challenge, m_options);
        m_shared->clock.start();
        m_shared->open = false;
    }
    m_time->setRange(0, m_options.timeoutMs / 100);
    m_time->setValue(m_options.timeoutMs / 100);
    display(State::Running);
    m_timer->start();
    Q_EMIT started(m_challenge);
    refresh();
}

void LivenessPanel::cancel()
{
    m_timer->stop();
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->check.reset();
        m_shared->open = true;
    }
    m_state = State::Idle;
    m_reason = LivenessCheck::Reason::None;
    hide();
}

void LivenessPanel::retry()
{
    start();
}

void LivenessPanel::refresh()
{
    if (m_state != State::Running)
        return;
    LivenessCheck::Outcome outcome;
    qint64 remaining;
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        if (!m_shared->check)
            return;
        LivenessCheck &check = *m_shared->check;
        if (check.outcome() == LivenessCheck::Outcome::Running
            && m_shared->clock.elapsed() > check.options().timeoutMs + kNoFramesGraceMs)
            check.finish();
        outcome = check.outcome();
        m_prompt = check.prompt();
        m_reason = check.reason();
        m_performed = check.performed();
        remaining = outcome == LivenessCheck::Outcome::Running
            ? std::max<qint64>(0, check.options().timeoutMs - m_shared->clock.elapsed())
            : 0;
        if (outcome == LivenessCheck::Outcome::Passed || outcome == LivenessCheck::Outcome::NotChecked)
            m_shared->open = true;
    }
    switch (outcome) {
    case LivenessCheck::Outcome::Running:
        m_text->setText(m_prompt);
        m_text->setAccessibleName(m_prompt);
        m_time->setValue(int(remaining / 100));
        m_time->setFormat(tr("%1 s left").arg((remaining + 999) / 1000));
        return;
    case LivenessCheck::Outcome::Passed: display(State::Passed); break;
    case LivenessCheck::Outcome::Failed: display(State::Failed); break;
    case LivenessCheck::Outcome::NotChecked: display(State::NotChecked); break;
    }
    m_timer->stop();
    Q_EMIT finished(m_state);
}

void LivenessPanel::display(State state)
{
    m_state = state;
    QColor colour, background;
    switch (state) {
    case State::Idle:
    case State::Running:
        colour = Theme::colour(Colour::InfoText);
        background = Theme::colour(Colour::InfoBox);
        m_text->setText(m_prompt.isEmpty() ? LivenessCheck::challengePrompt(m_challenge) : m_prompt);
        break;
    case State::Passed:
        colour = Theme::colour(Colour::SuccessText);
        background = Theme::colour(Colour::SuccessBox);
        m_text->setText(tr("Passed: %1.").arg(performedText(m_performed)));
        break;
    case State::Failed:
        colour = Theme::colour(Colour::WarningText);
        background = Theme::colour(Colour::WarningBox);
        m_text->setText(tr("Not passed. %1 Try again, or use another way.").arg(LivenessCheck::reasonText(m_reason)));
        break;
    case State::NotChecked:
        colour = Theme::colour(Colour::MutedText);
        background = Theme::colour(Colour::Card);
        m_text->setText(tr("Not possible here. %1").arg(LivenessCheck::reasonText(m_reason)));
        break;
    }
    m_text->setAccessibleName(m_text->text());
    m_text->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour.name()));
    setStyleSheet(QStringLiteral("#livenessPanel { background: %1; border: 2px solid %2; border-radius: 6px; }")
                      .arg(background.name(), colour.name()));
    m_icon->setPixmap(icon(state, m_challenge, colour));
    m_icon->setAccessibleName(LivenessCheck::challengePrompt(m_challenge));
    m_time->setVisible(state == State::Running);
    m_retry->setVisible(state == State::Failed);
    setVisible(state != State::Idle);
}

QString LivenessPanel::promptText() const
{
    switch (m_state) {
    case State::Idle: return QString();
    case State::Failed: return tr("Not passed. Try again, or use another way."); // short: painted on the picture
    case State::Running:
    case State::Passed:
    case State::NotChecked: break;
    }
    return m_text->text();
}

QString LivenessPanel::summaryText() const
{
    switch (m_state) {
    case State::Idle:
    case State::Running: return QString();
    case State::Passed: return tr("Liveness check passed: %1.").arg(performedText(m_performed));
    case State::Failed: return tr("Liveness check not passed: %1").arg(LivenessCheck::reasonText(m_reason));
    case State::NotChecked: return tr("Liveness check not possible: %1").arg(LivenessCheck::reasonText(m_reason));
    }
    return QString();
}

QString LivenessPanel::stateName(State state)
{
    switch (state) {
    case State::Idle: return QStringLiteral("idle");
    case State::Running: return QStringLiteral("running");
    case State::Passed: return QStringLiteral("passed");
    case State::Failed: return QStringLiteral("failed");
    case State::NotChecked: return QStringLiteral("not_checked");
    }
    return QString();
}

} // namespace consentry::ui
