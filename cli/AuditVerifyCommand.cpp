#include "AuditVerifyCommand.h"

#include "StoreAccess.h"
#include "services/AuditService.h"

#include <cstdio>

namespace consentry::cli {

QString AuditVerifyCommand::summary() const
{
    return tr("Check the audit log's hash chain and name the first broken link.");
}

int AuditVerifyCommand::run(Context &context)
{
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    Result<AuditVerification> result = AuditService(*vault.value()).verify();
    if (!result)
        return context.fail(result.error());
    const AuditVerification &v = result.value();
    const QJsonObject json {
        { QStringLiteral("events"), static_cast<double>(v.events) },
        { QStringLiteral("ok"), v.ok },
        { QStringLiteral("first_broken"), v.ok ? QJsonValue() : QJsonValue(static_cast<double>(v.firstBroken)) },
        { QStringLiteral("head"), QString::fromLatin1(v.headHash.toHex()) },
    };
    if (v.ok)
        return context.succeed(tr("The audit log is intact: %1 events, head %2.")
                                   .arg(v.events)
                                   .arg(QString::fromLatin1(v.headHash.toHex())),
                               json);
    const QString sentence
        = tr("The audit log is broken at event %1 of %2: %3").arg(v.firstBroken).arg(v.events).arg(v.reason);
    if (!context.json)
        return context.fail(ExitData, sentence);
    // With --json: the verification object on stdout (with its keys), the sentence on stderr.
    (void)context.succeed(QString(), json);
    const QByteArray line = sentence.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), consentry::cli::messageStream());
    return ExitData;
}

} // namespace consentry::cli
