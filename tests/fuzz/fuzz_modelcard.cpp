// The model card JSON beside every face model: what the engine trusts about a model file.
#include "FuzzSupport.h"
#include "vision/ModelCard.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    consentry::fuzz::ensureApplication();
    using namespace consentry;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    if (doc.isObject())
        (void)ModelCard::fromJson(doc.object(), QStringLiteral("fuzz.json"));
    return 0;
}
