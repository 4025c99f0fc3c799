#include "domain/AuditActor.h"

namespace consentry {

QStringList AuditActor::reserved()
{
    return { System, Recovery, Retention, Renewed, Setup };
}

bool AuditActor::isReserved(const QString &name)
{
    return reserved().contains(name);
}

QString AuditActor::displayName(const QString &actor)
{
    if (actor == System)
        return tr("System (automatic)");
    if (actor == Recovery)
        return tr("Recovery key");
    if (actor == Retention)
        return tr("Retention policy");
    if (actor == Renewed)
        return tr("Replaced by a renewed consent");
    if (actor == Setup)
        return tr("Store setup");
    return actor;
}

} // namespace consentry
