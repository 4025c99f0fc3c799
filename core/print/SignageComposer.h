#pragma once

#include "print/PrintCanvas.h"
#include "print/SignageLayout.h"
#include "print/SignageSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace consentry {

class PrintFonts;
class QrCode;

// Something on the sign that needs the user's attention, with the profile field (JSON key) it is about.
struct SignageIssue {
    QString field; // e.g. "purpose"; empty for the sign as a whole
    QString message; // one translated sentence: what is wrong and what to do
};

// What laying out a sign found: how many pages, the body size the text got, and what did not fit.
struct SignageReport {
    int pages = 0;
    qreal bodyPointSize = 0; // after shrinking to fit
    QList<SignageIssue> overflows; // text that did not fit even at the layout's smallest legible size
    QStringList warnings; // other things worth knowing (a missing Chinese font, …)
    bool fits() const { return overflows.isEmpty(); }
    QStringList overflowFields() const;
    QStringList messages() const; // overflows, then warnings
};

// A sign laid out: one page of the print canvas, and what did not fit.
struct SignageComposition {
    PrintCanvas canvas;
    SignageReport report;
};

// Lays a compliance sign out on one page, from the top down: the header band (pictogram and headline), the
// site's name and logo, then from the bottom up the QR code with its caption and the legal basis, a rule,
// and in the room left between them the body (purpose, operator and contact, local storage, retention,
// the alternative, withdrawal) at the largest size that fits. Text that does not fit is still laid out,
// clipped to its box, and listed in the report. Needs a QGuiApplication (fonts).
class SignageComposer
{
    Q_DECLARE_TR_FUNCTIONS(SignageRenderer) // the messages keep the context they were translated in

public:
    explicit SignageComposer(const SignageSpec &spec);
    SignageComposition compose();

private:
    qreal headerBand(); // returns the band's bottom
    qreal siteRow(qreal top); // returns the next free y
    qreal deviceRow(qreal top); // the device a sign is for: its name, location and capture area
    qreal foot(); // the QR code, its caption and the legal basis; returns the y above them
    PrintPage qrCaption(qreal left, qreal width, qreal *height);
    void body(qreal top, qreal bottom);
    void cutMarks();
    void overflow(const QString &field);
    void qrCode(const QrCode &code, const QRectF &rect); // first on the page: its quiet zone covers nothing

    const SignageSpec &m_spec;
    const PrintFonts &m_fonts;
    SignageFrame m_frame;
    SignageMetrics m_metrics;
    QStringList m_languages;
    qreal m_pad = 0; // inner space of the header band, also the gap beside the QR code and the logo
    PrintPage m_page;
    PrintPage m_underlay; // painted before everything else
    SignageReport m_report;
};

} // namespace consentry
