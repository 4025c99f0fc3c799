#include "services/SampleCollector.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace consentry {

namespace {
constexpr int kThumbnailHeight = 112;

QImage thumbnailOf(const cv::Mat &bgr, const DetectedFace &face)
{
    // The face box with a margin, scaled down: enough to recognise the sample on the review screen.
    const float margin = 0.25f * std::max(face.box.width, face.box.height);
    cv::Rect box(
        cv::Point(static_cast<int>(face.box.x - margin), static_cast<int>(face.box.y - margin)),
        cv::Size(static_cast<int>(face.box.width + 2 * margin), static_cast<int>(face.box.height + 2 * margin)));
    box &= cv::Rect(0, 0, bgr.cols, bgr.rows);
    if (box.empty())
        return {};
    cv::Mat crop;
    const double scale = double(kThumbnailHeight) / box.height;
    cv::resize(bgr(box), crop, cv::Size(), scale, scale, cv::INTER_AREA);
    cv::Mat rgb;
    cv::cvtColor(crop, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, static_cast<qsizetype>(rgb.step), QImage::Format_RGB888).copy();
}
} // namespace

SampleCollector::SampleCollector()
    : SampleCollector(Options())
{
}

SampleCollector::SampleCollector(const Options &options)
    : m_options(options)
    , m_hint(tr("Please look at the camera."))
{
    m_options.target = std::max(1, m_options.target);
}

double SampleCollector::poseDistance(const QualityReport &a, const DetectedFace &faceA, const QualityReport &b,
                                     const DetectedFace &faceB)
{
    if (a.poseKnown && b.poseKnown)
        return std::max(
            { std::abs(a.yaw - b.yaw), std::abs(a.pitch - b.pitch), std::abs(a.rollDegrees - b.rollDegrees) / 60.0 });
    // Without measured landmarks: how far the face moved or changed size, in face widths.
    const double width = std::max(1.0f, faceB.box.width);
    const cv::Point2f ca(faceA.box.x + faceA.box.width / 2, faceA.box.y + faceA.box.height / 2);
    const cv::Point2f cb(faceB.box.x + faceB.box.width / 2, faceB.box.y + faceB.box.height / 2);
    const double moved = std::hypot(ca.x - cb.x, ca.y - cb.y) / width;
    const double resized = std::abs(faceA.box.width - faceB.box.width) / width;
    return std::max(moved, resized);
}

SampleCollector::Verdict SampleCollector::offer(FacePipeline &pipeline, const cv::Mat &bgr,
                                                const FrameAnalysis &analysis, qint64 nowMs)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (static_cast<int>(m_samples.size()) >= m_options.target)
            return Verdict::Complete;
        if (!analysis.quality.passed) {
            m_hint
                = analysis.quality.hints.isEmpty() ? tr("Please look at the camera.") : analysis.quality.hints.first();
            return Verdict::PoorQuality;
        }
        if (!m_samples.empty()) {
            const CollectedSample &last = m_samples.back();
            if (nowMs - last.atMs < m_options.minGapMs)
                return Verdict::TooSoon;
            const DetectedFace &face = analysis.faces.at(static_cast<size_t>(analysis.quality.faceIndex));
            if (poseDistance(analysis.quality, face, last.quality, m_lastFace) < m_options.minPoseChange) {
                m_hint = tr("Good. Now turn or tilt your head very slightly.");
                return Verdict::TooSimilar;
            }
        }
    }
    const DetectedFace face = analysis.faces.at(static_cast<size_t>(analysis.quality.faceIndex));
    Result<FaceTemplate> t = pipeline.embedder().embed(bgr, face);
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!t) {
        m_hint = t.errorMessage();
        return Verdict::Failed;
    }
    if (!m_samples.empty() && m_options.samePersonThreshold > 0) {
        Result<float> same = t->similarity(m_samples.front().faceTemplate);
        if (!same || same.value() < m_options.samePersonThreshold) {
            m_hint = tr("Only the person who is enrolling should be in front of the camera.");
            return Verdict::OtherPerson;
        }
    }
    if (static_cast<int>(m_samples.size()) >= m_options.target)
        return Verdict::Complete; // cleared or completed meanwhile by another caller
    CollectedSample sample;
    sample.faceTemplate = std::move(t).value();
    sample.quality = analysis.quality;
    sample.thumbnail = thumbnailOf(bgr, face);
    sample.atMs = nowMs;
    m_samples.push_back(std::move(sample));
    m_lastFace = face;
    m_hint = static_cast<int>(m_samples.size()) >= m_options.target
        ? tr("All samples taken. Thank you.")
        : tr("Good. Now turn or tilt your head very slightly.");
    return Verdict::Accepted;
}

int SampleCollector::count() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return static_cast<int>(m_samples.size());
}

bool SampleCollector::isComplete() const
{
    return count() >= m_options.target;
}

QString SampleCollector::hint() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_hint;
}

std::vector<CollectedSample> SampleCollector::samples() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_samples;
}

void SampleCollector::clear()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_samples.clear();
    m_lastFace = DetectedFace();
    m_hint = tr("Please look at the camera.");
}

} // namespace consentry
