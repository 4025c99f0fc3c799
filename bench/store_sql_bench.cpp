// SQLCipher vs plain SQLite on the same workload. This one source is built twice (bench/CMakeLists.txt):
// bench_store_sqlcipher (linked to libsqlcipher, raw key + Consentry's SQLCipher 3 settings) and
// bench_store_sqlite (linked to plain libsqlite3). The two libraries cannot share one binary: their
// sqlite3_* symbols clash. bench/run-store-bench.sh runs both and prints medians and the ratio.
//
// Usage: bench_store_X [folder] — prints "workload ms" lines, one per run (BENCH_RUNS, default 5); the
// script alternates the two binaries run by run and takes the medians, so a change of load on a shared
// machine hits both sides alike. BENCH_PAGE_SIZE (default 4096, the store's format; 1024 the legacy one)
// and BENCH_TEMPLATE_BYTES (default 1024: 256 floats, face-reid-retail-0095; SFace makes 512).

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int kEnrollments = 1000;
constexpr int kBulkEnrollments = 5000;
constexpr int kLookups = 5000;

int envInt(const char *name, int fallback)
{
    const char *value = std::getenv(name);
    return value && *value ? std::atoi(value) : fallback;
}

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "%s: %s\n", what, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        std::exit(1);
    }
}

void exec(sqlite3 *db, const char *sql)
{
    check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db, sql);
}

std::string pageSize()
{
    return std::to_string(envInt("BENCH_PAGE_SIZE", 4096));
}

sqlite3 *openDb(const std::string &path)
{
    sqlite3 *db = nullptr;
    check(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr), db, "open");
#ifdef CONSENTRY_BENCH_SQLCIPHER
    // The same statements as storage/Database.cpp.
    exec(db, "PRAGMA key = \"x'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'\"");
    exec(db, "PRAGMA cipher_compatibility = 3");
    exec(db, ("PRAGMA cipher_page_size = " + pageSize()).c_str());
    for (const char *pragma : { "PRAGMA cipher_use_hmac = ON", "PRAGMA cipher_hmac_algorithm = HMAC_SHA1",
                                "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1", "PRAGMA kdf_iter = 64000",
                                "PRAGMA fast_kdf_iter = 2", "PRAGMA cipher_plaintext_header_size = 0" })
        exec(db, pragma);
#else
    exec(db, ("PRAGMA page_size = " + pageSize()).c_str()); // the same page size: only the encryption differs
#endif
    exec(db, "PRAGMA journal_mode = WAL");
    exec(db, "PRAGMA synchronous = FULL");
    exec(db, "PRAGMA foreign_keys = ON");
    exec(db, "PRAGMA secure_delete = ON");
    exec(db, "PRAGMA temp_store = MEMORY");
    exec(db, "PRAGMA cache_size = -32768"); // as storage/Database.cpp: decrypted pages stay in memory
    return db;
}

void schema(sqlite3 *db)
{
    exec(db,
         "CREATE TABLE residents (id INTEGER PRIMARY KEY, name TEXT NOT NULL, unit TEXT NOT NULL, created_at TEXT NOT "
         "NULL);"
         "CREATE TABLE face_templates (id INTEGER PRIMARY KEY, resident_id INTEGER NOT NULL REFERENCES residents(id) "
         "ON DELETE CASCADE, engine_id TEXT NOT NULL, vector BLOB NOT NULL, quality REAL NOT NULL);"
         "CREATE INDEX face_templates_by_resident ON face_templates (resident_id);"
         "CREATE INDEX face_templates_by_engine ON face_templates (engine_id);");
}

void enroll(sqlite3 *db, sqlite3_stmt *resident, sqlite3_stmt *face, int n, const std::vector<unsigned char> &vector)
{
    const std::string name = "Resident " + std::to_string(n);
    sqlite3_bind_text(resident, 1, name.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(resident, 2, "3-201", -1, SQLITE_STATIC);
    sqlite3_bind_text(resident, 3, "2026-01-01T00:00:00.000Z", -1, SQLITE_STATIC);
    check(sqlite3_step(resident), db, "insert resident");
    sqlite3_reset(resident);
    const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
    for (int t = 0; t < 2; ++t) {
        sqlite3_bind_int64(face, 1, id);
        sqlite3_bind_blob(face, 2, vector.data(), static_cast<int>(vector.size()), SQLITE_STATIC);
        check(sqlite3_step(face), db, "insert template");
        sqlite3_reset(face);
    }
}

// Wall time and this process's CPU time: on a shared machine the CPU time is the steadier figure for
// the CPU-bound workloads (all but the commit-per-enrollment one, which waits for the disk).
struct Clock {
    std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
    std::clock_t cpu = std::clock();
};
struct Spent {
    double wallMs = 0, cpuMs = 0;
};
Spent since(const Clock &start)
{
    return { std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start.wall).count(),
             1000.0 * double(std::clock() - start.cpu) / CLOCKS_PER_SEC };
}

} // namespace

