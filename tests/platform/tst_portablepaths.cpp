// Paths with Chinese characters and spaces work end to end, as they must on a Chinese front-desk PC
// (C:\Users\王\文档): a store created, read, backed up and restored, a sign and a receipt written, face
// models found in such a folder; and the CLI's Chinese messages reach the terminal as UTF-8.

#include "CliRunner.h"
#include "TestPaths.h"
#include "platform/Console.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace consentry;
using namespace consentry::test;

class TestPortablePaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void storeInAChineseFolder();
    void backupAndRestoreWithChineseNames();
    void signToAChineseFileName();
    void modelsInAChineseFolder();
    void chineseMessagesAreUtf8();
    void consoleWritesUtf8ToFiles();

private:
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    CliResult cli(const QStringList &arguments, const QByteArray &input = "correct horse battery\n") const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
};

void TestPortablePaths::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/consentry 测试 XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_data = path(QStringLiteral("前台 数据/湖畔花园"));
}

CliResult TestPortablePaths::cli(const QStringList &arguments, const QByteArray &input) const
{
    return CliRunner().run(
        QStringList { QStringLiteral("--data-dir"), m_data, QStringLiteral("--password-stdin") } + arguments, input);
}

void TestPortablePaths::storeInAChineseFolder()
{
    const CliResult init = cli({ QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--manager"),
                                 QStringLiteral("王经理"), QStringLiteral("--site-name"), QStringLiteral("湖畔花园") });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY(QFileInfo(m_data + QStringLiteral("/consentry.db")).isFile());
    const CliResult status = cli(
        { QStringLiteral("--user"), QStringLiteral("王经理"), QStringLiteral("--json"), QStringLiteral("status") });
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QCOMPARE(QDir::cleanPath(status.json().value(QStringLiteral("data_dir")).toString()), QDir::cleanPath(m_data));
    QCOMPARE(status.json().value(QStringLiteral("user")).toString(), QStringLiteral("王经理"));
}

void TestPortablePaths::backupAndRestoreWithChineseNames()
{
    QVERIFY(cli({ QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("wang") }).exitCode == 0);
    const QString backup = path(QStringLiteral("备份 2026年11月30日.backup"));
    const CliResult made = cli({ QStringLiteral("backup"), QStringLiteral("--out"), backup });
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY(QFileInfo(backup).size() > 0);
    const QString restored = path(QStringLiteral("恢复/数据"));
    const CliResult back
        = CliRunner().run({ QStringLiteral("--password-stdin"), QStringLiteral("--json"), QStringLiteral("restore"),
                            QStringLiteral("--in"), backup, QStringLiteral("--data-dir"), restored },
                          "correct horse battery\n");
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    QVERIFY(QFileInfo(restored + QStringLiteral("/consentry.db")).isFile());
}

void TestPortablePaths::signToAChineseFileName()
{
    const QString profile = path(QStringLiteral("场所 信息.json"));
    QFile file(profile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"site_name": "湖畔花园", "operator_name": "湖畔物业", "contact_phone": "021-5555 0100",
        "purpose": "身份核验", "retention_days": 30, "alternatives": ["出示门禁卡"],
        "notice_url": "https://lakeside.example/notice"})");
    file.close();
    const QString out = path(QStringLiteral("标识/人脸识别 提示 A4.pdf"));
    QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
    const CliResult sign = CliRunner().run(
        { QStringLiteral("signage"), QStringLiteral("--layout"), QStringLiteral("poster-a4"), QStringLiteral("--lang"),
          QStringLiteral("zh_CN"), QStringLiteral("--profile"), profile, QStringLiteral("--out"), out });
    QVERIFY2(sign.exitCode == 0, qPrintable(sign.err));
    QFile pdf(out);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void TestPortablePaths::modelsInAChineseFolder()
{
    if (modelDir().isEmpty())
        QSKIP(qPrintable(missingModelsReason()));
    QVERIFY(cli({ QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("wang") }).exitCode == 0);
    // The model files stay where they are: links to them from a folder with a Chinese name.
    const QString models = path(QStringLiteral("人脸 模型"));
    QVERIFY(QDir().mkpath(models));
    for (const QString &name : QDir(modelDir()).entryList({ QStringLiteral("*.onnx") }, QDir::Files)) {
#ifdef Q_OS_WIN
        QVERIFY(QFile::copy(QDir(modelDir()).filePath(name), QDir(models).filePath(name))); // .lnk is no link
#else
        QVERIFY(QFile::link(QDir(modelDir()).filePath(name), QDir(models).filePath(name)));
#endif
    }
    const CliResult status
        = cli({ QStringLiteral("--model-dir"), models, QStringLiteral("--json"), QStringLiteral("status") });
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QCOMPARE(status.json().value(QStringLiteral("detector_model")).toString(), QStringLiteral("yunet-2022mar"));
    QCOMPARE(status.json().value(QStringLiteral("engine")).toString(), QStringLiteral("dnn"));
}

void TestPortablePaths::chineseMessagesAreUtf8()
{
    const CliResult missing
        = CliRunner().run({ QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--data-dir"),
                            path(QStringLiteral("没有 这个")), QStringLiteral("status") });
    QCOMPARE(missing.exitCode, 4);
    // One sentence, valid UTF-8 (CliRunner decodes it as such), Chinese, naming the Chinese folder.
    QCOMPARE(missing.errLines().size(), 1);
    QVERIFY2(missing.err.contains(QStringLiteral("没有 这个")), qPrintable(missing.err));
    QVERIFY(!missing.err.contains(QChar::ReplacementCharacter));
}

void TestPortablePaths::consoleWritesUtf8ToFiles()
{
    // Redirected output (a script, a log file) is UTF-8 on every system; a Windows console gets UTF-16.
    FILE *file = std::tmpfile();
    QVERIFY(file);
    Console::writeLine(file, QStringLiteral("撤回同意：已删除 3 个人脸特征模板"));
    std::rewind(file);
    char buffer[256] = {};
    const size_t read = std::fread(buffer, 1, sizeof buffer - 1, file);
    std::fclose(file);
    QCOMPARE(QByteArray(buffer, static_cast<int>(read)),
             QStringLiteral("撤回同意：已删除 3 个人脸特征模板\n").toUtf8());
}

QTEST_GUILESS_MAIN(TestPortablePaths)
#include "tst_portablepaths.moc"
