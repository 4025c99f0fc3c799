// The keyslot file (consentry.keys, and the keyslot section of a backup): parse, and a parsed file must
// write back to bytes that parse to the same file. Slots that parse must be within the KDF bounds.
#include "FuzzSupport.h"
#include "storage/KeyStore.h"
#include "storage/KeyslotFile.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    consentry::fuzz::ensureApplication();
    using namespace consentry;
    const Result<KeyslotFile> parsed = KeyslotFile::parse(fuzz::bytesOf(data, size));
    if (!parsed)
        return 0;
    for (const Keyslot &slot : parsed->slotList) {
        if (!KeyStore::plausible(slot) || slot.memLimit > KeyStore::kMaxMemLimit)
            std::abort();
    }
    const QByteArray again = parsed->toBytes();
    const Result<KeyslotFile> reparsed = KeyslotFile::parse(again);
    if (!reparsed || reparsed->toBytes() != again)
        std::abort();
    return 0;
}
