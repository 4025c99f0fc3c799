#include "ReportCommand.h"

#include "StoreAccess.h"

#include "platform/Formats.h"
#include "print/DocumentRenderer.h"
#include "services/ComplianceDocuments.h"
#include "services/ComplianceService.h"
#include "services/FilingService.h"
#include "services/ImpactAssessmentService.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace consentry::cli {

QString ReportCommand::summary() const
{
    return tr("Write the signed impact assessment or the filing pack, or show the compliance centre.");
}

QString ReportCommand::notes() const
{
    return tr("report pia writes the newest signed impact assessment as a PDF (exit 4 when none is signed). "
              "report filing writes filing-pack.pdf and filing-pack.json into the folder: the five materials of a "
              "filing with the cyberspace office. --language sets the documents' language (default: Chinese and "
              "English for the assessment, Chinese for the filing pack).");
}

QList<QCommandLineOption> ReportCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("out"), tr("The PDF file (pia) or the folder (filing) to write."),
                           QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("language"), tr("The documents' language: zh_CN, en or zh_CN+en."),
                           QStringLiteral("LANG")),
    };
}

int ReportCommand::run(Context &context)
{
    const QStringList args = context.positionalArguments();
    if (args.size() != 1)
        return context.fail(ExitUsage, tr("Say which report to write: pia, filing or compliance."));
    const QString which = args.constFirst();
    QString language = context.value(QStringLiteral("language"));
    if (!language.isEmpty() && !ComplianceDocuments::isDocumentLanguage(language))
        return context.fail(ExitUsage,
                            tr("Unknown document language \"%1\": use zh_CN, en or zh_CN+en.").arg(language));
    if (which == QLatin1String("pia"))
        return pia(context, language.isEmpty() ? QStringLiteral("zh_CN+en") : language);
    if (which == QLatin1String("filing"))
        return filing(context, language.isEmpty() ? QStringLiteral("zh_CN") : language);
    if (which == QLatin1String("compliance"))
        return compliance(context);
    return context.fail(ExitUsage, tr("Unknown report \"%1\": use pia, filing or compliance.").arg(which));
}

int ReportCommand::pia(Context &context, const QString &language)
{
    const QString out = context.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.missingOption(QStringLiteral("out"));
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    Result<std::optional<ImpactAssessment>> signedVersion = ImpactAssessmentService(*vault.value()).latestSigned();
    if (!signedVersion)
        return context.fail(signedVersion.error());
    if (!signedVersion.value())
        return context.fail(ExitNotFound, tr("No impact assessment has been signed yet; nothing was written."));
    const ImpactAssessment &assessment = *signedVersion.value();
    Result<int> pages = DocumentRenderer(ComplianceDocuments::assessment(assessment, language)).writePdf(out);
    if (!pages)
        return context.fail(pages.error());
    const QString file = QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
    return context.succeed(tr("Wrote version %1 of the impact assessment, signed by %2 on %3, to %4.")
                               .arg(assessment.version)
                               .arg(assessment.signedBy, Formats::date(assessment.signedAt.toLocalTime().date()), file),
                           { { QStringLiteral("file"), file },
                             { QStringLiteral("pages"), pages.value() },
                             { QStringLiteral("version"), assessment.version },
                             { QStringLiteral("signed_by"), assessment.signedBy },
                             { QStringLiteral("signed_at"), assessment.signedAt.toUTC().toString(Qt::ISODateWithMs) },
                             { QStringLiteral("sha256"), QString::fromLatin1(assessment.sha256.toHex()) } });
}

int ReportCommand::filing(Context &context, const QString &language)
{
    const QString out = context.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.missingOption(QStringLiteral("out"));
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    FilingService service(*vault.value());
    Result<FilingService::State> state = service.state();
    if (!state)
        return context.fail(state.error());
    Result<QStringList> written = service.writePack(out, language);
    if (!written)
        return context.fail(written.error());
    QJsonArray files;
    for (const QString &file : written.value())
        files.append(QDir::toNativeSeparators(file));
    QJsonObject json { { QStringLiteral("files"), files },
                       { QStringLiteral("people_with_face_data"), state->peopleWithFaceData },
                       { QStringLiteral("filing_threshold"), FilingRule::kThreshold },
                       { QStringLiteral("filed"), state->filed } };
    json.insert(QStringLiteral("filing_due_by"),
                state->deadline.isValid() ? QJsonValue(state->deadline.toString(Qt::ISODate))
                                          : QJsonValue(QJsonValue::Null));
    QStringList lines {
        tr("Wrote the filing pack to %1.").arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())),
        state->summary
    };
    lines << state->reminders;
    return context.succeed(lines.join(QLatin1Char('\n')), json);
}

int ReportCommand::compliance(Context &context)
{
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    Result<ComplianceReport> report = ComplianceService(*vault.value()).report();
    if (!report)
        return context.fail(report.error());
    QJsonArray items;
    QStringList lines;
    for (const ComplianceItem &item : report->items) {
        items.append(QJsonObject { { QStringLiteral("obligation"), ComplianceItem::key(item.obligation) },
                                   { QStringLiteral("status"), ComplianceItem::levelKey(item.level) },
                                   { QStringLiteral("detail"), item.detail } });
        lines << QStringLiteral("%1\t%2\t%3").arg(ComplianceItem::levelName(item.level), item.title(), item.detail);
    }
    return context.succeed(lines.join(QLatin1Char('\n')),
                           { { QStringLiteral("items"), items },
                             { QStringLiteral("action_needed"), report->count(ComplianceItem::Level::Action) } });
}

} // namespace consentry::cli
