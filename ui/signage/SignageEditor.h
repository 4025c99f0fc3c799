#pragma once

#include "Result.h"
#include "common/BackgroundTask.h"
#include "domain/Device.h"
#include "domain/SiteProfile.h"
#include "print/SignageRenderer.h"
#include "print/SignageSpec.h"

#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QScrollArea;
class QTimer;

namespace consentry::ui {

class SiteProfileForm;

class StatusLine;

// The Signage screen: the site's details (pre-filled from the profile), which sign, which language and
// paper, a live preview, and Print / Print preview / Export PDF. A thin widget over
// consentry::SignageRenderer: the preview is rendered to a QImage on a worker thread, debounced, so typing
// never waits for it.
class SignageEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SignageEditor(const SiteProfile &profile, QWidget *parent = nullptr);
    ~SignageEditor() override;

    SiteProfile profile() const; // as edited
    void setProfile(const SiteProfile &profile);
    SignageSpec spec() const; // what the preview shows and Print prints
    // The registered devices a sign may be printed for (its label then names the device and where it is).
    void setDevices(const QList<Device> &devices);
    std::optional<qint64> selectedDeviceId() const; // none: a sign not for one device
    QComboBox *deviceCombo() const { return m_device; }

    // The work behind the buttons, without dialogs (also the test hooks).
    Status exportPdf(const QString &path); // emits signageExported on success
    Status printTo(QPrinter &printer); // emits signagePrinted on success

    QImage previewImage() const { return m_previewImage; }
    int previewGeneration() const { return m_previewGeneration; } // finished preview renders so far
    QStringList issues() const { return m_issues; } // what stops printing, and warnings

public Q_SLOTS:
    void print(); // QPrintDialog, then printTo()
    void printPreview(); // QPrintPreviewDialog; printing from it counts as printing
    void exportPdfWithDialog();

Q_SIGNALS:
    // A sign went to a printer: layout key (poster-a4|counter-a5|label-a6) and language key
    // (zh_CN|en|zh_CN+en), for the audit log.
    void signagePrinted(const QString &layout, const QString &language);
    void signageExported(const QString &layout, const QString &language, const QString &path);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void scheduleRender();
    void startRender();
    void finishRender(const QImage &image, const SignageReport &report, int generation);
    void showPreview();
    void updateIssues(const SignageReport &report);
    // Ok when the sign may be printed or exported: valid profile, all required fields, text fits.
    Status readyToPrint() const;
    void layoutChanged();
    void chooseLogo();

    QComboBox *m_layout = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_device = nullptr;
    QList<Device> m_devices;
    SiteProfileForm *m_form = nullptr;
    QLineEdit *m_logo = nullptr;
    StatusLine *m_issuesLabel = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QScrollArea *m_previewArea = nullptr;
    QLabel *m_preview = nullptr;
    QTimer *m_debounce = nullptr;

    BackgroundTask m_render; // one preview at a time; waited for if the editor goes first
    bool m_renderAgain = false;
    int m_requested = 0;
    int m_previewGeneration = 0;
    QImage m_previewImage;
    QStringList m_issues;
};

} // namespace consentry::ui
