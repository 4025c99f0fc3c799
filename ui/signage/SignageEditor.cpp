#include "signage/SignageEditor.h"

#include "common/Prompt.h"
#include "common/SiteProfileForm.h"
#include "common/StatusLine.h"
#include "print/PrintFonts.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace consentry::ui {

namespace {
constexpr int kDebounceMs = 200;
constexpr qreal kMaxPreviewDpi = 110;
} // namespace

SignageEditor::SignageEditor(const SiteProfile &profile, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signageEditor"));
    (void)PrintFonts::instance(); // pick the fonts here, on the GUI thread, before any worker needs them
    buildUi();
    m_form->setProfile(profile);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SignageEditor::startRender);
    startRender();
}

SignageEditor::~SignageEditor() = default; // m_render waits for a render in progress

void SignageEditor::buildUi()
{
    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);

    auto *signBox = new QGroupBox(tr("Sign"), form);
    auto *signForm = new QFormLayout(signBox);
    m_layout = new QComboBox(signBox);
    m_layout->setObjectName(QStringLiteral("layoutCombo"));
    for (SignLayout layout : SignageSpec::allLayouts())
        m_layout->addItem(SignageSpec::layoutTitle(layout), SignageSpec::layoutKey(layout));
    m_language = new QComboBox(signBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (SignLanguage language : SignageSpec::allLanguages())
        m_language->addItem(SignageSpec::languageTitle(language), SignageSpec::languageKey(language));
    m_language->setCurrentIndex(m_language->findData(SignageSpec::languageKey(SignLanguage::Bilingual)));
    m_paper = new QComboBox(signBox);
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    for (PaperSize paper : SignageSpec::allPapers())
        m_paper->addItem(SignageSpec::paperTitle(paper), SignageSpec::paperKey(paper));
    signForm->addRow(tr("La&yout:"), m_layout);
    signForm->addRow(tr("L&anguage:"), m_language);
    signForm->addRow(tr("Pape&r:"), m_paper);
    m_device = new QComboBox(signBox);
    m_device->setObjectName(QStringLiteral("signDevice"));
    m_device->setAccessibleName(tr("Device the sign is for"));
    m_device->addItem(tr("No specific device"), QVariant());
    signForm->addRow(tr("Device:"), m_device);
    formLayout->addWidget(signBox);

    // The site profile's own form (the one of Settings and setup), plus the sign's logo.
    auto *siteBox = new QGroupBox(tr("What the sign says"), form);
    auto *siteLayout = new QVBoxLayout(siteBox);
    m_form = new SiteProfileForm(siteBox);
    siteLayout->addWidget(m_form);
    m_logo = new QLineEdit(siteBox);
    m_logo->setObjectName(QStringLiteral("logoEdit"));
    m_logo->setPlaceholderText(tr("No logo"));
    m_logo->setAccessibleName(tr("Logo file"));
    auto *logoBrowse = new QPushButton(tr("Choose…"), siteBox);
    logoBrowse->setObjectName(QStringLiteral("logoBrowseButton"));
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(logoBrowse);

    m_form->addRow(tr("&Logo:"), logoRow);
    formLayout->addWidget(siteBox);

    m_issuesLabel = new StatusLine(form);
    m_issuesLabel->setObjectName(QStringLiteral("issuesLabel"));
    m_issuesLabel->setHiddenWhenEmpty(true);
    formLayout->addWidget(m_issuesLabel);

    auto *buttons = new QHBoxLayout;
    m_printButton = new QPushButton(tr("&Print…"), form);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_previewButton = new QPushButton(tr("Print prev&iew…"), form);
    m_previewButton->setObjectName(QStringLiteral("printPreviewButton"));
    m_exportButton = new QPushButton(tr("E&xport PDF…"), form);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_exportButton);
    formLayout->addLayout(buttons);
    formLayout->addStretch(1);

    auto *formScroll = new QScrollArea;
    formScroll->setWidget(form);
    formScroll->setWidgetResizable(true);
    formScroll->setMinimumWidth(360);

    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Preview of the sign"));
    m_previewArea = new QScrollArea;
    m_previewArea->setObjectName(QStringLiteral("previewArea"));
    m_previewArea->setWidget(m_preview);
    m_previewArea->setWidgetResizable(true);
    m_previewArea->setAlignment(Qt::AlignCenter);
    Theme::follow(m_previewArea, [area = m_previewArea] {
        area->setStyleSheet(
            QStringLiteral("QScrollArea#previewArea { background: %1; }").arg(Theme::hex(Colour::PaperBackdrop)));
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(formScroll);
    splitter->addWidget(m_previewArea);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_form, &SiteProfileForm::changed, this, &SignageEditor::scheduleRender);
    connect(m_logo, &QLineEdit::textChanged, this, &SignageEditor::scheduleRender);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &SignageEditor::layoutChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SignageEditor::scheduleRender);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &SignageEditor::scheduleRender);
    connect(m_device, &QComboBox::currentIndexChanged, this, &SignageEditor::scheduleRender);
    connect(logoBrowse, &QPushButton::clicked, this, &SignageEditor::chooseLogo);
    connect(m_printButton, &QPushButton::clicked, this, &SignageEditor::print);
    connect(m_previewButton, &QPushButton::clicked, this, &SignageEditor::printPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &SignageEditor::exportPdfWithDialog);
    layoutChanged();
}

