#pragma once

#include "preview/LiveCamera.h"
#include "vision/LivenessCheck.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace consentry::ui {

// The liveness check (活体检测) on a camera screen, self-contained so any page can host it: it asks for a
// random movement (turn the head left or right, or blink), judges the frames the capture thread hands it
// through feeder() with the core LivenessCheck, and shows the instruction, the time left and the outcome in
// plain words, with "Try again" after a failure. The host starts it, lets the capture thread call
// feeder(), keeps its own work closed until isOpen() (or gate() in the capture thread), and acts on
// finished(). Hidden while idle.
class LivenessPanel : public QWidget
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Passed, Failed, NotChecked };
    Q_ENUM(State)

    explicit LivenessPanel(QWidget *parent = nullptr);
    ~LivenessPanel() override;

    // For LiveCamera::setAfterAnalysis (runs in the capture thread, costs a few ms per frame while running).
    LiveCamera::AfterAnalysis feeder() const;
    // For the capture thread: true while the host may go on (idle, passed, or the check cannot run).
    std::function<bool()> gate() const;
    bool isOpen() const;

    // Asks for a random challenge (or the one set with setNextChallenge()).
    void start();
    // Back to idle and hidden; the gate opens (the host decided no check is needed).
    void cancel();
    State state() const { return m_state; }
    LivenessCheck::Challenge challenge() const { return m_challenge; }
    LivenessCheck::Challenge performed() const { return m_performed; }
    LivenessCheck::Reason reason() const { return m_reason; }
    // The instruction or result now, for the hint painted on the camera picture.
    QString promptText() const;
    // One sentence about the outcome for a summary ("Liveness check: passed, the head turned left.").
    QString summaryText() const;

    // Tests: the next start() asks for this challenge instead of a random one; the check's options.
    void setNextChallenge(std::optional<LivenessCheck::Challenge> challenge) { m_nextChallenge = challenge; }
    void setOptions(const LivenessCheck::Options &options) { m_options = options; }

    static QString stateName(State state);

public Q_SLOTS:
    // Reads the check's state from the capture thread and updates the screen (also on a timer).
    void refresh();

Q_SIGNALS:
    void started(consentry::LivenessCheck::Challenge challenge);
    // Once per start(): Passed, Failed or NotChecked.
    void finished(consentry::ui::LivenessPanel::State state);

private:
    struct Shared;
    void display(State state);
    void retry();

    std::shared_ptr<Shared> m_shared;
    State m_state = State::Idle;
    LivenessCheck::Challenge m_challenge = LivenessCheck::Challenge::Any;
    LivenessCheck::Challenge m_performed = LivenessCheck::Challenge::Any;
    LivenessCheck::Reason m_reason = LivenessCheck::Reason::None;
    std::optional<LivenessCheck::Challenge> m_nextChallenge;
    LivenessCheck::Options m_options;
    QString m_prompt;

    QLabel *m_title = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QProgressBar *m_time = nullptr;
    QPushButton *m_retry = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace consentry::ui
