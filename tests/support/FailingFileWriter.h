#pragma once

#include "storage/FileWriter.h"

namespace consentry::test {

// A FileWriter that lets `successes` writes through (really, via QSaveFile) and then fails every write
// the way a full disk does: the target is left as it was.
class FailingFileWriter final : public FileWriter
{
public:
    explicit FailingFileWriter(int successes = 0)
        : m_successes(successes)
    {
    }
    Status writeAtomically(const QString &path, const QByteArray &bytes) override
    {
        ++m_attempts;
        if (m_successes > 0) {
            --m_successes;
            return FileWriter::standard().writeAtomically(path, bytes);
        }
        return makeError(ErrorKind::IO, QStringLiteral("The disk is full: \"%1\" was not written.").arg(path));
    }
    int attempts() const { return m_attempts; }

private:
    int m_successes = 0;
    int m_attempts = 0;
};

} // namespace consentry::test
