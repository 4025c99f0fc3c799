#include "vision/FaceTemplate.h"

#include <QtEndian>

#include <cmath>
#include <cstring>

namespace consentry {

Result<FaceTemplate> FaceTemplate::fromFeatures(const EngineId &engine, const float *values, int count)
{
    if (!engine.isValid() || count != engine.dim || !values)
        return makeError(ErrorKind::InvalidArgument,
                         tr("The face template has %1 values but its engine %2 makes %3.")
                             .arg(count)
                             .arg(engine.name)
                             .arg(engine.dim));
    double sum = 0;
    for (int i = 0; i < count; ++i) {
        if (!std::isfinite(values[i]))
            return makeError(ErrorKind::Data,
                             tr("The face template contains invalid numbers; capture the face again."));
        sum += double(values[i]) * values[i];
    }
    if (sum <= 1e-20)
        return makeError(ErrorKind::Data, tr("The face template is empty; capture the face again."));
    FaceTemplate t;
    t.m_engine = engine;
    t.m_values.resize(static_cast<size_t>(count));
    const double inv = 1.0 / std::sqrt(sum);
    for (int i = 0; i < count; ++i)
        t.m_values[static_cast<size_t>(i)] = static_cast<float>(values[i] * inv);
    return t;
}

Result<FaceTemplate> FaceTemplate::fromBytes(const EngineId &engine, const QByteArray &bytes)
{
    if (!engine.isValid() || bytes.size() != qsizetype(engine.dim) * 4)
        return makeError(ErrorKind::Data,
                         tr("A stored face template has the wrong size for the engine %1; the data "
                            "may be damaged.")
                             .arg(engine.name));
    std::vector<float> values(static_cast<size_t>(engine.dim));
    for (int i = 0; i < engine.dim; ++i) {
        const quint32 bits = qFromLittleEndian<quint32>(bytes.constData() + 4 * i);
        std::memcpy(&values[static_cast<size_t>(i)], &bits, 4);
    }
    return fromFeatures(engine, values.data(), engine.dim);
}

QByteArray FaceTemplate::toBytes() const
{
    QByteArray bytes(dim() * 4, Qt::Uninitialized);
    for (int i = 0; i < dim(); ++i) {
        quint32 bits;
        std::memcpy(&bits, &m_values[static_cast<size_t>(i)], 4);
        qToLittleEndian(bits, bytes.data() + 4 * i);
    }
    return bytes;
}

Result<float> FaceTemplate::similarity(const FaceTemplate &other) const
{
    if (!isValid() || !other.isValid() || m_engine != other.m_engine)
        return makeError(ErrorKind::InvalidArgument,
                         tr("Face templates of different recognition engines (%1, %2) cannot be compared; "
                            "re-enroll the person with the current engine.")
                             .arg(m_engine.name, other.m_engine.name));
    double dot = 0;
    for (size_t i = 0; i < m_values.size(); ++i)
        dot += double(m_values[i]) * other.m_values[i];
    return static_cast<float>(dot);
}

} // namespace consentry
