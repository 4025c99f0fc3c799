#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace consentry::test {

struct CliResult {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    QJsonObject json() const; // stdout parsed as one JSON object (empty if it is not one)
    QStringList errLines() const;
};

// Runs the built consentry-cli as a user would: a separate process, optional standard input, a clean
// environment with a fixed language.
class CliRunner
{
public:
    CliRunner();
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    void unsetEnv(const QString &name) { m_env.remove(name); }
    CliResult run(const QStringList &arguments, const QByteArray &standardInput = QByteArray(),
                  int timeoutMs = 120000) const;

private:
    QProcessEnvironment m_env;
};

} // namespace consentry::test
