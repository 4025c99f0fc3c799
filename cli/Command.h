#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdio>
#include <functional>

#include <memory>
#include <vector>

namespace consentry::cli {

// The exit codes of ../shared/CLI.md. Scripts depend on them: change only with a CHANGELOG note.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,
    ExitAuth = 2,
    ExitData = 3,
    ExitNotFound = 4,
    ExitPolicy = 5,
    ExitIO = 6,
};

int exitCodeFor(ErrorKind kind);

// Where the sentences for people go: the real standard error. Library chatter (libpng, libjpeg, OpenCV,
// Qt) writes to file descriptor 2, which main() points at a log (CONSENTRY_CLI_LOG, else nowhere) so
// that a script reads one sentence per failure. CONSENTRY_CLI_DEBUG keeps everything on the terminal.
FILE *messageStream();
void setMessageStream(FILE *stream);

// The command line as the operating system gave it (main() keeps it). On Unix a file name need not be
// valid in the locale's encoding; Qt's QString arguments then carry U+FFFD and name no file.
// nativeArgument() finds the original bytes of such an argument (also after "--option="), or returns
// an empty array.
void setNativeArguments(int argc, char **argv);
QByteArray nativeArgument(const QString &decoded);

// What every command receives: the parsed command line, the global options, and one way to answer.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(Context)

public:
    explicit Context(const QCommandLineParser &parser);

    const QCommandLineParser &parser;
    QString dataDir; // resolved --data-dir
    QString user; // --user, empty: the manager made by init
    QString modelDir; // --model-dir, else CONSENTRY_MODEL_DIR, else empty (the core searches further)
    QString language; // zh_CN or en
    bool json = false;
    bool passwordStdin = false;

    QString value(const QString &option) const { return parser.value(option); }
    bool isSet(const QString &option) const { return parser.isSet(option); }
    QStringList positionalArguments() const; // after the command name

    // Successful answer: text for people, or one JSON object with --json.
    int succeed(const QString &text, const QJsonObject &json);
    // Failure: one sentence on stderr (and {"ok": false, …} on stdout with --json); returns the exit code.
    int fail(int exitCode, const QString &sentence);
    // The same, with details for scripts: merged into the --json failure object (never on stderr).
    int fail(int exitCode, const QString &sentence, const QJsonObject &details);
    int fail(const Error &error);
    // A missing required option is a usage error.
    int missingOption(const QString &option);

    // A command with actions ("users add", "devices list"): runs the one named by the single positional
    // argument; none, several or an unknown one is a usage error that lists the actions.
    struct Action {
        QString name;
        std::function<int()> run;
    };
    int runAction(const QList<Action> &actions);
};

// One command of consentry-cli. Register new ones in Commands.cpp.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const { return QString(); } // e.g. "--manager NAME [--site-name S]"
    virtual QString summary() const = 0; // translated, one line
    // Translated paragraphs printed after the options by `COMMAND --help` (limits, what a result means).
    virtual QString notes() const { return QString(); }
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Name shown for extra positional arguments; empty means the command takes none.
    virtual QString positionalName() const { return QString(); }
    virtual int run(Context &context) = 0;
};

std::vector<std::unique_ptr<Command>> makeCommands();

} // namespace consentry::cli
