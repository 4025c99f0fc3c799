#include "main/MainWindow.h"

#include "common/PlaceholderPage.h"
#include "common/Theme.h"
#include "help/AboutDialog.h"
#include "help/ManualWindow.h"
#include "platform/Application.h"
#include "platform/Language.h"
#include "vision/ModelRegistry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace consentry::ui {

MainWindow::MainWindow(const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_dataDir(dataDir)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(Application::name());
    setWindowIcon(QIcon(QStringLiteral(":/icons/consentry.svg")));
    // Fit the screen of a small front-desk PC (1366×768 is common) as well as a large one.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(1200, available.width() * 9 / 10), std::min(800, available.height() * 9 / 10));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFixedWidth(200);
    Theme::follow(m_navigation, [navigation = m_navigation] {
        navigation->setStyleSheet(
            QStringLiteral("QListWidget { background: %1; color: %2; border: none; padding-top: 8px; outline: 0; }"
                           "QListWidget::item { padding: 10px 12px; border-left: 4px solid transparent; }"
                           "QListWidget::item:hover { background: %3; }"
                           "QListWidget::item:selected { background: %4; color: %5; border-left: 4px solid %6; }"
                           "QListWidget::item:disabled { color: %7; }")
                .arg(Theme::hex(Colour::Brand), Theme::hex(Colour::BrandText), Theme::hex(Colour::BrandHover),
                     Theme::hex(Colour::BrandSelected), Theme::hex(Colour::BrandSelectedText),
                     Theme::hex(Colour::BrandAccent), Theme::hex(Colour::BrandDisabledText)));
    });
    Theme::setTextStyle(m_navigation, TextStyle::Large);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("sections"));

    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildNavigation();
    buildMenus();

    m_session = new QLabel(this);
    m_session->setObjectName(QStringLiteral("sessionLabel"));
    m_session->hide();
    statusBar()->addPermanentWidget(m_session);
    m_where = new QLabel(tr("Data folder: %1").arg(QDir::toNativeSeparators(m_dataDir)), this);
    m_where->setObjectName(QStringLiteral("dataFolderLabel"));
    statusBar()->addPermanentWidget(m_where);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (row != m_shownRow && !mayLeave()) {
            // Stay: the list goes back to the section still on screen.
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(m_shownRow);
            return;
        }
        m_shownRow = row;
        const Section section = Sections::all().at(row);
        m_pages->setCurrentWidget(m_sectionPages.value(static_cast<int>(section)));
        Q_EMIT sectionChanged(section);
    });
    m_navigation->setCurrentRow(0);
}

void MainWindow::buildNavigation()
{
    for (Section section : Sections::all()) {
        auto *item = new QListWidgetItem(Sections::title(section), m_navigation);
        item->setData(Qt::UserRole, Sections::key(section));
        item->setToolTip(Sections::summary(section));
        auto *page = new PlaceholderPage(Sections::title(section), Sections::summary(section));
        page->setObjectName(Sections::key(section) + QStringLiteral("Page"));
        m_pages->addWidget(page);
        m_sectionPages.insert(static_cast<int>(section), page);
    }
}

