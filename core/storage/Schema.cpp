#include "storage/Schema.h"

#include "compliance/DeviceLocation.h"
#include "platform/Clock.h"
#include "repo/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace consentry {

namespace {

Status execAll(Database &db, const char *sql)
{
    return db.exec(QString::fromUtf8(sql));
}

// v1: the vault. Audit events and notice versions are append-only at the SQL level as well (the hash
// chain catches anyone who drops the triggers). resident_id in audit_events is not a foreign key: the
// record of processing outlives the person's data.
const char *const kSchemaV1 = R"SQL(
CREATE TABLE store (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  store_id TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('manager', 'staff', 'auditor')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE TABLE notice_versions (
  id INTEGER PRIMARY KEY,
  version TEXT NOT NULL,
  language TEXT NOT NULL,
  body TEXT NOT NULL,
  sha256 BLOB NOT NULL,
  published_at TEXT NOT NULL,
  UNIQUE (version, language)
);
CREATE TRIGGER notice_versions_no_update BEFORE UPDATE ON notice_versions
BEGIN SELECT RAISE(ABORT, 'notice versions are immutable'); END;
CREATE TRIGGER notice_versions_no_delete BEFORE DELETE ON notice_versions
BEGIN SELECT RAISE(ABORT, 'notice versions are immutable'); END;
CREATE TABLE residents (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  date_of_birth TEXT,
  minor INTEGER NOT NULL DEFAULT 0,
  move_in TEXT,
  move_out TEXT,
  status TEXT NOT NULL CHECK (status IN ('active', 'moved_out')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE consents (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
  notice_version_id INTEGER NOT NULL REFERENCES notice_versions (id),
  decision TEXT NOT NULL CHECK (decision IN ('granted', 'declined')),
  alternative TEXT NOT NULL DEFAULT '',
  signer TEXT NOT NULL,
  guardian_name TEXT NOT NULL DEFAULT '',
  guardian_relation TEXT NOT NULL DEFAULT '',
  witness TEXT NOT NULL,
  evidence TEXT NOT NULL DEFAULT '',
  signed_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  withdrawn_at TEXT,
  withdrawn_by TEXT
);
CREATE TABLE signatures (
  id INTEGER PRIMARY KEY,
  consent_id INTEGER NOT NULL REFERENCES consents (id) ON DELETE CASCADE,
  image BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE face_templates (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
  engine_id TEXT NOT NULL,
  model_sha256 BLOB NOT NULL,
  vector BLOB NOT NULL,
  quality REAL NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  actor TEXT NOT NULL,
  resident_id INTEGER,
  details TEXT NOT NULL,
  prev_hash BLOB NOT NULL,
  hash BLOB NOT NULL
);
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)SQL";

// v2: when a template last matched (retention of unused templates) and the indexes of the hot lookups.
const char *const kSchemaV2 = R"SQL(
ALTER TABLE face_templates ADD COLUMN last_matched_at TEXT;
CREATE INDEX consents_by_resident ON consents (resident_id);
CREATE INDEX face_templates_by_resident ON face_templates (resident_id);
CREATE INDEX face_templates_by_engine ON face_templates (engine_id);
CREATE INDEX audit_events_by_resident ON audit_events (resident_id);
)SQL";

// v3: the people screen's table of 100,000 residents. What a row shows (consent state, template count,
// oldest template, last verification) is kept on the resident row by triggers, so one indexed scan of one
// table answers a search, a filter or a page, whoever writes consents or templates. The state is the
// resident's consent standing: 'active' (a grant in force), 'withdrawn', 'expired' (ended by the retention
// policy, withdrawn_by 'system:retention'), 'declined', or 'none' (no decision recorded yet).
const char *const kConsentStateExpr = R"SQL(
CASE
 WHEN EXISTS (SELECT 1 FROM consents c WHERE c.resident_id = @R AND c.decision = 'granted'
              AND c.withdrawn_at IS NULL) THEN 'active'
 ELSE coalesce((SELECT CASE WHEN c.decision = 'declined' THEN 'declined'
                            WHEN c.withdrawn_by = 'system:retention' THEN 'expired'
                            ELSE 'withdrawn' END
                FROM consents c WHERE c.resident_id = @R
                ORDER BY coalesce(c.withdrawn_at, c.recorded_at) DESC, c.id DESC LIMIT 1), 'none')
END)SQL";

const char *const kSchemaV3 = R"SQL(
ALTER TABLE residents ADD COLUMN consent_state TEXT NOT NULL DEFAULT 'none';
ALTER TABLE residents ADD COLUMN template_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE residents ADD COLUMN oldest_template_at TEXT;
ALTER TABLE residents ADD COLUMN last_verified_at TEXT;
UPDATE residents SET
  consent_state = @STATE(residents.id),
  template_count = (SELECT count(*) FROM face_templates t WHERE t.resident_id = residents.id),
  oldest_template_at = (SELECT min(created_at) FROM face_templates t WHERE t.resident_id = residents.id);
CREATE TRIGGER consents_state_after_insert AFTER INSERT ON consents
BEGIN UPDATE residents SET consent_state = @STATE(NEW.resident_id) WHERE id = NEW.resident_id; END;
CREATE TRIGGER consents_state_after_update AFTER UPDATE ON consents
BEGIN UPDATE residents SET consent_state = @STATE(NEW.resident_id) WHERE id = NEW.resident_id; END;
CREATE TRIGGER consents_state_after_delete AFTER DELETE ON consents
BEGIN UPDATE residents SET consent_state = @STATE(OLD.resident_id) WHERE id = OLD.resident_id; END;
CREATE TRIGGER face_templates_count_after_insert AFTER INSERT ON face_templates
BEGIN UPDATE residents SET template_count = template_count + 1,
  oldest_template_at = CASE WHEN oldest_template_at IS NULL OR NEW.created_at < oldest_template_at
                            THEN NEW.created_at ELSE oldest_template_at END
  WHERE id = NEW.resident_id; END;
CREATE TRIGGER face_templates_count_after_delete AFTER DELETE ON face_templates
BEGIN UPDATE residents SET template_count = template_count - 1,
  oldest_template_at = (SELECT min(created_at) FROM face_templates t WHERE t.resident_id = OLD.resident_id)
  WHERE id = OLD.resident_id; END;
CREATE INDEX residents_by_name ON residents (name, unit, id);
CREATE INDEX residents_by_unit ON residents (unit, name, id);
CREATE INDEX residents_by_state ON residents (consent_state, name);
CREATE INDEX residents_by_move_out ON residents (move_out);
CREATE INDEX residents_by_oldest_template ON residents (oldest_template_at);
CREATE INDEX face_templates_by_created ON face_templates (created_at);
)SQL";

// v5 (branch consent, issue 10 §4, §6, §7): how the age question was answered (a date of birth or an explicit
// "under 14: yes/no"; 'unknown' only for residents recorded before the question was mandatory), who signed a
// consent (the resident, or a guardian in their own voice) and whom it is about, when a record was reduced to
// ids after the record retention period, and the deletion ledger: what was deleted when, no personal data, so
// an older backup restored in place can have it re-applied.
const char *const kSchemaV5 = R"SQL(
ALTER TABLE residents ADD COLUMN age_basis TEXT NOT NULL DEFAULT 'unknown'
  CHECK (age_basis IN ('unknown', 'birth_date', 'declared'));
UPDATE residents SET age_basis = 'birth_date' WHERE date_of_birth IS NOT NULL;
UPDATE residents SET age_basis = 'declared' WHERE date_of_birth IS NULL AND minor != 0;
ALTER TABLE residents ADD COLUMN reduced_at TEXT;
ALTER TABLE consents ADD COLUMN signer_role TEXT NOT NULL DEFAULT 'resident'
  CHECK (signer_role IN ('resident', 'guardian'));
ALTER TABLE consents ADD COLUMN subject_name TEXT NOT NULL DEFAULT '';
UPDATE consents SET signer_role = 'guardian' WHERE guardian_name != '' AND signer = guardian_name;
UPDATE consents SET subject_name = coalesce((SELECT r.name FROM residents r WHERE r.id = consents.resident_id), '');
CREATE TABLE deletion_ledger (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL,
  at TEXT NOT NULL,
  templates_made_by TEXT NOT NULL,
  ends_consents INTEGER NOT NULL,
  removes_resident INTEGER NOT NULL,
  reduces_record INTEGER NOT NULL,
  reason TEXT NOT NULL
);
CREATE TRIGGER deletion_ledger_no_update BEFORE UPDATE ON deletion_ledger
BEGIN SELECT RAISE(ABORT, 'the deletion ledger is append-only'); END;
CREATE TRIGGER deletion_ledger_no_delete BEFORE DELETE ON deletion_ledger
BEGIN SELECT RAISE(ABORT, 'the deletion ledger is append-only'); END;
)SQL";
// v8 (branch dashboard): the dashboard's activity counts. The audit log is the durable record of decisions and
// verifications (residents and their consents can be erased; the log is append-only), but counting a year of it per
// screen is a scan of millions of rows and their JSON. One row per UTC hour, audit kind, method and result
// is kept instead (ActivityRepository: AuditLog::append adds to it in the event's transaction), so a period
// of any length is read in a few thousand rows; a UTC hour is whole in every whole-hour time zone, so the
// screens count by local day. Built here from the log as it stands. (SQLCipher builds without JSON1, so the
// details are read in C++.) (A partial index of the people with face data was measured slower than the
// table scan it would replace, bench/bench_dashboard, so there is none.)
const char *const kSchemaV8 = R"SQL(
CREATE TABLE activity_hourly (
  hour TEXT NOT NULL,
  kind TEXT NOT NULL,
  method TEXT NOT NULL,
  result TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (hour, kind, method, result)
) WITHOUT ROWID;
)SQL";

