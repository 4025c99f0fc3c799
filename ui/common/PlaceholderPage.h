#pragma once

#include <QWidget>

namespace consentry::ui {

// Stands in for a screen that is not built yet. It says so plainly and shows no data, real or fake.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &summary, QWidget *parent = nullptr);
};

} // namespace consentry::ui
