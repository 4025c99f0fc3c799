#include "vision/YuNetDetector.h"

#include <QDir>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace consentry {

YuNetDetector::YuNetDetector(const ModelCard &card)
    : m_card(card)
    , m_maxSide(card.maxSide)
{
}

Result<std::unique_ptr<YuNetDetector>> YuNetDetector::create(const ResolvedModel &model)
{
    std::unique_ptr<YuNetDetector> detector(new YuNetDetector(model.card));
    const QString shown = QDir::toNativeSeparators(model.path);
    try {
        detector->m_inputSize = cv::Size(320, 320);
        detector->m_net = cv::FaceDetectorYN::create(model.path.toStdString(), std::string(), detector->m_inputSize,
                                                     model.card.scoreThreshold, model.card.nmsThreshold, 5000);
        if (detector->m_net.empty())
            throw cv::Exception(cv::Error::StsError, "empty", "", "", 0);
        // A file of the wrong kind can load as a network and fail only on use: try it once now.
        cv::Mat probe(320, 320, CV_8UC3, cv::Scalar(90, 90, 90));
        cv::Mat faces;
        detector->m_net->detect(probe, faces);
        if (!faces.empty() && faces.cols != 15)
            throw cv::Exception(cv::Error::StsError, "shape", "", "", 0);
    } catch (const cv::Exception &) {
        return makeError(ErrorKind::Data,
                         tr("The face detector model %1 could not be loaded: it is damaged or not "
                            "a YuNet model. Replace it with the original file.")
                             .arg(shown));
    }
    return detector;
}

Result<std::vector<DetectedFace>> YuNetDetector::detect(const cv::Mat &bgr)
{
    if (Status s = checkFrame(bgr); !s.ok())
        return s.error();
    const double scale = std::min(1.0, double(m_maxSide) / std::max(bgr.cols, bgr.rows));
    cv::Mat input = bgr;
    if (scale < 1.0)
        cv::resize(bgr, input, cv::Size(), scale, scale, cv::INTER_AREA);

    cv::Mat faces;
    try {
        if (input.size() != m_inputSize) {
            m_inputSize = input.size();
            m_net->setInputSize(m_inputSize);
        }
        m_net->detect(input, faces);
    } catch (const cv::Exception &e) {
        qWarning("YuNetDetector: %s", e.what());
        return makeError(ErrorKind::Data, tr("Face detection failed on this image; use another photo."));
    }

    std::vector<DetectedFace> result;
    const float inv = static_cast<float>(1.0 / scale);
    for (int r = 0; r < faces.rows; ++r) {
        const float *row = faces.ptr<float>(r);
        DetectedFace face;
        face.box = cv::Rect2f(row[0] * inv, row[1] * inv, row[2] * inv, row[3] * inv);
        for (size_t i = 0; i < 5; ++i)
            face.landmarks[i] = cv::Point2f(row[4 + 2 * i] * inv, row[5 + 2 * i] * inv);
        face.landmarksMeasured = true;
        face.score = row[14];
        if (!std::isfinite(face.box.width) || face.box.width <= 1 || face.box.height <= 1)
            continue;
        // YuNet can fire on a uniform picture (a covered lens, a black frame): a face has texture.
        const cv::Rect inside
            = cv::Rect(cv::Rect2f(row[0], row[1], row[2], row[3])) & cv::Rect(0, 0, input.cols, input.rows);
        if (inside.area() <= 0)
            continue;
        cv::Scalar mean, stddev;
        cv::meanStdDev(input(inside), mean, stddev);
        if (std::max({ stddev[0], stddev[1], stddev[2] }) < 4.0)
            continue;
        result.push_back(face);
    }
    // YuNet's NMS works on IoU, so a large face can also yield a second, shifted box that overlaps it
    // mostly (IoU below the NMS threshold). Drop a box when most of the smaller one lies inside a
    // better-scored box.
    std::sort(result.begin(), result.end(),
              [](const DetectedFace &a, const DetectedFace &b) { return a.score > b.score; });
    std::vector<DetectedFace> kept;
    for (const DetectedFace &face : result) {
        const bool covered = std::any_of(kept.cbegin(), kept.cend(), [&face](const DetectedFace &k) {
            const float overlap = (face.box & k.box).area();
            return overlap > 0.5f * std::min(face.box.area(), k.box.area());
        });
        if (!covered)
            kept.push_back(face);
    }
    std::sort(kept.begin(), kept.end(),
              [](const DetectedFace &a, const DetectedFace &b) { return a.box.area() > b.box.area(); });
    return kept;
}

} // namespace consentry
