#include "platform/Formats.h"

#include "platform/Language.h"

#include <QLocale>

#include <cstdlib>

namespace consentry::Formats {

namespace {

bool chinese(const QString &language)
{
    const QString code = language.isEmpty() ? Language::current() : language;
    return code.startsWith(QLatin1String("zh"));
}

// Month names come from a fixed English locale, not the system's, so English text reads the same on
// every computer.
QString englishMonth(int month)
{
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return english.monthName(month, QLocale::ShortFormat);
}

QString offsetText(const QDateTime &local)
{
    const int offset = local.offsetFromUtc();
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
        .arg((std::abs(offset) % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString date(const QDate &day, const QString &language)
{
    if (!day.isValid())
        return QString();
    if (chinese(language))
        return QStringLiteral("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
    return QStringLiteral("%1 %2 %3").arg(day.day()).arg(englishMonth(day.month())).arg(day.year());
}

QString dayMonth(const QDate &day, const QString &language)
{
    if (!day.isValid())
        return QString();
    if (chinese(language))
        return QStringLiteral("%1月%2日").arg(day.month()).arg(day.day());
    return QStringLiteral("%1 %2").arg(day.day()).arg(englishMonth(day.month()));
}

QString time(const QTime &at, const QString &language)
{
    Q_UNUSED(language) // both languages use the 24-hour clock: a front desk works around the clock
    return at.isValid() ? at.toString(QStringLiteral("HH:mm")) : QString();
}

QString dateTime(const QDateTime &at, const QString &language)
{
    if (!at.isValid())
        return QString();
    const QDateTime local = at.toLocalTime();
    return date(local.date(), language) + QLatin1Char(' ') + time(local.time(), language);
}

QString dateTimeWithSeconds(const QDateTime &at, const QString &language)
{
    if (!at.isValid())
        return QString();
    const QDateTime local = at.toLocalTime();
    return date(local.date(), language) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm:ss"));
}

QString dateTimeWithOffset(const QDateTime &at, const QString &language)
{
    if (!at.isValid())
        return QString();
    const QDateTime local = at.toLocalTime();
    return chinese(language) ? QStringLiteral("%1（%2）").arg(dateTime(at, language), offsetText(local))
                             : QStringLiteral("%1 (%2)").arg(dateTime(at, language), offsetText(local));
}

QString dateEditFormat(const QString &language)
{
    return chinese(language) ? QStringLiteral("yyyy年M月d日") : QStringLiteral("d MMM yyyy");
}

bool endsInChinese(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    const char32_t last = trimmed.back().isLowSurrogate() && trimmed.size() > 1
        ? QChar::surrogateToUcs4(trimmed.at(trimmed.size() - 2), trimmed.back())
        : trimmed.back().unicode();
    // Han ideographs, CJK punctuation and full-width forms: what a Chinese sentence or label ends with.
    return QChar::script(last) == QChar::Script_Han || (last >= 0x3000 && last <= 0x303F)
        || (last >= 0xFF00 && last <= 0xFFEF);
}

QString withColon(const QString &label)
{
    return endsInChinese(label) ? label + QStringLiteral("：") : label + QStringLiteral(": ");
}

} // namespace consentry::Formats
