#include "vision/DnnEmbedder.h"

#include <QDir>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <vector>

namespace consentry {

DnnEmbedder::DnnEmbedder(const ModelCard &card)
    : m_card(card)
    , m_engine { card.flipAverage ? card.id + QStringLiteral("+flip") : card.id, card.sha256, card.outputDim }
    , m_aligner(card.alignSize, card.alignPoints)
{
}

Result<std::unique_ptr<DnnEmbedder>> DnnEmbedder::create(const ResolvedModel &model)
{
    std::unique_ptr<DnnEmbedder> embedder(new DnnEmbedder(model.card));
    const QString shown = QDir::toNativeSeparators(model.path);
    const Error refused = makeError(ErrorKind::Data,
                                    tr("The face recognition model %1 could not be loaded: it is damaged or not the "
                                       "model its card describes. Replace it with the original file.")
                                        .arg(shown));
    try {
        embedder->m_net = cv::dnn::readNet(model.path.toStdString());
        if (embedder->m_net.empty())
            return refused;
        // Check once that the file is the kind of network the card says: the output must have the card's length.
        const cv::Mat probe(model.card.alignSize, CV_8UC3, cv::Scalar(90, 100, 110));
        Result<FaceTemplate> t = embedder->run(probe);
        if (!t.ok())
            return refused;
    } catch (const cv::Exception &) {
        return refused;
    }
    return embedder;
}

cv::Mat DnnEmbedder::alignedCrop(const cv::Mat &bgr, const DetectedFace &face) const
{
    return m_aligner.align(bgr, face);
}

Result<FaceTemplate> DnnEmbedder::run(const cv::Mat &crop)
{
    // With flipAverage the mirror image too: a face turned a little one way then also counts as turned
    // the other way, which evens out pose and uneven light. Two passes: the converted networks have a
    // batch size of one fixed inside them.
    const int images = m_card.flipAverage ? 2 : 1;
    const size_t dim = static_cast<size_t>(m_card.outputDim);
    std::vector<float> sum(dim, 0.0f);
    try {
        cv::Mat view = crop;
        for (int i = 0; i < images; ++i) {
            if (i == 1)
                cv::flip(crop, view, 1);
            const cv::Mat blob
                = cv::dnn::blobFromImage(view, m_card.scale, m_card.inputSize, m_card.mean, m_card.swapRb, false);
            m_net.setInput(blob);
            const cv::Mat output = m_net.forward();
            if (output.type() != CV_32F || output.total() != dim || !output.isContinuous())
                return makeError(ErrorKind::Data,
                                 tr("The face recognition model gave %1 values instead of %2; it is not the "
                                    "model its card describes.")
                                     .arg(output.total())
                                     .arg(m_card.outputDim));
            if (images == 1)
                return FaceTemplate::fromFeatures(m_engine, output.ptr<float>(), m_card.outputDim);
            // Each view L2-normalised before the sum, so neither outweighs the other.
            const float *row = output.ptr<float>();
            double norm = 0;
            for (size_t d = 0; d < dim; ++d)
                norm += double(row[d]) * row[d];
            const float scale = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0f;
            for (size_t d = 0; d < dim; ++d)
                sum[d] += row[d] * scale;
        }
    } catch (const cv::Exception &e) {
        // OpenCV's text (file, line, assertion) is for the log, not for the sentence.
        qWarning("DnnEmbedder: %s", e.what());
        return makeError(ErrorKind::Data,
                         tr("The face recognition model cannot use this image; use a larger, sharper photo of "
                            "one face."));
    }
    return FaceTemplate::fromFeatures(m_engine, sum.data(), m_card.outputDim);
}

Result<FaceTemplate> DnnEmbedder::embed(const cv::Mat &bgr, const DetectedFace &face)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return makeError(ErrorKind::InvalidArgument, tr("The frame is empty or not an 8-bit colour image."));
    return run(alignedCrop(bgr, face));
}

} // namespace consentry
