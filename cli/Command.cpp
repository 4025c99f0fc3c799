#include "Command.h"

#include <QFile>
#include <QJsonDocument>
#include <QList>

#include <cstdio>

namespace consentry::cli {

namespace {
void writeLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

namespace {
FILE *s_messages = nullptr;
QList<QByteArray> s_native;
} // namespace

void setNativeArguments(int argc, char **argv)
{
    s_native.clear();
    for (int i = 0; i < argc; ++i)
        s_native << QByteArray(argv[i]);
}

QByteArray nativeArgument(const QString &decoded)
{
    for (const QByteArray &raw : std::as_const(s_native)) {
        if (QFile::decodeName(raw) == decoded)
            return raw;
        const int eq = raw.indexOf('=');
        if (raw.startsWith("--") && eq > 0 && QFile::decodeName(raw.mid(eq + 1)) == decoded)
            return raw.mid(eq + 1);
    }
    return QByteArray();
}

FILE *messageStream()
{
    return s_messages ? s_messages : stderr;
}

void setMessageStream(FILE *stream)
{
    s_messages = stream;
}

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidArgument: return ExitUsage;
    case ErrorKind::Authentication: return ExitAuth;
    case ErrorKind::Data: return ExitData;
    case ErrorKind::NotFound: return ExitNotFound;
    case ErrorKind::Policy: return ExitPolicy;
    case ErrorKind::IO: return ExitIO;
    case ErrorKind::Cancelled: return ExitUsage;
    case ErrorKind::Internal: return ExitData;
    }
    return ExitData;
}

Context::Context(const QCommandLineParser &p)
    : parser(p)
{
}

QStringList Context::positionalArguments() const
{
    return parser.positionalArguments().mid(1);
}

int Context::succeed(const QString &text, const QJsonObject &object)
{
    if (json)
        writeLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    else if (!text.isEmpty())
        writeLine(stdout, text);
    return ExitOk;
}

int Context::fail(int exitCode, const QString &sentence)
{
    return fail(exitCode, sentence, QJsonObject());
}

int Context::fail(int exitCode, const QString &sentence, const QJsonObject &details)
{
    writeLine(consentry::cli::messageStream(), sentence);
    if (json) {
        QJsonObject object = details;
        object.insert(QStringLiteral("ok"), false);
        object.insert(QStringLiteral("exit_code"), exitCode);
        object.insert(QStringLiteral("error"), sentence);
        writeLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
    return exitCode;
}

int Context::fail(const Error &error)
{
    return fail(exitCodeFor(error.kind), error.message);
}

int Context::missingOption(const QString &option)
{
    return fail(ExitUsage, tr("The option --%1 is required for this command.").arg(option));
}

int Context::runAction(const QList<Action> &actions)
{
    QStringList names;
    for (const Action &action : actions)
        names << action.name;
    const QString command = parser.positionalArguments().value(0);
    const QStringList args = positionalArguments();
    if (args.size() != 1)
        return fail(ExitUsage, tr("Say what \"%1\" should do: %2.").arg(command, names.join(QStringLiteral(", "))));
    for (const Action &action : actions) {
        if (action.name == args.constFirst())
            return action.run();
    }
    return fail(
        ExitUsage,
        tr("\"%1 %2\" is not an action: use %3.").arg(command, args.constFirst(), names.join(QStringLiteral(", "))));
}

} // namespace consentry::cli
