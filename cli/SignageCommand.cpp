#include "SignageCommand.h"

#include "StoreAccess.h"
#include "services/AuditService.h"
#include "services/DeviceService.h"
#include "services/SettingsService.h"
#include "vault/Vault.h"

#include "domain/SiteProfile.h"
#include "print/SignageRenderer.h"
#include "print/SignageSpec.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace consentry::cli {

QString SignageCommand::synopsis() const
{
    return QStringLiteral("--layout poster-a4|counter-a5|label-a6 --lang zh_CN|en|zh_CN+en --out FILE.pdf "
                          "[--profile FILE.json] [--paper A4|A5|A6|Letter] [--logo IMAGE] [--device N]");
}

QString SignageCommand::summary() const
{
    return tr("Render a facial-recognition compliance sign to PDF from the site profile.");
}

QList<QCommandLineOption> SignageCommand::options() const
{
    // --lang is the global option: for this command it also chooses the sign's languages, and zh_CN+en
    // makes a bilingual sign (messages then follow the first language).
    return {
        QCommandLineOption(QStringLiteral("layout"),
                           tr("The sign: poster-a4 (wall poster), counter-a5 (front-desk card) or label-a6 "
                              "(device label)."),
                           QStringLiteral("LAYOUT")),
        QCommandLineOption(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE.pdf")),
        QCommandLineOption(QStringLiteral("profile"),
                           tr("Read the site profile from this JSON file instead of the encrypted store (no "
                              "password needed)."),
                           QStringLiteral("FILE.json")),
        QCommandLineOption(QStringLiteral("paper"),
                           tr("Paper size: A4, A5, A6 or Letter (default: the sign's own size). A small sign on "
                              "larger paper gets cut marks."),
                           QStringLiteral("SIZE")),
        QCommandLineOption(QStringLiteral("logo"), tr("An image file (PNG or JPEG) to show as the site's logo."),
                           QStringLiteral("IMAGE")),
        QCommandLineOption(QStringLiteral("device"),
                           tr("The registered device the sign is for (its number in devices list): the sign "
                              "states where it is, and the print is recorded for it."),
                           QStringLiteral("N")),
    };
}

int SignageCommand::run(Context &context)
{
    const QString layoutKey = context.value(QStringLiteral("layout"));
    if (layoutKey.isEmpty())
        return context.missingOption(QStringLiteral("layout"));
    const std::optional<SignLayout> layout = SignageSpec::layoutFromKey(layoutKey);
    if (!layout)
        return context.fail(ExitUsage,
                            tr("Unknown layout \"%1\": use poster-a4, counter-a5 or label-a6.").arg(layoutKey));

    const QString languageKey = context.value(QStringLiteral("lang"));
    if (languageKey.isEmpty())
        return context.missingOption(QStringLiteral("lang"));
    const std::optional<SignLanguage> language = SignageSpec::languageFromKey(languageKey);
    if (!language)
        return context.fail(ExitUsage, tr("Unknown sign language \"%1\": use zh_CN, en or zh_CN+en.").arg(languageKey));

    const QString out = context.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.missingOption(QStringLiteral("out"));

    std::optional<PaperSize> paper = SignageSpec::defaultPaper(*layout);
    if (context.isSet(QStringLiteral("paper"))) {
        paper = SignageSpec::paperFromKey(context.value(QStringLiteral("paper")));
        if (!paper)
            return context.fail(
                ExitUsage,
                tr("Unknown paper size \"%1\": use A4, A5, A6 or Letter.").arg(context.value(QStringLiteral("paper"))));
    }

    // The profile comes from a JSON file (no unlocking), or from the encrypted store; printing from the
    // store is recorded in its audit log like a print from the app.
    std::unique_ptr<Vault> vault;
    Result<SiteProfile> profile = makeError(ErrorKind::Internal, QString());
    if (context.isSet(QStringLiteral("profile"))) {
        profile = SiteProfile::fromJsonFile(context.value(QStringLiteral("profile")));
    } else {
        Result<std::unique_ptr<Vault>> opened = StoreAccess::open(context);
        if (!opened)
            return context.fail(opened.error());
        vault = std::move(opened).value();
        // Check first, write after: a role that may not print signs gets no PDF (with the site profile)
        // on disk. The refusal is recorded in the audit log.
        profile = SettingsService(*vault).siteProfileToPrint();
    }
    if (!profile.ok())
        return context.fail(profile.error());

    SignageSpec spec = SignageSpec::forLayout(*layout, *language, profile.value());
    spec.paper = *paper;
    spec.logoPath = context.value(QStringLiteral("logo"));
    std::optional<qint64> deviceId;
    if (context.isSet(QStringLiteral("device"))) {
        bool ok = false;
        deviceId = context.value(QStringLiteral("device")).toLongLong(&ok);
        if (!ok || *deviceId <= 0)
            return context.fail(ExitUsage,
                                tr("The device number \"%1\" is not a positive whole number.")
                                    .arg(context.value(QStringLiteral("device"))));
        if (!vault)
            return context.fail(ExitUsage, tr("--device needs the store: leave out --profile."));
        Result<Device> device = DeviceService(*vault).get(*deviceId);
        if (!device)
            return context.fail(device.error());
        spec.device = device.value();
    }

    const Result<SignageReport> written = SignageRenderer(spec).writePdf(out);
    if (!written.ok())
        return context.fail(written.error());

    const QString file = QFileInfo(out).absoluteFilePath();
    if (vault) {
        QJsonObject details { { QStringLiteral("layout"), context.value(QStringLiteral("layout")) },
                              { QStringLiteral("language"), context.value(QStringLiteral("lang")) },
                              { QStringLiteral("medium"), QStringLiteral("pdf") } };
        if (deviceId)
            details.insert(QStringLiteral("device_id"), *deviceId);
        if (Status recorded = AuditService(*vault).recordSignagePrinted(details); !recorded)
            return context.fail(recorded.error());
    }
    if (!context.json) {
        for (const QString &warning : written->warnings) {
            const QByteArray bytes = warning.toUtf8() + '\n';
            std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), consentry::cli::messageStream());
        }
    }
    return context.succeed(
        tr("Wrote the sign to %1 (%n page(s)).", nullptr, written->pages).arg(QDir::toNativeSeparators(file)),
        QJsonObject { { QStringLiteral("file"), file },
                      { QStringLiteral("pages"), written->pages },
                      { QStringLiteral("layout"), SignageSpec::layoutKey(*layout) },
                      { QStringLiteral("lang"), SignageSpec::languageKey(*language) },
                      { QStringLiteral("paper"), SignageSpec::paperKey(*paper) },
                      { QStringLiteral("body_point_size"), written->bodyPointSize },
                      { QStringLiteral("warnings"), QJsonArray::fromStringList(written->warnings) } });
}

} // namespace consentry::cli