// v9 (issue 12, desk2): receipts of a withdrawal or deletion not saved yet (the file dialog cancelled, the disk
// full), kept in the encrypted store until staff save them, so a restart does not lose them.
const char *const kSchemaV9 = R"SQL(
CREATE TABLE pending_receipts (
  resident_id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('withdrawal', 'deletion')),
  name TEXT NOT NULL,
  file_name TEXT NOT NULL,
  pdf BLOB NOT NULL,
  created_at TEXT NOT NULL
);
)SQL";

// v6 (branch verify): verification records (Provisions art. 4, PIPL art. 28: a movement trail). Who was verified, when,
// how and in which mode, kept for the site's verification_record_days and then deleted by the purge; the audit chain,
// which is kept for good, names the record's number but never the person.
const char *const kSchemaV6 = R"SQL(
CREATE TABLE verification_records (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  resident_id INTEGER REFERENCES residents (id) ON DELETE CASCADE,
  mode TEXT NOT NULL CHECK (mode IN ('one_to_one', 'one_to_many', 'none')),
  method TEXT NOT NULL,
  result TEXT NOT NULL CHECK (result IN ('verified', 'not_verified')),
  reason TEXT NOT NULL,
  score REAL,
  staff TEXT NOT NULL
);
CREATE INDEX verification_records_by_at ON verification_records (at);
CREATE INDEX verification_records_by_resident ON verification_records (resident_id);
)SQL";

