#include "settings/LanguageTab.h"

#include "common/Theme.h"

#include "platform/Language.h"

#include <QComboBox>

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace consentry::ui {

LanguageTab::LanguageTab(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("languageTab"));
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    // Each language in its own words, so a reader of either can find theirs.
    for (const QString &code : Language::supported())
        m_combo->addItem(Language::nativeName(code), code);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(Language::current())));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString code = m_combo->itemData(index).toString();
        if (code != Language::current())
            Q_EMIT languageChosen(code);
    });

    auto *help = new QLabel(tr("The screens change at once; you stay signed in and on this screen. An enrollment "
                               "that is under way is cancelled, with nothing stored."
                               " This computer remembers the choice for the next start."),
                            this);
    help->setWordWrap(true);
    Theme::setTone(help, Tone::Muted);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Interface language:"), m_combo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addStretch(1);
}

} // namespace consentry::ui
