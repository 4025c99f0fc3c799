#pragma once

#include "Result.h"
#include "compliance/RetentionPolicy.h"
#include "domain/Receipts.h"
#include "domain/ResidentDetails.h"
#include "domain/SiteProfile.h"
#include "print/Document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace consentry {

class UnitOfWork;

// One person's access package (PIPL art. 45): everything the store holds about them — details, every
// consent with the exact notice text they read and their signature image, their templates' bookkeeping
// (never the template numbers), the retention that applies, and their audit trail — as JSON and as a PDF.
//
//   auto package = ResidentService(vault).exportPackage(id, "/media/usb");   // manager
//   package->folder  // "/media/usb/consentry-access-42-20260101-090000", appears complete or not at all
//   package->files   // access-package.json, access-package.pdf, signature-<consent>.png …
//
// The package is staged in a hidden folder beside it and renamed into place in the same step as its
// "export" audit event is committed, so no half-written package and no unrecorded export can exist.
class AccessPackage
{
    Q_DECLARE_TR_FUNCTIONS(AccessPackage)

public:
    static constexpr int kFormatVersion = 1;
    static inline const QString JsonName = QStringLiteral("access-package.json");
    static inline const QString PdfName = QStringLiteral("access-package.pdf");

    // Renders and writes the package of `details` (read with its audit events) inside `work`, whose audit
    // event and commit make it appear (ResidentService::exportPackage).
    static Result<ExportReceipt> write(UnitOfWork &work, const ResidentDetails &details, const QString &outDir,
                                       const QString &language);

    // The two views of the package (public for tests and for a preview on screen).
    static QJsonObject toJson(const ResidentDetails &details, const SiteProfile &site, const RetentionPolicy &policy,
                              const QDateTime &exportedAt, const QString &exportedBy,
                              const QMap<qint64, QString> &noticeBodies);
    static Document toDocument(const ResidentDetails &details, const SiteProfile &site, const RetentionPolicy &policy,
                               const QDateTime &exportedAt, const QString &exportedBy,
                               const QMap<qint64, QByteArray> &signatures, const QString &language);
};

} // namespace consentry
