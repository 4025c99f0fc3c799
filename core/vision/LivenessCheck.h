#pragma once

#include "vision/DetectedFace.h"

#include <QCoreApplication>
#include <QString>

#include <opencv2/core.hpp>

#include <array>
#include <optional>
#include <vector>

class QRandomGenerator;

namespace consentry {

// The presentation-attack check (活体检测) that needs no model of its own: the person is asked to turn the
// head to one side or to blink, and a few seconds of frames decide.
//
// The detector's five landmarks find the face, say which way it turned (yaw) and where the eyes are. They
// cannot say whether the face has depth: YuNet places the landmarks of a photo turned about its vertical
// axis as if a head had turned (measured on ORL: up to 0.3 eye distances of apparent nose parallax, as
// much as a real turn). So depth is judged on the face's own texture: points inside the face (not the
// background) are tracked from the frontal reference frame to the current one, a homography is fitted
// twice (coarse, then on the re-warped picture) and the share of points no plane explains is measured.
// A flat picture, however it is moved, scaled, rotated or turned, is one plane: the share stays near zero.
// A real head turn leaves the nose, eye sockets and cheeks off any plane.
// A blink: with the face registered on that plane from the points outside the eyes, the eye regions change
// and come back, which a flat picture cannot do.
//
// Deterministic: the same frames with the same times give the same answer, so a video file and a camera
// are judged by the same code. Not thread-safe: one check per capture thread, or guard it.
//
// What it does not stop: a video of the person replayed on a screen that turns or blinks on cue, a 3D mask,
// a photo bent or folded (it is no longer flat), a determined attacker. The classical Haar detector gives
// no landmarks: the check then reports NotChecked. See docs/adr/0007-presentation-attack-check.md.
class LivenessCheck
{
    Q_DECLARE_TR_FUNCTIONS(LivenessCheck)

public:
    enum class Challenge {
        Any, // a turn to either side or a blink (a video file cannot follow a prompt)
        TurnLeft, // the person's own left: the nose moves to the image's right (camera not mirrored)
        TurnRight,
        Blink,
    };
    enum class Outcome { Running, Passed, Failed, NotChecked };
    enum class Reason {
        None,
        NoFace, // no usable face in any frame
        MultipleFaces, // more than one face of similar size: who is to be judged?
        NotFrontal, // the face never looked straight at the camera, so there was nothing to compare with
        NoMovement, // the face did not move: a still photo, or nobody followed the prompt
        FlatMovement, // it moved, but like a flat picture (no depth): a photo or a screen moved or turned
        WrongMovement, // a real movement, but not the one asked for
        NoLandmarks, // the detector gives no landmarks (the classical Haar fallback): the check cannot run
    };

    struct Options {
        int timeoutMs = 10000;
        int baselineFrames = 3; // frontal frames in a row before the movement is judged
        double maxFrontalYaw = 0.12; // |yaw| of a frontal face, in eye distances (QualityGate's measure)
        double turnYaw = 0.15; // yaw change from the frontal frame that counts as a turn
        double minOffPlaneShare = 0.12; // share of face points that no plane explains, for a real turn
        double minEyeDistance = 20; // pixels; smaller faces are too small to judge
        double maxJump = 0.8; // box centre movement between two frames, in eye distances; more is a new face
        double maxScaleJump = 0.35; // |ln(size ratio)| between two frames; more is a new face
        int maxGapMs = 700; // frames without the face longer than this break the sequence
        double eyesChanged = 0.75; // eye similarity to the reference at most this: the eyes closed
        double eyesBack = 0.90; // and back to at least this: a blink
        int maxClosedMs = 2000; // eyes changed longer than this is not a blink
        double movedThreshold = 0.2; // any change this large (eye distances, log scale) counts as "moved"
    };

    // How the current frame compares with the reference on the face's texture.
    struct PlaneFit {
        bool measured = false; // enough points could be followed
        int points = 0;
        double offPlaneShare = 0; // share of points more than ~3 % of an eye distance off the fitted plane
        double eyeSimilarity = 0; // normalised correlation of the eye regions once the face is registered
    };

