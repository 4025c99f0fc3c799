#pragma once

#include "domain/AuditEvent.h"

#include <QDate>
#include <QString>

#include <optional>

namespace consentry::ui {

// What the audit screen shows: every condition that is set must hold. Dates are local calendar days,
// both ends included.
struct AuditFilter {
    QString actor; // user name, case-insensitive; empty: anyone
    std::optional<qint64> residentId; // empty: any event, with or without a resident
    QString kind; // AuditLog kind key; empty: any
    QDate from; // invalid: open
    QDate to; // invalid: open

    bool isEmpty() const;
    bool matches(const AuditEvent &event) const;
};

} // namespace consentry::ui
