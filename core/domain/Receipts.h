#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace consentry {

// What was stored or deleted, as the receipts, the CLI's JSON and the screens report it.

struct EnrollmentReceipt {
    qint64 residentId = 0;
    qint64 consentId = 0;
    QList<qint64> templateIds;
};

struct WithdrawalReceipt {
    qint64 residentId = 0;
    int consentsWithdrawn = 0;
    int templatesDeleted = 0;
    QDateTime at;
    qint64 auditEventId = 0;
};

struct DeletionReceipt {
    qint64 residentId = 0;
    int consentsDeleted = 0;
    int templatesDeleted = 0;
    qint64 auditEventId = 0;
};

// One person's access package, written.
struct ExportReceipt {
    QString folder; // "/media/usb/consentry-access-42-20260101-090000"
    QStringList files; // absolute paths, JSON first, then the PDF, then signature images
    qint64 auditEventId = 0;
};

struct PurgeReport {
    QDateTime at;
    int residentsPurged = 0; // people of whom something was deleted or ended
    int templatesDeleted = 0;
    int consentsEnded = 0;
    int verificationRecordsDeleted = 0; // older than the site's verification_record_days
    QList<qint64> residentIds; // who
    qint64 auditEventId = 0; // the run's "purge" event
};

} // namespace consentry