void SignageEditor::setProfile(const SiteProfile &profile)
{
    m_form->setProfile(profile); // quietly: one render follows, not one per field
    scheduleRender();
}

SiteProfile SignageEditor::profile() const
{
    return m_form->profile();
}

SignageSpec SignageEditor::spec() const
{
    SignageSpec s;
    s.layout = SignageSpec::layoutFromKey(m_layout->currentData().toString()).value_or(SignLayout::PosterA4);
    s.language = SignageSpec::languageFromKey(m_language->currentData().toString()).value_or(SignLanguage::Bilingual);
    s.paper
        = SignageSpec::paperFromKey(m_paper->currentData().toString()).value_or(SignageSpec::defaultPaper(s.layout));
    s.profile = profile();
    s.profile.purpose = s.profile.purpose.simplified(); // a sign states its purpose as one paragraph
    s.logoPath = m_logo->text().trimmed();
    if (const std::optional<qint64> id = selectedDeviceId()) {
        for (const Device &d : m_devices) {
            if (d.id == *id)
                s.device = d;
        }
    }
    return s;
}

void SignageEditor::setDevices(const QList<Device> &devices)
{
    const std::optional<qint64> selected = selectedDeviceId();
    m_devices = devices;
    const QSignalBlocker block(m_device);
    m_device->clear();
    m_device->addItem(tr("No specific device"), QVariant());
    for (const Device &d : devices)
        m_device->addItem(QStringLiteral("%1 (%2)").arg(d.name, DeviceLocation::displayName(d.locationType)), d.id);
    const int index = selected ? m_device->findData(*selected) : 0;
    m_device->setCurrentIndex(std::max(0, index));
    scheduleRender();
}

std::optional<qint64> SignageEditor::selectedDeviceId() const
{
    const QVariant id = m_device->currentData();
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

void SignageEditor::layoutChanged()
{
    // A new layout starts on its own paper; the user may still pick another afterwards.
    const SignLayout layout
        = SignageSpec::layoutFromKey(m_layout->currentData().toString()).value_or(SignLayout::PosterA4);
    m_paper->setCurrentIndex(m_paper->findData(SignageSpec::paperKey(SignageSpec::defaultPaper(layout))));
    scheduleRender();
}

void SignageEditor::scheduleRender()
{
    if (!m_debounce)
        return;
    m_debounce->start();
}

void SignageEditor::startRender()
{
    if (m_render.isRunning()) {
        m_renderAgain = true; // render once more with the newest fields when this one is done
        return;
    }
    m_renderAgain = false;
    const int generation = ++m_requested;
    const SignageSpec current = spec();
    const QSizeF paperMm = SignageSpec::pageSize(current.paper).size(QPageSize::Millimeter);
    // The whole page in view: a sign is judged as a whole, the way a passer-by sees it.
    const qreal fitWidth = std::max(200, m_previewArea->viewport()->width() - 24) * devicePixelRatioF();
    const qreal fitHeight = std::max(280, m_previewArea->viewport()->height() - 24) * devicePixelRatioF();
    const qreal fitDpi = std::min(fitWidth / (paperMm.width() / 25.4), fitHeight / (paperMm.height() / 25.4));
    const qreal dpi = std::clamp(fitDpi, 30.0, kMaxPreviewDpi * devicePixelRatioF());
    m_render.run(
        [current, dpi] {
            SignageReport report;
            QImage image = SignageRenderer(current).renderImage(dpi, &report);
            return std::make_pair(image, report);
        },
        [this, generation](const std::pair<QImage, SignageReport> &rendered) {
            finishRender(rendered.first, rendered.second, generation);
        });
}

void SignageEditor::finishRender(const QImage &image, const SignageReport &report, int generation)
{
    Q_UNUSED(generation)
    m_previewImage = image;
    m_previewImage.setDevicePixelRatio(devicePixelRatioF());
    ++m_previewGeneration;
    updateIssues(report);
    showPreview();
    if (m_renderAgain)
        startRender();
}

void SignageEditor::showPreview()
{
    m_preview->setPixmap(QPixmap::fromImage(m_previewImage));
}

void SignageEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleRender(); // the preview's resolution follows the room it has
}

