#pragma once

// JSON files the CLI reads (`profile set --file`, `enroll --consent`), written by the suites (header only).

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace consentry::test {

// Writes `object` to `path` (replacing it); returns `path`, so a call can stand as a command's argument.
inline QString writeJsonFile(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(object).toJson());
    return path;
}

// A signed paper consent as `enroll --consent FILE` reads it: granted on `noticeVersion` by an adult (the age
// question answered "not under 14"), signed now, witnessed by the manager "wang" of the fixtures. A suite
// adds or replaces the fields it is about.
inline QJsonObject paperConsentRecord(const QString &signer = QStringLiteral("Li Lei"),
                                      const QString &noticeVersion = QStringLiteral("1"))
{
    return { { QStringLiteral("notice_version"), noticeVersion },
             { QStringLiteral("decision"), QStringLiteral("granted") },
             { QStringLiteral("signer"), signer },
             { QStringLiteral("signed_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
             { QStringLiteral("witness"), QStringLiteral("wang") },
             { QStringLiteral("under_14"), false } };
}

} // namespace consentry::test
