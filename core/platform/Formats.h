#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace consentry {

// How dates, times and "label: value" pairs are written, one way per language, for every screen and
// every printed document (the UI's tables, receipts, consent copies, signs). Chinese: 2026年11月30日 21:03
// and full-width colons; English: 30 Nov 2026 21:03. Times are shown in the computer's local time zone.
// `language` is a code of Language::supported() ("zh_CN", "en", or "zh_CN+en" for bilingual documents,
// which take the Chinese form); empty means Language::current().
namespace Formats {

QString date(const QDate &date, const QString &language = QString());
// Day and month only, for chart axes and tight columns: "1月5日", "5 Jan".
QString dayMonth(const QDate &date, const QString &language = QString());
QString time(const QTime &time, const QString &language = QString()); // 21:03
QString dateTime(const QDateTime &at, const QString &language = QString()); // date + time, no seconds
QString dateTimeWithSeconds(const QDateTime &at, const QString &language = QString()); // for the audit log
// dateTime() followed by the offset from UTC, for documents that may be read in another time zone:
// "2026年11月30日 21:03（UTC+08:00）", "30 Nov 2026 21:03 (UTC+08:00)".
QString dateTimeWithOffset(const QDateTime &at, const QString &language = QString());
// The display format of a QDateEdit that matches date(): "yyyy年M月d日" / "d MMM yyyy".
QString dateEditFormat(const QString &language = QString());

// The label and its colon: "签署时间：" after a label that ends in Chinese (full-width colon, no space),
// "Signed at: " otherwise (a bilingual "签署时间 / Signed at" ends in English and takes ": ").
QString withColon(const QString &label);
bool endsInChinese(const QString &text);

} // namespace Formats
} // namespace consentry
