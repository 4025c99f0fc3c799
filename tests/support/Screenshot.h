#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace consentry::test {

// Saves what a widget looks like to $CONSENTRY_SCREENSHOT_DIR/NAME.png when that variable is set, so a
// person can look at every step a GUI test drives (both languages: run the suite twice with --lang).
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CONSENTRY_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    // Widgets added since the last event loop turn are laid out first, or the picture shows the old layout;
    // item views place their cell widgets on a zero timer, so the loop turns once (only when saving pictures).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace consentry::test
