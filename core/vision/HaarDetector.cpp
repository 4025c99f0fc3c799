#include "vision/HaarDetector.h"

#include "vision/ModelRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace consentry {

namespace {
const char kFaceCascade[] = "haarcascade_frontalface_default.xml";
const char kEyeCascade[] = "haarcascade_eye.xml";
} // namespace

QStringList HaarDetector::defaultSearchDirs()
{
    QStringList dirs;
    const QString fromBuild = QStringLiteral(CONSENTRY_HAAR_DIR);
    if (!fromBuild.isEmpty())
        dirs << fromBuild;
    const QString fromEnv = qEnvironmentVariable("CONSENTRY_HAAR_DIR");
    if (!fromEnv.isEmpty())
        dirs.prepend(fromEnv);
    if (QCoreApplication::instance())
        dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/haarcascades");
    dirs << QStringLiteral(CONSENTRY_INSTALL_DATADIR "/haarcascades")
         << QStringLiteral("/usr/share/opencv4/haarcascades") << QStringLiteral("/usr/local/share/opencv4/haarcascades")
         << QStringLiteral("/usr/share/opencv/haarcascades");
    dirs.removeDuplicates();
    return dirs;
}

Result<std::unique_ptr<HaarDetector>> HaarDetector::create(const QStringList &searchDirs)
{
    QString facePath;
    for (const QString &dir : searchDirs) {
        const QString candidate = QDir(dir).filePath(QLatin1String(kFaceCascade));
        if (QFileInfo(candidate).isFile()) {
            facePath = candidate;
            break;
        }
    }
    if (facePath.isEmpty())
        return makeError(ErrorKind::NotFound,
                         tr("No face detector is available: neither the YuNet model nor OpenCV's Haar cascade (%1) "
                            "was found. Install the opencv-data package or put the model files in the models "
                            "folder.")
                             .arg(QLatin1String(kFaceCascade)));

    std::unique_ptr<HaarDetector> detector(new HaarDetector);
    bool loaded = false;
    try {
        loaded = detector->m_face.load(facePath.toStdString()) && !detector->m_face.empty();
        const QString eyePath = QFileInfo(facePath).dir().filePath(QLatin1String(kEyeCascade));
        if (QFileInfo(eyePath).isFile() && !detector->m_eyes.load(eyePath.toStdString()))
            detector->m_eyes = cv::CascadeClassifier();
    } catch (const cv::Exception &) {
        loaded = false;
    }
    if (!loaded)
        return makeError(ErrorKind::Data,
                         tr("The Haar cascade %1 is damaged; reinstall the opencv-data package.")
                             .arg(QDir::toNativeSeparators(facePath)));
    Result<QString> hash = ModelRegistry::sha256OfFile(facePath);
    detector->m_sha256 = hash.ok() ? hash.value() : QString();
    return detector;
}

void HaarDetector::placeLandmarks(const cv::Mat &grey, DetectedFace &face)
{
    const cv::Rect2f &b = face.box;
    // Typical positions inside a Haar frontal-face box.
    face.landmarks[DetectedFace::RightEye] = { b.x + 0.30f * b.width, b.y + 0.38f * b.height };
    face.landmarks[DetectedFace::LeftEye] = { b.x + 0.70f * b.width, b.y + 0.38f * b.height };
    face.landmarks[DetectedFace::NoseTip] = { b.x + 0.50f * b.width, b.y + 0.58f * b.height };
    face.landmarks[DetectedFace::RightMouth] = { b.x + 0.35f * b.width, b.y + 0.78f * b.height };
    face.landmarks[DetectedFace::LeftMouth] = { b.x + 0.65f * b.width, b.y + 0.78f * b.height };
    if (m_eyes.empty())
        return;

    const cv::Rect upper = cv::Rect(cv::Rect2f(b.x, b.y + 0.15f * b.height, b.width, 0.4f * b.height))
        & cv::Rect(0, 0, grey.cols, grey.rows);
    if (upper.area() <= 0)
        return;
    std::vector<cv::Rect> eyes;
    m_eyes.detectMultiScale(grey(upper), eyes, 1.1, 3, 0,
                            cv::Size(std::max(8, upper.width / 8), std::max(8, upper.width / 8)));
    cv::Point2f right(-1, -1), left(-1, -1);
    for (const cv::Rect &e : eyes) {
        const cv::Point2f c(upper.x + e.x + e.width * 0.5f, upper.y + e.y + e.height * 0.5f);
        if (c.x < b.x + 0.5f * b.width) {
            if (right.x < 0 || std::abs(c.x - (b.x + 0.3f * b.width)) < std::abs(right.x - (b.x + 0.3f * b.width)))
                right = c;
        } else if (left.x < 0 || std::abs(c.x - (b.x + 0.7f * b.width)) < std::abs(left.x - (b.x + 0.7f * b.width))) {
            left = c;
        }
    }
    const float distance = left.x - right.x;
    if (right.x >= 0 && left.x >= 0 && distance > 0.25f * b.width && distance < 0.65f * b.width
        && std::abs(left.y - right.y) < 0.15f * b.height) {
        const cv::Point2f shift = (right + left) * 0.5f
            - (face.landmarks[DetectedFace::RightEye] + face.landmarks[DetectedFace::LeftEye]) * 0.5f;
        face.landmarks[DetectedFace::RightEye] = right;
        face.landmarks[DetectedFace::LeftEye] = left;
        for (size_t i = DetectedFace::NoseTip; i <= DetectedFace::LeftMouth; ++i)
            face.landmarks[i] += shift;
    }
}

Result<std::vector<DetectedFace>> HaarDetector::detect(const cv::Mat &bgr)
{
    if (Status s = checkFrame(bgr); !s.ok())
        return s.error();
    std::vector<DetectedFace> result;
    try {
        cv::Mat grey;
        cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
        cv::Mat small = grey;
        // Front-desk faces are large: detecting on at most 320 pixels keeps the cascade fast enough for every frame.
        const double scale = std::min(1.0, 320.0 / std::max(grey.cols, grey.rows));
        if (scale < 1.0)
            cv::resize(grey, small, cv::Size(), scale, scale, cv::INTER_AREA);
        cv::Mat equalised;
        cv::equalizeHist(small, equalised);
        std::vector<cv::Rect> boxes;
        std::vector<int> neighbours;
        const int minSide = std::max(20, std::min(small.cols, small.rows) / 10);
        m_face.detectMultiScale(equalised, boxes, neighbours, 1.1, 4, 0, cv::Size(minSide, minSide));
        for (size_t i = 0; i < boxes.size(); ++i) {
            DetectedFace face;
            const cv::Rect &r = boxes[i];
            face.box = cv::Rect2f(static_cast<float>(r.x / scale), static_cast<float>(r.y / scale),
                                  static_cast<float>(r.width / scale), static_cast<float>(r.height / scale));
            face.score = std::min(1.0f, static_cast<float>(neighbours[i]) / 20.0f);
            placeLandmarks(grey, face);
            result.push_back(face);
        }
    } catch (const cv::Exception &e) {
        qWarning("HaarDetector: %s", e.what());
        return makeError(ErrorKind::Data, tr("Face detection failed on this image; use another photo."));
    }
    std::sort(result.begin(), result.end(),
              [](const DetectedFace &a, const DetectedFace &b) { return a.box.area() > b.box.area(); });
    return result;
}

} // namespace consentry
