#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace consentry::ui {

class StatusLine;

// After too many wrong passwords: counts the wait down on screen, second by second, from the lockout file
// (the core's clock, so a test's clock and the store agree), and says when the next try is allowed.
// `waiting(true)` while the password cannot be tried, `waiting(false)` when it can again.
class LockoutCountdown : public QObject
{
    Q_OBJECT

public:
    LockoutCountdown(StatusLine *line, std::function<void(bool waiting)> waiting, QObject *parent = nullptr);

    // Looks up the wait for `userName` and shows it; nothing happens when there is none. True if waiting.
    bool check(const QString &dataDir, const QString &userName);
    bool isWaiting() const { return m_timer.isActive(); }
    void stop();

private:
    void tick();

    StatusLine *m_line;
    std::function<void(bool)> m_waiting;
    QTimer m_timer;
    QString m_dataDir;
    QString m_user;
};

} // namespace consentry::ui
