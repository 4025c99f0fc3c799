// The paper-consent record (enroll --consent FILE.json): the JSON parser and the record's own checks.
#include "FuzzSupport.h"
#include "services/PaperConsent.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    consentry::fuzz::ensureApplication();
    using namespace consentry;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    if (doc.isObject())
        (void)PaperConsent::fromJson(doc.object());
    return 0;
}
