#pragma once

#include <QByteArray>
#include <QString>

namespace consentry {

// One wrapped copy of the database key: XChaCha20-Poly1305 under a key derived with Argon2id from a
// user's password (or from the recovery key). The associated data binds it to its store, type and name,
// so a slot copied into another store's file or renamed does not open; from version 2 on it also covers
// the KDF name, cost and salt, so an edited cost cannot open either.
struct Keyslot {
    enum class Type { User, Recovery };
    static constexpr int kCurrentVersion = 2;

    int version = kCurrentVersion; // 1: associated data without the KDF parameters (re-wrapped at login)
    Type type = Type::User;
    QString name; // the user name; "recovery" for the recovery slot
    quint64 opsLimit = 0; // Argon2id passes
    quint64 memLimit = 0; // Argon2id memory in bytes
    QByteArray salt; // crypto_pwhash_SALTBYTES
    QByteArray nonce; // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
    QByteArray wrapped; // ciphertext + tag of the 32-byte database key

    static QString typeName(Type type)
    {
        return type == Type::User ? QStringLiteral("user") : QStringLiteral("recovery");
    }
};

} // namespace consentry
