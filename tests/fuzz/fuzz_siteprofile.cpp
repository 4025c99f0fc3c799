// The site profile JSON (--profile, the settings page's import): strict parse; a profile that parses
// must survive a round trip through its own JSON.
#include "FuzzSupport.h"
#include "domain/SiteProfile.h"

#include <QJsonDocument>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    consentry::fuzz::ensureApplication();
    using namespace consentry;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    if (!doc.isObject())
        return 0;
    const Result<SiteProfile> profile = SiteProfile::fromJson(doc.object());
    if (!profile)
        return 0;
    // toJson() writes an unset retention as 0, which fromJson() refuses by design (the settings store
    // drops unset fields first: SettingsRepository::storedForm); a profile with every number set must
    // survive the round trip.
    if (profile->retentionDays > 0) {
        const Result<SiteProfile> again = SiteProfile::fromJson(profile->toJson());
        if (!again || !(again.value() == profile.value()))
            std::abort();
    }
    (void)profile->missingFields();
    return 0;
}
