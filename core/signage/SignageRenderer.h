#pragma once

#include "Result.h"
#include "signage/SignageSpec.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace consentry {

// Something on the sign that needs the user's attention, with the profile field (JSON key) it is about.
struct SignageIssue {
    QString field; // e.g. "purpose"; empty for the sign as a whole
    QString message; // one translated sentence: what is wrong and what to do
};

// What rendering found: how many pages, the body size the text got, and what did not fit.
struct SignageReport {
    int pages = 0;
    qreal bodyPointSize = 0; // after shrinking to fit
    QList<SignageIssue> overflows; // text that did not fit even at the layout's smallest legible size
    QStringList warnings; // other things worth knowing (a missing Chinese font, …)
    bool fits() const { return overflows.isEmpty(); }
    QStringList overflowFields() const;
    QStringList messages() const; // overflows, then warnings
};

// Paints a compliance sign from a SignageSpec: headline, purpose, operator and contact, local storage,
// retention, the alternative, withdrawal and a QR code to the full notice. It paints onto whatever
// QPainter or paged device it is given (QPdfWriter here and in the CLI, a QPrinter from the GUI, a QImage
// for previews), so the core never needs QtPrintSupport or widgets. Needs a QGuiApplication (fonts).
class SignageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SignageRenderer)

public:
    explicit SignageRenderer(SignageSpec spec);

    const SignageSpec &spec() const { return m_spec; }
    // The paper of the spec, full-page mode (the sign keeps its own margins inside).
    QPageLayout pageLayout() const;

    // Lays the sign out without painting: what would not fit.
    SignageReport check() const;
    // Sets the device's page layout and paints one page. Paints even when text does not fit (clipped to its
    // box, so a preview shows it) and lists that in the report; fails only when the device cannot be used.
    Result<SignageReport> render(QPagedPaintDevice &device) const;
    // Paints the whole paper into `target` of a painter that is already active (any units, aspect kept).
    SignageReport paint(QPainter &painter, const QRectF &target) const;
    // One page as an image at `dpi`, white paper. Safe to call from a worker thread.
    QImage renderImage(qreal dpi, SignageReport *report = nullptr) const;
    // Writes a PDF with embedded fonts, all or nothing (QSaveFile). Refuses with a Data error naming the
    // field when the profile lacks something the sign must show or when a text does not fit.
    Result<SignageReport> writePdf(const QString &path) const;

private:
    SignageSpec m_spec;
};

} // namespace consentry
