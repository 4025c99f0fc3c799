#pragma once

#include "Result.h"
#include "domain/NoticeVersion.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace consentry {

class Database;

// Published notice texts. Insert-only (triggers refuse UPDATE and DELETE).
class NoticeRepository
{
public:
    explicit NoticeRepository(Database &db);
    // Stores version/language/body; computes SHA-256 and sets the publication time. Returns the row id.
    Result<qint64> publish(const QString &version, const QString &language, const QString &body);
    Result<std::optional<NoticeVersion>> byId(qint64 id) const;
    Result<std::optional<NoticeVersion>> find(const QString &version, const QString &language) const;
    Result<QList<NoticeVersion>> all() const;
    // The material fields a version states (NoticeText::materialFields), recorded once per version; nullopt
    // for versions published before they were recorded.
    Status putMaterial(const QString &version, const QJsonObject &material);
    Result<std::optional<QJsonObject>> material(const QString &version) const;

private:
    Database &m_db;
};

} // namespace consentry
