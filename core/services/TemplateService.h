#pragma once

#include "Result.h"
#include "domain/StoredTemplate.h"
#include "repo/TemplateRepository.h"

#include <QCoreApplication>
#include <QList>

namespace consentry {

class Vault;

// Face templates: stored only for a resident with a granted consent in force.
class TemplateService
{
    Q_DECLARE_TR_FUNCTIONS(TemplateService)

public:
    explicit TemplateService(Vault &vault);

    Result<qint64> add(const StoredTemplate &face); // staff, manager; Policy without consent
    // Every template of the engine, for the in-memory gallery (see TemplateRepository::forEachOfEngine);
    // `expected` (optional) receives their number first. Staff, manager (verification).
    Status gallery(const QString &engineId, const TemplateRepository::GalleryRow &visit, qint64 *expected = nullptr);
    Status recordMatch(qint64 templateId); // staff, manager
    Result<QList<StoredTemplate>> ofResident(qint64 residentId); // staff, manager

    // Inserts one template and its audit event inside the caller's transaction (consent checked).
    static Result<qint64> insert(Vault &vault, const StoredTemplate &face);

private:
    Vault &m_vault;
};

} // namespace consentry
