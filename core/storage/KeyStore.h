#pragma once

#include "Result.h"
#include "storage/Keyslot.h"
#include "storage/SecureBytes.h"

#include <QCoreApplication>

namespace consentry {

// Argon2id cost. Production cost protects a stolen keyslot file against offline guessing; the fast cost
// exists only for tests: CONSENTRY_FAST_KDF=1 (set by consentry_add_test) is honoured only by a build with
// the test suites (CMake option CONSENTRY_TEST_KDF, off in the release preset).
struct KdfParams {
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    static KdfParams production(); // 3 passes over 128 MiB
    static KdfParams fast(); // 1 pass over 64 KiB: tests only
    static KdfParams forThisProcess();
    static bool fastKdfRequested();
};

// Wraps and unwraps the database key (KeePassXC's keys/ idea, with libsodium).
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)

public:
    static Result<Keyslot> wrap(const SecureBytes &databaseKey, const SecureBytes &secret, Keyslot::Type type,
                                const QString &name, const QString &storeId, const KdfParams &params);
    // Authentication error when the secret is wrong (or the slot was tampered with: indistinguishable).
    static Result<SecureBytes> unwrap(const Keyslot &slot, const SecureBytes &secret, const QString &storeId);
    // Bounds a slot read from disk must respect (a damaged file must not make us allocate 1 TiB).
    static bool plausible(const Keyslot &slot);

private:
    static QByteArray associatedData(const Keyslot &slot, const QString &storeId);
    static Result<SecureBytes> deriveWrappingKey(const SecureBytes &secret, const QByteArray &salt, quint64 ops,
                                                 quint64 mem);
};

} // namespace consentry
