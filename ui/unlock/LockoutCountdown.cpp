#include "unlock/LockoutCountdown.h"

#include "common/StatusLine.h"
#include "vault/Unlocker.h"

namespace consentry::ui {

LockoutCountdown::LockoutCountdown(StatusLine *line, std::function<void(bool)> waiting, QObject *parent)
    : QObject(parent)
    , m_line(line)
    , m_waiting(std::move(waiting))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &LockoutCountdown::tick);
}

bool LockoutCountdown::check(const QString &dataDir, const QString &userName)
{
    m_dataDir = dataDir;
    m_user = userName;
    if (Unlocker::secondsUntilNextTry(dataDir, userName) <= 0)
        return false;
    tick();
    m_timer.start();
    return true;
}

void LockoutCountdown::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_line->clearMessage();
    m_waiting(false);
}

void LockoutCountdown::tick()
{
    const qint64 left = Unlocker::secondsUntilNextTry(m_dataDir, m_user);
    if (left <= 0) {
        m_timer.stop();
        m_line->showMessage(tr("You can try the password for \"%1\" again now.").arg(m_user), Tone::Info);
        m_waiting(false);
        return;
    }
    m_line->showError(tr("Too many wrong passwords for \"%1\". You can try again in %n second(s), or use the "
                         "recovery key.",
                         nullptr, static_cast<int>(left))
                          .arg(m_user));
    m_waiting(true);
}

} // namespace consentry::ui
