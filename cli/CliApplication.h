#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

namespace consentry::cli {

// Parses the global options of ../shared/CLI.md, finds the command and runs it.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    int run(const QStringList &arguments);

private:
    QList<QCommandLineOption> globalOptions() const;
    // The first argument that is neither an option nor the value of a global option; empty if none.
    QString findCommandName(const QStringList &arguments) const;
    Command *findCommand(const QString &name) const;
    QString generalHelp() const;
    QString commandHelp(const Command &command) const;
    int usageError(const QString &sentence) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace consentry::cli
