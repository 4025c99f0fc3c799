#include "vision/Gallery.h"

#include <opencv2/core.hpp>
#include <opencv2/core/hal/intrin.hpp>

#include <algorithm>
#include <cstring>
#include <functional>
#include <queue>

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#include <immintrin.h>
#define CONSENTRY_HALF_SCAN 1
#endif

namespace consentry {

namespace {

// Largest |float16 dot − float32 dot| for unit vectors: each stored value is rounded with relative
// error ≤ 2^-11, so by Cauchy–Schwarz the dot moves by at most 2^-11 ≈ 4.9e-4; doubled for summation.
constexpr float kHalfScanMargin = 1e-3f;

#ifdef CONSENTRY_HALF_SCAN
__attribute__((target("avx2,fma,f16c"))) float dotHalf(const quint16 *row, const float *probe, int n)
{
    __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
    int i = 0;
    for (; i + 16 <= n; i += 16) {
        const __m256 a0 = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i *>(row + i)));
        const __m256 a1 = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i *>(row + i + 8)));
        s0 = _mm256_fmadd_ps(a0, _mm256_loadu_ps(probe + i), s0);
        s1 = _mm256_fmadd_ps(a1, _mm256_loadu_ps(probe + i + 8), s1);
    }
    const __m256 s = _mm256_add_ps(s0, s1);
    __m128 h = _mm_add_ps(_mm256_castps256_ps128(s), _mm256_extractf128_ps(s, 1));
    h = _mm_hadd_ps(h, h);
    h = _mm_hadd_ps(h, h);
    float sum = _mm_cvtss_f32(h);
    for (; i < n; ++i)
        sum += _cvtsh_ss(row[i]) * probe[i];
    return sum;
}
#endif

} // namespace

bool Gallery::halfScanAvailable()
{
#ifdef CONSENTRY_HALF_SCAN
#if defined(__clang__) && __clang_major__ < 16
    // clang before 16 does not know "f16c" here; every CPU with AVX2 has F16C.
    static const bool available = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")
        && qEnvironmentVariableIsEmpty("CONSENTRY_NO_HALF_SCAN");
#else
    static const bool available = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")
        && __builtin_cpu_supports("f16c") && qEnvironmentVariableIsEmpty("CONSENTRY_NO_HALF_SCAN");
#endif
    return available;
#else
    return false;
#endif
}

size_t Gallery::bytesPerSearch() const
{
    const size_t values = static_cast<size_t>(size()) * static_cast<size_t>(dim());
    return halfScanAvailable() ? values * sizeof(quint16) : values * sizeof(float);
}

Gallery::Gallery(const EngineId &engine)
    : m_engine(engine)
{
}

void Gallery::reserve(int templates)
{
    m_matrix.reserve(static_cast<size_t>(templates) * static_cast<size_t>(dim()));
    if (halfScanAvailable())
        m_half.reserve(static_cast<size_t>(templates) * static_cast<size_t>(dim()));
    m_rowTemplate.reserve(static_cast<size_t>(templates));
    m_rowPersonSlot.reserve(static_cast<size_t>(templates));
    m_templateRow.reserve(static_cast<size_t>(templates));
}

size_t Gallery::bytes() const
{
    return m_matrix.capacity() * sizeof(float) + m_half.capacity() * sizeof(quint16)
        + m_rowTemplate.capacity() * sizeof(qint64) + m_rowPersonSlot.capacity() * sizeof(int)
        + m_templateRow.size() * 32 + m_personSlot.size() * 32
        + m_personIds.capacity() * (sizeof(qint64) + sizeof(int));
}

