// The access package of one person: every consent and event of theirs, nothing of anyone else, no template
// numbers; written complete or not at all; recorded in the audit log; manager only.

#include "PdfTools.h"
#include "PeopleFixture.h"
#include "StoreProbe.h"
#include "domain/AuditKind.h"
#include "services/AccessPackage.h"
#include "services/ResidentService.h"
#include "storage/FileWriter.h"
#include "vault/Unlocker.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void packageHoldsEverythingOfThatPersonOnly();
    void pdfNamesThePersonNotTheOther();
    void exportIsAudited();
    void roles_data();
    void roles();
    void unknownResident();
    void failedWriteLeavesNothing();

private:
    QJsonObject readJson(const ExportReceipt &package);
    std::unique_ptr<PeopleFixture> m_f;
    qint64 m_mine = 0;
    qint64 m_other = 0;
};

void TestExport::init()
{
    m_f = std::make_unique<PeopleFixture>();
    QVERIFY(m_f->create(30));
    // Two residents with distinct markers in every field and in their template bytes.
    m_mine = m_f->enroll(QStringLiteral("MARKER-MINE Zhang"), QStringLiteral("UNIT-MINE-1"), 2, QDate(), true, kEngineA,
                         '\x61');
    m_other = m_f->enroll(QStringLiteral("MARKER-OTHER Li"), QStringLiteral("UNIT-OTHER-2"), 2, QDate(), true, kEngineA,
                          '\x62');
    QVERIFY(m_mine && m_other);
    m_f->clock->advanceDays(3);
    QVERIFY(ResidentService(m_f->vault()).withdraw(m_mine).ok()); // a withdrawal
    Consent again = m_f->consent(true, QStringLiteral("MARKER-MINE Zhang")); // and a new consent
    again.residentId = m_mine;
    again.evidence = QStringLiteral("EVIDENCE-MINE folder 7");
    QVERIFY(ResidentService(m_f->vault()).recordConsent(again, QByteArray("SIGNATURE-MINE")).ok());
    StoredTemplate t = PeopleFixture::face(kEngineA, '\x61');
    t.residentId = m_mine;
    QVERIFY(ResidentService(m_f->vault()).addTemplates(t.residentId, { t }).ok());
    QVERIFY(ResidentService(m_f->vault()).setMoveOut(m_other, m_f->clock->now().date().addDays(9)).ok());
}

void TestExport::cleanup()
{
    m_f.reset();
}

