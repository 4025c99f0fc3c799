// Issue 10 §4, §6, §7 in core: children (the age answer, the guardian's own consent, turning 14, editing the
// date of birth after consent), keeping only what is needed (declines, records reduced after the record
// retention period with the audit chain still verifying), and deleted stays deleted (the deletion ledger,
// restoring in place, restoring into an empty folder).

#include "FailingFileWriter.h"
#include "FolderSnapshot.h"
#include "PeopleFixture.h"
#include "StoreProbe.h"
#include "compliance/GuardianRule.h"
#include "domain/AuditKind.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/ReportService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "storage/DeletionLedger.h"
#include "storage/Schema.h"
#include "storage/StorePaths.h"
#include "vault/StoreFolder.h"
#include "vault/Vault.h"
#include "vault/VaultInternals.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestConsentLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ageQuestionIsMandatory();
    void childConsentIsTheGuardians();
    void birthDateEditAfterConsent();
    void turningFourteenNeedsOwnConsent();
    void declineKeepsOnlyWhatIsNeeded();
    void recordsReducedAfterRecordRetention();
    void ledgerWrittenOnEveryDeletion();
    void alteredLedgerIsRefused();
    void restoreInPlaceReappliesDeletions();
    void restoreInPlaceKeepsLaterConsent();
    void failedReplaceKeepsTheOldStore();
    void killedReplaceIsUndoneOnOpen();
    void restoreIntoEmptyFolderSaysItsAge();
    void restoreOfAnOlderSchemaSaysItsTrueAge();

private:
    qint64 enrollChild(const QString &name, const QDate &born);
    QString backup(const QString &name);
    std::unique_ptr<PeopleFixture> m_f;
    QTemporaryDir m_out;
};

void TestConsentLifecycle::init()
{
    m_f = std::make_unique<PeopleFixture>();
    QVERIFY(m_f->create());
}

void TestConsentLifecycle::cleanup()
{
    m_f.reset();
}

qint64 TestConsentLifecycle::enrollChild(const QString &name, const QDate &born)
{
    Resident child;
    child.name = name;
    child.answerAge(born);
    Consent c = m_f->consent(true, QStringLiteral("Li Fang"));
    c.signerRole = Consent::SignerRole::Guardian;
    c.guardianName = QStringLiteral("Li Fang");
    c.guardianRelation = QStringLiteral("mother");
    auto e = ResidentService(m_f->vault()).enroll(child, c, { PeopleFixture::face() });
    if (!e.ok())
        qWarning("%s", qPrintable(e.errorMessage()));
    return e.ok() ? e->residentId : 0;
}

QString TestConsentLifecycle::backup(const QString &name)
{
    auto written = BackupService(m_f->vault()).backupTo(m_out.filePath(name));
    if (!written.ok())
        qWarning("%s", qPrintable(written.errorMessage()));
    return written.ok() ? written->file : QString();
}

void TestConsentLifecycle::ageQuestionIsMandatory()
{
    Resident unanswered;
    unanswered.name = QStringLiteral("No Age");
    auto refused = ResidentService(m_f->vault()).enroll(unanswered, m_f->consent(), { PeopleFixture::face() });
    QCOMPARE(refused.errorKind(), ErrorKind::Policy);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("under 14")), qPrintable(refused.errorMessage()));
    QCOMPARE(test::probe(m_f->vault()).database().queryInt(QStringLiteral("SELECT count(*) FROM residents")).value(),
             qint64(0));
    // An explicit "not under 14" is an answer; so is a date of birth.
    Resident declared = unanswered;
    declared.declareUnder14(false);
    QVERIFY(ResidentService(m_f->vault()).enroll(declared, m_f->consent(), { PeopleFixture::face() }).ok());
    Resident born = unanswered;
    born.answerAge(QDate(1985, 6, 1));
    QVERIFY(ResidentService(m_f->vault()).enroll(born, m_f->consent(), { PeopleFixture::face() }).ok());
    // A birth year 1800 or a date in the future is refused (defect 8), with exit 5's kind.
    Resident old = unanswered;
    old.answerAge(QDate(1800, 1, 1));
    QCOMPARE(ResidentService(m_f->vault()).enroll(old, m_f->consent(), {}).errorKind(), ErrorKind::Policy);
    Resident future = unanswered;
    future.answerAge(m_f->clock->now().date().addDays(30));
    QCOMPARE(ResidentService(m_f->vault()).enroll(future, m_f->consent(), {}).errorKind(), ErrorKind::Policy);
}

