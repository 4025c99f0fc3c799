#pragma once

#include "Result.h"
#include "vision/DetectedFace.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace consentry {

class ModelRegistry;

// Finds faces in a BGR frame. One instance per thread: detectors keep network state.
class FaceDetector
{
    Q_DECLARE_TR_FUNCTIONS(FaceDetector)

public:
    // Auto: YuNet, else the classical cascade. Lbp / Haar pick one cascade (eval and benchmarks compare
    // them; Lbp falls back to Haar where the LBP file is missing).
    enum class Choice { Auto, YuNet, Lbp, Haar };

    virtual ~FaceDetector() = default;
    virtual QString id() const = 0; // "yunet-2022mar", "haar-frontalface-default"
    virtual QString modelSha256() const = 0; // of the model file in use
    virtual bool isFallback() const = 0; // true for the classical Haar cascade
    // Faces sorted by decreasing size. An empty list is not an error.
    virtual Result<std::vector<DetectedFace>> detect(const cv::Mat &bgr) = 0;

    // Auto: YuNet when its model is present and valid, else the classical cascade. `problems` (optional)
    // receives sentences about refused model files, so the caller can show why it fell back.
    static Result<std::unique_ptr<FaceDetector>> create(const ModelRegistry &registry, Choice choice,
                                                        QStringList *problems = nullptr);
    static Result<Choice> choiceFromName(const QString &name); // auto, yunet, lbp, haar

protected:
    static Status checkFrame(const cv::Mat &bgr);
};

} // namespace consentry
