#include "WithdrawCommand.h"

#include "ResidentOption.h"
#include "StoreAccess.h"
#include "print/DocumentRenderer.h"
#include "services/ResidentService.h"

#include <QDir>
#include <QFileInfo>

namespace consentry::cli {

QString WithdrawCommand::summary() const
{
    return tr("Record a resident's withdrawal of consent and delete their face templates at once.");
}

QList<QCommandLineOption> WithdrawCommand::options() const
{
    return { ResidentOption::option(),
             QCommandLineOption(QStringLiteral("receipt"), tr("Also write the deletion receipt as a PDF file."),
                                QStringLiteral("FILE.pdf")) };
}

int WithdrawCommand::run(Context &context)
{
    int exitCode = ExitOk;
    const std::optional<qint64> id = ResidentOption::read(context, exitCode);
    if (!id)
        return exitCode;
    const QString receiptPath = context.value(QStringLiteral("receipt"));
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    Result<ResidentService::Withdrawal> withdrawal = ResidentService(*vault.value()).withdraw(*id, context.language);
    if (!withdrawal)
        return context.fail(withdrawal.error());
    const WithdrawalReceipt &r = withdrawal->receipt;
    QJsonObject receipt {
        { QStringLiteral("text"), withdrawal->text },
        { QStringLiteral("at"), r.at.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("consents_withdrawn"), r.consentsWithdrawn },
        { QStringLiteral("templates_deleted"), r.templatesDeleted },
        { QStringLiteral("audit_event"), static_cast<double>(r.auditEventId) },
    };
    QString text = withdrawal->text;
    if (!receiptPath.isEmpty()) {
        // The withdrawal itself is committed already: a receipt that cannot be written is reported, and
        // can be printed again from the people screen.
        Result<int> pages = DocumentRenderer(withdrawal->document).writePdf(receiptPath);
        if (!pages)
            return context.fail(ExitIO,
                                tr("The consent was withdrawn and the templates deleted, but the receipt "
                                   "could not be written: %1")
                                    .arg(pages.errorMessage()));
        const QString file = QDir::toNativeSeparators(QFileInfo(receiptPath).absoluteFilePath());
        receipt.insert(QStringLiteral("file"), file);
        text += QLatin1Char('\n') + tr("Receipt written to %1.").arg(file);
    }
    return context.succeed(text,
                           { { QStringLiteral("resident_id"), static_cast<double>(r.residentId) },
                             { QStringLiteral("templates_deleted"), r.templatesDeleted },
                             { QStringLiteral("consents_withdrawn"), r.consentsWithdrawn },
                             { QStringLiteral("receipt"), receipt } });
}

} // namespace consentry::cli
