#pragma once

#include "domain/Receipts.h"
#include "domain/Resident.h"
#include "domain/SiteProfile.h"
#include "print/Document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace consentry {

// The printable receipts handed to a resident: after a withdrawal of consent (their face templates were
// deleted at once) and after their data was deleted entirely. Built as Documents, so the GUI prints them
// (QPrinter) and core/the CLI write PDFs (DocumentRenderer::writePdf). Texts follow the loaded translation;
// `language` ("zh_CN", "en") sets the words of the page numbers.
class ReceiptDocuments
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocuments)

public:
    static Document withdrawal(const SiteProfile &site, const Resident &resident, const WithdrawalReceipt &receipt,
                               const QString &processedBy, const QString &language = QStringLiteral("zh_CN"));
    static Document deletion(const SiteProfile &site, const Resident &resident, const DeletionReceipt &receipt,
                             const QDateTime &at, const QString &processedBy,
                             const QString &language = QStringLiteral("zh_CN"));
    // Plain text of the same receipt, for the CLI and logs.
    static QString withdrawalText(const Resident &resident, const WithdrawalReceipt &receipt);

private:
    static Document base(const SiteProfile &site, const QString &title, const QString &language);
    static void addContact(Document &doc, const SiteProfile &site);
};

} // namespace consentry
