#include "services/GalleryService.h"

#include "services/UnitOfWork.h"

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

DecisionBands GalleryService::bands() const
{
    QReadLocker locker(&m_lock);
    return DecisionBands::forIdentification(m_floor, m_identification.threshold);
}

DecisionBands GalleryService::verificationBands() const
{
    return DecisionBands::fromThreshold(m_floor);
}

SiteScores GalleryService::siteScores() const
{
    QReadLocker locker(&m_lock);
    return SiteScores::measure(m_gallery, m_identification.threshold);
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
    return UnitOfWork::read(m_vault, Permission::Verify, [this](UnitOfWork &work) { return loadIn(work); });
}

Status GalleryService::loadIn(UnitOfWork &work)
{
    // One pass over the stored rows straight into the matrix: no list of records in between (at 100,000
    // templates that list alone was 100 MB of copies and 200,000 dates to parse).
    Gallery fresh(m_engine);
    const QByteArray modelSha256 = QByteArray::fromHex(m_engine.modelSha256.toLatin1());
    int skipped = 0;
    TRY_ASSIGN(const qint64 expected, work.templates().countOfEngine(m_engine.name));
    fresh.reserve(static_cast<int>(expected));
    TRY(work.templates().forEachOfEngine(
        m_engine.name, [&](qint64 id, qint64 residentId, QByteArrayView sha256, QByteArrayView vector) {
            // The same test as fromStored(): exactly this model file, and a vector of its length.
            Result<FaceTemplate> t = sha256 == modelSha256
                ? FaceTemplate::fromBytes(m_engine, QByteArray::fromRawData(vector.data(), vector.size()))
                : Result<FaceTemplate>(makeError(ErrorKind::InvalidArgument, QString()));
            if (!t || !fresh.add(id, residentId, t.value()))
                ++skipped;
        }));
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

Result<std::vector<GalleryMatch>> GalleryService::compareWith(qint64 residentId, const FaceTemplate &probe) const
{
    QReadLocker locker(&m_lock);
    if (!m_loaded)
        return makeError(ErrorKind::Internal, tr("The face gallery has not been loaded from the store."));
    TRY_ASSIGN(const std::optional<GalleryMatch> best, m_gallery.compareWith(residentId, probe));
    std::vector<GalleryMatch> matches;
    if (best)
        matches.push_back(*best);
    return matches;
}

Status GalleryService::add(qint64 templateId, qint64 residentId, const FaceTemplate &faceTemplate)
{
    QWriteLocker locker(&m_lock);
    Status added = m_gallery.add(templateId, residentId, faceTemplate);
    if (added)
        refreshThreshold(false);
    return added;
}

Status GalleryService::refreshResidents(const QList<qint64> &residentIds)
{
    if (!isLoaded() || residentIds.isEmpty())
        return {};
    return UnitOfWork::read(m_vault, Permission::Verify, [&](UnitOfWork &work) -> Status {
        QList<std::pair<qint64, QList<StoredTemplate>>> fresh;
        for (const qint64 id : residentIds) {
            TRY_ASSIGN(const QList<StoredTemplate> stored, work.templates().searchableOfResident(id));
            fresh.append({ id, stored });
        }
        QWriteLocker locker(&m_lock);
        for (const auto &[id, stored] : fresh) {
            m_gallery.removePerson(id);
            for (const StoredTemplate &s : stored) {
                if (Result<FaceTemplate> t = fromStored(s, m_engine); t)
                    (void)m_gallery.add(s.id, id, t.value()); // another engine's or a bad row: not searchable
            }
        }
        return {};
    });
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