    // One frame as the check saw it (tests, diagnostics).
    struct Measure {
        qint64 ms = 0;
        bool judged = false; // exactly one usable face, continuing the sequence
        double yaw = 0;
        double yawChange = 0; // from the frontal reference
        double offPlaneShare = -1; // -1: not measured on this frame
        double eyeSimilarity = -1;
    };

    explicit LivenessCheck(Challenge challenge);
    LivenessCheck(Challenge challenge, const Options &options);

    // One of TurnLeft, TurnRight, Blink, so a recording of yesterday's answer does not fit today's question.
    static Challenge randomChallenge(QRandomGenerator &random);
    static QString challengeName(Challenge challenge); // any, left, right, blink
    static std::optional<Challenge> challengeFromName(const QString &name);

    // The faces the detector found in `bgr` at `ms` milliseconds (any origin, never decreasing). Returns the
    // outcome so far; once it is not Running, further frames change nothing.
    Outcome offer(const cv::Mat &bgr, const std::vector<DetectedFace> &faces, qint64 ms);
    // No more frames will come (the end of a video file): a check still running fails with the reason that
    // best explains what was seen.
    Outcome finish();

    Challenge challenge() const { return m_challenge; }
    const Options &options() const { return m_options; }
    Outcome outcome() const { return m_outcome; }
    Reason reason() const { return m_reason; }
    // The movement that passed (for Any: the one seen); Any until then.
    Challenge performed() const { return m_performed; }
    qint64 elapsedMs() const { return m_startMs < 0 ? 0 : m_lastMs - m_startMs; }
    qint64 remainingMs() const { return std::max<qint64>(0, m_options.timeoutMs - elapsedMs()); }
    const Measure &lastMeasure() const { return m_last; }
    // The largest off-plane share seen together with a turn (diagnostics).
    double bestOffPlaneShare() const { return m_bestOffPlane; }

    // What the person in front of the camera should do now, in plain words.
    QString prompt() const;
    // The failure or not-checked reason in plain words; empty while running or after a pass.
    QString reasonText() const { return reasonText(m_reason); }
    static QString reasonText(Reason reason);
    static QString challengePrompt(Challenge challenge);
    static QString reasonKey(Reason reason); // no_face, multiple_faces, … (JSON)

    // The measures, public for the tests.
    static double yaw(const DetectedFace &face); // nose offset from the eyes' midline, in eye distances
    // The face turned upright at a fixed scale (eyes level, 64 pixels apart), grey, with its landmarks in the
    // crop's coordinates; `grey` is empty if it cannot be made.
    struct FaceCrop {
        cv::Mat grey;
        std::array<cv::Point2f, 5> landmarks {};
    };
    static FaceCrop faceCrop(const cv::Mat &bgr, const DetectedFace &face);
    // `current` against `reference`. The landmarks only give the tracker its first guess (the plane through
    // eyes and mouth corners); the verdict comes from the texture.
    static PlaneFit comparePlanes(const FaceCrop &reference, const FaceCrop &current);

private:
    void restart(); // the sequence broke: a new frontal reference is needed
    void pass(Challenge performed);
    void fail(Reason reason);
    Reason explain() const;
    void judge(const cv::Mat &bgr, const DetectedFace &face, qint64 ms);
    void compare(const cv::Mat &bgr, const DetectedFace &face, qint64 ms); // against the frontal reference

    Challenge m_challenge;
    Options m_options;
    Outcome m_outcome = Outcome::Running;
    Reason m_reason = Reason::None;
    Challenge m_performed = Challenge::Any;
    qint64 m_startMs = -1;
    qint64 m_lastMs = 0;
    qint64 m_lastFaceMs = -1;
    Measure m_last;

    // The sequence being judged.
    std::optional<DetectedFace> m_previous;
    std::optional<DetectedFace> m_reference; // the most frontal frame of this sequence
    FaceCrop m_referenceCrop;
    double m_referenceYaw = 0;
    int m_frontalRun = 0;
    bool m_ready = false;
    qint64 m_eyesChangedSinceMs = -1;

    // What was seen, to explain a failure.
    bool m_sawFace = false;
    bool m_sawSingleFace = false;
    bool m_sawMultiple = false;
    bool m_sawReady = false;
    bool m_sawMovement = false;
    bool m_sawWrong = false;
    double m_bestOffPlane = 0;
};

} // namespace consentry
