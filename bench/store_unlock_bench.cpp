// Unlock time at production Argon2id cost (the KDF the keyslots really use), and unlock to
// ready-to-identify with a large gallery: Unlocker::open (KDF, database open with its quick_check of every
// page, the unlock's audit event) + GalleryService::load, for a store of N templates of the shipped
// face-reid-retail-0095 engine (256 floats). The baseline, measured in the same run on a copy of the same
// store: the 1 KiB-page format and the gallery load as it was before (every column of every row into a
// list of records, dates parsed, then converted). Medians of several runs, wall and CPU time.
//   bench_store_unlock [--templates N] [--runs R]

#include "domain/SiteProfile.h"
#include "services/GalleryService.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"
#include "storage/KeyslotFile.h"
#include "storage/Statement.h"
#include "storage/StorePaths.h"
#include "storage/Transaction.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"
#include "vault/Vault.h"
#include "vault/VaultInternals.h"
#include "vision/ModelCard.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace consentry;

namespace {

struct Spent {
    double wallMs = 0, cpuMs = 0;
};

class Stopwatch
{
public:
    Stopwatch()
        : m_cpu(std::clock())
    {
        m_wall.start();
    }
    Spent elapsed() const
    {
        return { double(m_wall.nsecsElapsed()) / 1e6, 1000.0 * double(std::clock() - m_cpu) / CLOCKS_PER_SEC };
    }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu;
};

Spent median(std::vector<Spent> v)
{
    Spent m;
    std::sort(v.begin(), v.end(), [](const Spent &a, const Spent &b) { return a.wallMs < b.wallMs; });
    m.wallMs = v[v.size() / 2].wallMs;
    std::sort(v.begin(), v.end(), [](const Spent &a, const Spent &b) { return a.cpuMs < b.cpuMs; });
    m.cpuMs = v[v.size() / 2].cpuMs;
    return m;
}

Status fill(Database &db, const EngineId &engine, int templates)
{
    std::mt19937 random(1);
    std::normal_distribution<float> normal;
    const QByteArray sha = QByteArray::fromHex(engine.modelSha256.toLatin1());
    Transaction tx(db);
    if (Status ok = tx.begin(); !ok)
        return ok;
    Result<Statement> resident
        = db.prepare(QStringLiteral("INSERT INTO residents (name, unit, status, created_at, updated_at) VALUES "
                                    "(?1, '3-201', 'active', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
    Result<Statement> face = db.prepare(
        QStringLiteral("INSERT INTO face_templates (resident_id, engine_id, model_sha256, vector, quality, created_at) "
                       "VALUES (?1, ?2, ?3, ?4, 30.0, '2026-01-01T00:00:00.000Z')"));
    if (!resident || !face)
        return makeError(ErrorKind::Internal, QStringLiteral("prepare"));
    std::vector<float> v(static_cast<size_t>(engine.dim));
    qint64 residentId = 0;
    for (int t = 0; t < templates; ++t) {
        if (t % 2 == 0) {
            resident.value().bind(1, QStringLiteral("Resident %1").arg(t / 2));
            if (Status ok = resident.value().exec(); !ok)
                return ok;
            (void)resident.value().reset();
            residentId = db.lastInsertId();
        }
        for (float &x : v)
            x = normal(random);
        const FaceTemplate faceTemplate = FaceTemplate::fromFeatures(engine, v.data(), engine.dim).value();
        face.value().bind(1, residentId).bind(2, engine.name).bind(3, sha).bind(4, faceTemplate.toBytes());
        if (Status ok = face.value().exec(); !ok)
            return ok;
        (void)face.value().reset();
    }
    return tx.commit();
}

// The gallery load as it was before the one-pass read: every column of every row into a list of records
// (the two dates parsed), then each record checked and converted (GalleryService::fromStored).
Result<int> loadAsBefore(Database &db, const EngineId &engine)
{
    Result<Statement> stmt = db.prepare(
        QStringLiteral("SELECT id, resident_id, engine_id, model_sha256, vector, quality, created_at, last_matched_at "
                       "FROM face_templates WHERE engine_id = ?1 ORDER BY id"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, engine.name);
    Result<QList<StoredTemplate>> rows = stmt.value().collect<StoredTemplate>([](const Statement &s) {
        StoredTemplate t;
        t.id = s.int64(0);
        t.residentId = s.int64(1);
        t.engineId = s.text(2);
        t.modelSha256 = s.blob(3);
        t.vector = s.blob(4);
        t.quality = s.real(5);
        t.createdAt = s.dateTime(6);
        t.lastMatchedAt = s.dateTime(7);
        return t;
    });
    if (!rows)
        return rows.error();
    Gallery gallery(engine);
    gallery.reserve(static_cast<int>(rows->size()));
    for (const StoredTemplate &s : rows.value()) {
        Result<FaceTemplate> t = GalleryService::fromStored(s, engine);
        if (t)
            (void)gallery.add(s.id, s.residentId, t.value());
    }
    return gallery.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qunsetenv("CONSENTRY_FAST_KDF"); // production cost, whatever the environment says
    int templates = 100000, runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--templates"))
            templates = std::max(2, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
    }
    const KdfParams params = KdfParams::forThisProcess();
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const SecureBytes password("bench-password", 14);
    auto created = StoreFolder::create(data, QStringLiteral("bench"), password, SiteProfile());
    if (!created.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(created.errorMessage()));
        return 1;
    }
    const ModelCard card = ModelCard::fromJsonFile(QStringLiteral(":/models/face-reid-retail-0095.json")).value();
    const EngineId engine { card.id, card.sha256, card.outputDim };
    if (Status ok = fill(VaultInternals::database(*created.value().vault), engine, templates); !ok) {
        std::fprintf(stderr, "%s\n", qPrintable(ok.errorMessage()));
        return 1;
    }
    created.value().vault.reset();
    const KeyslotFile keys = KeyslotFile::load(StorePaths::keyslots(data)).value();
    const SecureBytes key = KeyStore::unwrap(*keys.userSlot(QStringLiteral("bench")), password, keys.storeId).value();

    // The baseline's copy of the store in the 1 KiB format.
    const QString legacy = dir.filePath(QStringLiteral("legacy.db"));
    if (!QFile::copy(StorePaths::database(data), legacy)
        || !Database::rewritePageSize(legacy, key, Database::kLegacyPageSize).ok()) {
        std::fprintf(stderr, "could not make the 1 KiB-page copy\n");
        return 1;
    }

    std::vector<Spent> kdf, unlock, load, ready, legacyOpen, legacyLoad, legacyReady;
    for (int run = 0; run < runs; ++run) {
        // Now: unlock the store, then load the gallery as the app does.
        Stopwatch total;
        auto vault = Unlocker::open(data, QString(), password);
        const Spent opened = total.elapsed();
        if (!vault.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(vault.errorMessage()));
            return 2;
        }
        GalleryService gallery(*vault.value(), engine, card.matchThreshold, card.impostorTail);
        if (!gallery.load().ok() || gallery.templateCount() != templates)
            return 3;
        const Spent all = total.elapsed();
        unlock.push_back(opened);
        load.push_back({ all.wallMs - opened.wallMs, all.cpuMs - opened.cpuMs });
        ready.push_back(all);
        vault.value().reset();

        // Baseline: the same key derivation, the 1 KiB-page file, the load as it was.
        Stopwatch before;
        auto unwrapped = KeyStore::unwrap(*keys.userSlot(QStringLiteral("bench")), password, keys.storeId);
        kdf.push_back(before.elapsed());
        if (!unwrapped.ok())
            return 4;
        Database::Options options;
        options.pageSize = Database::kLegacyPageSize;
        auto db = Database::open(legacy, unwrapped.value(), options);
        const Spent dbOpened = before.elapsed();
        if (!db.ok())
            return 5;
        Result<int> count = loadAsBefore(*db.value(), engine);
        if (!count.ok() || count.value() != templates)
            return 6;
        const Spent legacyAll = before.elapsed();
        legacyOpen.push_back(dbOpened);
        legacyLoad.push_back({ legacyAll.wallMs - dbOpened.wallMs, legacyAll.cpuMs - dbOpened.cpuMs });
        legacyReady.push_back(legacyAll);
    }
    const auto line
        = [](const char *name, const Spent &s) { std::printf("%-46s %10.1f %10.1f\n", name, s.wallMs, s.cpuMs); };
    std::printf("argon2id ops=%llu mem=%llu MiB; %d templates of %d floats; medians of %d runs\n",
                static_cast<unsigned long long>(params.opsLimit),
                static_cast<unsigned long long>(params.memLimit / (1024 * 1024)), templates, engine.dim, runs);
    std::printf("%-46s %10s %10s\n", "", "wall ms", "cpu ms");
    line("unwrap keyslot (Argon2id + XChaCha20-Poly1305)", median(kdf));
    line("now: Unlocker::open (4 KiB pages)", median(unlock));
    line("now: GalleryService::load (one pass)", median(load));
    line("now: unlock to ready-to-identify", median(ready));
    line("before: unwrap + open (1 KiB pages)", median(legacyOpen));
    line("before: gallery load (records, then convert)", median(legacyLoad));
    line("before: unlock to ready-to-identify", median(legacyReady));
    const Spent now = median(ready), then = median(legacyReady);
    std::printf("ratio now / before: wall %.2fx, cpu %.2fx\n", now.wallMs / then.wallMs, now.cpuMs / then.cpuMs);
    return 0;
}
