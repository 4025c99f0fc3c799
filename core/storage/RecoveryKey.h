#pragma once

#include "Result.h"
#include "storage/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace consentry {

// The recovery key shown once at setup: 160 random bits as 32 Crockford base32 characters in groups of
// four, plus a fifth-of-a-group checksum so a typo is reported as a typo, not as a wrong key:
//   7K3M-Q0ZD-…-X4PA-CHK1
class RecoveryKey
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKey)

public:
    static constexpr int kBytes = 20;

    struct Generated {
        SecureBytes secret; // the 20 bytes that wrap the database key
        QString printable; // what the manager writes down
    };
    static Generated generate();
    // Accepts lower case, spaces, missing dashes and the look-alikes O/o (0) and I/i/L/l (1).
    static Result<SecureBytes> parse(const QString &text);
    static QString format(const SecureBytes &secret);
};

} // namespace consentry
