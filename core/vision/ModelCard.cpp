#include "vision/ModelCard.h"

#include "storage/BoundedFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace consentry {

namespace {
Error cardError(const QString &origin, const QString &what)
{
    return makeError(ErrorKind::Data,
                     ModelCard::tr("The model card %1 is invalid (%2); reinstall Consentry.").arg(origin, what));
}
} // namespace

QString ModelCard::kindName() const
{
    return kind == Kind::Detector ? QStringLiteral("detector") : QStringLiteral("embedder");
}

Result<ModelCard> ModelCard::fromJson(const QJsonObject &o, const QString &origin)
{
    ModelCard card;
    card.id = o.value(QStringLiteral("id")).toString();
    card.name = o.value(QStringLiteral("name")).toString();
    card.version = o.value(QStringLiteral("version")).toString();
    card.fileName = o.value(QStringLiteral("file")).toString();
    card.bytes = o.value(QStringLiteral("bytes")).toInteger();
    card.sha256 = o.value(QStringLiteral("sha256")).toString().toLower();
    card.url = o.value(QStringLiteral("url")).toString();
    card.licence = o.value(QStringLiteral("licence")).toString();
    card.priority = o.value(QStringLiteral("priority")).toInt();

    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (card.id.isEmpty())
        return cardError(origin, QStringLiteral("id"));
    if (!safeName.match(card.fileName).hasMatch())
        return cardError(origin, QStringLiteral("file"));
    if (!hex.match(card.sha256).hasMatch())
        return cardError(origin, QStringLiteral("sha256"));

    const QString kind = o.value(QStringLiteral("kind")).toString();
    const QJsonObject thresholds = o.value(QStringLiteral("thresholds")).toObject();
    if (kind == QLatin1String("detector")) {
        card.kind = Kind::Detector;
        card.scoreThreshold = static_cast<float>(thresholds.value(QStringLiteral("score")).toDouble(0.6));
        card.nmsThreshold = static_cast<float>(thresholds.value(QStringLiteral("nms")).toDouble(0.3));
        card.maxSide = thresholds.value(QStringLiteral("max_side")).toInt(320);
        if (card.scoreThreshold <= 0 || card.scoreThreshold >= 1 || card.maxSide < 64)
            return cardError(origin, QStringLiteral("thresholds"));
        return card;
    }
    if (kind != QLatin1String("embedder"))
        return cardError(origin, QStringLiteral("kind"));

    card.kind = Kind::Embedder;
    const QJsonObject input = o.value(QStringLiteral("input")).toObject();
    card.inputSize
        = cv::Size(input.value(QStringLiteral("width")).toInt(), input.value(QStringLiteral("height")).toInt());
    card.swapRb = input.value(QStringLiteral("swap_rb")).toBool(false);
    card.scale = input.value(QStringLiteral("scale")).toDouble(1.0);
    const QJsonArray mean = input.value(QStringLiteral("mean")).toArray();
    card.mean = cv::Scalar(mean.at(0).toDouble(), mean.at(1).toDouble(), mean.at(2).toDouble());
    if (card.inputSize.width < 16 || card.inputSize.height < 16 || card.inputSize.width > 1024
        || card.inputSize.height > 1024)
        return cardError(origin, QStringLiteral("input"));

    const QJsonObject align = o.value(QStringLiteral("alignment")).toObject();
    card.alignSize
        = cv::Size(align.value(QStringLiteral("width")).toInt(), align.value(QStringLiteral("height")).toInt());
    const bool fractions = align.value(QStringLiteral("units")).toString() == QLatin1String("fraction");
    const QJsonArray points = align.value(QStringLiteral("points")).toArray();
    if (card.alignSize.width < 16 || card.alignSize.height < 16 || points.size() != 5)
        return cardError(origin, QStringLiteral("alignment"));
    for (int i = 0; i < 5; ++i) {
        const QJsonArray p = points.at(i).toArray();
        float x = static_cast<float>(p.at(0).toDouble(-1));
        float y = static_cast<float>(p.at(1).toDouble(-1));
        if (fractions) {
            x *= static_cast<float>(card.alignSize.width);
            y *= static_cast<float>(card.alignSize.height);
        }
        if (p.size() != 2 || x < 0 || y < 0 || x > static_cast<float>(card.alignSize.width)
            || y > static_cast<float>(card.alignSize.height))
            return cardError(origin, QStringLiteral("alignment"));
        card.alignPoints[static_cast<size_t>(i)] = cv::Point2f(x, y);
    }

    const QJsonObject output = o.value(QStringLiteral("output")).toObject();
    card.outputDim = output.value(QStringLiteral("dim")).toInt();
    if (card.outputDim < 8 || card.outputDim > 4096 || card.outputDim % 4 != 0)
        return cardError(origin, QStringLiteral("output"));
    card.flipAverage = o.value(QStringLiteral("template")).toObject().value(QStringLiteral("flip")).toBool(false);
    if (o.value(QStringLiteral("metric")).toString() != QLatin1String("cosine"))
        return cardError(origin, QStringLiteral("metric"));
    card.matchThreshold = static_cast<float>(thresholds.value(QStringLiteral("match")).toDouble(-2));
    card.thresholdFar1e3
        = static_cast<float>(thresholds.value(QStringLiteral("far_1e3")).toDouble(card.matchThreshold));
    card.thresholdFar1e2
        = static_cast<float>(thresholds.value(QStringLiteral("far_1e2")).toDouble(card.matchThreshold));
    if (card.matchThreshold < -1 || card.matchThreshold > 1)
        return cardError(origin, QStringLiteral("thresholds"));
    const QJsonObject openSet = o.value(QStringLiteral("open_set")).toObject();
    if (openSet.contains(QStringLiteral("impostor_tail"))) {
        Result<ImpostorTail> tail = ImpostorTail::fromJson(openSet.value(QStringLiteral("impostor_tail")).toObject());
        if (!tail)
            return cardError(origin, QStringLiteral("open_set.impostor_tail"));
        card.impostorTail = tail.value();
    }
    return card;
}

Result<ModelCard> ModelCard::fromJsonFile(const QString &path)
{
    Result<QByteArray> bytes = BoundedFile::read(path, 256 * 1024, tr("The model card"));
    if (!bytes)
        return makeError(bytes.errorKind() == ErrorKind::Data ? ErrorKind::Data : ErrorKind::NotFound,
                         tr("The model card %1 could not be read; reinstall Consentry.").arg(path));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return cardError(path, parseError.errorString());
    return fromJson(document.object(), path);
}

} // namespace consentry
