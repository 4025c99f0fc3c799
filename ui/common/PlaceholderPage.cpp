#include "common/PlaceholderPage.h"

#include "common/Theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace consentry::ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &summary, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(16);

    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("placeholderTitle"));
    Theme::setTextStyle(heading, TextStyle::Title);

    auto *what = new QLabel(summary, this);
    what->setWordWrap(true);

    auto *notYet = new QLabel(tr("This section is not available in this version yet. "
                                 "Nothing here is stored or shown until it is."),
                              this);
    notYet->setObjectName(QStringLiteral("placeholderNotice"));
    notYet->setWordWrap(true);
    Theme::setTone(notYet, Tone::Warning, Look::Box);

    layout->addWidget(heading);
    layout->addWidget(what);
    layout->addWidget(notYet);
    layout->addStretch(1);
}

} // namespace consentry::ui
