#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace consentry {

// The languages Consentry speaks and how they are switched on. Translations are compiled into
// consentry_core, so the GUI and the CLI share them; Qt's own qtbase translation is loaded beside them
// so standard dialogs and QCommandLineParser messages are in the same language.
namespace Language {

QStringList supported(); // {"zh_CN", "en"}
bool isSupported(const QString &code);
QString systemDefault(); // zh_CN on a Chinese system locale, otherwise en
// Installs Consentry's and Qt's translators for `code` (must be supported) and sets the default QLocale.
// Returns false if Consentry's own translation could not be loaded.
bool install(const QString &code);
QString current(); // the code last installed
// The language a user chose in Settings, remembered on this computer (QSettings: a preference, not data
// about anyone); empty if none was chosen. The app starts in it unless --lang says otherwise.
QString preferred();
void setPreferred(const QString &code);
// What a language calls itself, for a language menu: "中文（简体）", "English".
QString nativeName(const QString &code);
// The code from a raw argument list ("--lang X" or "--lang=X"), before any parser runs, so that even
// usage errors come out in the chosen language. Empty if absent.
QString fromArguments(const QStringList &arguments);

} // namespace Language
} // namespace consentry
