#include "repo/ConsentRepository.h"

#include "platform/Clock.h"
#include "storage/Database.h"

namespace consentry {

ConsentRepository::ConsentRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> ConsentRepository::add(const Consent &c)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO consents (resident_id, notice_version_id, decision, alternative, signer, guardian_name, "
        "guardian_relation, witness, evidence, signed_at, recorded_at, signer_role, subject_name) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"));
    if (!stmt)
        return stmt.error();
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    Statement &s = stmt.value();
    s.bind(1, c.residentId).bind(2, c.noticeVersionId).bind(3, Consent::decisionKey(c.decision));
    s.bind(4, text(c.alternative)).bind(5, c.signer).bind(6, text(c.guardianName)).bind(7, text(c.guardianRelation));
    s.bind(8, c.witness).bind(9, text(c.evidence)).bind(10, c.signedAt).bind(11, Clock::instance().now());
    s.bind(12, Consent::signerRoleKey(c.signerRole)).bind(13, text(c.subjectName));
    if (Status ok = s.exec(); !ok)
        return ok.error();
    return m_db.lastInsertId();
}

Result<QList<Consent>> ConsentRepository::ofResident(qint64 residentId) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT id, resident_id, notice_version_id, decision, alternative, signer, guardian_name, guardian_relation, "
        "witness, evidence, signed_at, recorded_at, withdrawn_at, withdrawn_by, renewal_due_at, signer_role, "
        "subject_name FROM consents WHERE resident_id = ?1 "
        "ORDER BY id"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, residentId);
    return stmt.value().collect<Consent>([](const Statement &s) {
        Consent c;
        c.id = s.int64(0);
        c.residentId = s.int64(1);
        c.noticeVersionId = s.int64(2);
        c.decision = Consent::decisionFromKey(s.text(3));
        c.alternative = s.text(4);
        c.signer = s.text(5);
        c.guardianName = s.text(6);
        c.guardianRelation = s.text(7);
        c.witness = s.text(8);
        c.evidence = s.text(9);
        c.signedAt = s.dateTime(10);
        c.recordedAt = s.dateTime(11);
        c.withdrawnAt = s.dateTime(12);
        c.withdrawnBy = s.text(13);
        c.renewalDueAt = s.dateTime(14);
        c.signerRole = Consent::signerRoleFromKey(s.text(15));
        c.subjectName = s.text(16);
        return c;
    });
}

Result<int> ConsentRepository::withdrawAll(qint64 residentId, const QString &by)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "UPDATE consents SET withdrawn_at = ?2, withdrawn_by = ?3 WHERE resident_id = ?1 AND withdrawn_at IS NULL "
        "AND decision = 'granted'"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, residentId).bind(2, Clock::instance().now()).bind(3, by);
    if (Status ok = stmt.value().exec(); !ok)
        return ok.error();
    return m_db.changes();
}

Result<qint64> ConsentRepository::countActiveGrants() const
{
    return m_db.queryInt(QStringLiteral("SELECT count(*) FROM consents WHERE decision = 'granted' AND withdrawn_at IS "
                                        "NULL AND renewal_due_at IS NULL"));
}

Result<qint64> ConsentRepository::countWithdrawn() const
{
    return m_db.queryInt(QStringLiteral("SELECT count(*) FROM consents WHERE withdrawn_at IS NOT NULL"));
}

Result<bool> ConsentRepository::hasActiveGrant(qint64 residentId) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM consents WHERE resident_id = ?1 AND decision = 'granted' AND withdrawn_at IS NULL "
        "AND renewal_due_at IS NULL LIMIT 1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, residentId);
    return stmt.value().step();
}

Result<QList<qint64>> ConsentRepository::markRenewalNeeded(const QDateTime &dueAt)
{
    Result<Statement> select = m_db.prepare(
        QStringLiteral("SELECT DISTINCT resident_id FROM consents WHERE decision = 'granted' AND withdrawn_at IS NULL "
                       "AND renewal_due_at IS NULL ORDER BY resident_id"));
    if (!select)
        return select.error();
    TRY_ASSIGN(const QList<qint64> residents,
               select.value().collect<qint64>([](const Statement &s) { return s.int64(0); }));
    Result<Statement> update = m_db.prepare(
        QStringLiteral("UPDATE consents SET renewal_due_at = ?1 WHERE decision = 'granted' AND withdrawn_at IS NULL "
                       "AND renewal_due_at IS NULL"));
    if (!update)
        return update.error();
    update.value().bind(1, dueAt);
    TRY(update.value().exec());
    return residents;
}

Result<qint64> ConsentRepository::countRenewalNeeded() const
{
    return m_db.queryInt(QStringLiteral("SELECT count(DISTINCT resident_id) FROM consents WHERE decision = 'granted' "
                                        "AND withdrawn_at IS NULL AND renewal_due_at IS NOT NULL"));
}

Result<QDateTime> ConsentRepository::earliestRenewalDue() const
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("SELECT min(renewal_due_at) FROM consents WHERE decision = 'granted' AND withdrawn_at IS NULL"));
    if (!stmt)
        return stmt.error();
    TRY_ASSIGN(const bool row, stmt.value().step());
    return row ? stmt.value().dateTime(0) : QDateTime();
}

Result<QList<qint64>> ConsentRepository::renewalOverdue(const QDateTime &now) const
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("SELECT DISTINCT resident_id FROM consents WHERE decision = 'granted' AND withdrawn_at IS NULL "
                       "AND renewal_due_at IS NOT NULL AND renewal_due_at <= ?1 ORDER BY resident_id"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, now);
    return stmt.value().collect<qint64>([](const Statement &s) { return s.int64(0); });
}

Result<int> ConsentRepository::endRenewed(qint64 residentId, const QString &by)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("UPDATE consents SET withdrawn_at = ?2, withdrawn_by = ?3 WHERE resident_id = ?1 AND "
                       "withdrawn_at IS NULL AND decision = 'granted' AND renewal_due_at IS NOT NULL"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, residentId).bind(2, Clock::instance().now()).bind(3, by);
    TRY(stmt.value().exec());
    return m_db.changes();
}

Status ConsentRepository::reduceOfResident(qint64 residentId)
{
    for (const QString &sql :
         { QStringLiteral(
               "DELETE FROM signatures WHERE consent_id IN (SELECT id FROM consents WHERE resident_id = ?1)"),
           QStringLiteral("UPDATE consents SET signer = '', subject_name = '', guardian_name = '', "
                          "guardian_relation = '', evidence = '' WHERE resident_id = ?1") }) {
        Result<Statement> stmt = m_db.prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, residentId);
        if (Status ok = stmt.value().exec(); !ok)
            return ok;
    }
    return {};
}

Result<qint64> ConsentRepository::addSignature(qint64 consentId, const QByteArray &image)
{
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("INSERT INTO signatures (consent_id, image, created_at) VALUES (?1, ?2, ?3)"));
    if (!stmt)
        return stmt.error();
    stmt.value()
        .bind(1, consentId)
        .bind(2, image.isNull() ? QByteArray("", 0) : image)
        .bind(3, Clock::instance().now());
    if (Status ok = stmt.value().exec(); !ok)
        return ok.error();
    return m_db.lastInsertId();
}

Result<QByteArray> ConsentRepository::signature(qint64 consentId) const
{
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("SELECT image FROM signatures WHERE consent_id = ?1 ORDER BY id DESC LIMIT 1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, consentId);
    Result<bool> row = stmt.value().step();
    if (!row)
        return row.error();
    return row.value() ? stmt.value().blob(0) : QByteArray();
}

} // namespace consentry
