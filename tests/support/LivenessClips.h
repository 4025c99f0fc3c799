#pragma once

#include <QString>
#include <QStringList>

#include "vision/DetectedFace.h"

#include <opencv2/core.hpp>

#include <utility>
#include <vector>

namespace consentry::test {

// Frames for the presentation-attack tests, made from the shared test pictures: a photo held still, a photo
// moved flat in front of the camera, a photo turned about its vertical axis (seen with perspective), and a
// person's own pose pictures played one after another as a head turn. 640×480 BGR, like a webcam.
namespace LivenessClips {

constexpr double kFramesPerSecond = 10;

// An ORL picture (or any picture) placed on the webcam-sized canvas as CanvasSource does; empty if unreadable.
cv::Mat placed(const QString &imagePath);
QString orlImage(int person, int image); // <testdata>/faces/orl/s<person>/<image>.pgm

std::vector<cv::Mat> stillPhoto(const cv::Mat &frame, int frames);
// Translated (±80 px), scaled (0.75–1.3) and rotated in the image plane (±20°), smoothly, frame by frame.
std::vector<cv::Mat> movedPhoto(const cv::Mat &frame, int frames);
// The flat picture turned about its vertical axis up to ±maxDegrees and back, seen by a pinhole camera whose
// focal length is `focal` frame widths (1: an ordinary webcam, about 53° across; 0.6: a wide-angle one, or
// a small photo held close, with much more perspective).
std::vector<cv::Mat> turnedPhoto(const cv::Mat &frame, int frames, double maxDegrees = 50, double focal = 1.0);
// The same picture turned about its vertical axis by `degrees`.
cv::Mat turnedPicture(const cv::Mat &frame, double degrees, double focal = 1.0);
// Each picture shown for `framesEach` frames, in order.
std::vector<cv::Mat> sequence(const std::vector<cv::Mat> &pictures, int framesEach);

// ORL people whose ten pictures include a real head turn, with the pictures in the order of a turn: frontal
// first, then turned. `left` tells which way: the person's own left (the nose moves to the image's right).
struct PoseTurn {
    int person;
    std::vector<int> images;
    bool left;
};
std::vector<PoseTurn> orlHeadTurns();
// ORL people with the eyes open, closed and open again in near-identical pose (a blink); `left` unused.
std::vector<PoseTurn> orlBlinks();

// Without models: a face-sized patch of texture in a 640×480 frame, with landmarks placed by hand.
struct SyntheticFace {
    cv::Mat texture; // 640×480 grey noise, smoothed so the tracker has corners to follow
    DetectedFace face;
};
SyntheticFace syntheticFace();
cv::Mat bgr(const cv::Mat &grey);
// The texture pushed sideways around the nose by up to `pixels`: what depth does to a turning head.
cv::Mat bulged(const cv::Mat &texture, const cv::Point2f &nose, double pixels);
// A flat picture turned about the vertical line through the frame's centre, with perspective.
cv::Mat planeTurned(const cv::Mat &texture, double degrees, cv::Mat *homography = nullptr);
DetectedFace mapped(const DetectedFace &face, const cv::Mat &homography);
// Four frontal frames, then the head turning to the person's left by `nosePixels` of yaw (right if negative)
// over six frames; with `depth` the texture bulges around the nose as a real head's does, without it every
// pixel moves as one plane while the nose landmark moves as YuNet reports it for a turned photo.
std::vector<std::pair<cv::Mat, DetectedFace>> turningHead(double nosePixels, bool depth);

// MJPG in AVI, which OpenCV's own writer always supports. False if it could not be written.
bool writeVideo(const QString &path, const std::vector<cv::Mat> &frames, double fps = kFramesPerSecond);

} // namespace LivenessClips

} // namespace consentry::test