void TestConsentLifecycle::childConsentIsTheGuardians()
{
    const QDate born = m_f->clock->now().date().addYears(-9);
    // The child signing in their own name is refused, whatever guardian is named beside it.
    Resident child;
    child.name = QStringLiteral("Li Xiaoming");
    child.answerAge(born);
    Consent own = m_f->consent(true, QStringLiteral("Li Xiaoming"));
    own.guardianName = QStringLiteral("Li Fang");
    own.guardianRelation = QStringLiteral("mother");
    QCOMPARE(ResidentService(m_f->vault()).enroll(child, own, { PeopleFixture::face() }).errorKind(),
             ErrorKind::Policy);
    // The guardian's own consent is recorded with who signed and both names.
    const qint64 id = enrollChild(QStringLiteral("Li Xiaoming"), born);
    QVERIFY(id);
    const QList<Consent> consents = ResidentService(m_f->vault()).consents(id).value();
    QCOMPARE(consents.size(), 1);
    QCOMPARE(consents[0].signerRole, Consent::SignerRole::Guardian);
    QCOMPARE(consents[0].signer, QStringLiteral("Li Fang"));
    QCOMPARE(consents[0].subjectName, QStringLiteral("Li Xiaoming"));
    QCOMPARE(consents[0].guardianRelation, QStringLiteral("mother"));
    // A declared "under 14: yes" needs the guardian just the same.
    Resident declared;
    declared.name = QStringLiteral("Wang Xiaohong");
    declared.declareUnder14(true);
    QCOMPARE(ResidentService(m_f->vault())
                 .enroll(declared, m_f->consent(true, QStringLiteral("Wang Xiaohong")), {})
                 .errorKind(),
             ErrorKind::Policy);
    // Names with direction overrides or of absurd length are refused (defect 8).
    Resident adult;
    adult.name = QStringLiteral("Zhao") + QChar(0x202E) + QStringLiteral("gnaW");
    adult.declareUnder14(false);
    QCOMPARE(ResidentService(m_f->vault()).enroll(adult, m_f->consent(), {}).errorKind(), ErrorKind::Policy);
    adult.name = QStringLiteral("Zhao Wang");
    QCOMPARE(ResidentService(m_f->vault())
                 .enroll(adult, m_f->consent(true, QString(500000, QLatin1Char('x'))), {})
                 .errorKind(),
             ErrorKind::Policy);
}

void TestConsentLifecycle::birthDateEditAfterConsent()
{
    const qint64 adultId = m_f->enroll(QStringLiteral("Chen Jie"), QStringLiteral("1-101"));
    QVERIFY(adultId);
    ResidentService people(m_f->vault());
    // A date of birth that makes the person a child on the day they signed their own consent: refused,
    // nothing changes.
    Resident edited = people.get(adultId).value();
    edited.answerAge(m_f->clock->now().date().addYears(-8));
    const Status refused = people.edit(edited);
    QCOMPARE(refused.errorKind(), ErrorKind::Policy);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("new consent")), qPrintable(refused.errorMessage()));
    QCOMPARE(people.get(adultId)->ageBasis, Resident::AgeBasis::Declared);
    // A date that keeps the consent valid is accepted and audited with the old and new answers, no dates.
    edited.answerAge(QDate(1990, 4, 2));
    QVERIFY(people.edit(edited).ok());
    const QList<AuditEvent> events = test::probe(m_f->vault()).auditLog().eventsOfResident(adultId).value();
    const auto changed = std::find_if(events.begin(), events.end(),
                                      [](const AuditEvent &e) { return e.kind == AuditKind::AgeAnswerChanged; });
    QVERIFY(changed != events.end());
    QCOMPARE(changed->details.value(QStringLiteral("old_basis")).toString(), QStringLiteral("declared"));
    QCOMPARE(changed->details.value(QStringLiteral("new_basis")).toString(), QStringLiteral("birth_date"));
    QCOMPARE(changed->details.value(QStringLiteral("new_under_14")).toBool(), false);
    QVERIFY(!QJsonDocument(changed->details).toJson().contains("1990"));
}

