// Schema v3: a v2 store is backfilled (consent state, template count, oldest template), and the triggers keep
// the resident row right whoever writes consents or templates.

#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SecureBytes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace consentry;

class TestPeopleSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void migrationBackfillsV2Rows();
    void triggersFollowConsents();
    void triggersFollowTemplates();
    void residentDeletionCascades();

private:
    QString state(qint64 id)
    {
        return m_db->queryText(QStringLiteral("SELECT consent_state FROM residents WHERE id = %1").arg(id)).value();
    }
    qint64 count(qint64 id)
    {
        return m_db->queryInt(QStringLiteral("SELECT template_count FROM residents WHERE id = %1").arg(id)).value();
    }
    QString oldest(qint64 id)
    {
        return m_db->queryText(QStringLiteral("SELECT oldest_template_at FROM residents WHERE id = %1").arg(id))
            .value();
    }
    Status sql(const char *text) { return m_db->exec(QString::fromUtf8(text)); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPeopleSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    SecureBytes key(Database::kKeyBytes);
    for (std::size_t i = 0; i < static_cast<std::size_t>(Database::kKeyBytes); ++i)
        key.data()[i] = static_cast<unsigned char>(i * 7 + 1);
    Database::Options options;
    options.create = true;
    auto db = Database::open(m_dir->filePath(QStringLiteral("p.db")), key, options);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    QVERIFY(Schema::migrate(*m_db, 2).ok());
    QVERIFY(sql(R"SQL(
INSERT INTO notice_versions (id, version, language, body, sha256, published_at) VALUES (1, '1', 'zh_CN', 'n', x'00', '2026-01-01T00:00:00.000Z');
INSERT INTO residents (id, name, unit, status, created_at, updated_at) VALUES
 (1, 'Active', '', 'active', 't', 't'), (2, 'Withdrawn', '', 'active', 't', 't'), (3, 'Expired', '', 'active', 't', 't'),
 (4, 'Declined', '', 'active', 't', 't'), (5, 'Nobody', '', 'active', 't', 't'), (6, 'Again', '', 'active', 't', 't');
INSERT INTO consents (resident_id, notice_version_id, decision, signer, witness, signed_at, recorded_at, withdrawn_at, withdrawn_by) VALUES
 (1, 1, 'granted', 's', 'w', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', NULL, NULL),
 (2, 1, 'granted', 's', 'w', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-01-05T00:00:00.000Z', 'wang'),
 (3, 1, 'granted', 's', 'w', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-01-05T00:00:00.000Z', 'system:retention'),
 (4, 1, 'declined', 's', 'w', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', NULL, NULL),
 (6, 1, 'granted', 's', 'w', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', 'wang'),
 (6, 1, 'granted', 's', 'w', '2026-01-03T00:00:00.000Z', '2026-01-03T00:00:00.000Z', NULL, NULL);
INSERT INTO face_templates (resident_id, engine_id, model_sha256, vector, quality, created_at) VALUES
 (1, 'e', x'00', x'01', 0.9, '2026-01-02T00:00:00.000Z'), (1, 'e', x'00', x'01', 0.9, '2026-01-01T08:00:00.000Z'),
 (6, 'e', x'00', x'01', 0.9, '2026-01-03T00:00:00.000Z');
)SQL")
                .ok());
}

void TestPeopleSchema::migrationBackfillsV2Rows()
{
    QVERIFY(Schema::migrate(*m_db).ok());
    QCOMPARE(Schema::version(*m_db).value(), Schema::latestVersion());
    QCOMPARE(state(1), QStringLiteral("active"));
    QCOMPARE(state(2), QStringLiteral("withdrawn"));
    QCOMPARE(state(3), QStringLiteral("expired"));
    QCOMPARE(state(4), QStringLiteral("declined"));
    QCOMPARE(state(5), QStringLiteral("none"));
    QCOMPARE(state(6), QStringLiteral("active")); // withdrew, then consented again
    QCOMPARE(count(1), 2);
    QCOMPARE(count(5), 0);
    QCOMPARE(oldest(1), QStringLiteral("2026-01-01T08:00:00.000Z"));
    QVERIFY(oldest(5).isNull());
    QVERIFY(m_db->integrityCheck().ok());
}

void TestPeopleSchema::triggersFollowConsents()
{
    QVERIFY(Schema::migrate(*m_db).ok());
    QVERIFY(
        sql("UPDATE consents SET withdrawn_at = '2026-02-01T00:00:00.000Z', withdrawn_by = 'li' WHERE resident_id = 1")
            .ok());
    QCOMPARE(state(1), QStringLiteral("withdrawn"));
    QVERIFY(
        sql("INSERT INTO consents (resident_id, notice_version_id, decision, alternative, signer, witness, signed_at, "
            "recorded_at) "
            "VALUES (5, 1, 'declined', 'ID card', 's', 'w', '2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z')")
            .ok());
    QCOMPARE(state(5), QStringLiteral("declined"));
    QVERIFY(
        sql("INSERT INTO consents (resident_id, notice_version_id, decision, signer, witness, signed_at, recorded_at) "
            "VALUES (5, 1, 'granted', 's', 'w', '2026-02-02T00:00:00.000Z', '2026-02-02T00:00:00.000Z')")
            .ok());
    QCOMPARE(state(5), QStringLiteral("active"));
    QVERIFY(sql("UPDATE consents SET withdrawn_at = '2026-03-01T00:00:00.000Z', withdrawn_by = 'system:retention' "
                "WHERE resident_id = 5 AND decision = 'granted'")
                .ok());
    QCOMPARE(state(5), QStringLiteral("expired"));
}

void TestPeopleSchema::triggersFollowTemplates()
{
    QVERIFY(Schema::migrate(*m_db).ok());
    QVERIFY(sql("INSERT INTO face_templates (resident_id, engine_id, model_sha256, vector, quality, created_at) "
                "VALUES (1, 'e', x'00', x'01', 0.9, '2025-12-31T00:00:00.000Z')")
                .ok());
    QCOMPARE(count(1), 3);
    QCOMPARE(oldest(1), QStringLiteral("2025-12-31T00:00:00.000Z"));
    QVERIFY(sql("DELETE FROM face_templates WHERE resident_id = 1 AND created_at < '2026-01-01T09:00:00.000Z'").ok());
    QCOMPARE(m_db->changes(), 2);
    QCOMPARE(count(1), 1);
    QCOMPARE(oldest(1), QStringLiteral("2026-01-02T00:00:00.000Z"));
    QVERIFY(sql("DELETE FROM face_templates WHERE resident_id = 1").ok());
    QCOMPARE(count(1), 0);
    QVERIFY(oldest(1).isNull());
}

void TestPeopleSchema::residentDeletionCascades()
{
    QVERIFY(Schema::migrate(*m_db).ok());
    QVERIFY(sql("DELETE FROM residents WHERE id = 1").ok());
    QCOMPARE(m_db->queryInt(QStringLiteral("SELECT count(*) FROM face_templates WHERE resident_id = 1")).value(), 0);
    QCOMPARE(m_db->queryInt(QStringLiteral("SELECT count(*) FROM consents WHERE resident_id = 1")).value(), 0);
    QCOMPARE(count(6), 1);
}

QTEST_GUILESS_MAIN(TestPeopleSchema)
#include "tst_peopleschema.moc"
