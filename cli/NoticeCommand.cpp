#include "NoticeCommand.h"

#include "StoreAccess.h"
#include "compliance/NoticeText.h"
#include "services/SettingsService.h"

#include <QJsonArray>

namespace consentry::cli {

QString NoticeCommand::summary() const
{
    return tr("Print a published notice version (default: the one in force) in the language of --lang.");
}

QString NoticeCommand::notes() const
{
    return tr("--version V names the notice version (as \"status\" and the consent records show it).");
}

QList<QCommandLineOption> NoticeCommand::options() const
{
    // "--version" is also the program's global flag, so the parser sees "--version V" as that flag and V as a
    // positional argument; "--notice-version V" says the same without the ambiguity.
    return { QCommandLineOption(QStringLiteral("notice-version"), tr("The notice version to print."),
                                QStringLiteral("V")) };
}

int NoticeCommand::run(Context &context)
{
    QStringList args = context.positionalArguments();
    if (args.isEmpty() || args.constFirst() != QLatin1String("show"))
        return context.fail(ExitUsage, tr("Say what to do with the notice: show."));
    args.removeFirst();
    QString version = context.value(QStringLiteral("notice-version"));
    if (context.isSet(QStringLiteral("version"))) {
        if (args.size() != 1)
            return context.fail(ExitUsage, tr("--version needs the notice version, for example --version 2."));
        version = args.takeFirst();
    }
    if (!args.isEmpty())
        return context.fail(
            ExitUsage, tr("The command \"notice show\" does not take the argument \"%1\".").arg(args.constFirst()));

    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    Result<SettingsService::PublishedNotice> notice
        = SettingsService(*vault.value()).publishedNotice(version, context.language);
    if (!notice)
        return context.fail(notice.error());
    const NoticeVersion &text = notice->text;
    const QJsonObject json {
        { QStringLiteral("version"), text.version },
        { QStringLiteral("language"), text.language },
        { QStringLiteral("hash"), QString::fromLatin1(text.sha256.toHex()) },
        { QStringLiteral("published_at"), text.publishedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("text"), text.body },
        { QStringLiteral("material_fields"), notice->material },
    };
    QStringList lines;
    lines << text.body.trimmed();
    lines << QString();
    lines << tr("Notice version %1, published %2, SHA-256 %3")
                 .arg(text.version, text.publishedAt.toLocalTime().toString(Qt::ISODate),
                      QString::fromLatin1(text.sha256.toHex()));
    return context.succeed(lines.join(QLatin1Char('\n')), json);
}

QString ProfileCommand::summary() const
{
    return tr("Replace the site profile from a JSON file and publish the notice it makes (manager only).");
}

QList<QCommandLineOption> ProfileCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("file"), tr("The site profile as a JSON file."),
                                QStringLiteral("FILE.json")) };
}

int ProfileCommand::run(Context &context)
{
    const QStringList args = context.positionalArguments();
    if (args.size() != 1 || args.constFirst() != QLatin1String("set"))
        return context.fail(ExitUsage, tr("Say what to do with the site profile: set."));
    if (!context.isSet(QStringLiteral("file")))
        return context.missingOption(QStringLiteral("file"));
    // The file first (bounded, a regular file, strict JSON): a bad one is refused before the store is opened.
    Result<SiteProfile> profile = SiteProfile::fromJsonFile(context.value(QStringLiteral("file")));
    if (!profile)
        return context.fail(profile.error());

    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    Result<SettingsService::ProfileUpdate> update = SettingsService(*vault.value()).updateSiteProfile(profile.value());
    if (!update)
        return context.fail(update.error());
    const SettingsService::ProfileUpdate &u = update.value();

    QStringList lines;
    lines << tr("The site profile was saved.");
    if (!u.missingFields.isEmpty())
        lines << tr("No notice is published until the profile states %1.")
                     .arg(profile->missingFieldNames().join(SiteProfile::tr(", ")));
    else if (u.published)
        lines << tr("Notice version %1 is now in force.").arg(u.noticeVersion);
    else
        lines << tr("The notice did not change (version %1 stays in force).").arg(u.noticeVersion);
    if (u.isMaterial())
        lines << tr("This change is material: %n person(s) must read the new notice and consent again before "
                    "their face data is used; without renewal it is deleted after %1 days.",
                    nullptr, static_cast<int>(u.markedForRenewal))
                     .arg(profile->renewalGraceDays);
    if (u.reprintSigns())
        lines << tr("Print the signs and paper forms again: the ones on display state the previous version.");
    const QJsonObject json {
        { QStringLiteral("notice_version"), u.noticeVersion },
        { QStringLiteral("published"), u.published },
        { QStringLiteral("material"), u.isMaterial() },
        { QStringLiteral("material_changes"), QJsonArray::fromStringList(u.materialChanges) },
        { QStringLiteral("consents_needing_renewal"), static_cast<double>(u.consentsNeedingRenewal) },
        { QStringLiteral("missing_fields"), QJsonArray::fromStringList(u.missingFields) },
        { QStringLiteral("reprint_signs"), u.reprintSigns() },
    };
    return context.succeed(lines.join(QLatin1Char('\n')), json);
}

} // namespace consentry::cli