int main(int argc, char *argv[])
{
    const std::string folder = argc > 1 ? argv[1] : ".";
    const int runs = envInt("BENCH_RUNS", 5);
    const int templateBytes = envInt("BENCH_TEMPLATE_BYTES", 1024);
    std::vector<unsigned char> vector(static_cast<size_t>(templateBytes));
    for (int i = 0; i < templateBytes; ++i)
        vector[static_cast<size_t>(i)] = static_cast<unsigned char>(i * 31);
    std::vector<Spent> commitEach, bulk, gallery, checkedGallery, lookups;
    for (int run = 0; run < runs; ++run) {
        const std::string path = folder + "/bench-store-" + std::to_string(run) + ".db";
        for (const char *suffix : { "", "-wal", "-shm" })
            std::remove((path + suffix).c_str());
        sqlite3 *db = openDb(path);
        schema(db);
        sqlite3_stmt *resident = nullptr;
        sqlite3_stmt *face = nullptr;
        check(sqlite3_prepare_v2(db, "INSERT INTO residents (name, unit, created_at) VALUES (?1, ?2, ?3)", -1,
                                 &resident, nullptr),
              db, "prepare");
        check(sqlite3_prepare_v2(
                  db,
                  "INSERT INTO face_templates (resident_id, engine_id, vector, quality) VALUES (?1, 'sface', ?2, 0.9)",
                  -1, &face, nullptr),
              db, "prepare");

        // 1. One transaction per enrollment (what the front desk does), durable commits.
        Clock start;
        for (int n = 0; n < kEnrollments; ++n) {
            exec(db, "BEGIN IMMEDIATE");
            enroll(db, resident, face, n, vector);
            exec(db, "COMMIT");
        }
        commitEach.push_back(since(start));

        // 2. Bulk: many enrollments in one transaction (import, migration).
        start = Clock();
        exec(db, "BEGIN IMMEDIATE");
        for (int n = 0; n < kBulkEnrollments; ++n)
            enroll(db, resident, face, kEnrollments + n, vector);
        exec(db, "COMMIT");
        bulk.push_back(since(start));
        sqlite3_finalize(resident);
        sqlite3_finalize(face);
        exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
        sqlite3_close(db);

        // 3. Cold open + load the whole gallery (what unlocking does), with the gallery query of
        // repo/TemplateRepository::forEachOfEngine; then the same after PRAGMA quick_check, which the
        // store runs on every open (storage/Database: it reads, and so authenticates, every page).
        for (const bool quickCheck : { false, true }) {
            start = Clock();
            db = openDb(path);
            if (quickCheck)
                exec(db, "PRAGMA quick_check");
            sqlite3_stmt *all = nullptr;
            check(sqlite3_prepare_v2(db,
                                     "SELECT id, resident_id, quality, vector FROM face_templates NOT INDEXED "
                                     "WHERE engine_id = 'sface' ORDER BY id",
                                     -1, &all, nullptr),
                  db, "prepare");
            size_t bytes = 0;
            while (sqlite3_step(all) == SQLITE_ROW)
                bytes += static_cast<size_t>(sqlite3_column_bytes(all, 3));
            sqlite3_finalize(all);
            (quickCheck ? checkedGallery : gallery).push_back(since(start));
            if (bytes != size_t(2) * (kEnrollments + kBulkEnrollments) * static_cast<size_t>(templateBytes))
                return 2;
            if (!quickCheck)
                sqlite3_close(db);
        }

        // 4. Random point lookups of a resident and their templates.
        std::mt19937 rng(42);
        sqlite3_stmt *one = nullptr;
        check(sqlite3_prepare_v2(db,
                                 "SELECT r.name, t.vector FROM residents r JOIN face_templates t ON t.resident_id = "
                                 "r.id WHERE r.id = ?1",
                                 -1, &one, nullptr),
              db, "prepare");
        start = Clock();
        for (int i = 0; i < kLookups; ++i) {
            sqlite3_bind_int64(one, 1, 1 + static_cast<sqlite3_int64>(rng() % (kEnrollments + kBulkEnrollments)));
            while (sqlite3_step(one) == SQLITE_ROW) { }
            sqlite3_reset(one);
        }
        lookups.push_back(since(start));
        sqlite3_finalize(one);
        sqlite3_close(db);
        for (const char *suffix : { "", "-wal", "-shm" })
            std::remove((path + suffix).c_str());
    }
    std::printf("library %s\n", sqlite3_libversion());
    for (int run = 0; run < runs; ++run) {
        const size_t r = static_cast<size_t>(run);
        const int templates = 2 * (kEnrollments + kBulkEnrollments);
        std::printf("enroll_commit_each_x%d %.2f %.2f\n", kEnrollments, commitEach[r].wallMs, commitEach[r].cpuMs);
        std::printf("enroll_bulk_x%d %.2f %.2f\n", kBulkEnrollments, bulk[r].wallMs, bulk[r].cpuMs);
        std::printf("open_and_load_gallery_%d %.2f %.2f\n", templates, gallery[r].wallMs, gallery[r].cpuMs);
        std::printf("open_check_and_load_gallery_%d %.2f %.2f\n", templates, checkedGallery[r].wallMs,
                    checkedGallery[r].cpuMs);
        std::printf("point_lookups_x%d %.2f %.2f\n", kLookups, lookups[r].wallMs, lookups[r].cpuMs);
    }
    return 0;
}
