#include "services/ReceiptDocuments.h"

#include "print/ConsentForm.h"

#include <QStringList>

namespace consentry {

Document ReceiptDocuments::base(const SiteProfile &site, const QString &title, const QString &language)
{
    Document doc;
    doc.title = title;
    doc.language = language;
    doc.header = site.siteName.isEmpty() ? site.operatorName : site.siteName;
    doc.footer = tr("Keep this receipt. It contains no face data.");
    doc.addField(tr("Personal information handler"), site.operatorName);
    if (!site.siteName.isEmpty())
        doc.addField(tr("Site"), site.siteName);
    return doc;
}

void ReceiptDocuments::addContact(Document &doc, const SiteProfile &site)
{
    QStringList contact;
    for (const QString &part : { site.contactPhone, site.contactEmail, site.contactAddress }) {
        if (!part.trimmed().isEmpty())
            contact << part.trimmed();
    }
    if (!contact.isEmpty())
        doc.addField(tr("Questions or complaints"), contact.join(QStringLiteral("; ")));
}

Document ReceiptDocuments::withdrawal(const SiteProfile &site, const Resident &resident,
                                      const WithdrawalReceipt &receipt, const QString &processedBy,
                                      const QString &language)
{
    Document doc = base(site, tr("Receipt: withdrawal of consent and deletion of face data"), language);
    doc.addHeading(tr("Resident"));
    doc.addField(tr("Name"), resident.name);
    if (!resident.unit.isEmpty())
        doc.addField(tr("Unit or room"), resident.unit);
    doc.addField(tr("Resident number"), QString::number(receipt.residentId));
    doc.addHeading(tr("What was done"));
    doc.addField(tr("Consent withdrawn at"), ConsentForm::formatTime(receipt.at));
    doc.addField(tr("Consents withdrawn"), QString::number(receipt.consentsWithdrawn));
    doc.addField(tr("Face templates deleted"), QString::number(receipt.templatesDeleted));
    doc.addField(tr("Processed by"), processedBy);
    doc.addField(tr("Audit record number"), QString::number(receipt.auditEventId));
    doc.addParagraph(tr("Your consent to facial recognition has been withdrawn. Your face templates were deleted "
                        "from this site's computer at the time shown above, in the same step as the withdrawal, and "
                        "are no longer used to recognise you. You can keep using the other ways of verifying your "
                        "identity. The record of your consent and of its withdrawal is kept as proof of how your "
                        "personal information was handled; it contains no face data."));
    addContact(doc, site);
    doc.addSpacer(8);
    doc.addSignature(tr("Staff signature"));
    return doc;
}

Document ReceiptDocuments::deletion(const SiteProfile &site, const Resident &resident, const DeletionReceipt &receipt,
                                    const QDateTime &at, const QString &processedBy, const QString &language)
{
    Document doc = base(site, tr("Receipt: deletion of personal information"), language);
    doc.addHeading(tr("Resident"));
    doc.addField(tr("Name"), resident.name);
    if (!resident.unit.isEmpty())
        doc.addField(tr("Unit or room"), resident.unit);
    doc.addField(tr("Resident number"), QString::number(receipt.residentId));
    doc.addHeading(tr("What was done"));
    doc.addField(tr("Deleted at"), ConsentForm::formatTime(at));
    doc.addField(tr("Consent records deleted"), QString::number(receipt.consentsDeleted));
    doc.addField(tr("Face templates deleted"), QString::number(receipt.templatesDeleted));
    doc.addField(tr("Processed by"), processedBy);
    doc.addField(tr("Audit record number"), QString::number(receipt.auditEventId));
    doc.addParagraph(tr("Your personal information held by this site (your details, consent records and face "
                        "templates) was deleted at the time shown above. Only the audit trail keeps a record that "
                        "this deletion happened, under your resident number; it contains no face data."));
    addContact(doc, site);
    doc.addSpacer(8);
    doc.addSignature(tr("Staff signature"));
    return doc;
}

QString ReceiptDocuments::withdrawalText(const Resident &resident, const WithdrawalReceipt &receipt)
{
    return tr("Consent of %1 (resident %2) withdrawn at %3: %4 face templates deleted at once (audit record %5).")
        .arg(resident.name)
        .arg(receipt.residentId)
        .arg(ConsentForm::formatTime(receipt.at))
        .arg(receipt.templatesDeleted)
        .arg(receipt.auditEventId);
}

} // namespace consentry