// v4 (branch notice, issue 10 §3): re-consent after a material change of the notice. A grant in force whose
// notice is older than the material version in force carries renewal_due_at (the end of the grace period): it
// no longer counts as 'active' (no recognition, no new templates) but as 'renewal' until the person consents
// again, withdraws, or the purge deletes the face data at renewal_due_at. notice_material keeps, per notice
// version, the fields whose change is material (processor, purpose, method, retention) for the diff the
// consent dialog shows and for `notice show`.
const char *const kConsentStateExprV4 = R"SQL(
CASE
 WHEN EXISTS (SELECT 1 FROM consents c WHERE c.resident_id = @R AND c.decision = 'granted'
              AND c.withdrawn_at IS NULL AND c.renewal_due_at IS NULL) THEN 'active'
 WHEN EXISTS (SELECT 1 FROM consents c WHERE c.resident_id = @R AND c.decision = 'granted'
              AND c.withdrawn_at IS NULL) THEN 'renewal'
 ELSE coalesce((SELECT CASE WHEN c.decision = 'declined' THEN 'declined'
                            WHEN c.withdrawn_by = 'system:retention' THEN 'expired'
                            ELSE 'withdrawn' END
                FROM consents c WHERE c.resident_id = @R
                ORDER BY coalesce(c.withdrawn_at, c.recorded_at) DESC, c.id DESC LIMIT 1), 'none')
