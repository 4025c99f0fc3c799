#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace consentry::test {

// Every file under a folder (relative path -> bytes), to prove that a refused operation changed nothing.
class FolderSnapshot
{
public:
    explicit FolderSnapshot(const QString &folder, const QStringList &ignoredNames = {});
    // Empty when both snapshots hold the same files with the same bytes; otherwise what differs.
    QString differences(const FolderSnapshot &other) const;
    const QMap<QString, QByteArray> &files() const { return m_files; }

private:
    QMap<QString, QByteArray> m_files;
};

// Writes `bytes` over `path` (helper for corrupting fixtures).
bool writeFileBytes(const QString &path, const QByteArray &bytes);
QByteArray readFileBytes(const QString &path);

} // namespace consentry::test
