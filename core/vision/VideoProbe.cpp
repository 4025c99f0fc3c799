#include "vision/VideoProbe.h"

#include "vision/VideoFileSource.h"

#include <QDir>
#include <QFileInfo>

namespace consentry {

consentry::Result<VideoProbe::Findings> VideoProbe::probeFile(const QString &path, FacePipeline &pipeline,
                                                              std::optional<LivenessCheck::Challenge> challenge,
                                                              const Limits &limits)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return makeError(ErrorKind::NotFound, tr("The video %1 does not exist; check the path.").arg(shown));
    if (!info.isFile())
        return makeError(ErrorKind::InvalidArgument, tr("%1 is not a video file.").arg(shown));
    if (info.size() > limits.maxFileBytes)
        return makeError(ErrorKind::Data,
                         tr("The video %1 is larger than %2 MB; use a shorter recording.")
                             .arg(shown)
                             .arg(limits.maxFileBytes / (1024 * 1024)));
    VideoFileSource source(path);
    return probe(source, pipeline, challenge, limits);
}

consentry::Result<VideoProbe::Findings> VideoProbe::probe(FrameSource &source, FacePipeline &pipeline,
                                                          std::optional<LivenessCheck::Challenge> challenge,
                                                          const Limits &limits)
{
    if (Status opened = source.open(); !opened)
        return opened.error();
    Findings result;
    result.framesPerSecond = source.framesPerSecond() > 0 ? source.framesPerSecond() : 25;
    if (challenge)
        result.liveness.emplace(*challenge);
    double bestSharpness = -1;
    double bestArea = -1;
    cv::Mat frame;
    while (result.framesRead < limits.maxFrames && source.read(frame) == FrameSource::ReadResult::Frame) {
        const int index = result.framesRead++;
        Result<std::vector<DetectedFace>> faces = pipeline.detector().detect(frame);
        if (!faces)
            return faces.error();
        // The file's own clock: frame n is shown at n / fps, whatever the speed of this computer.
        const qint64 ms = qint64(index * 1000.0 / result.framesPerSecond);
        if (result.liveness)
            result.liveness->offer(frame, faces.value(), ms);
        if (faces->size() == 1) {
            const QualityReport quality = pipeline.qualityGate().check(frame, faces.value());
            const double area = faces->front().box.area();
            const bool better = quality.passed ? (!result.bestPassedQuality || quality.sharpness > bestSharpness)
                                               : (!result.bestPassedQuality && area > bestArea);
            if (better) {
                result.bestFrameIndex = index;
                result.bestFrame = frame.clone();
                result.bestPassedQuality = quality.passed;
                bestSharpness = quality.sharpness;
                bestArea = area;
            }
        }
        if (result.liveness && result.liveness->outcome() != LivenessCheck::Outcome::Running
            && result.bestPassedQuality)
            break;
    }
    source.close();
    if (result.framesRead == 0)
        return makeError(ErrorKind::Data,
                         tr("No frame of the video could be read: it is empty, damaged or in a "
                            "format this computer cannot play. Convert it to MJPG in AVI or MP4."));
    if (result.liveness)
        result.liveness->finish();
    return result;
}

} // namespace consentry
