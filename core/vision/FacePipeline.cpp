#include "vision/FacePipeline.h"

#include "vision/FaceSelection.h"
#include "vision/ModelRegistry.h"

#include <QElapsedTimer>

namespace consentry {

Result<std::unique_ptr<FacePipeline>> FacePipeline::create(const PipelineOptions &options)
{
    const ModelRegistry registry(ModelRegistry::defaultSearchDirs(options.modelDir, options.dataDir));
    QStringList problems;
    Result<std::unique_ptr<FaceDetector>> detector = FaceDetector::create(registry, options.detector, &problems);
    if (!detector.ok())
        return detector.error();
    Result<std::unique_ptr<FaceEmbedder>> embedder = FaceEmbedder::create(registry, options.embedder, &problems);
    if (!embedder.ok())
        return embedder.error();
    problems << registry.problems();
    problems.removeDuplicates();
    auto pipeline = std::make_unique<FacePipeline>(std::move(detector).value(), std::move(embedder).value(), problems);
    pipeline->m_fallbackChosen = options.embedder != FaceEmbedder::Choice::Auto;
    return pipeline;
}

FacePipeline::FacePipeline(std::unique_ptr<FaceDetector> detector, std::unique_ptr<FaceEmbedder> embedder,
                           const QStringList &problems)
    : m_detector(std::move(detector))
    , m_embedder(std::move(embedder))
    , m_problems(problems)
{
}

QString FacePipeline::describe() const
{
    QString text = tr("Detector: %1; recognizer: %2.").arg(m_detector->id(), m_embedder->engine().name);
    if (isFallback())
        text += QLatin1Char(' ')
            + tr("Classical fallback in use: accuracy is lower than with the face models; install them to improve it.");
    return text;
}

Result<FrameAnalysis> FacePipeline::analyse(const cv::Mat &bgr)
{
    FrameAnalysis analysis;
    QElapsedTimer timer;
    timer.start();
    Result<std::vector<DetectedFace>> faces = m_detector->detect(bgr);
    if (!faces.ok())
        return faces.error();
    analysis.detectMs = double(timer.nsecsElapsed()) / 1e6;
    analysis.faces = std::move(faces).value();
    analysis.quality = m_quality.check(bgr, analysis.faces);
    return analysis;
}

Result<std::vector<FaceSample>> FacePipeline::templatesFromFrame(const cv::Mat &bgr)
{
    Result<std::vector<DetectedFace>> faces = m_detector->detect(bgr);
    if (!faces.ok())
        return faces.error();
    std::vector<FaceSample> samples;
    for (const DetectedFace &face : faces.value()) {
        FaceSample sample;
        sample.face = face;
        sample.quality = m_quality.checkFace(bgr, face);
        Result<FaceTemplate> t = m_embedder->embed(bgr, face);
        if (t.ok())
            sample.faceTemplate = std::move(t).value();
        else
            sample.error = t.errorMessage();
        samples.push_back(std::move(sample));
    }
    return samples;
}

Result<std::vector<FaceSample>> FacePipeline::templatesFromImage(const QString &path, const ImageLimits &limits)
{
    Result<cv::Mat> image = ImageLoader::load(path, limits);
    if (!image.ok())
        return image.error();
    return templatesFromFrame(image.value());
}

Result<VerificationProbe> FacePipeline::verificationProbe(const cv::Mat &bgr, std::optional<cv::Point2f> clicked)
{
    Result<std::vector<DetectedFace>> faces = m_detector->detect(bgr);
    if (!faces.ok())
        return faces.error();
    const std::optional<int> chosen = FaceSelection::primary(faces.value(), bgr.size(), clicked);
    if (!chosen)
        return makeError(ErrorKind::NotFound,
                         clicked ? tr("There is no face where you clicked. Click on the face of the person being "
                                      "served.")
                                 : tr("No face is clear enough in the picture. Ask the person to face the camera, "
                                      "or use another way."));
    VerificationProbe probe;
    probe.facesInFrame = static_cast<int>(faces->size());
    probe.sample.face = faces->at(static_cast<size_t>(*chosen));
    probe.sample.quality = m_quality.checkFace(bgr, probe.sample.face);
    Result<FaceTemplate> t = m_embedder->embed(bgr, probe.sample.face);
    if (!t.ok())
        return t.error();
    probe.sample.faceTemplate = std::move(t).value();
    return probe;
}

Result<FaceSample> FacePipeline::enrollmentSample(const cv::Mat &bgr)
{
    Result<std::vector<DetectedFace>> faces = m_detector->detect(bgr);
    if (!faces.ok())
        return faces.error();
    FaceSample sample;
    sample.quality = m_quality.check(bgr, faces.value());
    if (!sample.quality.passed)
        return makeError(ErrorKind::Policy, sample.quality.hints.join(QLatin1Char(' ')));
    sample.face = faces->at(static_cast<size_t>(sample.quality.faceIndex));
    Result<FaceTemplate> t = m_embedder->embed(bgr, sample.face);
    if (!t.ok())
        return t.error();
    sample.faceTemplate = std::move(t).value();
    return sample;
}

} // namespace consentry
