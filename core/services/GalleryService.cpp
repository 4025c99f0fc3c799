#include "services/GalleryService.h"

#include "services/TemplateService.h"
#include "services/Vault.h"

namespace consentry {

GalleryService::GalleryService(Vault &vault, const EngineId &engine, float floor, const ImpostorTail &development,
                               double targetFpir)
    : m_vault(vault)
    , m_engine(engine)
    , m_floor(floor)
    , m_development(development)
    , m_targetFpir(targetFpir)
    , m_gallery(engine)
{
    m_identification = OpenSetThreshold::compute(0, m_floor, m_development, ImpostorTail(), m_targetFpir);
}

void GalleryService::refreshThreshold(bool force)
{
    // Re-computed when the size moved by a tenth: the threshold grows with the logarithm of the size, so
    // a tenth moves it by little, and the site's tail costs a few gallery scans to measure.
    const qint64 size = m_gallery.size();
    const qint64 last = m_identification.templates;
    if (!force && std::abs(size - last) < std::max<qint64>(1, last / 10))
        return;
    m_identification = OpenSetThreshold::compute(m_gallery, m_floor, m_development, m_targetFpir);
}

float GalleryService::threshold() const
{
    QReadLocker locker(&m_lock);
    return m_identification.threshold;
}

IdentificationThreshold GalleryService::identificationThreshold() const
{
    QReadLocker locker(&m_lock);
    return m_identification;
}

IdentificationThreshold GalleryService::identificationThresholdAt(qint64 templates) const
{
    QReadLocker locker(&m_lock);
    return OpenSetThreshold::compute(templates, m_floor, m_development, m_identification.siteTail, m_targetFpir);
}

StoredTemplate GalleryService::toStored(const FaceTemplate &faceTemplate, double quality)
{
    StoredTemplate stored;
    stored.engineId = faceTemplate.engine().name;
    stored.modelSha256 = QByteArray::fromHex(faceTemplate.engine().modelSha256.toLatin1());
    stored.vector = faceTemplate.toBytes();
    stored.quality = quality;
    return stored;
}

Result<FaceTemplate> GalleryService::fromStored(const StoredTemplate &stored, const EngineId &engine)
{
    if (stored.engineId != engine.name
        || QString::fromLatin1(stored.modelSha256.toHex()) != engine.modelSha256.toLower())
        return makeError(ErrorKind::InvalidArgument,
                         tr("The face template %1 was made by another face engine; enroll the person again "
                            "with the engine in use.")
                             .arg(stored.id));
    return FaceTemplate::fromBytes(engine, stored.vector);
}

Status GalleryService::load()
{
    // One pass over the stored rows straight into the matrix: no list of records in between (at 100,000
    // templates that list alone was 100 MB of copies and 200,000 dates to parse).
    Gallery fresh(m_engine);
    const QByteArray modelSha256 = QByteArray::fromHex(m_engine.modelSha256.toLatin1());
    int skipped = 0;
    qint64 expected = 0;
    const Status read = TemplateService(m_vault).gallery(
        m_engine.name,
        [&](qint64 id, qint64 residentId, QByteArrayView sha256, QByteArrayView vector) {
            if (fresh.size() == 0)
                fresh.reserve(static_cast<int>(expected));
            // The same test as fromStored(): exactly this model file, and a vector of its length.
            Result<FaceTemplate> t = sha256 == modelSha256
                ? FaceTemplate::fromBytes(m_engine, QByteArray::fromRawData(vector.data(), vector.size()))
                : Result<FaceTemplate>(makeError(ErrorKind::InvalidArgument, QString()));
            if (!t || !fresh.add(id, residentId, t.value()))
                ++skipped;
        },
        &expected);
    if (!read)
        return read;
    QWriteLocker locker(&m_lock);
    m_gallery = std::move(fresh);
    m_loaded = true;
    m_skipped = skipped;
    refreshThreshold(true);
    return {};
}

bool GalleryService::isLoaded() const
{
    QReadLocker locker(&m_lock);
    return m_loaded;
}

void GalleryService::clear()
{
    QWriteLocker locker(&m_lock);
    m_gallery = Gallery(m_engine);
    m_loaded = false;
    refreshThreshold(true);
}

int GalleryService::templateCount() const
{
    QReadLocker locker(&m_lock);
    return m_gallery.size();
}

int GalleryService::residentCount() const
{
    QReadLocker locker(&m_lock);
    return m_gallery.personCount();
}

Result<std::vector<GalleryMatch>> GalleryService::search(const FaceTemplate &probe, int k) const
{
    QReadLocker locker(&m_lock);
    if (!m_loaded)
        return makeError(ErrorKind::Internal, tr("The face gallery has not been loaded from the store."));
    return m_gallery.search(probe, k);
}

Status GalleryService::add(qint64 templateId, qint64 residentId, const FaceTemplate &faceTemplate)
{
    QWriteLocker locker(&m_lock);
    Status added = m_gallery.add(templateId, residentId, faceTemplate);
    if (added)
        refreshThreshold(false);
    return added;
}

int GalleryService::removeResident(qint64 residentId)
{
    QWriteLocker locker(&m_lock);
    const int removed = m_gallery.removePerson(residentId);
    if (removed > 0)
        refreshThreshold(false);
    return removed;
}

} // namespace consentry
