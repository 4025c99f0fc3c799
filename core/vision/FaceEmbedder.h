#pragma once

#include "Result.h"
#include "vision/DetectedFace.h"
#include "vision/EngineId.h"
#include "vision/FaceTemplate.h"
#include "vision/ImpostorTail.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace consentry {

class ModelRegistry;

// Turns a detected face into a template. One instance per thread: networks keep state.
class FaceEmbedder
{
    Q_DECLARE_TR_FUNCTIONS(FaceEmbedder)

public:
    enum class Choice { Auto, Dnn, Classical };

    virtual ~FaceEmbedder() = default;
    virtual const EngineId &engine() const = 0;
    virtual bool isFallback() const = 0; // true for the classical LBP template
    virtual float defaultThreshold() const = 0; // cosine; from the model card for DNN engines
    // Impostor score tail measured on the development data (invalid if none): OpenSetThreshold's input.
    virtual ImpostorTail impostorTail() const = 0;
    virtual cv::Mat alignedCrop(const cv::Mat &bgr, const DetectedFace &face) const = 0;
    virtual Result<FaceTemplate> embed(const cv::Mat &bgr, const DetectedFace &face) = 0;

    // Auto: the usable DNN embedder of highest priority (SFace, then face-reid-retail-0095), else the
    // classical LBP template. `problems` (optional) receives sentences about refused model files.
    static Result<std::unique_ptr<FaceEmbedder>> create(const ModelRegistry &registry, Choice choice,
                                                        QStringList *problems = nullptr);
    static Result<Choice> choiceFromName(const QString &name); // auto, dnn, classical
};

} // namespace consentry
