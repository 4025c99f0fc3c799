#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace consentry::ui {

// The user manual: Markdown sections compiled into the program (docs/manual/<language>/NN-name.md, see
// docs/manual/README.md), with placeholders resolved against the running program, so that the screen and
// button names it gives are the ones on screen and the folders it names are this computer's.
class ManualContent
{
    Q_DECLARE_TR_FUNCTIONS(ManualContent)

public:
    struct Section {
        QString file; // "03-compliance.md"
        QString title; // from the first "# " line
        QString markdown; // placeholders resolved
    };

    // What {{data_dir}} and {{model_dirs}} become. Empty: the generic description written into the
    // installed HTML manual (which is built on another computer than the one reading it).
    struct Facts {
        QString dataDir;
        QStringList modelDirs;
    };

    // The manual's sections in `language` (falls back to English), in file-name order. `unresolved`
    // collects placeholders that named nothing (a test keeps it empty).
    static QList<Section> sections(const QString &language, const Facts &facts, QStringList *unresolved = nullptr);
    static QStringList languages(); // the languages the manual is written in
    // The text with every {{…}} replaced; unknown ones stay as they are and are listed in `unresolved`.
    static QString resolve(const QString &text, const QString &language, const Facts &facts,
                           QStringList *unresolved = nullptr);
    // One HTML page with every section, for the manual installed beside the program.
    static QString toHtml(const QString &language, const Facts &facts);
    // A label as the program shows it, without its accelerator mark: "导出 PDF(&X)…" -> "导出 PDF…".
    static QString plainLabel(const QString &label);
};

} // namespace consentry::ui
