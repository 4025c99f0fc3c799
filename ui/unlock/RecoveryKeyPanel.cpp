#include "unlock/RecoveryKeyPanel.h"

#include "common/Prompt.h"
#include "common/StatusLine.h"
#include "common/Theme.h"
#include "common/WrappingCheckBox.h"
#include "platform/Clock.h"
#include "platform/Formats.h"
#include "platform/Language.h"
#include "print/Document.h"
#include "print/DocumentRenderer.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace consentry::ui {

namespace {
// "AAAA-BBBB-…" on two lines, split between groups, so the key fits a dialog in a large font.
QString twoLines(const QString &key)
{
    const QStringList groups = key.split(QLatin1Char('-'));
    if (groups.size() < 6)
        return key;
    const int half = (groups.size() + 1) / 2;
    return groups.mid(0, half).join(QLatin1Char('-')) + QStringLiteral("-\n") + groups.mid(half).join(QLatin1Char('-'));
}
} // namespace

RecoveryKeyPanel::RecoveryKeyPanel(const QString &recoveryKey, const QString &siteName, const QString &dataDir,
                                   QWidget *parent)
    : QWidget(parent)
    , m_key(recoveryKey)
    , m_siteName(siteName)
    , m_dataDir(dataDir)
{
    setObjectName(QStringLiteral("recoveryKeyPanel"));
    auto *intro
        = new QLabel(tr("This recovery key opens the store when every password is forgotten. It is shown only now and "
                        "cannot be shown again. Print it or write it down, and keep it locked away, apart from this "
                        "computer. Anyone who has it can read all the data."),
                     this);
    intro->setObjectName(QStringLiteral("recoveryIntro"));
    intro->setWordWrap(true);

    m_keyLabel = new QLabel(twoLines(m_key), this);
    m_keyLabel->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_keyLabel->setAccessibleName(tr("Recovery key"));
    m_keyLabel->setAlignment(Qt::AlignCenter);
    m_keyLabel->setTextFormat(Qt::PlainText);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    Theme::setTextStyle(m_keyLabel, TextStyle::Key);
    // The key on a "cut here" card: it is meant to be copied out and kept apart.
    Theme::follow(m_keyLabel, [label = m_keyLabel] {
        label->setStyleSheet(QStringLiteral("QLabel { background: %1; border: 2px dashed %2; padding: 14px; }")
                                 .arg(Theme::hex(Colour::KeyBox), Theme::hex(Colour::KeyBorder)));
    });

    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyKeyButton"));
    auto *printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("printKeyButton"));
    auto *pdf = new QPushButton(tr("Save as P&DF…"), this);
    pdf->setObjectName(QStringLiteral("saveKeyPdfButton"));
    connect(copy, &QPushButton::clicked, this, &RecoveryKeyPanel::copyToClipboard);
    connect(printButton, &QPushButton::clicked, this, &RecoveryKeyPanel::print);
    connect(pdf, &QPushButton::clicked, this, &RecoveryKeyPanel::savePdfWithDialog);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(printButton);
    buttons->addWidget(pdf);
    buttons->addStretch(1);

    m_feedback = new StatusLine(this);
    m_feedback->setObjectName(QStringLiteral("recoveryFeedback"));
    m_feedback->setAlignment(Qt::AlignCenter);

    auto *stored
        = new WrappingCheckBox(tr("I have stored the recovery key safely."), QStringLiteral("storedSafelyCheck"), this);
    m_stored = stored->box();
    Theme::setTextStyle(stored->label(), TextStyle::Strong);
    connect(m_stored, &QCheckBox::toggled, this, &RecoveryKeyPanel::storedChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_keyLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);
    layout->addStretch(1);
    layout->addWidget(stored);
}

bool RecoveryKeyPanel::isStored() const
{
    return m_stored->isChecked();
}

Document RecoveryKeyPanel::sheet() const
{
    Document doc;
    doc.title = tr("Consentry recovery key");
    doc.header = m_siteName.isEmpty() ? tr("Consentry") : m_siteName;
    doc.footer = tr("Keep this page locked away. Anyone who has it can read all the data.");
    doc.language = Language::current() == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en");
    doc.addParagraph(tr("This key opens the encrypted Consentry store when every password is forgotten. "
                        "Type it in the login window under \"Use the recovery key instead\", then set a new "
                        "password."));
    doc.addSpacer(4);
    doc.addHeading(m_key);
    doc.addSpacer(4);
    if (!m_siteName.isEmpty())
        doc.addField(tr("Site"), m_siteName);
    doc.addField(tr("Data folder"), QDir::toNativeSeparators(m_dataDir));
    doc.addField(tr("Created"), Formats::dateTimeWithOffset(Clock::instance().now()));
    doc.addField(tr("Stored where"));
    doc.addSpacer(6);
    doc.addParagraph(tr("A new key can be made in Settings, Users & roles; this one then stops working. "
                        "Destroy this page when that happens."));
    return doc;
}

Status RecoveryKeyPanel::savePdf(const QString &path) const
{
    Result<int> pages = DocumentRenderer(sheet()).writePdf(path);
    if (!pages)
        return pages.error();
    return {};
}

Status RecoveryKeyPanel::printTo(QPrinter &printer) const
{
    Result<int> pages = DocumentRenderer(sheet()).render(printer);
    if (!pages)
        return pages.error();
    return {};
}

void RecoveryKeyPanel::copyToClipboard()
{
    QApplication::clipboard()->setText(m_key);
    m_feedback->showSuccess(tr("Copied. Paste it where it will be kept safe, then copy something else so it does "
                               "not stay on the clipboard."));
}

void RecoveryKeyPanel::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery key"));
    if (Prompt::exec(dialog) != QDialog::Accepted)
        return;
    const Status ok = printTo(printer);
    m_feedback->showResult(ok, tr("Sent to the printer."));
}

void RecoveryKeyPanel::savePdfWithDialog()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/consentry-recovery-key.pdf");
    const QString path = Prompt::saveFileName(this, tr("Save the recovery key as PDF"), start, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status ok = savePdf(path);
    m_feedback->showResult(ok,
                           tr("Saved to %1. Move it to a safe place, such as a USB stick kept locked away.")
                               .arg(QDir::toNativeSeparators(path)));
}

} // namespace consentry::ui
