// The paper-consent import as the CLI does it: bytes in a file, read by the bounded regular-file reader,
// then parsed (covers the file path that fuzz_consent skips).
#include "FuzzSupport.h"
#include "services/PaperConsent.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    consentry::fuzz::ensureApplication();
    using namespace consentry;
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("consent.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    (void)PaperConsent::fromFile(path);
    return 0;
}
