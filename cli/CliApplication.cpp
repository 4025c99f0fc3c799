#include "CliApplication.h"

#include "platform/Application.h"
#include "platform/DataLocation.h"
#include "platform/Language.h"

#include <QDir>

#include <cstdio>

namespace consentry::cli {

namespace {

void writeText(FILE *stream, const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

bool isHelpFlag(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("-?");
}

bool isVersionFlag(const QString &arg)
{
    return arg == QLatin1String("--version") || arg == QLatin1String("-v");
}

} // namespace

CliApplication::CliApplication()
    : m_commands(makeCommands())
{
}

QList<QCommandLineOption> CliApplication::globalOptions() const
{
    return {
        QCommandLineOption(QStringLiteral("data-dir"),
                           tr("Folder of the encrypted database, keyslots and settings (default: %1).")
                               .arg(QDir::toNativeSeparators(DataLocation::defaultDir())),
                           QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("user"), tr("Account to unlock with (default: the manager made by init)."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("password-stdin"),
                           tr("Read the password from the first line of standard input "
                              "(otherwise CONSENTRY_PASSWORD, otherwise a prompt).")),
        QCommandLineOption(QStringLiteral("model-dir"),
                           tr("Face model folder (otherwise CONSENTRY_MODEL_DIR, then the installed models)."),
                           QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("json"), tr("Print one JSON object on standard output instead of text.")),
        QCommandLineOption(QStringLiteral("lang"), tr("Language of messages: zh_CN or en."), QStringLiteral("CODE")),
        QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show help and exit.")),
        QCommandLineOption({ QStringLiteral("v"), QStringLiteral("version") }, tr("Show the version and exit.")),
    };
}

QString CliApplication::findCommandName(const QStringList &arguments) const
{
    QStringList valued;
    for (const QCommandLineOption &option : globalOptions()) {
        if (!option.valueName().isEmpty())
            valued += option.names();
    }
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            return arguments.value(i + 1);
        if (arg.startsWith(QLatin1Char('-'))) {
            const QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(QLatin1Char('=')) && valued.contains(name))
                ++i; // skip the option's value
            continue;
        }
        return arg;
    }
    return QString();
}

Command *CliApplication::findCommand(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApplication::generalHelp() const
{
    QString text = tr("Usage: consentry-cli [global options] COMMAND [command options]") + QLatin1Char('\n');
    text += tr("Consentry's administrator tool: the encrypted store, enrollment from paper consents, "
               "retention, backups and signage, from a terminal or a script.")
        + QLatin1String("\n\n");
    text += tr("Commands:") + QLatin1Char('\n');
    if (m_commands.empty())
        text += QLatin1String("  ") + tr("(none in this version yet)") + QLatin1Char('\n');
    int width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, static_cast<int>(command->name().size()));
    for (const auto &command : m_commands) {
        text += QLatin1String("  ") + command->name().leftJustified(width + 2) + command->summary() + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n');
    for (const QCommandLineOption &option : globalOptions()) {
        QStringList names;
        for (const QString &n : option.names())
            names << (n.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + n;
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName();
        text += QLatin1String("  ") + left.leftJustified(22) + QLatin1Char(' ') + option.description()
            + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
        + tr("Exit codes: 0 ok, 1 usage error, 2 authentication failed, 3 data error, 4 not found, "
             "5 refused by policy, 6 I/O error.")
        + QLatin1Char('\n');
    text += tr("Run \"consentry-cli COMMAND --help\" for the options of one command.") + QLatin1Char('\n');
    return text;
}

QString CliApplication::commandHelp(const Command &command) const
{
    QString text = tr("Usage: consentry-cli [global options] %1 %2").arg(command.name(), command.synopsis()).trimmed()
        + QLatin1Char('\n');
    text += command.summary() + QLatin1String("\n\n");
    const QList<QCommandLineOption> options = command.options();
    if (!options.isEmpty()) {
        text += tr("Options:") + QLatin1Char('\n');
        for (const QCommandLineOption &option : options) {
            QString left = QLatin1String("--") + option.names().constFirst();
            if (!option.valueName().isEmpty())
                left += QLatin1Char(' ') + option.valueName();
            text += QLatin1String("  ") + left.leftJustified(22) + QLatin1Char(' ') + option.description()
                + QLatin1Char('\n');
        }
    }
    if (const QString notes = command.notes(); !notes.isEmpty())
        text += QLatin1Char('\n') + notes + QLatin1Char('\n');
    text += tr("Global options are listed by \"consentry-cli --help\".") + QLatin1Char('\n');
    return text;
}

int CliApplication::usageError(const QString &sentence) const
{
    writeText(consentry::cli::messageStream(), sentence);
    return ExitUsage;
}

int CliApplication::run(const QStringList &arguments)
{
    Application::setIdentity();

    // Language first, so that every message, usage errors included, is in the chosen language.
    QString requestedLanguage = Language::fromArguments(arguments);
    // "zh_CN+en" (a bilingual sign for the signage command): messages follow the first language.
    if (requestedLanguage.contains(QLatin1Char('+')))
        requestedLanguage = requestedLanguage.section(QLatin1Char('+'), 0, 0);
    Language::install(Language::isSupported(requestedLanguage) ? requestedLanguage : Language::systemDefault());
    if (!requestedLanguage.isEmpty() && !Language::isSupported(requestedLanguage))
        return usageError(tr("Unknown language \"%1\": use zh_CN or en.").arg(requestedLanguage));

    const QString commandName = findCommandName(arguments);
    Command *command = commandName.isEmpty() ? nullptr : findCommand(commandName);
    const bool wantsHelp = std::any_of(arguments.begin() + 1, arguments.end(), isHelpFlag);

    if (commandName.isEmpty()) {
        if (std::any_of(arguments.begin() + 1, arguments.end(), isVersionFlag)) {
            writeText(stdout, Application::versionLine());
            return ExitOk;
        }
        if (wantsHelp) {
            writeText(stdout, generalHelp());
            return ExitOk;
        }
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    if (command)
        parser.addOptions(command->options());
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QLatin1Char(' ') + tr("Run \"consentry-cli --help\" for the usage."));

    if (commandName.isEmpty())
        return usageError(tr("No command given. Run \"consentry-cli --help\" for the list of commands."));
    if (!command)
        return usageError(
            tr("Unknown command \"%1\". Run \"consentry-cli --help\" for the list of commands.").arg(commandName));
    if (wantsHelp) {
        writeText(stdout, commandHelp(*command));
        return ExitOk;
    }

    Context context(parser);
    const QStringList extra = context.positionalArguments();
    if (!extra.isEmpty() && command->positionalName().isEmpty())
        return usageError(
            tr("The command \"%1\" does not take the argument \"%2\".").arg(command->name(), extra.constFirst()));

    context.dataDir = DataLocation::resolve(parser.value(QStringLiteral("data-dir")));
    context.user = parser.value(QStringLiteral("user"));
    context.modelDir = parser.value(QStringLiteral("model-dir"));
    if (context.modelDir.isEmpty())
        context.modelDir = qEnvironmentVariable("CONSENTRY_MODEL_DIR");
    context.language = Language::current();
    context.json = parser.isSet(QStringLiteral("json"));
    context.passwordStdin = parser.isSet(QStringLiteral("password-stdin"));
    return command->run(context);
}

} // namespace consentry::cli
