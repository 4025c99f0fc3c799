#pragma once

#include "Result.h"
#include "vision/EngineId.h"
#include "vision/FaceTemplate.h"

#include <QCoreApplication>

#include <optional>
#include <unordered_map>
#include <vector>

namespace consentry {

struct GalleryMatch {
    qint64 personId = 0;
    qint64 templateId = 0; // the person's best-scoring template
    float score = 0; // cosine similarity
};

// The in-memory 1:N index of one engine: every template in one contiguous row-major float matrix, so a
// search is a single pass of SIMD dot products (split over the cores for large galleries), then top-k.
// Where the CPU converts half floats in hardware (x86 F16C), the pass reads a float16 copy of the
// matrix instead — half the bytes, and large galleries are limited by memory bandwidth — and the
// candidates within the float16 error bound of the top are re-scored from the float32 rows, so results
// and scores are exactly those of the float32 scan.
// Adding appends a row; removing moves the last row into the hole (swap-remove) and fixes the id maps,
// so nothing is ever rebuilt. A person with several templates scores the maximum over them (see
// docs/BENCHMARKS-vision.md: max is what calibration measures impostors with, so FAR stays honest).
// Reads (search) may run concurrently; writes need the caller's exclusive lock.
class Gallery
{
    Q_DECLARE_TR_FUNCTIONS(Gallery)

public:
    explicit Gallery(const EngineId &engine);

    const EngineId &engine() const { return m_engine; }
    int dim() const { return m_engine.dim; }
    int size() const { return static_cast<int>(m_rowTemplate.size()); }
    int personCount() const { return static_cast<int>(m_personIds.size() - m_freePersonSlots.size()); }
    void reserve(int templates);
    size_t bytes() const; // memory held by the matrix and the maps, approximately

    // Refuses a template of another engine and a template id that is already present.
    Status add(qint64 templateId, qint64 personId, const FaceTemplate &faceTemplate);
    bool remove(qint64 templateId);
    int removePerson(qint64 personId); // returns how many templates went
    bool contains(qint64 templateId) const { return m_templateRow.count(templateId) != 0; }
    void clear();

    // The k best persons, best first. InvalidArgument if the probe was made by another engine.
    Result<std::vector<GalleryMatch>> search(const FaceTemplate &probe, int k) const;
    // One-to-one: the probe against this person's templates only (no other row is scored); their best
    // template, or nothing when the person holds none.
    Result<std::optional<GalleryMatch>> compareWith(qint64 personId, const FaceTemplate &probe) const;

    // Low-level access for calibration and benchmarks.
    const float *row(int r) const { return m_matrix.data() + static_cast<size_t>(r) * static_cast<size_t>(dim()); }
    qint64 personOfRow(int r) const
    {
        return m_personIds[static_cast<size_t>(m_rowPersonSlot[static_cast<size_t>(r)])];
    }
    qint64 templateOfRow(int r) const { return m_rowTemplate[static_cast<size_t>(r)]; }
    // out[r] = dot(probe, row r) for every row; `probe` has dim() floats.
    void scoreAll(const float *probe, float *out) const;

    static float dot(const float *a, const float *b, int dim);
    // True when search() scans the float16 copy (decided once from the CPU's features).
    static bool halfScanAvailable();
    size_t bytesPerSearch() const; // what one search reads from the matrix

private:
    EngineId m_engine;
    void scoreAllHalf(const float *probe, float *out) const;

    std::vector<float> m_matrix;
    std::vector<quint16> m_half; // float16 copy of m_matrix, only when halfScanAvailable()
    std::vector<qint64> m_rowTemplate;
    std::vector<int> m_rowPersonSlot;
    std::unordered_map<qint64, int> m_templateRow;
    std::vector<qint64> m_personIds; // by slot
    std::vector<int> m_personTemplates; // templates per slot
    std::vector<int> m_freePersonSlots;
    std::unordered_map<qint64, int> m_personSlot;
    int m_maxTemplatesPerPerson = 0; // never decreases; bounds the top-k candidate pool
};

} // namespace consentry
