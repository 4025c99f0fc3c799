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
    // `version` other than the current one only for tests of reading older stores.
    static Result<Keyslot> wrap(const SecureBytes &databaseKey, const SecureBytes &secret, Keyslot::Type type,
                                const QString &name, const QString &storeId, const KdfParams &params,
                                int version = Keyslot::kCurrentVersion);
    // Authentication error when the secret is wrong (or the slot was tampered with: indistinguishable).
    static Result<SecureBytes> unwrap(const Keyslot &slot, const SecureBytes &secret, const QString &storeId);
    // Bounds a slot read from disk must respect, checked before any allocation: a damaged or edited file
    // must not make us allocate gigabytes. Production is 3 passes over 128 MiB; the bounds leave room to
    // raise it four-fold.
    static constexpr quint64 kMaxOpsLimit = 12;
    static constexpr quint64 kMaxMemLimit = 512ull * 1024 * 1024;
    static bool plausible(const Keyslot &slot);
    // Derives nothing and decrypts nothing, but costs what checking `slot`'s password costs: used when the
    // user name is unknown, so timing does not tell an unknown user from a wrong password.
    static void spendLikeUnwrap(const Keyslot &slot, const SecureBytes &secret);

private:
    static QByteArray associatedData(const Keyslot &slot, const QString &storeId);
    static Result<SecureBytes> deriveWrappingKey(const SecureBytes &secret, const QByteArray &salt, quint64 ops,
                                                 quint64 mem);
};

} // namespace consentry