END)SQL";

const char *const kSchemaV4 = R"SQL(
ALTER TABLE consents ADD COLUMN renewal_due_at TEXT;
CREATE TABLE notice_material (
  version TEXT PRIMARY KEY,
  material TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TRIGGER notice_material_no_update BEFORE UPDATE ON notice_material
BEGIN SELECT RAISE(ABORT, 'notice versions are immutable'); END;
CREATE TRIGGER notice_material_no_delete BEFORE DELETE ON notice_material
BEGIN SELECT RAISE(ABORT, 'notice versions are immutable'); END;
DROP TRIGGER consents_state_after_insert;
DROP TRIGGER consents_state_after_update;
DROP TRIGGER consents_state_after_delete;
CREATE TRIGGER consents_state_after_insert AFTER INSERT ON consents
BEGIN UPDATE residents SET consent_state = @STATE(NEW.resident_id) WHERE id = NEW.resident_id; END;
CREATE TRIGGER consents_state_after_update AFTER UPDATE ON consents
BEGIN UPDATE residents SET consent_state = @STATE(NEW.resident_id) WHERE id = NEW.resident_id; END;
CREATE TRIGGER consents_state_after_delete AFTER DELETE ON consents
BEGIN UPDATE residents SET consent_state = @STATE(OLD.resident_id) WHERE id = OLD.resident_id; END;
CREATE INDEX consents_by_renewal ON consents (renewal_due_at) WHERE renewal_due_at IS NOT NULL;
)SQL";

QString withStateExpr(const char *stateExpr, const char *schema)
{
    const QString stateOf = QString::fromUtf8(stateExpr);
    QString sql = QString::fromUtf8(schema);
    for (const QString &subject :
         { QStringLiteral("residents.id"), QStringLiteral("NEW.resident_id"), QStringLiteral("OLD.resident_id") }) {
        QString expr = stateOf;
        expr.replace(QStringLiteral("@R"), subject);
        sql.replace(QStringLiteral("@STATE(%1)").arg(subject), QStringLiteral("(%1)").arg(expr));
    }
    return sql;
}

// v7 (compliance, issue 11): the device register, the signs printed per device and notice version, the signed
// impact assessments and the filings. Signed assessments are immutable like notice versions (kept at least
// three years; nothing, the purge included, deletes them). A device in a private space (Provisions art. 13
// ¶2) cannot be stored even by a hand-written INSERT: the CHECK lists the permitted location types.
QString schemaV7()
{
    return QStringLiteral(R"SQL(
CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  location_type TEXT NOT NULL CHECK (location_type IN (%1)),
  area TEXT NOT NULL,
  camera TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  removed_at TEXT,
  removed_by TEXT
);
CREATE UNIQUE INDEX devices_by_name ON devices (name) WHERE removed_at IS NULL;
CREATE TABLE sign_prints (
  id INTEGER PRIMARY KEY,
  device_id INTEGER REFERENCES devices (id),
  notice_version TEXT NOT NULL,
  layout TEXT NOT NULL,
  language TEXT NOT NULL,
  medium TEXT NOT NULL,
  printed_at TEXT NOT NULL,
  printed_by TEXT NOT NULL
);
CREATE INDEX sign_prints_by_device ON sign_prints (device_id, notice_version);
CREATE INDEX audit_events_by_kind ON audit_events (kind, id);
CREATE TABLE impact_assessments (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL UNIQUE,
  body TEXT NOT NULL,
  sha256 BLOB NOT NULL,
  signed_by TEXT NOT NULL,
  signed_at TEXT NOT NULL
);
CREATE TRIGGER impact_assessments_no_update BEFORE UPDATE ON impact_assessments
BEGIN SELECT RAISE(ABORT, 'signed impact assessments are immutable'); END;
CREATE TRIGGER impact_assessments_no_delete BEFORE DELETE ON impact_assessments
BEGIN SELECT RAISE(ABORT, 'signed impact assessments are immutable'); END;
CREATE TABLE filings (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('initial', 'change', 'deregistration')),
  filed_on TEXT NOT NULL,
  reference TEXT NOT NULL,
  people INTEGER NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
);
)SQL")
        .arg(DeviceLocation::allowedSqlList());
}

} // namespace

