#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace consentry {

// The seam every small file of the store (keyslots, lockout state, backups) is written through: either
// the whole new content is there, or the old file is untouched. Tests inject a writer that fails like a
// full disk.
class FileWriter
{
public:
    virtual ~FileWriter() = default;
    virtual Status writeAtomically(const QString &path, const QByteArray &bytes) = 0;

    static FileWriter &standard(); // QSaveFile: temporary file + fsync + rename
};

class SaveFileWriter final : public FileWriter
{
    Q_DECLARE_TR_FUNCTIONS(SaveFileWriter)

public:
    Status writeAtomically(const QString &path, const QByteArray &bytes) override;
};

} // namespace consentry
