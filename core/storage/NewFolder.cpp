#include "storage/NewFolder.h"

#include <QDir>
#include <QFileInfo>

namespace consentry {

NewFolder::~NewFolder()
{
    for (auto it = m_made.crbegin(); it != m_made.crend(); ++it)
        QDir().rmdir(*it); // fails, as it should, when something was put inside meanwhile
}

Status NewFolder::make(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList missing;
    for (QString p = absolute; !p.isEmpty() && !QFileInfo::exists(p);) {
        missing.prepend(p);
        const QString parent = QFileInfo(p).absolutePath();
        if (parent == p)
            break;
        p = parent;
    }
    for (const QString &folder : missing) {
        if (!QDir().mkdir(folder))
            return makeError(ErrorKind::IO,
                             tr("The folder %1 cannot be created. Check the path and the permissions.")
                                 .arg(QDir::toNativeSeparators(folder)));
        m_made << folder;
    }
    if (!QFileInfo(absolute).isDir())
        return makeError(ErrorKind::IO, tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(absolute)));
    return {};
}

} // namespace consentry
