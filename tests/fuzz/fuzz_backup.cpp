// The backup reader: structure (magic, lengths, checksum) and then the keyslot section inside, which is
// what restore reads before any password is tried.
#include "FuzzSupport.h"
#include "storage/Backup.h"
#include "storage/KeyslotFile.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    consentry::fuzz::ensureApplication();
    using namespace consentry;
    const Result<Backup::Contents> contents = Backup::parse(fuzz::bytesOf(data, size));
    if (!contents)
        return 0;
    if (contents->mac.size() != 32 || contents->authenticated.size() > static_cast<qsizetype>(size))
        std::abort();
    (void)KeyslotFile::parse(contents->keyslotBytes);
    return 0;
}