Status Gallery::add(qint64 templateId, qint64 personId, const FaceTemplate &faceTemplate)
{
    if (!faceTemplate.isValid() || faceTemplate.engine() != m_engine)
        return makeError(ErrorKind::InvalidArgument,
                         tr("This face template was made by the engine %1, but the gallery holds %2; re-enroll the "
                            "person with the current engine.")
                             .arg(faceTemplate.engine().name, m_engine.name));
    if (m_templateRow.count(templateId))
        return makeError(ErrorKind::InvalidArgument,
                         tr("The face template %1 is already in the gallery.").arg(templateId));

    int slot;
    const auto found = m_personSlot.find(personId);
    if (found != m_personSlot.end()) {
        slot = found->second;
    } else if (!m_freePersonSlots.empty()) {
        slot = m_freePersonSlots.back();
        m_freePersonSlots.pop_back();
        m_personIds[static_cast<size_t>(slot)] = personId;
        m_personTemplates[static_cast<size_t>(slot)] = 0;
        m_personSlot.emplace(personId, slot);
    } else {
        slot = static_cast<int>(m_personIds.size());
        m_personIds.push_back(personId);
        m_personTemplates.push_back(0);
        m_personSlot.emplace(personId, slot);
    }
    const int count = ++m_personTemplates[static_cast<size_t>(slot)];
    m_maxTemplatesPerPerson = std::max(m_maxTemplatesPerPerson, count);

    m_matrix.insert(m_matrix.end(), faceTemplate.data(), faceTemplate.data() + dim());
    if (halfScanAvailable()) {
        cv::Mat half;
        cv::Mat(1, dim(), CV_32F, const_cast<float *>(faceTemplate.data())).convertTo(half, CV_16F);
        const quint16 *bits = half.ptr<quint16>();
        m_half.insert(m_half.end(), bits, bits + dim());
    }
    m_templateRow.emplace(templateId, size());
    m_rowTemplate.push_back(templateId);
    m_rowPersonSlot.push_back(slot);
    return {};
}

bool Gallery::remove(qint64 templateId)
{
    const auto found = m_templateRow.find(templateId);
    if (found == m_templateRow.end())
        return false;
    const int r = found->second;
    const int last = size() - 1;
    const int slot = m_rowPersonSlot[static_cast<size_t>(r)];
    if (r != last) {
        std::memcpy(m_matrix.data() + static_cast<size_t>(r) * static_cast<size_t>(dim()), row(last),
                    sizeof(float) * static_cast<size_t>(dim()));
        if (!m_half.empty())
            std::memcpy(m_half.data() + static_cast<size_t>(r) * static_cast<size_t>(dim()),
                        m_half.data() + static_cast<size_t>(last) * static_cast<size_t>(dim()),
                        sizeof(quint16) * static_cast<size_t>(dim()));
        m_rowTemplate[static_cast<size_t>(r)] = m_rowTemplate[static_cast<size_t>(last)];
        m_rowPersonSlot[static_cast<size_t>(r)] = m_rowPersonSlot[static_cast<size_t>(last)];
        m_templateRow[m_rowTemplate[static_cast<size_t>(r)]] = r;
    }
    m_matrix.resize(static_cast<size_t>(last) * static_cast<size_t>(dim()));
    if (!m_half.empty())
        m_half.resize(static_cast<size_t>(last) * static_cast<size_t>(dim()));
    m_rowTemplate.pop_back();
    m_rowPersonSlot.pop_back();
    m_templateRow.erase(found);
    if (--m_personTemplates[static_cast<size_t>(slot)] == 0) {
        m_personSlot.erase(m_personIds[static_cast<size_t>(slot)]);
        m_freePersonSlots.push_back(slot);
    }
    return true;
}

int Gallery::removePerson(qint64 personId)
{
    if (!m_personSlot.count(personId))
        return 0;
    std::vector<qint64> templates;
    for (int r = 0; r < size(); ++r) {
        if (personOfRow(r) == personId)
            templates.push_back(m_rowTemplate[static_cast<size_t>(r)]);
    }
    for (qint64 id : templates)
        remove(id);
    return static_cast<int>(templates.size());
}

void Gallery::clear()
{
    *this = Gallery(m_engine);
}

float Gallery::dot(const float *a, const float *b, int n)
{
    int i = 0;
    float sum = 0;
#if CV_SIMD128
    cv::v_float32x4 s0 = cv::v_setzero_f32(), s1 = s0, s2 = s0, s3 = s0;
    for (; i + 16 <= n; i += 16) {
        s0 = cv::v_fma(cv::v_load(a + i), cv::v_load(b + i), s0);
        s1 = cv::v_fma(cv::v_load(a + i + 4), cv::v_load(b + i + 4), s1);
        s2 = cv::v_fma(cv::v_load(a + i + 8), cv::v_load(b + i + 8), s2);
        s3 = cv::v_fma(cv::v_load(a + i + 12), cv::v_load(b + i + 12), s3);
    }
    for (; i + 4 <= n; i += 4)
        s0 = cv::v_fma(cv::v_load(a + i), cv::v_load(b + i), s0);
    sum = cv::v_reduce_sum((s0 + s1) + (s2 + s3));
#endif
    for (; i < n; ++i)
        sum += a[i] * b[i];
    return sum;
}

