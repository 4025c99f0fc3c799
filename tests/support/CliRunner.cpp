#include "CliRunner.h"

#include "TestPaths.h"

#include <QJsonDocument>
#include <QProcess>

namespace consentry::test {

QJsonObject CliResult::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QStringList CliResult::errLines() const
{
    return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

CliRunner::CliRunner()
    : m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    m_env.remove(QStringLiteral("CONSENTRY_PASSWORD"));
    m_env.remove(QStringLiteral("CONSENTRY_DATA_DIR"));
}

CliResult CliRunner::run(const QStringList &arguments, const QByteArray &standardInput, int timeoutMs) const
{
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(cliPath(), arguments);
    if (!process.waitForStarted(30000)) {
        result.err = QStringLiteral("could not start %1: %2").arg(cliPath(), process.errorString());
        return result;
    }
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace consentry::test
