#include "audit/AuditFilter.h"

namespace consentry::ui {

bool AuditFilter::isEmpty() const
{
    return actor.isEmpty() && !residentId && kind.isEmpty() && !from.isValid() && !to.isValid();
}

bool AuditFilter::matches(const AuditEvent &event) const
{
    if (!actor.isEmpty() && event.actor.compare(actor, Qt::CaseInsensitive) != 0)
        return false;
    if (residentId && event.residentId != residentId)
        return false;
    if (!kind.isEmpty() && event.kind != kind)
        return false;
    const QDate day = event.at.toLocalTime().date();
    if (from.isValid() && day < from)
        return false;
    if (to.isValid() && day > to)
        return false;
    return true;
}

} // namespace consentry::ui
