#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace consentry {

// Makes a folder (and its missing parents) for a command that may still fail or be refused, and takes
// back what it made unless told to keep it: a failed export or restore leaves no empty folders behind.
//
//   NewFolder folder;
//   if (Status ok = folder.make(outDir); !ok) return ok.error();
//   ... write; on any early return the folders made are removed again (only if still empty) ...
//   folder.keep();
class NewFolder
{
    Q_DECLARE_TR_FUNCTIONS(NewFolder)

public:
    NewFolder() = default;
    ~NewFolder();
    NewFolder(const NewFolder &) = delete;
    NewFolder &operator=(const NewFolder &) = delete;

    Status make(const QString &path);
    void keep() { m_made.clear(); }
    bool madeAny() const { return !m_made.isEmpty(); }

private:
    QStringList m_made; // outermost first
};

} // namespace consentry
