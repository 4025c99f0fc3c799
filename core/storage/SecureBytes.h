#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace consentry {

// Key material in sodium_malloc'd memory: guarded pages, excluded from core dumps where the OS allows,
// wiped (sodium_free zeroes) when the object dies. Move-only, so a secret has one owner at a time.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    SecureBytes(const void *data, std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    static SecureBytes random(std::size_t size);
    // Copies the UTF-8 of `text`; the caller should drop its QString as soon as it can.
    static SecureBytes fromUtf8(const QString &text);
    // Copies `bytes` and wipes the source buffer.
    static SecureBytes takeFrom(QByteArray &bytes);

    SecureBytes clone() const;
    // Lower-case hex of the contents, in secure memory too (for PRAGMA key).
    SecureBytes toHex() const;
    bool equals(const SecureBytes &other) const; // constant time

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *chars() const { return reinterpret_cast<const char *>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void clear();

    // sodium_init(); safe to call many times. False when libsodium cannot start (no usable RNG).
    static bool ensureSodium();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace consentry
