#include "vision/ModelRegistry.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <algorithm>

namespace consentry {

QStringList ModelRegistry::defaultSearchDirs(const QString &explicitDir, const QString &dataDir)
{
    QStringList dirs;
    auto add = [&dirs](const QString &dir) {
        if (dir.isEmpty())
            return;
        const QString clean = QDir::cleanPath(QDir(dir).absolutePath());
        if (!dirs.contains(clean))
            dirs << clean;
    };
    add(explicitDir);
    add(qEnvironmentVariable("CONSENTRY_MODEL_DIR"));
#ifdef Q_OS_WIN
    if (QCoreApplication::instance())
        add(QCoreApplication::applicationDirPath() + QStringLiteral("/models"));
#endif
    add(QStringLiteral(CONSENTRY_INSTALL_DATADIR "/models"));
    if (!dataDir.isEmpty())
        add(dataDir + QStringLiteral("/models"));
    return dirs;
}

QList<ModelCard> ModelRegistry::builtInCards()
{
    QList<ModelCard> cards;
    const QDir dir(QStringLiteral(":/models"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        Result<ModelCard> card = ModelCard::fromJsonFile(dir.filePath(name));
        if (card.ok()) // a broken built-in card is a build bug; the card tests catch it
            cards << card.value();
    }
    return cards;
}

ModelRegistry::ModelRegistry(const QStringList &searchDirs)
    : ModelRegistry(searchDirs, builtInCards())
{
}

ModelRegistry::ModelRegistry(const QStringList &searchDirs, const QList<ModelCard> &cards)
    : m_searchDirs(searchDirs)
    , m_cards(cards)
{
}

Result<QString> ModelRegistry::sha256OfFile(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, QPair<QString, QString>> cache; // path -> (size:mtime, hash)
    const QFileInfo info(path);
    const QString stamp = QStringLiteral("%1:%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(info.absoluteFilePath());
        if (it != cache.constEnd() && it->first == stamp)
            return it->second;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::IO,
                         tr("The model file %1 could not be read; check that it exists and "
                            "is readable.")
                             .arg(QDir::toNativeSeparators(path)));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(ErrorKind::IO,
                         tr("The model file %1 could not be read; check that it exists and "
                            "is readable.")
                             .arg(QDir::toNativeSeparators(path)));
    const QString hex = QString::fromLatin1(hash.result().toHex());
    QMutexLocker lock(&mutex);
    cache.insert(info.absoluteFilePath(), qMakePair(stamp, hex));
    return hex;
}

Result<ResolvedModel> ModelRegistry::find(const QString &id) const
{
    const auto card = std::find_if(m_cards.cbegin(), m_cards.cend(), [&id](const ModelCard &c) { return c.id == id; });
    if (card == m_cards.cend())
        return makeError(ErrorKind::NotFound, tr("No model card is called \"%1\".").arg(id));

    QString refusal;
    for (const QString &dir : m_searchDirs) {
        const QString path = QDir(dir).filePath(card->fileName);
        const QFileInfo info(path);
        if (!info.isFile())
            continue;
        const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
        if (card->bytes > 0 && info.size() != card->bytes) {
            refusal = tr("The model file %1 has %2 bytes but its model card expects %3; it was not used. "
                         "Replace it with the original file.")
                          .arg(shown)
                          .arg(info.size())
                          .arg(card->bytes);
        } else {
            Result<QString> hash = sha256OfFile(path);
            if (!hash.ok()) {
                refusal = hash.errorMessage();
            } else if (hash.value() != card->sha256) {
                refusal = tr("The model file %1 does not match its model card (SHA-256 %2, expected %3); it was "
                             "not used. Replace it with the original file.")
                              .arg(shown, hash.value(), card->sha256);
            } else {
                return ResolvedModel { *card, info.absoluteFilePath() };
            }
        }
        if (!m_problems.contains(refusal))
            m_problems << refusal;
    }
    if (!refusal.isEmpty())
        return makeError(ErrorKind::Data, refusal);
    return makeError(
        ErrorKind::NotFound,
        tr("The model file %1 was not found in %2.").arg(card->fileName, m_searchDirs.join(QStringLiteral(", "))));
}

Result<ResolvedModel> ModelRegistry::best(ModelCard::Kind kind) const
{
    QList<ModelCard> candidates;
    for (const ModelCard &card : m_cards) {
        if (card.kind == kind)
            candidates << card;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const ModelCard &a, const ModelCard &b) { return a.priority > b.priority; });
    Error last = makeError(ErrorKind::NotFound, tr("No face model of this kind was found."));
    for (const ModelCard &card : candidates) {
        Result<ResolvedModel> found = find(card.id);
        if (found.ok())
            return found;
        if (found.errorKind() == ErrorKind::Data || last.kind == ErrorKind::NotFound)
            last = found.error();
    }
    return last;
}

} // namespace consentry
