#include "storage/KeyStore.h"

#include "storage/Database.h"

#include <sodium.h>

namespace consentry {

KdfParams KdfParams::production()
{
    return { 3, 128ull * 1024 * 1024 };
}

KdfParams KdfParams::fast()
{
    return { crypto_pwhash_OPSLIMIT_MIN, 64ull * 1024 };
}

bool KdfParams::fastKdfRequested()
{
#ifdef CONSENTRY_TEST_KDF
    return qEnvironmentVariableIntValue("CONSENTRY_FAST_KDF") == 1;
#else
    return false; // a build without the tests (the release) never derives keys cheaply
#endif
}

KdfParams KdfParams::forThisProcess()
{
    return fastKdfRequested() ? fast() : production();
}

QByteArray KeyStore::associatedData(const Keyslot &slot, const QString &storeId)
{
    const QByteArray v1 = storeId.toUtf8() + '\n' + Keyslot::typeName(slot.type).toUtf8() + '\n' + slot.name.toUtf8();
    if (slot.version == 1)
        return QByteArrayLiteral("consentry-keyslot-v1\n") + v1;
    // Everything the password check depends on is authenticated: an edited cost or salt cannot open.
    return QByteArrayLiteral("consentry-keyslot-v2\n") + v1 + QByteArrayLiteral("\nargon2id13\n")
        + QByteArray::number(slot.opsLimit) + '\n' + QByteArray::number(slot.memLimit) + '\n' + slot.salt.toHex();
}

bool KeyStore::plausible(const Keyslot &slot)
{
    return (slot.version == 1 || slot.version == Keyslot::kCurrentVersion)
        && slot.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && slot.opsLimit <= kMaxOpsLimit
        && slot.memLimit >= crypto_pwhash_MEMLIMIT_MIN && slot.memLimit <= kMaxMemLimit
        && slot.salt.size() == crypto_pwhash_SALTBYTES
        && slot.nonce.size() == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        && slot.wrapped.size() == Database::kKeyBytes + static_cast<int>(crypto_aead_xchacha20poly1305_ietf_ABYTES);
}

Result<SecureBytes> KeyStore::deriveWrappingKey(const SecureBytes &secret, const QByteArray &salt, quint64 ops,
                                                quint64 mem)
{
    SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), secret.chars(), secret.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, static_cast<size_t>(mem),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(ErrorKind::IO,
                         tr("There is not enough memory to check the password (%1 MiB needed). Close other "
                            "programs and try again.")
                             .arg(mem / (1024 * 1024)));
    return key;
}

Result<Keyslot> KeyStore::wrap(const SecureBytes &databaseKey, const SecureBytes &secret, Keyslot::Type type,
                               const QString &name, const QString &storeId, const KdfParams &params, int version)
{
    if (!SecureBytes::ensureSodium())
        return makeError(ErrorKind::Internal, tr("The cryptography library could not start."));
    Keyslot slot;
    slot.version = version;
    slot.type = type;
    slot.name = name;
    slot.opsLimit = params.opsLimit;
    slot.memLimit = params.memLimit;
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(slot.salt.data(), static_cast<size_t>(slot.salt.size()));
    slot.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(slot.nonce.data(), static_cast<size_t>(slot.nonce.size()));

    Result<SecureBytes> wrappingKey = deriveWrappingKey(secret, slot.salt, slot.opsLimit, slot.memLimit);
    if (!wrappingKey)
        return wrappingKey.error();
    const QByteArray ad = associatedData(slot, storeId);
    slot.wrapped.resize(static_cast<int>(databaseKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(slot.wrapped.data()), &length, databaseKey.data(), databaseKey.size(),
        reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(slot.nonce.constData()), wrappingKey->data());
    slot.wrapped.resize(static_cast<int>(length));
    return slot;
}

void KeyStore::spendLikeUnwrap(const Keyslot &slot, const SecureBytes &secret)
{
    if (!SecureBytes::ensureSodium() || !plausible(slot))
        return;
    QByteArray otherSalt = slot.salt;
    otherSalt[0] = static_cast<char>(otherSalt[0] ^ 0x5a);
    (void)deriveWrappingKey(secret, otherSalt, slot.opsLimit, slot.memLimit);
}

Result<SecureBytes> KeyStore::unwrap(const Keyslot &slot, const SecureBytes &secret, const QString &storeId)
{
    if (!SecureBytes::ensureSodium())
        return makeError(ErrorKind::Internal, tr("The cryptography library could not start."));
    if (!plausible(slot))
        return makeError(ErrorKind::Data, tr("The keyslot file is damaged. Restore it from a backup."));
    Result<SecureBytes> wrappingKey = deriveWrappingKey(secret, slot.salt, slot.opsLimit, slot.memLimit);
    if (!wrappingKey)
        return wrappingKey.error();
    const QByteArray ad = associatedData(slot, storeId);
    SecureBytes key(Database::kKeyBytes);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &length, nullptr, reinterpret_cast<const unsigned char *>(slot.wrapped.constData()),
            static_cast<unsigned long long>(slot.wrapped.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char *>(slot.nonce.constData()), wrappingKey->data())
            != 0
        || length != Database::kKeyBytes)
        return makeError(ErrorKind::Authentication, tr("The password is wrong."));
    return key;
}

} // namespace consentry
