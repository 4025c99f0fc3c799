// Helper of tst_crashsafety: unlocks the store given on the command line and writes enrollment-sized
// transactions (resident + consent + signature + 2 templates + audit events) in a loop, printing each
// committed resident id on stdout before going on. The test kills it with SIGKILL at random moments.

#include "repo/NoticeRepository.h"
#include "services/ResidentService.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"
#include "vault/Vault.h"
#include "vault/VaultInternals.h"

#include <QCoreApplication>

#include <cstdio>

using namespace consentry;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 1;
    const QByteArray pw = qgetenv("CRASHWRITER_PASSWORD");
    auto vault = Unlocker::open(QString::fromLocal8Bit(argv[1]), QString(),
                                SecureBytes(pw.constData(), static_cast<std::size_t>(pw.size())));
    if (!vault.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(vault.errorMessage()));
        return 2;
    }
    Vault &v = *vault.value();
    const auto notice
        = NoticeRepository(VaultInternals::database(v)).find(StoreFolder::initialNoticeVersion(), QStringLiteral("en"));
    if (!notice.ok() || !notice.value())
        return 3;
    std::printf("ready\n");
    std::fflush(stdout);
    for (int n = 0;; ++n) {
        Resident r;
        r.declareUnder14(false); // the age question is mandatory
        r.name = QStringLiteral("Crash resident %1").arg(n);
        Consent c;
        c.noticeVersionId = notice.value()->id;
        c.decision = Consent::Decision::Granted;
        c.signer = r.name;
        c.signedAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        StoredTemplate t;
        t.engineId = QStringLiteral("crash-engine");
        t.modelSha256 = QByteArray(32, '\x07');
        t.vector = QByteArray(512, static_cast<char>(n & 0xff));
        t.quality = 0.5;
        auto enrolled = ResidentService(v).enroll(r, c, { t, t }, QByteArray(256, '\x42'));
        if (!enrolled.ok()) {
            std::fprintf(stderr, "enroll: %s\n", qPrintable(enrolled.errorMessage()));
            return 4;
        }
        std::printf("%lld\n", static_cast<long long>(enrolled->residentId));
        std::fflush(stdout);
    }
}
