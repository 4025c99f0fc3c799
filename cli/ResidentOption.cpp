#include "ResidentOption.h"

namespace consentry::cli {

QCommandLineOption ResidentOption::option()
{
    return QCommandLineOption(QStringLiteral("resident"), tr("The resident's number (see the people screen)."),
                              QStringLiteral("ID"));
}

std::optional<qint64> ResidentOption::read(Context &context, int &exitCode)
{
    const QString text = context.value(QStringLiteral("resident"));
    if (text.isEmpty()) {
        exitCode = context.missingOption(QStringLiteral("resident"));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        exitCode = context.fail(ExitUsage,
                                tr("\"%1\" is not a resident number: give the number shown on the "
                                   "people screen.")
                                    .arg(text));
        return std::nullopt;
    }
    return id;
}

} // namespace consentry::cli