void TestConsentLifecycle::turningFourteenNeedsOwnConsent()
{
    const QDate today = m_f->clock->now().date();
    const QDate born = today.addYears(-14).addDays(1); // 14 tomorrow
    const qint64 id = enrollChild(QStringLiteral("Sun Li"), born);
    QVERIFY(id);
    const Resident child = ResidentService(m_f->vault()).get(id).value();
    const Consent guardians = ResidentService(m_f->vault()).consents(id)->constFirst();
    QVERIFY(!GuardianRule::needsOwnConsent(child, guardians, today));
    QVERIFY(GuardianRule::needsOwnConsent(child, guardians, today.addDays(1)));
    QCOMPARE(GuardianRule::fourteenthBirthday(born), today.addDays(1));
    // A declared flag never ages: nothing says when that child turns 14.
    Resident declared = child;
    declared.declareUnder14(true);
    QVERIFY(!GuardianRule::needsOwnConsent(declared, guardians, today.addYears(10)));

    // The scheduled purge applies the rule: the day before the birthday nothing changes; on the birthday the
    // guardian's grant needs the person's own consent, and the face is no longer searched.
    QVERIFY(ResidentService(m_f->vault()).purgeScheduled().ok());
    QVERIFY(!ResidentService(m_f->vault()).consents(id)->constFirst().needsRenewal());
    QCOMPARE(ReportService(m_f->vault()).status()->consentsNeedingRenewal, 0);
    m_f->clock->advanceDays(1);
    QVERIFY(ResidentService(m_f->vault()).purgeScheduled().ok());
    const Consent marked = ResidentService(m_f->vault()).consents(id)->constFirst();
    QVERIFY(marked.needsRenewal());
    QCOMPARE(marked.renewalDueAt,
             m_f->clock->now().addDays(SettingsService(m_f->vault()).siteProfile()->renewalGraceDays));
    QCOMPARE(ReportService(m_f->vault()).status()->consentsNeedingRenewal, 1);
    QCOMPARE(test::probe(m_f->vault())
                 .database()
                 .queryInt(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'consent_renewal_required' "
                                          "AND details LIKE '%own_consent_at_14%'"))
                 .value(),
             qint64(1));
    // A second purge marks nothing again.
    QVERIFY(ResidentService(m_f->vault()).purgeScheduled().ok());
    QCOMPARE(test::probe(m_f->vault())
                 .database()
                 .queryInt(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'consent_renewal_required'"))
                 .value(),
             qint64(1));
}

void TestConsentLifecycle::declineKeepsOnlyWhatIsNeeded()
{
    Resident r;
    r.name = QStringLiteral("Zhou Decline");
    r.unit = QStringLiteral("7-702");
    r.answerAge(QDate(1970, 3, 3));
    r.moveIn = m_f->clock->now().date();
    Consent c = m_f->consent(false, r.name);
    auto e = ResidentService(m_f->vault()).enroll(r, c, {}, QByteArrayLiteral("\x89PNG signature bytes"));
    QVERIFY2(e.ok(), qPrintable(e.errorMessage()));
    Database &db = test::probe(m_f->vault()).database();
    const Resident kept = ResidentService(m_f->vault()).get(e->residentId).value();
    QCOMPARE(kept.name, r.name);
    QVERIFY(!kept.dateOfBirth.isValid());
    QVERIFY(kept.unit.isEmpty());
    QVERIFY(!kept.moveIn.isValid());
    QCOMPARE(kept.ageBasis, Resident::AgeBasis::Declared); // "not under 14" is what the decision needs
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM signatures")).value(), qint64(0));
    const Consent declined = ResidentService(m_f->vault()).consents(e->residentId)->constFirst();
    QCOMPARE(declined.decision, Consent::Decision::Declined);
    QVERIFY(!declined.alternative.isEmpty());
    QCOMPARE(declined.noticeVersionId, m_f->notice);
    QCOMPARE(declined.witness, QStringLiteral("wang"));
    QVERIFY(declined.signedAt.isValid());
}

