#pragma once

#include "vision/FacePipeline.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <mutex>
#include <vector>

namespace consentry {

// One good enrollment sample: the template that will be stored and, for the review screen only, a small
// picture of the face. The picture lives in memory until the wizard closes; it is never stored.
struct CollectedSample {
    FaceTemplate faceTemplate;
    QualityReport quality;
    QImage thumbnail;
    qint64 atMs = 0;
};

// Picks the enrollment samples out of a stream of frames: each must pass the quality gate, come at least
// minGapMs after the previous one and differ a little in pose from it (so the templates cover some
// variety instead of five copies of one frame), and show the same person as the first sample. Runs in the
// capture thread (FrameGrabber's analyser); the wizard reads progress and the hint from the GUI thread.
class SampleCollector
{
    Q_DECLARE_TR_FUNCTIONS(SampleCollector)

public:
    struct Options {
        int target = 5;
        int minGapMs = 350;
        double minPoseChange = 0.02; // yaw / pitch (relative units) or roll/60°; box geometry without pose
        float samePersonThreshold = 0.0f; // cosine to the first sample; 0 disables the check
    };
    enum class Verdict { Accepted, PoorQuality, TooSoon, TooSimilar, OtherPerson, Complete, Failed };

    SampleCollector();
    explicit SampleCollector(const Options &options);

    // Offers one analysed frame. Embeds the face (in the caller's thread) only when the frame qualifies.
    Verdict offer(FacePipeline &pipeline, const cv::Mat &bgr, const FrameAnalysis &analysis, qint64 nowMs);

    int count() const;
    int target() const { return m_options.target; }
    bool isComplete() const;
    QString hint() const; // the sentence for the person in front of the camera now
    std::vector<CollectedSample> samples() const;
    // Retake, cancel: forgets every sample (templates and pictures).
    void clear();

    // How different two samples' poses are (see Options::minPoseChange).
    static double poseDistance(const QualityReport &a, const DetectedFace &faceA, const QualityReport &b,
                               const DetectedFace &faceB);

private:
    Options m_options;
    mutable std::mutex m_mutex;
    std::vector<CollectedSample> m_samples;
    DetectedFace m_lastFace;
    QString m_hint;
};

} // namespace consentry
