#include "platform/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace consentry::Language {

namespace {
QString s_current = QStringLiteral("en");
std::unique_ptr<QTranslator> s_own;
std::unique_ptr<QTranslator> s_qt;

bool loadQtTranslation(QTranslator &translator, const QLocale &locale)
{
    // Qt's own translations: next to the executable when deployed (Windows), else Qt's install.
    const QStringList dirs = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
    };
    for (const QString &dir : dirs) {
        if (translator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), dir))
            return true;
    }
    return false;
}
} // namespace

QStringList supported()
{
    return { QStringLiteral("zh_CN"), QStringLiteral("en") };
}

bool isSupported(const QString &code)
{
    return supported().contains(code);
}

QString systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool install(const QString &code)
{
    const QString lang = isSupported(code) ? code : QStringLiteral("en");
    if (s_own)
        QCoreApplication::removeTranslator(s_own.get());
    if (s_qt)
        QCoreApplication::removeTranslator(s_qt.get());
    s_own = std::make_unique<QTranslator>();
    s_qt = std::make_unique<QTranslator>();

    const QLocale locale(lang);
    QLocale::setDefault(locale);
    s_current = lang;

    const bool own = s_own->load(QStringLiteral(":/i18n/consentry_%1.qm").arg(lang));
    if (own)
        QCoreApplication::installTranslator(s_own.get());
    if (lang != QLatin1String("en") && loadQtTranslation(*s_qt, locale))
        QCoreApplication::installTranslator(s_qt.get());
    return own;
}

QString current()
{
    return s_current;
}

QString preferred()
{
    const QString code = QSettings().value(QStringLiteral("ui/language")).toString();
    return isSupported(code) ? code : QString();
}

void setPreferred(const QString &code)
{
    QSettings settings;
    if (isSupported(code))
        settings.setValue(QStringLiteral("ui/language"), code);
    else
        settings.remove(QStringLiteral("ui/language"));
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("中文（简体）");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString fromArguments(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return QString();
}

} // namespace consentry::Language