void TestConsentLifecycle::recordsReducedAfterRecordRetention()
{
    const qint64 declined = m_f->enroll(QStringLiteral("Qian Decline"), QString(), 0, QDate(), false);
    const qint64 withdrawn = m_f->enroll(QStringLiteral("Qian Withdrew"), QStringLiteral("3-303"));
    const qint64 active = m_f->enroll(QStringLiteral("Qian Stays"), QStringLiteral("3-304"));
    QVERIFY(declined && withdrawn && active);
    QVERIFY(ResidentService(m_f->vault()).withdraw(withdrawn).ok());
    const int days = SiteProfile::kDefaultRecordRetentionDays;
    // One second before the period is over nothing is reduced ...
    m_f->clock->advanceDays(days);
    m_f->clock->advanceSeconds(-120);
    QVERIFY(ResidentService(m_f->vault()).purgeScheduled().ok());
    QCOMPARE(ResidentService(m_f->vault()).get(declined)->name, QStringLiteral("Qian Decline"));
    // ... after it, the declined and withdrawn records keep ids only; the active one is untouched.
    m_f->clock->advanceSeconds(240);
    auto purged = ResidentService(m_f->vault()).purgeScheduled();
    QVERIFY2(purged.ok(), qPrintable(purged.errorMessage()));
    for (const qint64 id : { declined, withdrawn }) {
        const Resident r = ResidentService(m_f->vault()).get(id).value();
        QVERIFY(r.name.isEmpty());
        QVERIFY(r.unit.isEmpty());
        QVERIFY(r.reducedAt.isValid());
        for (const Consent &c : ResidentService(m_f->vault()).consents(id).value()) {
            QVERIFY(c.signer.isEmpty());
            QVERIFY(c.subjectName.isEmpty());
        }
    }
    // A record that no longer holds a name is not asked for one again by the next purge.
    QCOMPARE(ResidentService(m_f->vault()).get(active)->name, QStringLiteral("Qian Stays"));
    Database &db = test::probe(m_f->vault()).database();
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM residents WHERE name LIKE 'Qian D%' OR name LIKE "
                                        "'Qian W%'"))
                 .value(),
             qint64(0));
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'record_reduced'")).value(),
             qint64(2));
    // The chain still verifies: it never held the names.
    const Result<AuditVerification> chain = AuditService(m_f->vault()).verify();
    QVERIFY2(chain.ok() && chain->ok, qPrintable(chain.ok() ? chain->reason : chain.errorMessage()));
    QVERIFY(!db.queryText(QStringLiteral("SELECT group_concat(details) FROM audit_events"))
                 ->contains(QStringLiteral("Qian")));
}

