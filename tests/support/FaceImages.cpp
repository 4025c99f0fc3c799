#include "FaceImages.h"

#include "LivenessClips.h"
#include "vision/ImageLoader.h"

#include <QDir>
#include <QFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace consentry::test {

cv::Mat enlargedOrlFace(int person, int index)
{
    const Result<cv::Mat> orl = ImageLoader::load(LivenessClips::orlImage(person, index));
    if (!orl)
        return cv::Mat();
    cv::Mat big;
    cv::resize(orl.value(), big, cv::Size(), 2.5, 2.5, cv::INTER_CUBIC);
    return big;
}

QString enlargedOrlFaceFile(const QString &dir, int person, int index)
{
    const QString path = QDir(dir).filePath(QStringLiteral("s%1-%2.png").arg(person).arg(index));
    if (!QFile::exists(path)) {
        const cv::Mat face = enlargedOrlFace(person, index);
        if (!face.empty())
            cv::imwrite(path.toStdString(), face);
    }
    return path;
}

} // namespace consentry::test
