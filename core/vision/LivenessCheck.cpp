#include "vision/LivenessCheck.h"

#include <QRandomGenerator>

#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/video/tracking.hpp>

#include <algorithm>
#include <cmath>

namespace consentry {

namespace {

cv::Point2d point(const DetectedFace &face, DetectedFace::Landmark which)
{
    return cv::Point2d(face.landmarks[which]);
}

cv::Point2d centre(const DetectedFace &face)
{
    return cv::Point2d(face.box.x + face.box.width / 2.0, face.box.y + face.box.height / 2.0);
}

// The upright face crop: eyes level, kEye pixels apart, at fixed places.
constexpr double kEye = 64;
const cv::Size kCropSize(160, 176);
const cv::Point2d kRightEyeAt(48, 56); // the person's right eye, on the image's left
const cv::Point2d kLeftEyeAt(112, 56);
// Inside the face only: eyebrows to below the mouth, within the cheeks. The background must stay out: a
// photo moved in front of a still room is two planes, not a head.
const cv::Rect kFaceRegion(20, 28, 120, 120);
const cv::Rect kEyeRegions[2] = { cv::Rect(30, 46, 36, 20), cv::Rect(94, 46, 36, 20) };
constexpr int kMinPoints = 12;
constexpr double kOffPlanePixels = 2.0; // about 3 % of the eye distance
constexpr double kMaxForwardBackward = 0.7; // pixels; a point that does not come back is not trusted

// Follows `from` points of `a` into `b` and back; keeps those that return to where they started.
void follow(const cv::Mat &a, const cv::Mat &b, const std::vector<cv::Point2f> &from, std::vector<cv::Point2f> &kept,
            std::vector<cv::Point2f> &to)
{
    kept.clear();
    to.clear();
    if (from.empty())
        return;
    std::vector<cv::Point2f> forward, backward;
    std::vector<uchar> okForward, okBackward;
    std::vector<float> error;
    const cv::Size window(21, 21);
    cv::calcOpticalFlowPyrLK(a, b, from, forward, okForward, error, window, 3);
    cv::calcOpticalFlowPyrLK(b, a, forward, backward, okBackward, error, window, 3);
    for (size_t i = 0; i < from.size(); ++i) {
        if (okForward[i] && okBackward[i] && cv::norm(backward[i] - from[i]) < kMaxForwardBackward) {
            kept.push_back(from[i]);
            to.push_back(forward[i]);
        }
    }
}

double bestCorrelation(const cv::Mat &searched, const cv::Mat &reference, const cv::Rect &region)
{
    const int slack = 3;
    const cv::Rect around(region.x - slack, region.y - slack, region.width + 2 * slack, region.height + 2 * slack);
    cv::Mat scores;
    cv::matchTemplate(searched(around), reference(region), scores, cv::TM_CCOEFF_NORMED);
    double best = 0;
    cv::minMaxLoc(scores, nullptr, &best);
    return std::isfinite(best) ? best : 0.0;
}

} // namespace

LivenessCheck::LivenessCheck(Challenge challenge)
    : LivenessCheck(challenge, Options())
{
}

LivenessCheck::LivenessCheck(Challenge challenge, const Options &options)
    : m_challenge(challenge)
    , m_options(options)
{
}

LivenessCheck::Challenge LivenessCheck::randomChallenge(QRandomGenerator &random)
{
    switch (random.bounded(3)) {
    case 0: return Challenge::TurnLeft;
    case 1: return Challenge::TurnRight;
    default: return Challenge::Blink;
    }
}

QString LivenessCheck::challengeName(Challenge challenge)
{
    switch (challenge) {
    case Challenge::Any: return QStringLiteral("any");
    case Challenge::TurnLeft: return QStringLiteral("left");
    case Challenge::TurnRight: return QStringLiteral("right");
    case Challenge::Blink: return QStringLiteral("blink");
    }
    return QString();
}

std::optional<LivenessCheck::Challenge> LivenessCheck::challengeFromName(const QString &name)
{
    for (Challenge c : { Challenge::Any, Challenge::TurnLeft, Challenge::TurnRight, Challenge::Blink }) {
        if (name == challengeName(c))
            return c;
    }
    return std::nullopt;
}

QString LivenessCheck::challengePrompt(Challenge challenge)
{
    switch (challenge) {
    case Challenge::Any: return tr("Turn your head slowly to one side, or blink.");
    case Challenge::TurnLeft: return tr("Turn your head slowly to your left.");
    case Challenge::TurnRight: return tr("Turn your head slowly to your right.");
    case Challenge::Blink: return tr("Blink slowly once.");
    }
    return QString();
}

QString LivenessCheck::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::None: return QString();
    case Reason::NoFace: return tr("No face was seen clearly enough to check.");
    case Reason::MultipleFaces:
        return tr("More than one face was in the picture, so it was not clear whom to check. Only the person "
                  "being checked should be in front of the camera.");
    case Reason::NotFrontal:
        return tr("The face never looked straight at the camera, so there was nothing to compare the movement "
                  "with.");
    case Reason::NoMovement:
        return tr("The face did not move as asked. A live person can follow the instruction; a photo cannot.");
    case Reason::FlatMovement:
        return tr("The face moved like a flat picture, without the depth of a real head, as a photo or a screen "
                  "does. A live person passes by turning the head a little further.");
    case Reason::WrongMovement: return tr("The face moved, but not in the way that was asked.");
    case Reason::NoLandmarks:
        return tr("The classical face detector in use gives no positions of eyes, nose and mouth, so the check "
                  "of a live person cannot run. Install the face models to use it.");
    }
    return QString();
}