void TestConsentLifecycle::ledgerWrittenOnEveryDeletion()
{
    const qint64 a = m_f->enroll(QStringLiteral("Ledger Withdraws"), QString());
    const qint64 b = m_f->enroll(QStringLiteral("Ledger Deleted"), QString());
    QVERIFY(ResidentService(m_f->vault()).withdraw(a).ok());
    QVERIFY(ResidentService(m_f->vault()).remove(b).ok());
    const QString dataDir = m_f->store.dataDir();
    const QByteArray bytes = readFileBytes(DeletionLedger::path(dataDir));
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains("Ledger")); // ids and times, no names
    Vault &v = m_f->vault();
    const auto entries = DeletionLedger::readFile(dataDir, v.storeId(), VaultInternals::databaseKey(v));
    QVERIFY2(entries.ok(), qPrintable(entries.errorMessage()));
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).residentId, a);
    QCOMPARE(entries->at(0).reason, QStringLiteral("withdrawal"));
    QVERIFY(entries->at(0).endsConsents);
    QCOMPARE(entries->at(1).residentId, b);
    QVERIFY(entries->at(1).removesResident);
    // The purge writes its own entry.
    const qint64 c = m_f->enroll(QStringLiteral("Ledger Leaves"), QString(), 2, m_f->clock->now().date());
    m_f->clock->advanceDays(31);
    QVERIFY(ResidentService(m_f->vault()).purgeScheduled().ok());
    const auto after = DeletionLedger::readFile(dataDir, v.storeId(), VaultInternals::databaseKey(v));
    QCOMPARE(after->size(), 3);
    QCOMPARE(after->at(2).residentId, c);
    QCOMPARE(after->at(2).reason, QStringLiteral("retention_move_out"));
}

void TestConsentLifecycle::alteredLedgerIsRefused()
{
    const qint64 a = m_f->enroll(QStringLiteral("Altered"), QString());
    const QString file = backup(QStringLiteral("altered.cbak"));
    QVERIFY(ResidentService(m_f->vault()).withdraw(a).ok());
    const QString dataDir = m_f->store.dataDir();
    QByteArray bytes = readFileBytes(DeletionLedger::path(dataDir));
    bytes.replace(QByteArray::number(a), QByteArrayLiteral("99"));
    QFile out(DeletionLedger::path(dataDir));
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(bytes);
    out.close();
    Vault &v = m_f->vault();
    QCOMPARE(DeletionLedger::readFile(dataDir, v.storeId(), VaultInternals::databaseKey(v)).errorKind(),
             ErrorKind::Data);
    m_f->store.vault.reset();
    auto restored = StoreFolder::restoreReplacing(file, dataDir, QStringLiteral("wang"), password("manager-pass"));
    QCOMPARE(restored.errorKind(), ErrorKind::Data);
    QVERIFY2(restored.errorMessage().contains(QStringLiteral("deletion ledger")), qPrintable(restored.errorMessage()));
    QVERIFY(!QFile::exists(StoreFolder::replaceMarker(dataDir)));
}

void TestConsentLifecycle::restoreInPlaceReappliesDeletions()
{
    const qint64 withdraws = m_f->enroll(QStringLiteral("Withdraws Later"), QStringLiteral("1-1"));
    const qint64 deleted = m_f->enroll(QStringLiteral("Deleted Later"), QStringLiteral("1-2"));
    const qint64 stays = m_f->enroll(QStringLiteral("Stays"), QStringLiteral("1-3"));
    const QString file = backup(QStringLiteral("inplace.cbak"));
    m_f->clock->advanceSeconds(60);
    QVERIFY(ResidentService(m_f->vault()).withdraw(withdraws).ok());
    QVERIFY(ResidentService(m_f->vault()).remove(deleted).ok());
    const QString dataDir = m_f->store.dataDir();
    m_f->store.vault.reset();

    auto restored = StoreFolder::restoreReplacing(file, dataDir, QStringLiteral("wang"), password("manager-pass"));
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored->replay.entriesReapplied, 2);
    QCOMPARE(restored->replay.templatesDeleted, 4);
    QCOMPARE(restored->replay.residentsRemoved, 1);
    QVERIFY(restored->replay.backupTakenAt.isValid());
    Vault &v = *restored->vault;
    ResidentService people(v);
    QCOMPARE(people.templates(withdraws)->size(), 0);
    QVERIFY(people.consents(withdraws)->constFirst().isWithdrawn());
    QCOMPARE(people.get(deleted).errorKind(), ErrorKind::NotFound);
    QCOMPARE(people.templates(stays)->size(), 2);
    // Nothing of the old store or the staging is left beside it; the chain verifies; the re-application is
    // on record.
    const QStringList hidden
        = QDir(dataDir).entryList({ QStringLiteral(".*") }, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QLatin1Char(' '))));
    QVERIFY(!QFile::exists(StoreFolder::replaceMarker(dataDir)));
    const Result<AuditVerification> chain = AuditService(v).verify();
    QVERIFY(chain.ok() && chain->ok);
    QCOMPARE(test::probe(v)
                 .database()
                 .queryInt(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'deletion_ledger_reapplied'"))
                 .value(),
             qint64(2));
    // A second restore of the same backup re-applies the same entries again (they travel beside the store).
    restored.value().vault.reset();
    auto again = StoreFolder::restoreReplacing(file, dataDir, QStringLiteral("wang"), password("manager-pass"));
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again->replay.entriesReapplied, 2);
    QCOMPARE(ResidentService(*again->vault).templates(withdraws)->size(), 0);
}

