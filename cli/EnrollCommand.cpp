#include "EnrollCommand.h"

#include "storage/BoundedFile.h"

#include "StoreAccess.h"
#include "services/EnrollmentService.h"
#include "services/GalleryService.h"
#include "services/PaperConsent.h"
#include "services/ResidentService.h"
#include "vision/FacePipeline.h"

#include <QDir>
#include <QJsonArray>

namespace consentry::cli {

QString EnrollCommand::synopsis() const
{
    return QStringLiteral("--name NAME --consent FILE.json --images IMG... [--unit UNIT] [--allow-duplicate]");
}

QString EnrollCommand::summary() const
{
    return tr("Enroll a resident who signed a paper consent, from face photos.");
}

QList<QCommandLineOption> EnrollCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("name"), tr("The resident's full name."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("consent"), tr("The signed paper consent as a JSON record."),
                           QStringLiteral("FILE.json")),
        QCommandLineOption(QStringLiteral("images"), tr("Face photos of the resident (one face each)."),
                           QStringLiteral("IMG")),
        QCommandLineOption(QStringLiteral("unit"), tr("The resident's unit or room (optional)."),
                           QStringLiteral("UNIT")),
        QCommandLineOption(QStringLiteral("allow-duplicate"),
                           tr("Manager only: enroll even though the face matches another resident.")),
    };
}

int EnrollCommand::run(Context &context)
{
    for (const QString &required : { QStringLiteral("name"), QStringLiteral("consent"), QStringLiteral("images") }) {
        if (!context.isSet(required))
            return context.missingOption(required);
    }
    // The consent record first: without a valid one nothing else is even looked at.
    Result<PaperConsent> paper = PaperConsent::fromFile(context.value(QStringLiteral("consent")));
    if (!paper)
        return context.fail(paper.error());
    QStringList images = context.parser.values(QStringLiteral("images"));
    images << context.positionalArguments();

    Resident resident;
    resident.name = context.value(QStringLiteral("name")).trimmed();
    resident.unit = context.value(QStringLiteral("unit")).trimmed();
    paper->answerAge(resident);
    resident.moveOut = paper->expectedMoveOut;
    if (Status ok = ResidentService::validate(resident); !ok)
        return context.fail(ok.error());

    Result<std::unique_ptr<Vault>> opened = StoreAccess::open(context);
    if (!opened)
        return context.fail(opened.error());
    Vault &vault = *opened.value();
    Result<Consent> consent = ResidentService(vault).consentFromPaper(paper.value(), resident);
    if (!consent)
        return context.fail(consent.error());

    PipelineOptions options;
    options.modelDir = context.modelDir;
    options.dataDir = context.dataDir;
    Result<std::unique_ptr<FacePipeline>> created = FacePipeline::create(options);
    if (!created)
        return context.fail(created.error());
    FacePipeline &pipeline = *created.value();

    std::vector<EnrollmentTemplate> templates;
    QJsonArray rejected;
    QStringList rejectedLines;
    for (const QString &path : std::as_const(images)) {
        QString reason;
        Result<cv::Mat> image = ImageLoader::load(path);
        // A file name that is not valid in the locale's encoding reached us with U+FFFD in it: read it by
        // its original bytes instead of calling it missing.
        if (!image && image.errorKind() == ErrorKind::NotFound && path.contains(QChar::ReplacementCharacter)) {
            const QByteArray native = nativeArgument(path);
            if (!native.isEmpty()) {
                const QString shown = QDir::toNativeSeparators(path);
                Result<QByteArray> bytes
                    = BoundedFile::readNative(native, shown, ImageLimits().maxFileBytes, tr("The image"));
                image = bytes ? ImageLoader::decode(bytes.value(), shown) : Result<cv::Mat>(bytes.error());
            }
        }
        if (!image) {
            reason = image.errorMessage();
        } else {
            Result<FaceSample> sample = pipeline.enrollmentSample(image.value());
            if (sample)
                templates.push_back({ sample->faceTemplate, sample->quality.sharpness });
            else
                reason = sample.errorMessage();
        }
        if (!reason.isEmpty()) {
            rejected.append(QJsonObject { { QStringLiteral("image"), QDir::toNativeSeparators(path) },
                                          { QStringLiteral("reason"), reason } });
            rejectedLines << tr("  %1: %2").arg(QDir::toNativeSeparators(path), reason);
        }
    }
    // One sentence (the first image's reason); every image's reason is in --json's "rejected".
    if (templates.empty() && !rejected.isEmpty())
        return context.fail(ExitData,
                            tr("None of the %n image(s) shows exactly one clear face, so nothing was enrolled "
                               "(first: %1).",
                               nullptr, static_cast<int>(images.size()))
                                .arg(rejected.at(0).toObject().value(QStringLiteral("reason")).toString()),
                            { { QStringLiteral("rejected"), rejected } });

    if (templates.empty())
        return context.fail(ExitData, tr("No image shows a clear face, so nothing was enrolled."));

    // The engine enrolled with is recorded once the input was read (a refused command changes nothing). A
    // different one than the store's is material: the consent, given on a notice stating the old one, is then
    // refused below, as after any material change.
    if (Status engine = StoreAccess::recordEngine(vault, pipeline); !engine)
        return context.fail(engine.error());
    GalleryService gallery(vault, pipeline.engine(), pipeline.embedder().defaultThreshold(),
                           pipeline.embedder().impostorTail());
    const auto policy = context.isSet(QStringLiteral("allow-duplicate"))
        ? EnrollmentService::DuplicatePolicy::ManagerOverride
        : EnrollmentService::DuplicatePolicy::Refuse;
    Result<EnrollmentReceipt> saved
        = EnrollmentService(vault, gallery).enroll(resident, consent.value(), templates, QByteArray(), policy);
    if (!saved)
        return context.fail(saved.error());

    const QJsonObject json {
        { QStringLiteral("resident_id"), static_cast<double>(saved->residentId) },
        { QStringLiteral("consent_id"), static_cast<double>(saved->consentId) },
        { QStringLiteral("templates_added"), static_cast<int>(saved->templateIds.size()) },
        { QStringLiteral("rejected"), rejected },
        { QStringLiteral("engine"), pipeline.engine().name },
    };
    QString text = tr("Enrolled %1 as resident %2 with %3 face templates (engine %4).")
                       .arg(resident.name)
                       .arg(saved->residentId)
                       .arg(saved->templateIds.size())
                       .arg(pipeline.engine().name);
    if (!rejectedLines.isEmpty())
        text += QLatin1Char('\n') + tr("Images not used:") + QLatin1Char('\n') + rejectedLines.join(QLatin1Char('\n'));
    return context.succeed(text, json);
}

} // namespace consentry::cli
