#pragma once

#include "Result.h"
#include "domain/SiteProfile.h"
#include "print/Document.h"
#include "services/PeopleService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace consentry {

class Vault;

// One person's access package (PIPL art. 45): everything the store holds about them — details, every
// consent with the exact notice text they read and their signature image, their templates' bookkeeping
// (never the template numbers), the retention that applies, and their audit trail — as JSON and as a PDF.
//
//   auto package = ExportService(vault).exportResident(id, "/media/usb");   // manager
//   package->folder  // "/media/usb/consentry-access-42-20260101-090000", appears complete or not at all
//   package->files   // access-package.json, access-package.pdf, signature-<consent>.png …
//
// The package is staged in a hidden folder beside it and renamed into place in the same step as its
// "export" audit event is committed, so no half-written package and no unrecorded export can exist.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    static constexpr int kFormatVersion = 1;
    static inline const QString JsonName = QStringLiteral("access-package.json");
    static inline const QString PdfName = QStringLiteral("access-package.pdf");

    struct Package {
        QString folder;
        QStringList files; // absolute paths, JSON first, then the PDF, then signature images
        qint64 auditEventId = 0;
    };

    explicit ExportService(Vault &vault);

    Result<Package> exportResident(qint64 residentId, const QString &outDir,
                                   const QString &language = QStringLiteral("zh_CN")); // manager

    // The two views of the package (public for tests and for a preview on screen).
    static QJsonObject toJson(const PeopleService::Details &details, const SiteProfile &site,
                              const RetentionPolicy &policy, const QDateTime &exportedAt, const QString &exportedBy,
                              const QMap<qint64, QString> &noticeBodies);
    static Document toDocument(const PeopleService::Details &details, const SiteProfile &site,
                               const RetentionPolicy &policy, const QDateTime &exportedAt, const QString &exportedBy,
                               const QMap<qint64, QByteArray> &signatures, const QString &language);

private:
    Vault &m_vault;
};

} // namespace consentry
