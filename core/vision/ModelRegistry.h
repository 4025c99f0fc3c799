#pragma once

#include "Result.h"
#include "vision/ModelCard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace consentry {

// A model file that was found and whose bytes match its card.
struct ResolvedModel {
    ModelCard card;
    QString path; // absolute
};

// Finds face models: the cards compiled into core say which files exist and what their SHA-256 must be;
// the search path says where to look. A file whose hash does not match its card is refused (and the
// refusal, naming the file, is kept in problems()) — it is never loaded.
class ModelRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ModelRegistry)

public:
    // Search order: explicitDir (--model-dir), CONSENTRY_MODEL_DIR, the installed models folder
    // (CONSENTRY_INSTALL_DATADIR/models; <appdir>/models on Windows), then <dataDir>/models.
    static QStringList defaultSearchDirs(const QString &explicitDir, const QString &dataDir);

    // The cards compiled into core (resources/models/*.json).
    static QList<ModelCard> builtInCards();

    explicit ModelRegistry(const QStringList &searchDirs);
    ModelRegistry(const QStringList &searchDirs, const QList<ModelCard> &cards);

    QStringList searchDirs() const { return m_searchDirs; }
    QList<ModelCard> cards() const { return m_cards; }

    // The first file matching the card `id` along the search path. NotFound when no folder has it;
    // Data when the only candidates were refused because their hash did not match.
    Result<ResolvedModel> find(const QString &id) const;
    // The usable model of that kind with the highest priority; NotFound if there is none.
    Result<ResolvedModel> best(ModelCard::Kind kind) const;

    // Sentences about files that were refused during lookups (wrong size or hash), naming each file.
    QStringList problems() const { return m_problems; }

    // SHA-256 of a file as lower-case hex; cached by path, size and modification time.
    static Result<QString> sha256OfFile(const QString &path);

private:
    QStringList m_searchDirs;
    QList<ModelCard> m_cards;
    mutable QStringList m_problems;
};

} // namespace consentry
