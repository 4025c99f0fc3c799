#pragma once

#include <QObject>
#include <QTimer>

namespace consentry::ui {

// Notices keyboard, mouse, wheel and touch activity anywhere in the application (an event filter on
// qApp) and emits idleTimedOut() after a stretch without any. The main window locks the store on it.
// The timeout is in milliseconds so tests can use a short one.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(int milliseconds);
    void setTimeoutMinutes(int minutes);
    int timeout() const { return m_timer.interval(); }
    int remainingTime() const { return m_timer.remainingTime(); } // -1 when not running

    void start(); // (re)starts counting from now
    void stop(); // while locked: activity on the lock screen must not count
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void idleTimedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_running = false;
};

} // namespace consentry::ui
