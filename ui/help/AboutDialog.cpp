#include "help/AboutDialog.h"

#include "common/Theme.h"

#include "platform/Application.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace consentry::ui {

namespace {

constexpr qint64 kMaxLicenceBytes = 4 * 1024 * 1024; // Qt's Debian copyright file is about 100 kB

enum Column { PartColumn, VersionColumn, LicenceColumn, UseColumn, TextColumn };

QString readText(const QString &path)
{
    // Only a regular file (or a compiled-in resource), read with a limit: a path on disk is not ours.
    if (!path.startsWith(QLatin1Char(':')) && !QFileInfo(path).isFile())
        return QString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.read(kMaxLicenceBytes));
}

QDialog *textWindow(QWidget *parent, const QString &title, const QString &text, bool markdown)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("licenceWindow"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    if (markdown) {
        auto *browser = new QTextBrowser(dialog);
        browser->setObjectName(QStringLiteral("licenceText"));
        browser->setMarkdown(text);
        layout->addWidget(browser, 1);
    } else {
        auto *plain = new QPlainTextEdit(dialog);
        plain->setObjectName(QStringLiteral("licenceText"));
        plain->setReadOnly(true);
        plain->setPlainText(text);
        plain->setLineWrapMode(QPlainTextEdit::NoWrap);
        plain->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        layout->addWidget(plain, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    const QRect available = dialog->screen() ? dialog->screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    dialog->resize(std::min(available.width() * 9 / 10, dialog->fontMetrics().averageCharWidth() * 100),
                   std::min(available.height() * 9 / 10, dialog->fontMetrics().height() * 40));
    dialog->show();
    return dialog;
}

} // namespace

AboutDialog::AboutDialog(const QString &dataDir, QWidget *parent)
    : QDialog(parent)
    , m_components(ThirdParty::components())
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(Application::name()));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/consentry.svg")).pixmap(64, 64));
    auto *name = new QLabel(QStringLiteral("%1 %2").arg(Application::name(), Application::version()), this);
    name->setObjectName(QStringLiteral("aboutVersion"));
    Theme::setTextStyle(name, TextStyle::Heading);
    auto *what = new QLabel(tr("Consent-first facial recognition for small hotels and residential compounds. Face "
                               "data stays encrypted on this computer and is never sent over a network."),
                            this);
    what->setWordWrap(true);
    auto *where = new QLabel(tr("Data folder: %1").arg(QDir::toNativeSeparators(dataDir)), this);
    where->setObjectName(QStringLiteral("aboutDataFolder"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *built = new QLabel(Application::versionLine(), this);
    Theme::setTone(built, Tone::Muted);
    built->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *head = new QVBoxLayout;
    head->addWidget(name);
    head->addWidget(built);
    head->addWidget(what);
    head->addWidget(where);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(head, 1);

    auto *partsTitle = new QLabel(tr("Built with, and licences"), this);
    QFont bold = partsTitle->font();
    bold.setBold(true);
    partsTitle->setFont(bold);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("aboutComponents"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideMiddle); // the end of a path names the file
    m_tree->setHeaderLabels({ tr("Part"), tr("Version"), tr("Licence"), tr("Used for"), tr("Licence text") });
    for (const ThirdPartyComponent &component : std::as_const(m_components)) {
        QString textWhere;
        if (!component.licenceFile.isEmpty())
            textWhere = component.licenceFile;
        else if (!component.resource.isEmpty())
            textWhere = tr("built into the program");
        else
            textWhere
                = tr("not found on this computer (looked in %1)").arg(component.lookedIn.join(QStringLiteral(", ")));
        auto *item = new QTreeWidgetItem(m_tree,
                                         { component.name,
                                           component.version.isEmpty() ? QStringLiteral("—") : component.version,
                                           component.licence, component.purpose, textWhere });
        item->setToolTip(TextColumn, textWhere);
    }
    m_tree->header()->setStretchLastSection(true);
    for (int column = PartColumn; column <= TextColumn; ++column)
        m_tree->resizeColumnToContents(column);
    m_tree->setCurrentItem(m_tree->topLevelItem(0));

    m_showLicence = new QPushButton(tr("Show licence &text"), this);
    m_showLicence->setObjectName(QStringLiteral("showLicenceButton"));
    auto *notices = new QPushButton(tr("Third-party &notices"), this);
    notices->setObjectName(QStringLiteral("showNoticesButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_showLicence, QDialogButtonBox::ActionRole);
    buttons->addButton(notices, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showLicence, &QPushButton::clicked, this,
            [this] { showLicence(m_tree->indexOfTopLevelItem(m_tree->currentItem())); });
    connect(notices, &QPushButton::clicked, this, &AboutDialog::showNotices);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showLicence(m_tree->indexOfTopLevelItem(item)); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int row = m_tree->indexOfTopLevelItem(item);
        m_showLicence->setEnabled(row >= 0 && !licenceText(m_components.at(row)).isEmpty());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(partsTitle);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);

    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    resize(std::min(available.width() * 19 / 20, fontMetrics().averageCharWidth() * 190),
           std::min(available.height() * 9 / 10, fontMetrics().height() * 32));
}

QString AboutDialog::licenceText(const ThirdPartyComponent &component)
{
    QString text = component.resource.isEmpty() ? QString() : readText(component.resource);
    if (text.isEmpty() && !component.licenceFile.isEmpty())
        text = readText(component.licenceFile);
    return text;
}

QDialog *AboutDialog::showLicence(int row)
{
    if (row < 0 || row >= m_components.size())
        return nullptr;
    const ThirdPartyComponent &component = m_components.at(row);
    const QString text = licenceText(component);
    if (text.isEmpty())
        return nullptr;
    return textWindow(this, tr("Licence of %1").arg(component.name), text, false);
}

QDialog *AboutDialog::showNotices()
{
    return textWindow(this, tr("Third-party notices"), readText(QStringLiteral(":/licenses/THIRD-PARTY-NOTICES.md")),
                      true);
}

} // namespace consentry::ui
