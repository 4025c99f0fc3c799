// Unlock time at production Argon2id cost (the KDF the keyslots really use), median of several runs, next
// to the KDF alone and the database open that follows it.

#include "domain/SiteProfile.h"
#include "storage/KeyStore.h"
#include "storage/KeyslotFile.h"
#include "storage/StorePaths.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace consentry;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qunsetenv("CONSENTRY_FAST_KDF"); // production cost, whatever the environment says
    const KdfParams params = KdfParams::forThisProcess();
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const SecureBytes password("bench-password", 14);
    auto created = StoreFolder::create(data, QStringLiteral("bench"), password, SiteProfile());
    if (!created.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(created.errorMessage()));
        return 1;
    }
    created.value().vault.reset();
    const KeyslotFile keys = KeyslotFile::load(StorePaths::keyslots(data)).value();
    std::vector<double> unlock, kdf;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto vault = Unlocker::open(data, QString(), password);
        unlock.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!vault.ok())
            return 2;
        timer.restart();
        auto key = KeyStore::unwrap(*keys.userSlot(QStringLiteral("bench")), password, keys.storeId);
        kdf.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!key.ok())
            return 3;
    }
    std::printf("argon2id ops=%llu mem=%llu MiB\n", static_cast<unsigned long long>(params.opsLimit),
                static_cast<unsigned long long>(params.memLimit / (1024 * 1024)));
    std::printf("unwrap_keyslot_ms %.1f\n", median(kdf));
    std::printf("unlock_total_ms %.1f\n", median(unlock));
    std::printf("open_database_and_audit_ms %.1f\n", median(unlock) - median(kdf));
    return 0;
}
