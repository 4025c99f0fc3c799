#pragma once

#include "Result.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace consentry {

class FileWriter;
class KeyslotFile;
class SecureBytes;
class Vault;

// The parts of an unlocked Vault that only core reaches: UnitOfWork (for every service), Unlocker and the
// tests. ui/ and cli/ never include this header (tests/architecture checks it), so no screen or command can
// touch the database without a service checking the role.
class VaultInternals
{
public:
    // How every store database is opened (page size, migrations up to this build's schema).
    static Database::Options databaseOptions();
    // Valid while the vault is unlocked.
    static Database &database(Vault &vault);
    static const SecureBytes &databaseKey(const Vault &vault); // empty while locked
    static FileWriter &writer(const Vault &vault);
    // The keyslot file as on disk (refused if it belongs to another store), and an atomic replacement of it.
    static Result<KeyslotFile> loadKeyslots(const Vault &vault);
    static Status saveKeyslots(const Vault &vault, const KeyslotFile &keyslots);
    // One audit event in a transaction of its own, for an act that changes nothing else in the store (a
    // refusal, a lock, a file written outside it); announced on the vault's feed.
    static Result<qint64> auditAlone(Vault &vault, const QString &actor, const QString &kind,
                                     std::optional<qint64> residentId, const QJsonObject &details);
};

} // namespace consentry
