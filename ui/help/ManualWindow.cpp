#include "help/ManualWindow.h"

#include "common/Theme.h"

#include "platform/Application.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace consentry::ui {

ManualWindow::ManualWindow(const QString &language, const ManualContent::Facts &facts, QWidget *parent)
    : QDialog(parent)
    , m_sections(ManualContent::sections(language, facts))
{
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("%1 user manual").arg(Application::name()));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setAttribute(Qt::WA_DeleteOnClose);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("manualSections"));
    m_list->setAccessibleName(tr("Sections of the manual"));
    for (const ManualContent::Section &section : std::as_const(m_sections))
        m_list->addItem(section.title);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("manualText"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // Links between sections ("04-backup.md") turn the page; anything else opens outside (a file).
        for (int i = 0; i < m_sections.size(); ++i) {
            if (url.path() == m_sections.at(i).file) {
                showSection(i);
                return;
            }
        }
        if (url.isLocalFile())
            QDesktopServices::openUrl(url);
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 16);

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("manualFind"));
    m_find->setPlaceholderText(tr("Find in this section"));
    m_find->setClearButtonEnabled(true);
    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(false); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(findLabel);
    bottom->addWidget(m_find, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_list, &QListWidget::currentRowChanged, this, &ManualWindow::showSection);
    showSection(0);

    // Large enough to read, never larger than the screen (1366×768 with a taskbar).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    const int width = std::min(available.width() * 9 / 10, fontMetrics().averageCharWidth() * 130);
    const int height = std::min(available.height() * 9 / 10, fontMetrics().height() * 45);
    resize(width, height);
    splitter->setSizes({ width / 4, width * 3 / 4 });
}

void ManualWindow::showSection(int index)
{
    if (index < 0 || index >= m_sections.size())
        return;
    if (m_list->currentRow() != index) {
        m_list->setCurrentRow(index); // comes back here through currentRowChanged
        return;
    }
    m_browser->setMarkdown(m_sections.at(index).markdown);
    m_browser->moveCursor(QTextCursor::Start);
}

int ManualWindow::currentSection() const
{
    return m_list->currentRow();
}

QString ManualWindow::sectionTitle(int index) const
{
    return index >= 0 && index < m_sections.size() ? m_sections.at(index).title : QString();
}

void ManualWindow::find(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_browser->find(text, flags)) {
        // Wrap around once; the field turns red when the text is nowhere in this section.
        m_browser->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
        const bool found = m_browser->find(text, flags);
        m_find->setStyleSheet(
            found ? QString() : QStringLiteral("QLineEdit { background: %1; }").arg(Theme::hex(Colour::ErrorBox)));
        return;
    }
    m_find->setStyleSheet(QString());
}

} // namespace consentry::ui
