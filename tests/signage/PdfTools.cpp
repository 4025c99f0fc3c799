#include "PdfTools.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>
#ifdef CONSENTRY_HAVE_WECHAT_QRCODE
#include <opencv2/wechat_qrcode.hpp>
#endif

namespace consentry::test {

ToolResult runTool(const QString &program, const QStringList &arguments)
{
    ToolResult result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return result;
    result.started = true;
    process.waitForFinished(120000);
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    return result;
}

QString pdfText(const QString &pdf, QString *error)
{
    const ToolResult r = runTool(
        QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    if (!r.started || r.exitCode != 0) {
        if (error)
            *error = QStringLiteral("pdftotext failed on %1 (poppler-utils installed?)").arg(pdf);
        return QString();
    }
    return r.out;
}

QString normalizedForSearch(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

QList<QStringList> pdfFonts(const QString &pdf, QString *error)
{
    const ToolResult r = runTool(QStringLiteral("pdffonts"), { pdf });
    QList<QStringList> rows;
    if (!r.started || r.exitCode != 0) {
        if (error)
            *error = QStringLiteral("pdffonts failed on %1").arg(pdf);
        return rows;
    }
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 2; i < lines.size(); ++i) // two header lines
        rows << lines.at(i).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    return rows;
}

QStringList pdfSubsetFontNames(const QString &pdf)
{
    QFile file(pdf);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024)
        return {};
    // Qt writes dictionaries uncompressed; only content and font streams are deflated.
    const QByteArray data = file.readAll();
    QStringList names;
    static const QRegularExpression tagged(QStringLiteral("/FontName\\s*/([A-Z]{6}\\+[^\\s/<>\\[\\]()]+)"));
    QRegularExpressionMatchIterator it = tagged.globalMatch(QString::fromLatin1(data));
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

QImage pdfPageImage(const QString &pdf, int dpi)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    const ToolResult r = runTool(QStringLiteral("pdftoppm"),
                                 { QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                                   QStringLiteral("-singlefile"), pdf, prefix });
    if (!r.started || r.exitCode != 0)
        return QImage();
    return QImage(prefix + QStringLiteral(".png"));
}

QString decodeQr(const QImage &image)
{
    if (image.isNull())
        return QString();
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat mat(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
                      static_cast<size_t>(gray.bytesPerLine()));
    try {
#ifdef CONSENTRY_HAVE_WECHAT_QRCODE
        // Debian's OpenCV is built without quirc, so QRCodeDetector finds codes but cannot decode them;
        // the contrib WeChat detector (no model files: its classical detector) decodes.
        cv::wechat_qrcode::WeChatQRCode wechat;
        const std::vector<std::string> texts = wechat.detectAndDecode(mat);
        if (!texts.empty())
            return QString::fromStdString(texts.front());
#endif
        cv::QRCodeDetector detector;
        return QString::fromStdString(detector.detectAndDecode(mat));
    } catch (const cv::Exception &) {
        return QString();
    }
}

QString pdfPageSize(const QString &pdf)
{
    const ToolResult r = runTool(QStringLiteral("pdfinfo"), { pdf });
    for (const QString &line : r.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Page size:")))
            return line.mid(10).trimmed();
    }
    return QString();
}

} // namespace consentry::test