void Gallery::scoreAll(const float *probe, float *out) const
{
    const int rows = size();
    const int d = dim();
    auto scan = [this, probe, out, d](const cv::Range &range) {
        for (int r = range.start; r < range.end; ++r)
            out[r] = dot(row(r), probe, d);
    };
    // Below ~2 MB of templates a second thread costs more than it saves.
    if (static_cast<size_t>(rows) * static_cast<size_t>(d) < 512 * 1024)
        scan(cv::Range(0, rows));
    else
        cv::parallel_for_(cv::Range(0, rows), scan, cv::getNumThreads());
}

void Gallery::scoreAllHalf(const float *probe, float *out) const
{
#ifdef CONSENTRY_HALF_SCAN
    const int rows = size();
    const int d = dim();
    const quint16 *half = m_half.data();
    auto scan = [half, probe, out, d](const cv::Range &range) {
        for (int r = range.start; r < range.end; ++r)
            out[r] = dotHalf(half + static_cast<size_t>(r) * static_cast<size_t>(d), probe, d);
    };
    if (static_cast<size_t>(rows) * static_cast<size_t>(d) < 1024 * 1024)
        scan(cv::Range(0, rows));
    else
        cv::parallel_for_(cv::Range(0, rows), scan, cv::getNumThreads());
#else
    scoreAll(probe, out);
#endif
}

Result<std::optional<GalleryMatch>> Gallery::compareWith(qint64 personId, const FaceTemplate &probe) const
{
    if (!probe.isValid() || probe.engine() != m_engine)
        return makeError(ErrorKind::InvalidArgument,
                         tr("This face template was made by the engine %1, but the gallery holds %2; they cannot be "
                            "compared.")
                             .arg(probe.engine().name, m_engine.name));
    std::optional<GalleryMatch> best;
    for (int r = 0; r < size(); ++r) {
        if (personOfRow(r) != personId)
            continue;
        const float s = dot(probe.data(), row(r), dim());
        if (!best || s > best->score)
            best = GalleryMatch { personId, templateOfRow(r), s };
    }
    return best;
}

Result<std::vector<GalleryMatch>> Gallery::search(const FaceTemplate &probe, int k) const
{
    if (!probe.isValid() || probe.engine() != m_engine)
        return makeError(ErrorKind::InvalidArgument,
                         tr("This face template was made by the engine %1, but the gallery holds %2; they cannot be "
                            "compared.")
                             .arg(probe.engine().name, m_engine.name));
    std::vector<GalleryMatch> matches;
    if (k <= 0 || size() == 0)
        return matches;
    std::vector<float> scores(static_cast<size_t>(size()));
    const bool half = halfScanAvailable() && m_half.size() == m_matrix.size();
    if (half)
        scoreAllHalf(probe.data(), scores.data());
    else
        scoreAll(probe.data(), scores.data());

    // The top k persons' best rows are among the top k·(most templates of one person) rows, so a
    // small heap over rows is enough; then keep each person's best row.
    const size_t pool = std::min(static_cast<size_t>(size()),
                                 static_cast<size_t>(k) * static_cast<size_t>(std::max(1, m_maxTemplatesPerPerson)));
    using Entry = std::pair<float, int>; // score, row
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
    for (int r = 0; r < size(); ++r) {
        const float s = scores[static_cast<size_t>(r)];
        if (heap.size() < pool) {
            heap.emplace(s, r);
        } else if (s > heap.top().first) {
            heap.pop();
            heap.emplace(s, r);
        }
    }
    std::vector<Entry> best;
    if (half) {
        // Every row whose exact score could reach the pool is within the error margin of its weakest
        // member: re-score those from the float32 rows.
        const float floor = heap.top().first - 2 * kHalfScanMargin;
        for (int r = 0; r < size(); ++r) {
            if (scores[static_cast<size_t>(r)] >= floor)
                best.emplace_back(dot(row(r), probe.data(), dim()), r);
        }
    } else {
        best.reserve(heap.size());
        while (!heap.empty()) {
            best.push_back(heap.top());
            heap.pop();
        }
    }
    std::sort(best.begin(), best.end(), std::greater<Entry>()); // best first
    std::vector<int> seenSlots;
    for (const Entry &e : best) {
        const int slot = m_rowPersonSlot[static_cast<size_t>(e.second)];
        if (std::find(seenSlots.begin(), seenSlots.end(), slot) != seenSlots.end())
            continue;
        seenSlots.push_back(slot);
        matches.push_back(GalleryMatch { m_personIds[static_cast<size_t>(slot)],
                                         m_rowTemplate[static_cast<size_t>(e.second)], e.first });
        if (static_cast<int>(matches.size()) == k)
            break;
    }
    return matches;
}

} // namespace consentry
