// SQLCipher vs plain SQLite on the same workload. This one source is built twice (bench/CMakeLists.txt):
// bench_store_sqlcipher (linked to libsqlcipher, raw key + Consentry's SQLCipher 3 settings) and
// bench_store_sqlite (linked to plain libsqlite3). The two libraries cannot share one binary: their
// sqlite3_* symbols clash. bench/run-store-bench.sh runs both and prints medians and the ratio.
//
// Usage: bench_store_X [folder] — prints "workload median_ms" lines.

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int kRuns = 5;
constexpr int kEnrollments = 1000;
constexpr int kBulkEnrollments = 5000;
constexpr int kLookups = 5000;
constexpr int kTemplateBytes = 512;

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

// BENCH_PAGE_SIZE=4096 compares the page size a future format migration could choose.
std::string pageSize()
{
    const char *value = std::getenv("BENCH_PAGE_SIZE");
    return value && *value ? value : "1024";
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

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    const std::string folder = argc > 1 ? argv[1] : ".";
    std::vector<unsigned char> vector(kTemplateBytes);
    for (int i = 0; i < kTemplateBytes; ++i)
        vector[static_cast<size_t>(i)] = static_cast<unsigned char>(i * 31);
    std::vector<double> commitEach, bulk, gallery, lookups, reopen;
    for (int run = 0; run < kRuns; ++run) {
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
        auto start = std::chrono::steady_clock::now();
        for (int n = 0; n < kEnrollments; ++n) {
            exec(db, "BEGIN IMMEDIATE");
            enroll(db, resident, face, n, vector);
            exec(db, "COMMIT");
        }
        commitEach.push_back(msSince(start));

        // 2. Bulk: many enrollments in one transaction (import, migration).
        start = std::chrono::steady_clock::now();
        exec(db, "BEGIN IMMEDIATE");
        for (int n = 0; n < kBulkEnrollments; ++n)
            enroll(db, resident, face, kEnrollments + n, vector);
        exec(db, "COMMIT");
        bulk.push_back(msSince(start));
        sqlite3_finalize(resident);
        sqlite3_finalize(face);
        exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
        sqlite3_close(db);

        // 3. Cold open + load the whole gallery (what verification does at start).
        start = std::chrono::steady_clock::now();
        db = openDb(path);
        sqlite3_stmt *all = nullptr;
        check(sqlite3_prepare_v2(db, "SELECT id, resident_id, vector FROM face_templates WHERE engine_id = 'sface'", -1,
                                 &all, nullptr),
              db, "prepare");
        size_t bytes = 0;
        while (sqlite3_step(all) == SQLITE_ROW)
            bytes += static_cast<size_t>(sqlite3_column_bytes(all, 2));
        sqlite3_finalize(all);
        gallery.push_back(msSince(start));
        if (bytes != size_t(2) * (kEnrollments + kBulkEnrollments) * kTemplateBytes)
            return 2;

        // 4. Random point lookups of a resident and their templates.
        std::mt19937 rng(42);
        sqlite3_stmt *one = nullptr;
        check(sqlite3_prepare_v2(db,
                                 "SELECT r.name, t.vector FROM residents r JOIN face_templates t ON t.resident_id = "
                                 "r.id WHERE r.id = ?1",
                                 -1, &one, nullptr),
              db, "prepare");
        start = std::chrono::steady_clock::now();
        for (int i = 0; i < kLookups; ++i) {
            sqlite3_bind_int64(one, 1, 1 + static_cast<sqlite3_int64>(rng() % (kEnrollments + kBulkEnrollments)));
            while (sqlite3_step(one) == SQLITE_ROW) { }
            sqlite3_reset(one);
        }
        lookups.push_back(msSince(start));
        sqlite3_finalize(one);
        sqlite3_close(db);
        for (const char *suffix : { "", "-wal", "-shm" })
            std::remove((path + suffix).c_str());
    }
    std::printf("library %s\n", sqlite3_libversion());
    std::printf("enroll_commit_each_x%d %.1f\n", kEnrollments, median(commitEach));
    std::printf("enroll_bulk_x%d %.1f\n", kBulkEnrollments, median(bulk));
    std::printf("open_and_load_gallery_%d %.1f\n", 2 * (kEnrollments + kBulkEnrollments), median(gallery));
    std::printf("point_lookups_x%d %.1f\n", kLookups, median(lookups));
    return 0;
}
