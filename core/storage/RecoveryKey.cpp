#include "storage/RecoveryKey.h"

#include <sodium.h>

namespace consentry {

namespace {
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

int decodeChar(QChar c)
{
    const char up = static_cast<char>(c.toUpper().toLatin1());
    if (up == 'O')
        return 0;
    if (up == 'I' || up == 'L')
        return 1;
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == up)
            return i;
    }
    return -1;
}

// 32 characters for 20 bytes: 5 bits each, most significant first.
QString encode(const unsigned char *data, int size)
{
    QString out;
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < size; ++i) {
        buffer = (buffer << 8) | data[i];
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
        buffer &= (1 << bits) - 1;
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

QString checksum(const SecureBytes &secret)
{
    unsigned char hash[crypto_generichash_BYTES_MIN];
    static const unsigned char context[] = "consentry-recovery-key-check";
    crypto_generichash(hash, sizeof hash, secret.data(), secret.size(), context, sizeof(context) - 1);
    return encode(hash, 3).left(4); // 20 bits
}
} // namespace

RecoveryKey::Generated RecoveryKey::generate()
{
    Generated g;
    g.secret = SecureBytes::random(kBytes);
    g.printable = format(g.secret);
    return g;
}

QString RecoveryKey::format(const SecureBytes &secret)
{
    const QString body = encode(secret.data(), static_cast<int>(secret.size())) + checksum(secret);
    QStringList groups;
    for (int i = 0; i < body.size(); i += 4)
        groups << body.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

Result<SecureBytes> RecoveryKey::parse(const QString &text)
{
    QString clean;
    for (const QChar c : text) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (decodeChar(c) < 0)
            return makeError(ErrorKind::Authentication,
                             tr("The recovery key contains \"%1\", which is not one of its characters. Check the "
                                "printed key and type it again.")
                                 .arg(c));
        clean += c;
    }
    if (clean.size() != 36)
        return makeError(ErrorKind::Authentication,
                         tr("A recovery key has 36 characters in 9 groups of four; this one has %1. Check the "
                            "printed key and type it again.")
                             .arg(clean.size()));
    SecureBytes secret(kBytes);
    int buffer = 0;
    int bits = 0;
    int out = 0;
    for (int i = 0; i < 32; ++i) {
        buffer = (buffer << 5) | decodeChar(clean.at(i));
        bits += 5;
        if (bits >= 8) {
            secret.data()[out++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
            buffer &= (1 << bits) - 1;
        }
    }
    QString given;
    for (int i = 32; i < 36; ++i)
        given += QLatin1Char(kAlphabet[decodeChar(clean.at(i))]);
    if (given != checksum(secret))
        return makeError(ErrorKind::Authentication,
                         tr("The recovery key has a typo (its check group does not match). Check the printed "
                            "key and type it again."));
    return secret;
}

} // namespace consentry
