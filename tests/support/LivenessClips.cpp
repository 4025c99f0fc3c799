#include "LivenessClips.h"

#include "TestPaths.h"
#include "vision/CanvasSource.h"
#include "vision/ImageLoader.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <cmath>

namespace consentry::test::LivenessClips {

namespace {
const cv::Scalar kCanvasGrey = cv::Scalar::all(110);
} // namespace

QString orlImage(int person, int image)
{
    return QStringLiteral("%1/faces/orl/s%2/%3.pgm").arg(testdataDir()).arg(person).arg(image);
}

cv::Mat placed(const QString &imagePath)
{
    Result<cv::Mat> image = ImageLoader::load(imagePath);
    if (!image)
        return cv::Mat();
    return CanvasSource::place(image.value(), cv::Size(640, 480));
}

std::vector<cv::Mat> stillPhoto(const cv::Mat &frame, int frames)
{
    return std::vector<cv::Mat>(size_t(std::max(0, frames)), frame);
}

std::vector<cv::Mat> movedPhoto(const cv::Mat &frame, int frames)
{
    std::vector<cv::Mat> out;
    const cv::Point2f centre(frame.cols / 2.0f, frame.rows / 2.0f);
    for (int i = 0; i < frames; ++i) {
        const double t = 2 * CV_PI * i / std::max(1, frames - 1);
        // Different periods so position, size and angle do not simply move together.
        const double dx = 80 * std::sin(t), dy = 40 * std::sin(2 * t);
        const double scale = 1.0 + 0.28 * std::sin(1.5 * t) - (std::sin(1.5 * t) < 0 ? 0.03 : 0.0);
        const double angle = 20 * std::sin(t + 1.0);
        cv::Mat m = cv::getRotationMatrix2D(centre, angle, scale);
        m.at<double>(0, 2) += dx;
        m.at<double>(1, 2) += dy;
        cv::Mat moved;
        cv::warpAffine(frame, moved, m, frame.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, kCanvasGrey);
        out.push_back(moved);
    }
    return out;
}

cv::Mat turnedPicture(const cv::Mat &frame, double degrees, double focal)
{
    // The picture lies at depth f (so it fills the frame as placed), centred on the optical axis, and turns
    // about its vertical centre line; its corners are projected and the picture warped onto them: a
    // homography, as for any flat thing seen by a camera. A shorter focal length (a wide-angle webcam, or
    // the photo held closer and smaller) gives stronger perspective.
    const double f = focal * frame.cols;
    const double a = degrees * CV_PI / 180.0;
    const double cx = frame.cols / 2.0, cy = frame.rows / 2.0;
    std::vector<cv::Point2f> from, to;
    for (const cv::Point2f corner :
         { cv::Point2f(0, 0), cv::Point2f(float(frame.cols), 0), cv::Point2f(float(frame.cols), float(frame.rows)),
           cv::Point2f(0, float(frame.rows)) }) {
        const double x = corner.x - cx, y = corner.y - cy;
        const double X = x * std::cos(a), Z = f + x * std::sin(a);
        from.push_back(corner);
        to.emplace_back(float(cx + f * X / Z), float(cy + f * y / Z));
    }
    cv::Mat turned;
    cv::warpPerspective(frame, turned, cv::getPerspectiveTransform(from, to), frame.size(), cv::INTER_LINEAR,
                        cv::BORDER_CONSTANT, kCanvasGrey);
    return turned;
}

std::vector<cv::Mat> turnedPhoto(const cv::Mat &frame, int frames, double maxDegrees, double focal)
{
    std::vector<cv::Mat> out;
    for (int i = 0; i < frames; ++i) {
        // Still for a moment, then to one side, back, to the other side and back.
        const double t = std::max(0, i - 4) * 2 * CV_PI / std::max(1, frames - 5);
        out.push_back(turnedPicture(frame, maxDegrees * std::sin(t), focal));
    }
    return out;
}

std::vector<cv::Mat> sequence(const std::vector<cv::Mat> &pictures, int framesEach)
{
    std::vector<cv::Mat> out;
    for (const cv::Mat &picture : pictures) {
        for (int i = 0; i < framesEach; ++i)
            out.push_back(picture);
    }
    return out;
}

std::vector<PoseTurn> orlHeadTurns()
{
    // Chosen by looking at the ten pictures of s1..s40 and measuring YuNet's yaw on each: a frontal picture
    // first (|yaw| at most 0.12), then pictures of the same person turned by at least 0.15 eye distances.
    // Different photographs of one sitting, not video: the expression and light change a little too.
    return {
        { 1, { 10, 7, 8 }, true }, { 4, { 7, 10 }, true },  { 16, { 9, 7 }, true },   { 18, { 5, 1 }, true },
        { 25, { 9, 2 }, true },    { 26, { 6, 10 }, true }, { 39, { 1, 8 }, true },   { 5, { 2, 7 }, false },
        { 23, { 1, 9 }, false },   { 26, { 6, 2 }, false }, { 28, { 2, 10 }, false }, { 29, { 2, 9 }, false },
        { 40, { 5, 9 }, false },
    };
}

std::vector<PoseTurn> orlBlinks()
{
    // Eyes open, closed, open again, in the same pose (s8: 6/7, s11: 3/4, s36: 4/5).
    return { { 8, { 6, 7, 6 }, false }, { 11, { 3, 4, 3 }, false }, { 36, { 4, 5, 4 }, false } };
}

SyntheticFace syntheticFace()
{
    SyntheticFace s;
    cv::Mat noise(480, 640, CV_8UC1);
    cv::RNG rng(7);
    rng.fill(noise, cv::RNG::UNIFORM, 0, 255);
    cv::GaussianBlur(noise, s.texture, cv::Size(0, 0), 2.0);
    cv::normalize(s.texture, s.texture, 20, 235, cv::NORM_MINMAX);
    DetectedFace &f = s.face;
    f.box = cv::Rect2f(240, 140, 160, 200);
    f.landmarks[DetectedFace::RightEye] = { 285, 210 };
    f.landmarks[DetectedFace::LeftEye] = { 355, 210 };
    f.landmarks[DetectedFace::NoseTip] = { 320, 250 };
    f.landmarks[DetectedFace::RightMouth] = { 295, 290 };
    f.landmarks[DetectedFace::LeftMouth] = { 345, 290 };
    f.landmarksMeasured = true;
    f.score = 0.95f;
    return s;
}

cv::Mat bgr(const cv::Mat &grey)
{
    cv::Mat out;
    cv::cvtColor(grey, out, cv::COLOR_GRAY2BGR);
    return out;
}

// The texture pushed sideways around the nose by up to `pixels`: what depth does to a turning head.
cv::Mat bulged(const cv::Mat &texture, const cv::Point2f &nose, double pixels)
{
    cv::Mat mapX(texture.size(), CV_32F), mapY(texture.size(), CV_32F);
    const double sigma = 30;
    for (int y = 0; y < texture.rows; ++y) {
        for (int x = 0; x < texture.cols; ++x) {
            const double d2 = (x - nose.x) * (x - nose.x) + (y - nose.y) * (y - nose.y);
            mapX.at<float>(y, x) = float(x - pixels * std::exp(-d2 / (2 * sigma * sigma)));
            mapY.at<float>(y, x) = float(y);
        }
    }
    cv::Mat out;
    cv::remap(texture, out, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REFLECT);
    return out;
}

// A flat picture turned about the vertical line through x = cx, with perspective (focal length f).
cv::Mat planeTurned(const cv::Mat &texture, double degrees, cv::Mat *homography)
{
    const double f = texture.cols, a = degrees * CV_PI / 180, cx = 320, cy = 240;
    std::vector<cv::Point2f> from, to;
    for (const cv::Point2f c : { cv::Point2f(0, 0), cv::Point2f(640, 0), cv::Point2f(640, 480), cv::Point2f(0, 480) }) {
        const double x = c.x - cx, z = f + x * std::sin(a);
        from.push_back(c);
        to.emplace_back(float(cx + f * x * std::cos(a) / z), float(cy + f * (c.y - cy) / z));
    }
    const cv::Mat h = cv::getPerspectiveTransform(from, to);
    if (homography)
        *homography = h;
    cv::Mat out;
    cv::warpPerspective(texture, out, h, texture.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT);
    return out;
}

DetectedFace mapped(const DetectedFace &face, const cv::Mat &h)
{
    DetectedFace out = face;
    std::vector<cv::Point2f> points(face.landmarks.begin(), face.landmarks.end());
    std::vector<cv::Point2f> moved;
    cv::perspectiveTransform(points, moved, h);
    std::copy(moved.begin(), moved.end(), out.landmarks.begin());
    return out;
}

// A head turning to the person's left by `nosePixels` (yaw) over six frames after four frontal ones; with
// `depth` the texture bulges around the nose as a real head's does, without it the texture stays one plane.
std::vector<std::pair<cv::Mat, DetectedFace>> turningHead(double nosePixels, bool depth)
{
    const SyntheticFace s = syntheticFace();
    std::vector<std::pair<cv::Mat, DetectedFace>> frames;
    for (int i = 0; i < 4; ++i)
        frames.emplace_back(bgr(s.texture), s.face);
    for (int i = 1; i <= 6; ++i) {
        const double t = i / 6.0;
        DetectedFace f = s.face;
        f.landmarks[DetectedFace::NoseTip].x += float(nosePixels * t);
        cv::Mat picture;
        if (depth) {
            picture = bulged(s.texture, s.face.landmarks[DetectedFace::NoseTip], nosePixels * t * 0.4);
        } else {
            // What YuNet reports for a photo turned about its vertical axis: the nose landmark moves as if the
            // head turned, but every pixel moves as one plane.
            cv::Mat h;
            picture = planeTurned(s.texture, (nosePixels > 0 ? -35 : 35) * t, &h);
            const float nose = f.landmarks[DetectedFace::NoseTip].x;
            f = mapped(s.face, h);
            f.landmarks[DetectedFace::NoseTip].x = nose;
        }
        frames.emplace_back(bgr(picture), f);
    }
    return frames;
}

bool writeVideo(const QString &path, const std::vector<cv::Mat> &frames, double fps)
{
    if (frames.empty())
        return false;
    cv::VideoWriter writer(path.toStdString(), cv::CAP_OPENCV_MJPEG, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), fps,
                           frames.front().size(), true);
    if (!writer.isOpened())
        return false;
    for (const cv::Mat &frame : frames) {
        if (frame.channels() == 1) {
            cv::Mat bgr;
            cv::cvtColor(frame, bgr, cv::COLOR_GRAY2BGR);
            writer.write(bgr);
        } else {
            writer.write(frame);
        }
    }
    writer.release();
    return true;
}

} // namespace consentry::test::LivenessClips