QString LivenessCheck::reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::None: return QString();
    case Reason::NoFace: return QStringLiteral("no_face");
    case Reason::MultipleFaces: return QStringLiteral("multiple_faces");
    case Reason::NotFrontal: return QStringLiteral("not_frontal");
    case Reason::NoMovement: return QStringLiteral("no_movement");
    case Reason::FlatMovement: return QStringLiteral("flat_movement");
    case Reason::WrongMovement: return QStringLiteral("wrong_movement");
    case Reason::NoLandmarks: return QStringLiteral("no_landmarks");
    }
    return QString();
}

QString LivenessCheck::prompt() const
{
    switch (m_outcome) {
    case Outcome::Passed: return tr("Thank you.");
    case Outcome::Failed:
    case Outcome::NotChecked: return reasonText();
    case Outcome::Running: break;
    }
    if (m_startMs < 0)
        return challengePrompt(m_challenge); // what is coming, before the first frame
    if (!m_last.judged) {
        if (m_sawMultiple && m_lastFaceMs == m_lastMs)
            return tr("Only the person being checked, please.");
        return tr("Please look at the camera.");
    }
    // While the frontal reference builds up (a few frames), the instruction stays: no flicker.
    if (!m_ready && std::abs(m_last.yaw) > m_options.maxFrontalYaw)
        return tr("Look straight at the camera.");
    return challengePrompt(m_challenge);
}

double LivenessCheck::yaw(const DetectedFace &face)
{
    const cv::Point2d right = point(face, DetectedFace::RightEye);
    const cv::Point2d left = point(face, DetectedFace::LeftEye);
    const cv::Point2d axis = left - right;
    const double distance = std::hypot(axis.x, axis.y);
    if (distance < 1)
        return 0;
    const cv::Point2d offset = point(face, DetectedFace::NoseTip) - (right + left) * 0.5;
    return (offset.x * axis.x + offset.y * axis.y) / (distance * distance);
}