const std::vector<Migration> &Schema::migrations()
{
    static const std::vector<Migration> steps = {
        { 1, QStringLiteral("vault: store, users, settings, notices, residents, consents, templates, audit"),
          [](Database &db) { return execAll(db, kSchemaV1); } },
        { 2, QStringLiteral("template last match time, lookup indexes"),
          [](Database &db) { return execAll(db, kSchemaV2); } },
        { 3, QStringLiteral("people table: consent state, template count and last verification on the resident row"),
          [](Database &db) { return db.exec(withStateExpr(kConsentStateExpr, kSchemaV3)); } },
        { 4, QStringLiteral("re-consent: renewal due on consents, material fields of each notice version"),
          [](Database &db) { return db.exec(withStateExpr(kConsentStateExprV4, kSchemaV4)); } },
        { 5, QStringLiteral("children and records: age answer, signer role, record reduction, deletion ledger"),
          [](Database &db) { return execAll(db, kSchemaV5); } },
        { 6, QStringLiteral("verification records: who, when, how and in which mode, kept for a stated period"),
          [](Database &db) { return execAll(db, kSchemaV6); } },
        { 7, QStringLiteral("compliance: device register, signs printed, signed impact assessments, filings"),
          [](Database &db) { return db.exec(schemaV7()); } },
        { 8, QStringLiteral("dashboard: hourly counts of decisions and verifications kept from the audit log"),
          [](Database &db) -> Status {
              TRY(execAll(db, kSchemaV8));
              return ActivityRepository(db).rebuild();
          } },
        { 9, QStringLiteral("receipts not saved yet, kept until staff save them"),
          [](Database &db) { return execAll(db, kSchemaV9); } },
    };
    return steps;
}

int Schema::latestVersion()
{
    return migrations().back().version;
}

Result<int> Schema::version(Database &db)
{
    Result<bool> exists = db.tableExists(QStringLiteral("schema_migrations"));
    if (!exists)
        return exists.error();
    if (!exists.value())
        return 0;
    Result<qint64> v = db.queryInt(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    if (!v)
        return v.error();
    return static_cast<int>(v.value());
}

Status Schema::migrate(Database &db, int target)
{
    return migrate(db, migrations(), target);
}

Status Schema::migrate(Database &db, const std::vector<Migration> &steps, int target)
{
    const int latest = steps.empty() ? 0 : steps.back().version;
    if (target <= 0)
        target = latest;
    Result<int> current = version(db);
    if (!current)
        return current.error();
    if (current.value() > latest)
        return makeError(ErrorKind::Data,
                         tr("This database was written by a newer version of Consentry (schema %1; this version "
                            "knows up to %2). It was left untouched: install the newer version.")
                             .arg(current.value())
                             .arg(latest));
    for (const Migration &step : steps) {
        if (step.version <= current.value() || step.version > target)
            continue;
        Transaction tx(db);
        if (Status ok = tx.begin(); !ok)
            return ok;
        if (Status ok = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                               "version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                                               "applied_at TEXT NOT NULL)"));
            !ok)
            return ok;
        if (Status ok = step.apply(db); !ok)
            return ok; // tx rolls back
        Result<Statement> record = db.prepare(
            QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?1, ?2, ?3)"));
        if (!record)
            return record.error();
        record.value().bind(1, step.version).bind(2, step.description).bind(3, Clock::instance().now());
        if (Status ok = record.value().exec(); !ok)
            return ok;
        if (Status ok = tx.commit(); !ok)
            return ok;
    }
    return {};
}

} // namespace consentry
