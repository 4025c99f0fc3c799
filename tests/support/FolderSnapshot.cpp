#include "FolderSnapshot.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace consentry::test {

FolderSnapshot::FolderSnapshot(const QString &folder, const QStringList &ignoredNames)
{
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (ignoredNames.contains(it.fileName()))
            continue;
        m_files.insert(root.relativeFilePath(path), readFileBytes(path));
    }
}

QString FolderSnapshot::differences(const FolderSnapshot &other) const
{
    QStringList out;
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        if (!other.m_files.contains(it.key()))
            out << QStringLiteral("%1 disappeared").arg(it.key());
        else if (other.m_files.value(it.key()) != it.value())
            out << QStringLiteral("%1 changed").arg(it.key());
    }
    for (auto it = other.m_files.begin(); it != other.m_files.end(); ++it) {
        if (!m_files.contains(it.key()))
            out << QStringLiteral("%1 appeared").arg(it.key());
    }
    return out.join(QStringLiteral("; "));
}

bool writeFileBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QByteArray readFileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace consentry::test
