#include "vision/FaceEmbedder.h"

#include "vision/DnnEmbedder.h"
#include "vision/LbpEmbedder.h"
#include "vision/ModelRegistry.h"

namespace consentry {

Result<FaceEmbedder::Choice> FaceEmbedder::choiceFromName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("auto"))
        return Choice::Auto;
    if (name == QLatin1String("dnn"))
        return Choice::Dnn;
    if (name == QLatin1String("classical"))
        return Choice::Classical;
    return makeError(ErrorKind::InvalidArgument,
                     tr("Unknown recognition engine \"%1\": use auto, dnn or classical.").arg(name));
}

Result<std::unique_ptr<FaceEmbedder>> FaceEmbedder::create(const ModelRegistry &registry, Choice choice,
                                                           QStringList *problems)
{
    if (choice != Choice::Classical) {
        Result<ResolvedModel> model = registry.best(ModelCard::Kind::Embedder);
        if (model.ok()) {
            Result<std::unique_ptr<DnnEmbedder>> dnn = DnnEmbedder::create(model.value());
            if (dnn.ok())
                return std::unique_ptr<FaceEmbedder>(std::move(dnn).value());
            if (choice == Choice::Dnn)
                return dnn.error();
            if (problems)
                *problems << dnn.errorMessage();
        } else {
            if (choice == Choice::Dnn)
                return model.error();
            if (problems && model.errorKind() != ErrorKind::NotFound)
                *problems << model.errorMessage();
        }
    }
    return std::unique_ptr<FaceEmbedder>(new LbpEmbedder);
}

} // namespace consentry