void TestConsentLifecycle::restoreInPlaceKeepsLaterConsent()
{
    // Withdrawn before the backup, enrolled again on a new consent: the backup holds the withdrawal, so it is
    // not re-applied to the new consent.
    const qint64 id = m_f->enroll(QStringLiteral("Comes Back"), QString());
    QVERIFY(ResidentService(m_f->vault()).withdraw(id).ok());
    m_f->clock->advanceSeconds(60);
    Consent again = m_f->consent(true, QStringLiteral("Comes Back"));
    again.residentId = id;
    again.signedAt = m_f->clock->now().addSecs(-10);
    QVERIFY(ResidentService(m_f->vault()).recordConsent(again).ok());
    QVERIFY(ResidentService(m_f->vault()).addTemplates(id, { PeopleFixture::face() }).ok());
    const QString file = backup(QStringLiteral("later.cbak"));
    const QString dataDir = m_f->store.dataDir();
    m_f->store.vault.reset();
    auto restored = StoreFolder::restoreReplacing(file, dataDir, QStringLiteral("wang"), password("manager-pass"));
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored->replay.entriesReapplied, 0);
    QCOMPARE(ResidentService(*restored->vault).templates(id)->size(), 1);
}

void TestConsentLifecycle::failedReplaceKeepsTheOldStore()
{
    const qint64 a = m_f->enroll(QStringLiteral("Kept"), QString());
    const QString file = backup(QStringLiteral("fail.cbak"));
    QVERIFY(ResidentService(m_f->vault()).withdraw(a).ok());
    const qint64 b = m_f->enroll(QStringLiteral("After Backup"), QString());
    const QString dataDir = m_f->store.dataDir();
    m_f->store.vault.reset();
    // The disk fills when the keyslot file of the new store is written: the old store is put back whole.
    FailingFileWriter writer(2); // the staged database and the marker; then the keyslot file fails
    auto failed
        = StoreFolder::restoreReplacing(file, dataDir, QStringLiteral("wang"), password("manager-pass"), writer);
    QVERIFY(!failed.ok());
    QVERIFY(!QFile::exists(StoreFolder::replaceMarker(dataDir)));
    std::unique_ptr<Vault> old = m_f->store.openAs(QStringLiteral("wang"));
    QVERIFY(old);
    QCOMPARE(ResidentService(*old).get(b)->name, QStringLiteral("After Backup"));
    QCOMPARE(QDir(dataDir)
                 .entryList({ QStringLiteral(".*") }, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                 .size(),
             0);
}

void TestConsentLifecycle::killedReplaceIsUndoneOnOpen()
{
    const qint64 b = m_f->enroll(QStringLiteral("Survives"), QString());
    const QString dataDir = m_f->store.dataDir();
    m_f->store.vault.reset();
    // What a kill after moving the old store aside, before the new one was complete, leaves.
    QDir dir(dataDir);
    QVERIFY(dir.mkdir(QStringLiteral(".replaced-00000000000000aa")));
    for (const QString &name : { QStringLiteral("consentry.db"), QStringLiteral("consentry.keys") })
        QVERIFY(QFile::rename(dir.filePath(name), dir.filePath(QStringLiteral(".replaced-00000000000000aa/") + name)));
    QFile half(dir.filePath(QStringLiteral("consentry.db")));
    QVERIFY(half.open(QIODevice::WriteOnly));
    half.write("half a database");
    half.close();
    QFile marker(StoreFolder::replaceMarker(dataDir));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("replacing\n.replaced-00000000000000aa\n");
    marker.close();
    std::unique_ptr<Vault> old = m_f->store.openAs(QStringLiteral("wang"));
    QVERIFY(old);
    QCOMPARE(ResidentService(*old).get(b)->name, QStringLiteral("Survives"));
    QVERIFY(!QFile::exists(StoreFolder::replaceMarker(dataDir)));
    QVERIFY(!dir.exists(QStringLiteral(".replaced-00000000000000aa")));
}

void TestConsentLifecycle::restoreIntoEmptyFolderSaysItsAge()
{
    m_f->enroll(QStringLiteral("Old Backup"), QString());
    const QDateTime taken = m_f->clock->now();
    const QString file = backup(QStringLiteral("age.cbak"));
    m_f->clock->advanceDays(12);
    QTemporaryDir target;
    auto restored = StoreFolder::restoreFresh(file, target.filePath(QStringLiteral("data")), QStringLiteral("wang"),
                                              password("manager-pass"));
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QVERIFY(!restored->replaced);
    QVERIFY(!restored->ledgerFound);
    QVERIFY(qAbs(restored->replay.backupTakenAt.secsTo(taken)) < 5);
    QCOMPARE(restored->replay.backupTakenAt.daysTo(m_f->clock->now()), qint64(12));
}

// A backup written before the latest schema is upgraded when it opens, which writes a schema_migrated event
// (and the restore its own): neither is when the backup was taken. One made 10 days ago reads "10 days".
void TestConsentLifecycle::restoreOfAnOlderSchemaSaysItsTrueAge()
{
    m_f->enroll(QStringLiteral("Old Backup"), QString());
    // The store as the previous schema left it: without the last step (v9, the receipts not saved yet; this
    // test follows the chain when a step is added).
    QCOMPARE(Schema::latestVersion(), 9);
    Database &db = test::probe(m_f->vault()).database();
    QVERIFY(db.exec(QStringLiteral("DROP TABLE pending_receipts")).ok());
    QVERIFY(
        db.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = %1").arg(Schema::latestVersion())).ok());
    const QDateTime taken = m_f->clock->now();
    const QString file = backup(QStringLiteral("older.cbak"));
    QVERIFY(!file.isEmpty());
    m_f->clock->advanceDays(10);
    QTemporaryDir target;
    const QString dataDir = target.filePath(QStringLiteral("data"));
    auto restored = StoreFolder::restoreFresh(file, dataDir, QStringLiteral("wang"), password("manager-pass"));
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    // The restored store was upgraded on opening (the event the old reading took for the backup's age).
    Database &restoredDb = VaultInternals::database(*restored->vault);
    QCOMPARE(
        restoredDb.queryInt(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'schema_migrated'")).value(),
        qint64(1));
    QVERIFY(qAbs(restored->replay.backupTakenAt.secsTo(taken)) < 5);
    const QDateTime now = m_f->clock->now();
    QCOMPARE(StoreFolder::backupAgeDays(restored.value(), now), qint64(10));
    const QString text = StoreFolder::describe(restored.value(), dataDir, 1, now);
    QVERIFY2(text.contains(QStringLiteral("(10 day")), qPrintable(text)); // "days" or "day(s)", as translations load
    QVERIFY2(text.contains(QStringLiteral("cannot be known")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestConsentLifecycle)
#include "tst_consentlifecycle.moc"
