#include "vision/FaceDetector.h"

#include "vision/HaarDetector.h"
#include "vision/ModelRegistry.h"
#include "vision/YuNetDetector.h"

namespace consentry {

Result<FaceDetector::Choice> FaceDetector::choiceFromName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("auto"))
        return Choice::Auto;
    if (name == QLatin1String("yunet"))
        return Choice::YuNet;
    if (name == QLatin1String("lbp"))
        return Choice::Lbp;
    if (name == QLatin1String("haar"))
        return Choice::Haar;
    return makeError(ErrorKind::InvalidArgument,
                     tr("Unknown face detector \"%1\": use auto, yunet, lbp or haar.").arg(name));
}

Status FaceDetector::checkFrame(const cv::Mat &bgr)
{
    if (bgr.empty() || bgr.type() != CV_8UC3 || bgr.cols < 8 || bgr.rows < 8)
        return makeError(ErrorKind::InvalidArgument, tr("The frame is empty or not an 8-bit colour image."));
    return {};
}

Result<std::unique_ptr<FaceDetector>> FaceDetector::create(const ModelRegistry &registry, Choice choice,
                                                           QStringList *problems)
{
    if (choice == Choice::Auto || choice == Choice::YuNet) {
        Result<ResolvedModel> model = registry.best(ModelCard::Kind::Detector);
        if (model.ok()) {
            Result<std::unique_ptr<YuNetDetector>> yunet = YuNetDetector::create(model.value());
            if (yunet.ok())
                return std::unique_ptr<FaceDetector>(std::move(yunet).value());
            if (choice == Choice::YuNet)
                return yunet.error();
            if (problems)
                *problems << yunet.errorMessage();
        } else {
            if (choice == Choice::YuNet)
                return model.error();
            if (problems && model.errorKind() != ErrorKind::NotFound)
                *problems << model.errorMessage();
        }
    }
    Result<std::unique_ptr<HaarDetector>> haar
        = HaarDetector::create(HaarDetector::defaultSearchDirs(),
                               choice == Choice::Haar ? HaarDetector::Cascade::Haar : HaarDetector::Cascade::Lbp);
    if (!haar.ok())
        return haar.error();
    return std::unique_ptr<FaceDetector>(std::move(haar).value());
}

} // namespace consentry