LivenessCheck::FaceCrop LivenessCheck::faceCrop(const cv::Mat &bgr, const DetectedFace &face)
{
    FaceCrop crop;
    if (bgr.empty())
        return crop;
    const cv::Point2d right = point(face, DetectedFace::RightEye);
    const cv::Point2d left = point(face, DetectedFace::LeftEye);
    const cv::Point2d axis = left - right;
    const double distance = std::hypot(axis.x, axis.y);
    if (!(distance >= 8))
        return crop;
    const double scale = kEye / distance;
    const double angle = std::atan2(axis.y, axis.x);
    const double c = std::cos(-angle) * scale, s = std::sin(-angle) * scale;
    cv::Mat m = (cv::Mat_<double>(2, 3) << c, -s, 0, s, c, 0);
    m.at<double>(0, 2) = kRightEyeAt.x - (c * right.x - s * right.y);
    m.at<double>(1, 2) = kRightEyeAt.y - (s * right.x + c * right.y);
    cv::Mat grey;
    if (bgr.channels() == 3)
        cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
    else if (bgr.channels() == 1)
        grey = bgr;
    else
        return crop;
    cv::warpAffine(grey, crop.grey, m, kCropSize, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    std::vector<cv::Point2f> points(face.landmarks.begin(), face.landmarks.end()), placed;
    cv::transform(points, placed, m);
    std::copy(placed.begin(), placed.end(), crop.landmarks.begin());
    return crop;
}

LivenessCheck::PlaneFit LivenessCheck::comparePlanes(const FaceCrop &referenceCrop, const FaceCrop &currentCrop)
{
    PlaneFit fit;
    const cv::Mat &reference = referenceCrop.grey;
    const cv::Mat &current = currentCrop.grey;
    if (reference.size() != kCropSize || current.size() != kCropSize || reference.type() != CV_8UC1
        || current.type() != CV_8UC1)
        return fit;
    // Points of the face outside the eyes: the eyes may blink, the rest of a head moves as a solid.
    cv::Mat mask = cv::Mat::zeros(kCropSize, CV_8U);
    mask(kFaceRegion).setTo(255);
    for (const cv::Rect &eye : kEyeRegions)
        mask(eye).setTo(0);
    std::vector<cv::Point2f> corners;
    cv::goodFeaturesToTrack(reference, corners, 100, 0.01, 5, mask);
    if (int(corners.size()) < kMinPoints)
        return fit;

    // The first guess: the plane through the eyes and mouth corners. Then, twice, the picture is put back
    // on the plane that moves most of the face's points and they are followed again: what is left is what
    // no plane explains, measured where the tracker is precise (small motions).
    cv::Mat plane = cv::Mat::eye(3, 3, CV_64F);
    {
        std::vector<cv::Point2f> from, to;
        for (const DetectedFace::Landmark which :
             { DetectedFace::RightEye, DetectedFace::LeftEye, DetectedFace::RightMouth, DetectedFace::LeftMouth }) {
            from.push_back(referenceCrop.landmarks[which]);
            to.push_back(currentCrop.landmarks[which]);
        }
        try {
            const cv::Mat guess = cv::getPerspectiveTransform(from, to);
            if (!guess.empty() && cv::checkRange(guess) && std::abs(cv::determinant(guess)) > 1e-6)
                plane = guess;
        } catch (const cv::Exception &) {
            // Landmarks on a line: start from no motion.
        }
    }
    std::vector<cv::Point2f> kept, moved;
    cv::Mat registered, fine;
    for (int pass = 0; pass < 3; ++pass) {
        cv::warpPerspective(current, registered, plane.inv(), kCropSize, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        follow(reference, registered, corners, kept, moved);
        if (int(kept.size()) < kMinPoints)
            return fit;
        fine = cv::findHomography(kept, moved, cv::LMEDS);
        if (fine.empty())
            return fit;
        if (pass < 2)
            plane = plane * fine; // reference -> registered -> current
    }
    std::vector<cv::Point2f> predicted;
    cv::perspectiveTransform(kept, predicted, fine);
    int off = 0;
    for (size_t i = 0; i < kept.size(); ++i) {
        if (cv::norm(predicted[i] - moved[i]) > kOffPlanePixels)
            ++off;
    }
    cv::Mat aligned;
    cv::warpPerspective(registered, aligned, fine.inv(), kCropSize, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    fit.measured = true;
    fit.points = int(kept.size());
    fit.offPlaneShare = double(off) / double(kept.size());
    // The lower of the two eyes: each must come back.
    fit.eyeSimilarity = std::min(bestCorrelation(aligned, reference, kEyeRegions[0]),
                                 bestCorrelation(aligned, reference, kEyeRegions[1]));
    return fit;
}

void LivenessCheck::restart()
{
    m_previous.reset();
    m_reference.reset();
    m_referenceCrop = FaceCrop();
    m_frontalRun = 0;
    m_ready = false;
    m_eyesChangedSinceMs = -1;
}

void LivenessCheck::pass(Challenge performed)
{
    m_outcome = Outcome::Passed;
    m_reason = Reason::None;
    m_performed = performed;
}

void LivenessCheck::fail(Reason reason)
{
    m_outcome = reason == Reason::NoLandmarks ? Outcome::NotChecked : Outcome::Failed;
    m_reason = reason;
}

LivenessCheck::Reason LivenessCheck::explain() const
{
    if (!m_sawFace)
        return Reason::NoFace;
    if (!m_sawSingleFace)
        return m_sawMultiple ? Reason::MultipleFaces : Reason::NoFace;
    if (!m_sawReady)
        return Reason::NotFrontal;
    if (m_sawWrong)
        return Reason::WrongMovement;
    if (m_sawMovement)
        return Reason::FlatMovement;
    return Reason::NoMovement;
}

LivenessCheck::Outcome LivenessCheck::finish()
{
    if (m_outcome == Outcome::Running)
        fail(explain());
    return m_outcome;
}

LivenessCheck::Outcome LivenessCheck::offer(const cv::Mat &bgr, const std::vector<DetectedFace> &faces, qint64 ms)
{
    if (m_outcome != Outcome::Running)
        return m_outcome;
    if (m_startMs < 0)
        m_startMs = ms;
    m_lastMs = std::max(m_lastMs, ms);
    m_last = Measure();
    m_last.ms = ms;

    // The largest face is the candidate; another of similar size makes the frame ambiguous.
    const DetectedFace *candidate = nullptr;
    for (const DetectedFace &face : faces) {
        if (!candidate || face.box.area() > candidate->box.area())
            candidate = &face;
    }
    if (candidate) {
        m_sawFace = true;
        m_lastFaceMs = ms;
        if (!candidate->landmarksMeasured) {
            fail(Reason::NoLandmarks);
            return m_outcome;
        }
    }
    bool usable = candidate && candidate->eyeDistance() >= m_options.minEyeDistance;
    if (usable) {
        for (const DetectedFace &face : faces) {
            if (&face != candidate && face.eyeDistance() >= 0.5 * candidate->eyeDistance()) {
                m_sawMultiple = true;
                usable = false;
                restart(); // two people: the sequence must start again with one
                break;
            }
        }
    }
    if (usable) {
        m_sawSingleFace = true;
        judge(bgr, *candidate, ms);
    } else if (m_previous && m_lastFaceMs >= 0 && ms - m_lastFaceMs > m_options.maxGapMs) {
        restart();
    }
    if (m_outcome == Outcome::Running && ms - m_startMs >= m_options.timeoutMs)
        fail(explain());
    return m_outcome;
}

void LivenessCheck::judge(const cv::Mat &bgr, const DetectedFace &face, qint64 ms)
{
    const Options &o = m_options;
    const double eyes = face.eyeDistance();
    // A face that jumps or changes size abruptly is a different picture (a photo swapped in): start again.
    if (m_previous) {
        const double previousEyes = std::max(1.0, double(m_previous->eyeDistance()));
        const cv::Point2d moved = centre(face) - centre(*m_previous);
        if (std::hypot(moved.x, moved.y) > o.maxJump * std::max(eyes, previousEyes)
            || std::abs(std::log(eyes / previousEyes)) > o.maxScaleJump)
            restart();
    }
    m_previous = face;

    const double y = yaw(face);
    m_last.judged = true;
    m_last.yaw = y;
    const bool frontal = std::abs(y) <= o.maxFrontalYaw;
    m_frontalRun = frontal ? m_frontalRun + 1 : 0;
    if (m_ready && m_reference)
        compare(bgr, face, ms);
    if (m_outcome != Outcome::Running)
        return;
    // The reference is the newest frontal frame until the sequence is ready, then the most frontal one, but
    // never a frame whose eyes differ from it (half closed), or the reopening would look like the change.
    const bool eyesAsBefore = m_last.eyeSimilarity < 0 || m_last.eyeSimilarity >= o.eyesBack;
    if (frontal && m_eyesChangedSinceMs < 0 && (!m_ready || (std::abs(y) < std::abs(m_referenceYaw) && eyesAsBefore))) {
        FaceCrop crop = faceCrop(bgr, face);
        if (!crop.grey.empty()) {
            m_reference = face;
            m_referenceYaw = y;
            m_referenceCrop = crop;
        }
    }
    if (frontal && m_frontalRun >= o.baselineFrames && m_reference) {
        m_ready = true;
        m_sawReady = true;
    }
}

void LivenessCheck::compare(const cv::Mat &bgr, const DetectedFace &face, qint64 ms)
{
    const Options &o = m_options;
    const double eyes = face.eyeDistance();
    const double y = m_last.yaw;
    // Any change of place, size or yaw: the face (or the picture) moved.
    const double reference = std::max(1.0, double(m_reference->eyeDistance()));
    const cv::Point2d shift = centre(face) - centre(*m_reference);
    const double yawChange = y - m_referenceYaw;
    m_last.yawChange = yawChange;
    if (std::hypot(shift.x, shift.y) / reference >= o.movedThreshold
        || std::abs(std::log(eyes / reference)) >= o.movedThreshold || std::abs(yawChange) >= o.turnYaw / 2)
        m_sawMovement = true;

    const bool blinkAsked = m_challenge == Challenge::Any || m_challenge == Challenge::Blink;
    const bool turning = std::abs(yawChange) >= o.turnYaw;
    // The texture comparison costs a few milliseconds: only when it can decide something. Turns the other
    // way are measured too, so that the failure can say so.
    if (!turning && !blinkAsked)
        return;
    const PlaneFit fit = comparePlanes(m_referenceCrop, faceCrop(bgr, face));
    if (!fit.measured)
        return;
    m_last.offPlaneShare = fit.offPlaneShare;
    m_last.eyeSimilarity = fit.eyeSimilarity;

    // A head turn: the yaw changes and the face's texture leaves every plane.
    if (turning) {
        m_bestOffPlane = std::max(m_bestOffPlane, fit.offPlaneShare);
        if (fit.offPlaneShare >= o.minOffPlaneShare) {
            const Challenge turned = yawChange > 0 ? Challenge::TurnLeft : Challenge::TurnRight;
            if (m_challenge == Challenge::Any || m_challenge == turned) {
                pass(turned);
                return;
            }
            m_sawWrong = true;
        }
        return; // while turned, the eyes are not compared
    }

    // A blink: the eyes change against the registered face and come back.
    if (fit.eyeSimilarity <= o.eyesChanged) {
        if (m_eyesChangedSinceMs < 0)
            m_eyesChangedSinceMs = ms;
        m_sawMovement = true;
    } else if (m_eyesChangedSinceMs >= 0) {
        if (ms - m_eyesChangedSinceMs > o.maxClosedMs) {
            m_eyesChangedSinceMs = -1;
        } else if (fit.eyeSimilarity >= o.eyesBack) {
            m_eyesChangedSinceMs = -1;
            if (blinkAsked) {
                pass(Challenge::Blink);
                return;
            }
            m_sawWrong = true;
        }
    }
}

} // namespace consentry
