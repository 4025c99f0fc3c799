#include "IdentifyCommand.h"

#include "StoreAccess.h"
#include "services/GalleryService.h"
#include "services/ResidentService.h"
#include "vision/FacePipeline.h"

#include <QHash>
#include <QJsonArray>

namespace consentry::cli {

QString IdentifyCommand::synopsis() const
{
    return QStringLiteral("--image IMG [--top K]");
}

QString IdentifyCommand::summary() const
{
    return tr("Search the enrolled residents for the faces of one image.");
}

QList<QCommandLineOption> IdentifyCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("image"), tr("The image to search for."), QStringLiteral("IMG")),
        QCommandLineOption(QStringLiteral("top"), tr("How many residents to list per face (default 3)."),
                           QStringLiteral("K"), QStringLiteral("3")),
    };
}

int IdentifyCommand::run(Context &context)
{
    if (!context.isSet(QStringLiteral("image")))
        return context.missingOption(QStringLiteral("image"));
    bool topOk = false;
    const int top = context.value(QStringLiteral("top")).toInt(&topOk);
    if (!topOk || top < 1 || top > 100)
        return context.fail(ExitUsage, tr("--top must be a whole number from 1 to 100."));

    Result<std::unique_ptr<Vault>> opened = StoreAccess::open(context);
    if (!opened)
        return context.fail(opened.error());
    Vault &vault = *opened.value();
    PipelineOptions options;
    options.modelDir = context.modelDir;
    options.dataDir = context.dataDir;
    Result<std::unique_ptr<FacePipeline>> created = FacePipeline::create(options);
    if (!created)
        return context.fail(created.error());
    FacePipeline &pipeline = *created.value();

    Result<std::vector<FaceSample>> faces = pipeline.templatesFromImage(context.value(QStringLiteral("image")));
    if (!faces)
        return context.fail(faces.error());
    GalleryService gallery(vault, pipeline.engine(), pipeline.embedder().defaultThreshold(),
                           pipeline.embedder().impostorTail());
    if (Status ok = gallery.load(); !ok)
        return context.fail(ok.error());

    QHash<qint64, QString> names;
    ResidentService residents(vault);
    QJsonArray facesJson;
    QStringList lines;
    bool anyMatch = false;
    int index = 0;
    for (const FaceSample &face : faces.value()) {
        ++index;
        QJsonArray matchesJson;
        QString bestLine = tr("no resident above the threshold");
        bool matched = false;
        if (face.faceTemplate.isValid()) {
            Result<std::vector<GalleryMatch>> matches = gallery.search(face.faceTemplate, top);
            if (!matches)
                return context.fail(matches.error());
            for (const GalleryMatch &m : matches.value()) {
                if (!names.contains(m.personId)) {
                    Result<Resident> who = residents.get(m.personId);
                    names.insert(m.personId, who ? who->name : QString());
                }
                matchesJson.append(QJsonObject { { QStringLiteral("resident_id"), static_cast<double>(m.personId) },
                                                 { QStringLiteral("name"), names.value(m.personId) },
                                                 { QStringLiteral("score"), double(m.score) } });
            }
            if (!matches->empty() && matches->front().score >= gallery.threshold()) {
                matched = true;
                bestLine = tr("%1 (resident %2, score %3)")
                               .arg(names.value(matches->front().personId))
                               .arg(matches->front().personId)
                               .arg(double(matches->front().score), 0, 'f', 3);
            }
        } else {
            bestLine = face.error;
        }
        anyMatch = anyMatch || matched;
        const cv::Rect2f &b = face.face.box;
        facesJson.append(QJsonObject {
            { QStringLiteral("box"), QJsonArray { double(b.x), double(b.y), double(b.width), double(b.height) } },
            { QStringLiteral("decision"), matched ? QStringLiteral("match") : QStringLiteral("unknown") },
            { QStringLiteral("matches"), matchesJson } });
        lines << tr("Face %1: %2").arg(index).arg(bestLine);
    }
    const QString decision = faces->empty() ? QStringLiteral("no_face")
        : anyMatch                          ? QStringLiteral("match")
                                            : QStringLiteral("unknown");
    if (faces->empty())
        lines << tr("No face was found in the image.");
    const QJsonObject json { { QStringLiteral("faces"), facesJson },
                             { QStringLiteral("decision"), decision },
                             { QStringLiteral("threshold"), double(gallery.threshold()) },
                             { QStringLiteral("gallery_templates"), gallery.templateCount() },
                             { QStringLiteral("engine"), pipeline.engine().name } };
    return context.succeed(lines.join(QLatin1Char('\n')), json);
}

} // namespace consentry::cli
