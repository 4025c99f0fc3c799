#include "vault/OpenStore.h"

#include "storage/Database.h"

namespace consentry {

OpenStore::OpenStore(QString dataDir, QString storeId, std::unique_ptr<Database> db, SecureBytes key, Session session)
    : m_dataDir(std::move(dataDir))
    , m_storeId(std::move(storeId))
    , m_db(std::move(db))
    , m_key(std::move(key))
    , m_session(std::move(session))
{
}

OpenStore::~OpenStore()
{
    m_db.reset();
    m_key.clear();
}

} // namespace consentry
