#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace consentry::test {

// poppler-utils and OpenCV as a passer-by's eyes: what text a PDF really holds, whether its fonts are
// embedded, and whether a QR code in a picture decodes.
struct ToolResult {
    bool started = false;
    int exitCode = -1;
    QString out;
};

ToolResult runTool(const QString &program, const QStringList &arguments);
// `pdftotext -layout FILE -`, or an empty string with `error` set.
QString pdfText(const QString &pdf, QString *error = nullptr);
// Text compared without line breaks and spaces, so a value wrapped over two lines still matches. Nothing
// else is folded: the PDF's text layer must hold the very characters that were drawn.
QString normalizedForSearch(const QString &text);
// Rows of `pdffonts`: "name type encoding emb sub uni …" split on white space.
QList<QStringList> pdfFonts(const QString &pdf, QString *error = nullptr);
// The font names a PDF's font descriptors give as subsets ("ABCDEF+Name"), read from the file.
QStringList pdfSubsetFontNames(const QString &pdf);
// The first page rendered with `pdftoppm -r DPI`; null image on failure.
QImage pdfPageImage(const QString &pdf, int dpi);
// The QR code's text decoded with OpenCV's QRCodeDetector; empty when none is found.
QString decodeQr(const QImage &image);
QString pdfPageSize(const QString &pdf); // "Page size:" line of pdfinfo

} // namespace consentry::test