void MainWindow::setRestoreAllowed(bool allowed)
{
    m_restoreAllowed = allowed;
    if (m_restore)
        m_restore->setVisible(allowed);
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *lockNow = fileMenu->addAction(tr("&Lock now"));
    lockNow->setObjectName(QStringLiteral("lockNowAction"));
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockNow, &QAction::triggered, this, &MainWindow::lockRequested);
    QAction *logOut = fileMenu->addAction(tr("Log &out"));
    logOut->setObjectName(QStringLiteral("logOutAction"));
    connect(logOut, &QAction::triggered, this, &MainWindow::logoutRequested);
    fileMenu->addSeparator();
    // Beside the session actions: it ends the session too, and a manager looks for it under File.
    m_restore = fileMenu->addAction(tr("&Restore from backup…"));
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setVisible(m_restoreAllowed);
    connect(m_restore, &QAction::triggered, this, &MainWindow::restoreRequested);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // For residents and staff who see poorly (Provisions art. 5): every open window follows at once.
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *contrast = viewMenu->addAction(tr("&High contrast"));
    contrast->setObjectName(QStringLiteral("highContrastAction"));
    contrast->setCheckable(true);
    contrast->setChecked(Theme::isHighContrast());
    connect(contrast, &QAction::toggled, this, [](bool on) {
        Theme::setHighContrast(on);
        Theme::save();
    });
    QAction *largeText = viewMenu->addAction(tr("&Large text"));
    largeText->setObjectName(QStringLiteral("largeTextAction"));
    largeText->setCheckable(true);
    largeText->setChecked(Theme::isLargeText());
    largeText->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    connect(largeText, &QAction::toggled, this, [](bool on) {
        Theme::setLargeText(on);
        Theme::save();
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *manual = helpMenu->addAction(tr("&User manual"));
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
    connect(manual, &QAction::triggered, this, &MainWindow::showManual);
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About Consentry"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QDialog *MainWindow::showManual()
{
    if (!m_manual) {
        ManualContent::Facts facts;
        facts.dataDir = m_dataDir;
        facts.modelDirs = ModelRegistry::defaultSearchDirs(QString(), m_dataDir);
        m_manual = new ManualWindow(Language::current(), facts, this);
    }
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
    return m_manual;
}

QDialog *MainWindow::showAbout()
{
    if (!m_about)
        m_about = new AboutDialog(m_dataDir, this);
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
    return m_about;
}

void MainWindow::retranslate()
{
    // Help windows are in the old language: they close and open again in the new one when asked.
    for (QDialog *open : { m_manual.data(), m_about.data() }) {
        if (open)
            open->close();
    }
    for (int row = 0; row < m_navigation->count(); ++row) {
        const Section section = Sections::all().at(row);
        QListWidgetItem *item = m_navigation->item(row);
        item->setText(Sections::title(section));
        item->setToolTip(Sections::summary(section));
        if (qobject_cast<PlaceholderPage *>(sectionWidget(section)))
            setSectionWidget(section, new PlaceholderPage(Sections::title(section), Sections::summary(section)));
    }
    m_navigation->setAccessibleName(tr("Sections"));
    // clear() only removes the actions; the old menus are deleted so the bar holds one set.
    const QList<QMenu *> oldMenus = menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(oldMenus);
    buildMenus();
    m_where->setText(tr("Data folder: %1").arg(QDir::toNativeSeparators(m_dataDir)));
}

void MainWindow::setSectionWidget(Section section, QWidget *widget)
{
    const int key = static_cast<int>(section);
    QWidget *old = m_sectionPages.value(key);
    const int index = m_pages->indexOf(old);
    const bool wasCurrent = m_pages->currentWidget() == old;
    widget->setObjectName(Sections::key(section) + QStringLiteral("Page"));
    m_pages->insertWidget(index, widget);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_sectionPages.insert(key, widget);
    if (wasCurrent)
        m_pages->setCurrentWidget(widget);
}

QWidget *MainWindow::sectionWidget(Section section) const
{
    return m_sectionPages.value(static_cast<int>(section));
}

void MainWindow::showSection(Section section)
{
    if (!isSectionAllowed(section))
        return; // greyed out for this role
    m_navigation->setCurrentRow(Sections::all().indexOf(section));
}

void MainWindow::setSectionAllowed(Section section, bool allowed, const QString &whyNot)
{
    QListWidgetItem *item = m_navigation->item(Sections::all().indexOf(section));
    if (!item)
        return;
    item->setFlags(allowed ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable) : Qt::NoItemFlags);
    item->setToolTip(allowed || whyNot.isEmpty() ? Sections::summary(section) : whyNot);
    if (!allowed && currentSection() == section) {
        for (Section other : Sections::all()) {
            if (isSectionAllowed(other)) {
                showSection(other);
                break;
            }
        }
    }
}

bool MainWindow::isSectionAllowed(Section section) const
{
    const QListWidgetItem *item = m_navigation->item(Sections::all().indexOf(section));
    return item && item->flags().testFlag(Qt::ItemIsEnabled);
}

void MainWindow::setSessionText(const QString &text)
{
    m_session->setText(text);
    m_session->setVisible(!text.isEmpty());
}

QString MainWindow::sessionText() const
{
    return m_session->text();
}

void MainWindow::setLocked(bool locked)
{
    centralWidget()->setEnabled(!locked);
    menuBar()->setEnabled(!locked);
    statusBar()->setVisible(!locked);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayLeave()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

Section MainWindow::currentSection() const
{
    return Sections::all().value(m_navigation->currentRow(), Section::Preview);
}

} // namespace consentry::ui
