#pragma once

#include "Result.h"
#include "vision/ImpostorTail.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <opencv2/core.hpp>

#include <array>

namespace consentry {

// What Consentry knows about one face model file before it trusts it: the exact bytes (SHA-256), what it
// is for, how to feed it and how to read its output. Cards are compiled into core (resources/models/*.json)
// so a file on disk can only be used if it is byte-for-byte the file a card names.
struct ModelCard {
    Q_DECLARE_TR_FUNCTIONS(ModelCard)

public:
    enum class Kind { Detector, Embedder };

    QString id; // stable engine id, e.g. "face-reid-retail-0095"; part of every template's engine
    Kind kind = Kind::Detector;
    QString name; // human-readable
    QString version;
    QString fileName;
    qint64 bytes = 0;
    QString sha256; // lower-case hex
    QString url; // where packagers download it (may be empty)
    QString licence;
    int priority = 0; // the highest usable priority of a kind is chosen automatically

    // Detector settings.
    float scoreThreshold = 0.6f;
    float nmsThreshold = 0.3f;
    int maxSide = 320; // frames are scaled down to this longest side before detection (speed)

    // Embedder settings.
    cv::Size inputSize;
    bool swapRb = false;
    double scale = 1.0;
    cv::Scalar mean;
    cv::Size alignSize;
    std::array<cv::Point2f, 5> alignPoints {}; // in pixels of alignSize
    int outputDim = 0;
    // The template is the sum of the embeddings of the aligned face and of its mirror image, each
    // L2-normalised ("template": {"flip": true}). Part of the engine's identity: the engine name
    // gets "+flip", so templates made with and without it are never compared.
    bool flipAverage = false;
    float matchThreshold = 0.0f; // cosine; the card's default decision threshold
    float thresholdFar1e3 = 0.0f;
    float thresholdFar1e2 = 0.0f;
    // The development data's impostor tail (open_set.impostor_tail; invalid when the card has none): what
    // OpenSetThreshold extrapolates to the gallery's size before the site's own gallery is large enough.
    ImpostorTail impostorTail;

    static Result<ModelCard> fromJson(const QJsonObject &object, const QString &origin);
    static Result<ModelCard> fromJsonFile(const QString &path);
    QString kindName() const;
};

} // namespace consentry