QJsonObject TestExport::readJson(const ExportReceipt &package)
{
    QFile file(QDir(package.folder).filePath(AccessPackage::JsonName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestExport::packageHoldsEverythingOfThatPersonOnly()
{
    QTemporaryDir out;
    Result<ExportReceipt> package = ResidentService(m_f->vault()).exportPackage(m_mine, out.path());
    QVERIFY2(package.ok(), qPrintable(package.errorMessage()));
    QCOMPARE(package->files.size(), 3); // JSON, PDF, the signature image
    for (const QString &file : package->files)
        QVERIFY2(QFile::exists(file), qPrintable(file));
    const QJsonObject json = readJson(package.value());
    QCOMPARE(json.value(QStringLiteral("resident")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("MARKER-MINE Zhang"));

    // Every consent of the person, with the notice text they read.
    const QList<Consent> consents = test::probe(m_f->vault()).consentRepository().ofResident(m_mine).value();
    const QJsonArray jsonConsents = json.value(QStringLiteral("consents")).toArray();
    QCOMPARE(jsonConsents.size(), consents.size());
    QCOMPARE(jsonConsents.size(), 2);
    for (int i = 0; i < consents.size(); ++i) {
        const QJsonObject c = jsonConsents.at(i).toObject();
        QCOMPARE(static_cast<qint64>(c.value(QStringLiteral("id")).toDouble()), consents.at(i).id);
        QVERIFY(!c.value(QStringLiteral("notice_text")).toString().isEmpty());
        QCOMPARE(c.value(QStringLiteral("witness")).toString(), QStringLiteral("wang"));
    }
    QVERIFY(jsonConsents.at(0).toObject().value(QStringLiteral("withdrawn_at")).isString());
    QCOMPARE(jsonConsents.at(1).toObject().value(QStringLiteral("evidence")).toString(),
             QStringLiteral("EVIDENCE-MINE folder 7"));
    QCOMPARE(QFile(QDir(package->folder)
                       .filePath(jsonConsents.at(1).toObject().value(QStringLiteral("signature_file")).toString()))
                 .size(),
             qint64(QByteArray("SIGNATURE-MINE").size()));

    // Every audit event of the person, and only theirs.
    const QList<AuditEvent> events = test::probe(m_f->vault()).auditLog().eventsOfResident(m_mine).value();
    const QJsonArray jsonEvents = json.value(QStringLiteral("audit_events")).toArray();
    QCOMPARE(jsonEvents.size(), events.size() - 1); // the export's own event is written with the package
    for (int i = 0; i < jsonEvents.size(); ++i)
        QCOMPARE(static_cast<qint64>(jsonEvents.at(i).toObject().value(QStringLiteral("id")).toDouble()),
                 events.at(i).id);

    // Templates: bookkeeping yes, numbers no.
    QCOMPARE(json.value(QStringLiteral("templates")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("template_numbers_included")).toBool(), false);

    // Nothing of the other resident anywhere in the package, and no template bytes.
    const QByteArray raw = QJsonDocument(json).toJson();
    for (const QByteArray &foreign :
         { QByteArray("MARKER-OTHER"), QByteArray("UNIT-OTHER"), QByteArray(16, '\x61'), QByteArray(16, '\x62'),
           QByteArray(QByteArray(16, '\x61').toBase64()), QByteArray(QByteArray(16, '\x61').toHex()) })
        QVERIFY2(!raw.contains(foreign), foreign.constData());
    for (const QString &file : package->files) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("MARKER-OTHER"));
        QVERIFY(!bytes.contains(QByteArray(16, '\x61')));
    }
    for (const QJsonValue &e : jsonEvents) {
        const QJsonValue rid
            = e.toObject().value(QStringLiteral("details")).toObject().value(QStringLiteral("resident_id"));
        QVERIFY(rid.isUndefined() || static_cast<qint64>(rid.toDouble()) == m_mine);
    }
    // No staging folder left behind.
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
}

void TestExport::pdfNamesThePersonNotTheOther()
{
    QTemporaryDir out;
    Result<ExportReceipt> package
        = ResidentService(m_f->vault()).exportPackage(m_mine, out.path(), QStringLiteral("en"));
    QVERIFY(package.ok());
    QString error;
    const QString text = normalizedForSearch(pdfText(QDir(package->folder).filePath(AccessPackage::PdfName), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(text.contains(normalizedForSearch(QStringLiteral("MARKER-MINE Zhang"))));
    QVERIFY(text.contains(normalizedForSearch(QStringLiteral("EVIDENCE-MINE folder 7"))));
    QVERIFY(text.contains(normalizedForSearch(QStringLiteral("consent_withdrawn"))));
    QVERIFY(text.contains(normalizedForSearch(QStringLiteral("Sunrise Property Co."))));
    QVERIFY(!text.contains(normalizedForSearch(QStringLiteral("MARKER-OTHER"))));
    QVERIFY(!text.contains(normalizedForSearch(QStringLiteral("UNIT-OTHER"))));
}

void TestExport::exportIsAudited()
{
    QTemporaryDir out;
    Result<ExportReceipt> package = ResidentService(m_f->vault()).exportPackage(m_mine, out.path());
    QVERIFY(package.ok());
    const AuditEvent last = test::probe(m_f->vault()).auditLog().events(0, 100000)->constLast();
    QCOMPARE(last.id, package->auditEventId);
    QCOMPARE(last.kind, AuditKind::Export);
    QCOMPARE(last.residentId, std::optional<qint64>(m_mine));
    QCOMPARE(last.actor, QStringLiteral("wang"));
    QVERIFY(test::probe(m_f->vault()).auditLog().verify()->ok);
    // A second export the same second goes into its own folder.
    Result<ExportReceipt> second = ResidentService(m_f->vault()).exportPackage(m_mine, out.path());
    QVERIFY(second.ok());
    QVERIFY(second->folder != package->folder);
}

void TestExport::roles_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("staff") << int(Role::Staff);
    QTest::newRow("auditor") << int(Role::Auditor);
}

void TestExport::roles()
{
    QFETCH(int, role);
    QVERIFY(m_f->switchTo(QStringLiteral("user"), Role(role)));
    QTemporaryDir out;
    QCOMPARE(ResidentService(m_f->vault()).exportPackage(m_mine, out.path()).errorKind(), ErrorKind::Policy);
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 0);
}

void TestExport::unknownResident()
{
    QTemporaryDir out;
    QCOMPARE(ResidentService(m_f->vault()).exportPackage(999999, out.path()).errorKind(), ErrorKind::NotFound);
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 0);
}

void TestExport::failedWriteLeavesNothing()
{
    // Re-open the same store with a writer that fails like a full disk on the second file.
    const QString dataDir = m_f->store.dataDir();
    m_f->store.vault.reset();
    // Writes of the store itself go through; the package's PDF fails like a full disk (the JSON is written).
    struct PdfFails final : FileWriter {
        Status writeAtomically(const QString &path, const QByteArray &bytes) override
        {
            if (path.endsWith(AccessPackage::PdfName))
                return makeError(ErrorKind::IO, QStringLiteral("The disk is full."));
            return FileWriter::standard().writeAtomically(path, bytes);
        }
    } failing;
    Result<std::unique_ptr<Vault>> vault
        = Unlocker::open(dataDir, QStringLiteral("wang"), password("manager-pass"), failing);
    QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
    const qint64 events = test::probe(*vault.value()).auditLog().count().value();
    QTemporaryDir out;
    Result<ExportReceipt> package = ResidentService(*vault.value()).exportPackage(m_mine, out.path());
    QCOMPARE(package.errorKind(), ErrorKind::IO);
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 0);
    QCOMPARE(test::probe(*vault.value()).auditLog().count().value(), events);
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
