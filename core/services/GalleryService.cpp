#include "services/GalleryService.h"

#include "services/UnitOfWork.h"

namespace consentry {

GalleryService::GalleryService(Vault &vault, const EngineId &engine, float threshold)
    : m_vault(vault)
    , m_engine(engine)
    , m_threshold(threshold)
    , m_gallery(engine)
{
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
    TRY_ASSIGN(const QList<StoredTemplate> stored, work.templates().searchableOfEngine(m_engine.name));
    Gallery fresh(m_engine);
    fresh.reserve(static_cast<int>(stored.size()));
    int skipped = 0;
    for (const StoredTemplate &s : stored) {
        Result<FaceTemplate> t = fromStored(s, m_engine);
        if (!t || !fresh.add(s.id, s.residentId, t.value())) {
            ++skipped;
            continue;
        }
    }
    QWriteLocker locker(&m_lock);
    m_gallery = std::move(fresh);
    m_loaded = true;
    m_skipped = skipped;
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
    return m_gallery.add(templateId, residentId, faceTemplate);
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
    return m_gallery.removePerson(residentId);
}

} // namespace consentry
