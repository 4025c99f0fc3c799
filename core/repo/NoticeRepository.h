#pragma once

#include "Result.h"
#include "domain/NoticeVersion.h"

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

private:
    Database &m_db;
};

} // namespace consentry
