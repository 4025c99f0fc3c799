#pragma once

#include "Result.h"
#include "vision/DetectedFace.h"
#include "vision/FaceDetector.h"
#include "vision/FaceEmbedder.h"
#include "vision/FaceTemplate.h"
#include "vision/ImageLoader.h"
#include "vision/QualityGate.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace consentry {

struct PipelineOptions {
    QString modelDir; // --model-dir; may be empty
    QString dataDir; // <data-dir>/models is searched last; may be empty
    FaceDetector::Choice detector = FaceDetector::Choice::Auto;
    FaceEmbedder::Choice embedder = FaceEmbedder::Choice::Auto;
};

// What the preview paints: the faces of one frame and the quality verdict with its hints.
struct FrameAnalysis {
    std::vector<DetectedFace> faces;
    QualityReport quality;
    double detectMs = 0;
};

// One face of an image with its quality and template (invalid template if embedding failed: see error).
struct FaceSample {
    DetectedFace face;
    QualityReport quality; // checkFace(): this face's own measures
    FaceTemplate faceTemplate;
    QString error;
};

// Verify's one face: the chosen face's sample (the only one embedded) and how many faces the frame held.
struct VerificationProbe {
    FaceSample sample;
    int facesInFrame = 0;
};

// The whole vision chain in one object: detector -> quality gate -> aligner -> embedder. The GUI preview
// calls analyse() on each frame, enrollment calls enrollmentSample(), and the store-backed `identify`
// calls templatesFromImage() and hands each template to Gallery::search(). Not thread-safe: use one
// pipeline per thread (the capture worker owns its own).
class FacePipeline
{
    Q_DECLARE_TR_FUNCTIONS(FacePipeline)

public:
    static Result<std::unique_ptr<FacePipeline>> create(const PipelineOptions &options);
    FacePipeline(std::unique_ptr<FaceDetector> detector, std::unique_ptr<FaceEmbedder> embedder,
                 const QStringList &problems = {});

    FaceDetector &detector() { return *m_detector; }
    FaceEmbedder &embedder() { return *m_embedder; }
    const EngineId &engine() const { return m_embedder->engine(); }
    bool isFallback() const { return m_detector->isFallback() || m_embedder->isFallback(); }
    // The classical recognizer because no usable face model was found (the engine was left to choose), not
    // because it was asked for: a degraded state of this computer, not the site's method of processing.
    bool recognizerFellBack() const { return m_embedder->isFallback() && !m_fallbackChosen; }
    // Model files that were refused and why the pipeline fell back; empty when all is well.
    QStringList problems() const { return m_problems; }
    // One line for people: which detector and recognizer run, and whether it is the classical fallback.
    QString describe() const;

    const QualityGate &qualityGate() const { return m_quality; }
    void setQualityGate(const QualityGate &gate) { m_quality = gate; }

    Result<FrameAnalysis> analyse(const cv::Mat &bgr);
    // Every face of the frame with its own quality and template (no gating: the caller decides).
    Result<std::vector<FaceSample>> templatesFromFrame(const cv::Mat &bgr);
    Result<std::vector<FaceSample>> templatesFromImage(const QString &path, const ImageLimits &limits = ImageLimits());
    // Verify: detects, picks one face (FaceSelection: the clicked one, else the largest and most central) and
    // embeds that face only. NotFound when there is no face (or none where staff clicked).
    Result<VerificationProbe> verificationProbe(const cv::Mat &bgr, std::optional<cv::Point2f> clicked = std::nullopt);
    // Enrollment: exactly one face that passes the quality gate; otherwise a Policy error whose message
    // is the hints joined, so the person knows what to change.
    Result<FaceSample> enrollmentSample(const cv::Mat &bgr);

private:
    std::unique_ptr<FaceDetector> m_detector;
    std::unique_ptr<FaceEmbedder> m_embedder;
    QualityGate m_quality;
    QStringList m_problems;
    bool m_fallbackChosen = false;
};

} // namespace consentry
