#pragma once

#include "Result.h"
#include "vision/FacePipeline.h"
#include "vision/FrameSource.h"
#include "vision/LivenessCheck.h"

#include <QCoreApplication>

#include <optional>

namespace consentry {

// A recorded video read frame by frame, as `consentry-cli identify --video` does: every frame goes through
// the detector, optionally through the presentation-attack check (the same LivenessCheck the camera
// screens use, with the frame's time from the file's own frame rate), and the best frame for
// identification is kept (the quality gate passed and sharpest; else the largest single face).
class VideoProbe
{
    Q_DECLARE_TR_FUNCTIONS(VideoProbe)

public:
    struct Limits {
        int maxFrames;
        qint64 maxFileBytes;
    };
    static constexpr Limits kDefaultLimits { 1800, 512LL * 1024 * 1024 }; // 60 s at 30 frames per second

    struct Findings {
        int framesRead = 0;
        double framesPerSecond = 0;
        int bestFrameIndex = -1; // 0-based; -1: no frame showed exactly one face
        cv::Mat bestFrame;
        bool bestPassedQuality = false;
        std::optional<LivenessCheck> liveness; // set when a challenge was asked; decided (finish() called)
    };

    // The file must be a regular file within the size limit. Without a challenge the whole video (up to the
    // limit) is searched for the best frame; with one, reading stops when the check is decided and a frame
    // that passes the quality gate has been seen.
    static Result<Findings> probeFile(const QString &path, FacePipeline &pipeline,
                                      std::optional<LivenessCheck::Challenge> challenge,
                                      const Limits &limits = kDefaultLimits);
    static Result<Findings> probe(FrameSource &source, FacePipeline &pipeline,
                                  std::optional<LivenessCheck::Challenge> challenge,
                                  const Limits &limits = kDefaultLimits);
};

} // namespace consentry
