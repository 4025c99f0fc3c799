#pragma once

#include "Result.h"
#include "vision/EngineId.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace consentry {

// One face's template: an L2-normalised float vector plus the engine that made it. Comparisons exist only
// through similarity() and Gallery, and both refuse templates of another engine, so two engines' numbers
// can never be compared by accident.
class FaceTemplate
{
    Q_DECLARE_TR_FUNCTIONS(FaceTemplate)

public:
    FaceTemplate() = default; // invalid

    // L2-normalises `values`; refuses a wrong length, NaN/inf or an all-zero vector.
    static Result<FaceTemplate> fromFeatures(const EngineId &engine, const float *values, int count);
    // The store's format: `dim` little-endian float32 values.
    static Result<FaceTemplate> fromBytes(const EngineId &engine, const QByteArray &bytes);
    QByteArray toBytes() const;

    bool isValid() const { return m_engine.isValid() && !m_values.empty(); }
    const EngineId &engine() const { return m_engine; }
    int dim() const { return static_cast<int>(m_values.size()); }
    const float *data() const { return m_values.data(); } // for Gallery and serialisation

    // Cosine similarity in [-1, 1]; InvalidArgument if the engines differ.
    Result<float> similarity(const FaceTemplate &other) const;

private:
    EngineId m_engine;
    std::vector<float> m_values;
};

} // namespace consentry
