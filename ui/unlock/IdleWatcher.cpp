#include "unlock/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace consentry::ui {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may run minutes over on long intervals
    m_timer.setInterval(5 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_running = false;
        Q_EMIT idleTimedOut();
    });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timer.setInterval(std::max(1, milliseconds));
    if (m_running)
        m_timer.start();
}

void IdleWatcher::setTimeoutMinutes(int minutes)
{
    setTimeout(minutes * 60 * 1000);
}

void IdleWatcher::start()
{
    m_running = true;
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_running = false;
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_running) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress:
        case QEvent::InputMethod:
            m_timer.start(); // restart the countdown
            break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace consentry::ui
