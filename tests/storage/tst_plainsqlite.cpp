// Database.cpp compiled and linked against plain libsqlite3 (this executable only): PRAGMA key would be
// silently ignored there, so the wrapper must refuse to open anything at all.

#include "storage/Database.h"
#include "storage/SecureBytes.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;

class TestPlainSqlite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesToOpen();
};

void TestPlainSqlite::refusesToOpen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plain.db"));
    Database::Options options;
    options.create = true;
    auto db = Database::open(path, SecureBytes::random(Database::kKeyBytes), options);
    QVERIFY(!db.ok());
    QCOMPARE(db.errorKind(), ErrorKind::Internal);
    QVERIFY2(db.errorMessage().contains(QStringLiteral("plain SQLite")), qPrintable(db.errorMessage()));
    // Nothing was written in clear: the file is absent or empty.
    QVERIFY(!QFileInfo::exists(path) || QFileInfo(path).size() == 0);
    QVERIFY2(!Database::linkedLibraryPath().contains(QStringLiteral("sqlcipher")),
             qPrintable(Database::linkedLibraryPath()));
}

QTEST_GUILESS_MAIN(TestPlainSqlite)
#include "tst_plainsqlite.moc"
