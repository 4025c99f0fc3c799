// No plaintext at rest: residents, consents, signatures and templates written with known markers; then
// every file in the data folder (database, -wal, -shm, keyslots, lockout, backups, anything else) is
// scanned for them, while the store is open and after it is closed. The database key, the password and the
// recovery key must not be there either.

#include "FolderSnapshot.h"
#include "StoreProbe.h"
#include "VaultFixture.h"
#include "services/BackupService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "storage/Database.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"

#include <QDir>
#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestPlaintext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingInClear();

private:
    static QList<QPair<QString, QByteArray>> markers(const QByteArray &key, const QString &recovery);
    static QStringList findings(const QString &folder, const QList<QPair<QString, QByteArray>> &needles);
};

QList<QPair<QString, QByteArray>> TestPlaintext::markers(const QByteArray &key, const QString &recovery)
{
    QList<QPair<QString, QByteArray>> list;
    for (const QString &text : { QStringLiteral("MARKERNAME_Zhang_7f3a"), QStringLiteral("张三标记"),
                                 QStringLiteral("UNIT_MARKER_0815"), QStringLiteral("SIGNER_MARKER_42"),
                                 QStringLiteral("GUARDIAN_MARKER_99"), QStringLiteral("PROFILE_MARKER_SITE") }) {
        list << qMakePair(text + QStringLiteral(" (UTF-8)"), text.toUtf8());
        const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        list << qMakePair(text + QStringLiteral(" (UTF-16)"), utf16);
    }
    QByteArray vector;
    for (int i = 0; i < 64; ++i)
        vector += static_cast<char>((i * 37 + 11) & 0xff);
    list << qMakePair(QStringLiteral("template bytes"), vector);
    list << qMakePair(QStringLiteral("signature bytes"), QByteArray("\x89PNG-SIGNATURE-MARKER-BYTES"));
    list << qMakePair(QStringLiteral("database key"), key);
    list << qMakePair(QStringLiteral("database key (hex)"), key.toHex());
    list << qMakePair(QStringLiteral("password"), QByteArray("manager-pass"));
    list << qMakePair(QStringLiteral("recovery key"), recovery.toLatin1());
    QString compact = recovery;
    compact.remove(QLatin1Char('-'));
    list << qMakePair(QStringLiteral("recovery key without dashes"), compact.toLatin1());
    return list;
}

QStringList TestPlaintext::findings(const QString &folder, const QList<QPair<QString, QByteArray>> &needles)
{
    QStringList found;
    const FolderSnapshot snapshot(folder);
    for (auto it = snapshot.files().begin(); it != snapshot.files().end(); ++it) {
        for (const auto &needle : needles) {
            if (it.value().contains(needle.second))
                found << QStringLiteral("%1 in %2").arg(needle.first, it.key());
        }
    }
    return found;
}

void TestPlaintext::nothingInClear()
{
    VaultFixture f;
    QVERIFY(f.create());
    Vault &v = *f.vault;
    const QByteArray key(test::probe(v).databaseKey().chars(), static_cast<int>(test::probe(v).databaseKey().size()));
    const auto needles = markers(key, f.recoveryKey);
    const QByteArray vector = needles.at(12).second;

    SiteProfile profile = sampleCompleteProfile();
    profile.operatorName = QStringLiteral("PROFILE_MARKER_SITE");
    QVERIFY(SettingsService(v).setSiteProfile(profile).ok());
    const qint64 notice = SettingsService(v).currentNotice(QStringLiteral("en"))->id;
    for (int i = 0; i < 50; ++i) {
        Resident r;
        r.declareUnder14(false); // the age question is mandatory
        r.name = i % 2 ? QStringLiteral("MARKERNAME_Zhang_7f3a") : QStringLiteral("张三标记");
        r.unit = QStringLiteral("UNIT_MARKER_0815");
        r.dateOfBirth = QDate(2015, 1, 1);
        Consent c;
        c.noticeVersionId = notice;
        c.decision = Consent::Decision::Granted;
        c.subjectName = QStringLiteral("SIGNER_MARKER_42");
        c.signer = QStringLiteral("GUARDIAN_MARKER_99"); // a child's consent: the guardian signs
        c.signerRole = Consent::SignerRole::Guardian;
        c.guardianName = QStringLiteral("GUARDIAN_MARKER_99");
        c.guardianRelation = QStringLiteral("mother");
        c.signedAt = QDateTime::currentDateTimeUtc().addSecs(-10);
        StoredTemplate t;
        t.engineId = QStringLiteral("sface");
        t.modelSha256 = QByteArray(32, '\x01');
        t.vector = vector.repeated(8);
        t.quality = 0.9;
        QVERIFY(ResidentService(v).enroll(r, c, { t, t }, QByteArray("\x89PNG-SIGNATURE-MARKER-BYTES")).ok());
    }
    // Delete some (secure_delete), withdraw, back up into the data folder's neighbour and into the folder.
    QVERIFY(ResidentService(v).remove(1).ok());
    const QString backupInside = f.dir.filePath(QStringLiteral("backups/nightly.cbak"));
    QVERIFY(QDir().mkpath(f.dir.filePath(QStringLiteral("backups"))));
    QVERIFY(BackupService(v).backupTo(backupInside).ok());
    // A wrong password leaves a lockout file behind: it is scanned too.
    QVERIFY(!Unlocker::open(f.dataDir(), QString(), password("wrong-password")).ok());

    // While open: the -wal and -shm files exist and hold recent pages.
    QVERIFY(QFileInfo::exists(f.dataDir() + QStringLiteral("/consentry.db-wal")));
    QStringList found = findings(f.dir.path(), needles);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));

    // Sanity: the scanner does find a marker that is really there.
    QVERIFY(writeFileBytes(f.dir.filePath(QStringLiteral("probe.txt")), "x UNIT_MARKER_0815 x"));
    QCOMPARE(findings(f.dir.path(), needles).size(), 1);
    QVERIFY(QFile::remove(f.dir.filePath(QStringLiteral("probe.txt"))));

    v.lock();
    f.vault.reset();
    found = findings(f.dir.path(), needles);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
    // And no temporary files were left anywhere in the folder.
    const QStringList names = FolderSnapshot(f.dir.path()).files().keys();
    for (const QString &name : names)
        QVERIFY2(name.startsWith(QLatin1String("data/consentry.")) || name == QLatin1String("backups/nightly.cbak"),
                 qPrintable(name));
}

QTEST_GUILESS_MAIN(TestPlaintext)
#include "tst_plaintext.moc"
