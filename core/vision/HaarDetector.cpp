#include "vision/HaarDetector.h"

#include "vision/ModelRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace consentry {

namespace {
const char kLbpCascade[] = "lbpcascade_frontalface.xml";
const char kHaarCascade[] = "haarcascade_frontalface_default.xml";

// A cascade file in `dir`, or in the lbpcascades folder next to it (Debian's layout).
QString findCascade(const QStringList &dirs, const char *name, const char *sibling)
{
    for (const QString &dir : dirs) {
        for (const QString &candidate :
             { QDir(dir).filePath(QLatin1String(name)),
               QDir(dir).filePath(QStringLiteral("../%1/%2").arg(QLatin1String(sibling), QLatin1String(name))) }) {
            if (QFileInfo(candidate).isFile())
                return QDir::cleanPath(candidate);
        }
    }
    return QString();
}
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

Result<std::unique_ptr<HaarDetector>> HaarDetector::create(const QStringList &searchDirs, Cascade cascade)
{
    QString facePath = cascade == Cascade::Lbp ? findCascade(searchDirs, kLbpCascade, "lbpcascades") : QString();
    const bool lbp = !facePath.isEmpty();
    if (!lbp)
        facePath = findCascade(searchDirs, kHaarCascade, "haarcascades");
    if (facePath.isEmpty())
        return makeError(ErrorKind::NotFound,
                         tr("No face detector is available: neither the YuNet model nor OpenCV's cascades (%1, %2) "
                            "were found. Install the opencv-data package or put the model files in the models "
                            "folder.")
                             .arg(QLatin1String(kLbpCascade), QLatin1String(kHaarCascade)));

    std::unique_ptr<HaarDetector> detector(new HaarDetector);
    bool loaded = false;
    try {
        loaded = detector->m_face.load(facePath.toStdString()) && !detector->m_face.empty();
    } catch (const cv::Exception &) {
        loaded = false;
    }
    if (!loaded)
        return makeError(ErrorKind::Data,
                         tr("The face detector file %1 is damaged; reinstall the opencv-data package.")
                             .arg(QDir::toNativeSeparators(facePath)));
    detector->m_id = lbp ? QStringLiteral("lbp-frontalface") : QStringLiteral("haar-frontalface-default");
    Result<QString> hash = ModelRegistry::sha256OfFile(facePath);
    detector->m_sha256 = hash.ok() ? hash.value() : QString();
    return detector;
}

namespace {
// Eyes, nose and mouth at their usual proportions in a cascade's frontal-face box.
void placeLandmarks(DetectedFace &face)
{
    const cv::Rect2f &b = face.box;
    face.landmarks[DetectedFace::RightEye] = { b.x + 0.30f * b.width, b.y + 0.38f * b.height };
    face.landmarks[DetectedFace::LeftEye] = { b.x + 0.70f * b.width, b.y + 0.38f * b.height };
    face.landmarks[DetectedFace::NoseTip] = { b.x + 0.50f * b.width, b.y + 0.58f * b.height };
    face.landmarks[DetectedFace::RightMouth] = { b.x + 0.35f * b.width, b.y + 0.78f * b.height };
    face.landmarks[DetectedFace::LeftMouth] = { b.x + 0.65f * b.width, b.y + 0.78f * b.height };
}
} // namespace

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
            placeLandmarks(face);
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