void SignageEditor::updateIssues(const SignageReport &report)
{
    QStringList issues;
    const Status valid = m_form->validate(); // the rules of Settings, so a sign never says what the store refuses
    if (!valid.ok())
        issues << valid.errorMessage();
    const Status complete = spec().validate();
    if (!complete.ok())
        issues << complete.errorMessage();
    issues << report.messages();
    issues.removeDuplicates();
    m_issues = issues;
    m_issuesLabel->showError(issues.join(QLatin1Char('\n')));
    const bool printable = valid.ok() && complete.ok() && report.fits();
    m_printButton->setEnabled(printable);
    m_exportButton->setEnabled(printable);
}

Status SignageEditor::readyToPrint() const
{
    if (const Status valid = m_form->validate(); !valid.ok())
        return valid;
    const SignageSpec current = spec();
    const Status complete = current.validate();
    if (!complete.ok())
        return complete;
    const SignageReport report = SignageRenderer(current).check();
    if (!report.fits())
        return makeError(ErrorKind::Data, report.overflows.constFirst().message);
    return {};
}

Status SignageEditor::exportPdf(const QString &path)
{
    const Status ready = readyToPrint();
    if (!ready.ok())
        return ready;
    const SignageSpec current = spec();
    const Result<SignageReport> written = SignageRenderer(current).writePdf(path);
    if (!written.ok())
        return written.error();
    Q_EMIT signageExported(SignageSpec::layoutKey(current.layout), SignageSpec::languageKey(current.language), path);
    return {};
}

Status SignageEditor::printTo(QPrinter &printer)
{
    const Status ready = readyToPrint();
    if (!ready.ok())
        return ready;
    const SignageSpec current = spec();
    const Result<SignageReport> printed = SignageRenderer(current).render(printer);
    if (!printed.ok())
        return printed.error();
    Q_EMIT signagePrinted(SignageSpec::layoutKey(current.layout), SignageSpec::languageKey(current.language));
    return {};
}

void SignageEditor::print()
{
    const Status ready = readyToPrint();
    if (!ready.ok()) {
        Prompt::warning(this, tr("Cannot print the sign"), ready.errorMessage());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(SignageRenderer(spec()).pageLayout());
    printer.setDocName(tr("Facial recognition sign"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the sign"));
    if (Prompt::exec(dialog) != QDialog::Accepted)
        return;
    const Status printed = printTo(printer);
    if (!printed.ok())
        Prompt::warning(this, tr("Cannot print the sign"), printed.errorMessage());
}

void SignageEditor::printPreview()
{
    const SignageSpec current = spec();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(SignageRenderer(current).pageLayout());
    printer.setDocName(tr("Facial recognition sign"));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview of the sign"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [current](QPrinter *target) { (void)SignageRenderer(current).render(*target); });
    // The dialog is accepted only when the user printed from it.
    if (Prompt::exec(dialog) == QDialog::Accepted)
        Q_EMIT signagePrinted(SignageSpec::layoutKey(current.layout), SignageSpec::languageKey(current.language));
}

void SignageEditor::exportPdfWithDialog()
{
    const SignageSpec current = spec();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("consentry-%1-%2.pdf")
                                                .arg(SignageSpec::layoutKey(current.layout),
                                                     QString(SignageSpec::languageKey(current.language))
                                                         .replace(QLatin1Char('+'), QLatin1Char('-'))));
    QString path = Prompt::saveFileName(this, tr("Export the sign as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const Status written = exportPdf(path);
    if (!written.ok())
        Prompt::warning(this, tr("Cannot export the sign"), written.errorMessage());
}

void SignageEditor::chooseLogo()
{
    const QString path
        = Prompt::openFileName(this, tr("Choose a logo"), m_logo->text(), tr("Images (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        m_logo->setText(path);
}

} // namespace consentry::ui
