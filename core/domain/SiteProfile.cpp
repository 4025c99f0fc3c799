#include "domain/SiteProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace consentry {

namespace {
const QStringList kTextKeys = {
    QStringLiteral("site_name"),       QStringLiteral("operator_name"), QStringLiteral("contact_phone"),
    QStringLiteral("contact_address"), QStringLiteral("contact_email"), QStringLiteral("purpose"),
    QStringLiteral("notice_url"),
};
constexpr int kMaxTextLength = 2000;
} // namespace

QJsonObject SiteProfile::toJson() const
{
    return {
        { QStringLiteral("site_name"), siteName },
        { QStringLiteral("operator_name"), operatorName },
        { QStringLiteral("contact_phone"), contactPhone },
        { QStringLiteral("contact_address"), contactAddress },
        { QStringLiteral("contact_email"), contactEmail },
        { QStringLiteral("purpose"), purpose },
        { QStringLiteral("retention_days"), retentionDays },
        { QStringLiteral("alternatives"), QJsonArray::fromStringList(alternatives) },
        { QStringLiteral("notice_url"), noticeUrl },
    };
}

Result<SiteProfile> SiteProfile::fromJson(const QJsonObject &object)
{
    SiteProfile profile;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (kTextKeys.contains(key)) {
            if (!value.isString())
                return makeError(ErrorKind::Data, tr("The site profile field \"%1\" must be text.").arg(key));
            const QString text = value.toString().trimmed();
            if (text.size() > kMaxTextLength)
                return makeError(
                    ErrorKind::Data,
                    tr("The site profile field \"%1\" is longer than %2 characters.").arg(key).arg(kMaxTextLength));
            if (key == QLatin1String("site_name"))
                profile.siteName = text;
            else if (key == QLatin1String("operator_name"))
                profile.operatorName = text;
            else if (key == QLatin1String("contact_phone"))
                profile.contactPhone = text;
            else if (key == QLatin1String("contact_address"))
                profile.contactAddress = text;
            else if (key == QLatin1String("contact_email"))
                profile.contactEmail = text;
            else if (key == QLatin1String("purpose"))
                profile.purpose = text;
            else
                profile.noticeUrl = text;
        } else if (key == QLatin1String("retention_days")) {
            const double days = value.toDouble(-1);
            if (!value.isDouble() || days != static_cast<int>(days) || days < 1 || days > kMaxRetentionDays)
                return makeError(ErrorKind::Data,
                                 tr("The site profile field \"retention_days\" must be a whole number of "
                                    "days from 1 to %1: keeping face data forever is not allowed.")
                                     .arg(kMaxRetentionDays));
            profile.retentionDays = static_cast<int>(days);
        } else if (key == QLatin1String("alternatives")) {
            if (!value.isArray())
                return makeError(ErrorKind::Data,
                                 tr("The site profile field \"alternatives\" must be a list of texts."));
            for (const QJsonValue &item : value.toArray()) {
                if (!item.isString() || item.toString().trimmed().isEmpty())
                    return makeError(ErrorKind::Data,
                                     tr("The site profile field \"alternatives\" must be a list of texts."));
                profile.alternatives << item.toString().trimmed();
            }
        } else {
            return makeError(ErrorKind::Data, tr("The site profile has an unknown field \"%1\".").arg(key));
        }
    }
    if (!profile.noticeUrl.isEmpty()) {
        const QUrl url(profile.noticeUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return makeError(ErrorKind::Data,
                             tr("The site profile field \"notice_url\" must be a web address starting "
                                "with https://."));
    }
    return profile;
}

Result<SiteProfile> SiteProfile::fromJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.exists() ? ErrorKind::IO : ErrorKind::NotFound,
                         tr("Cannot read the site profile \"%1\": %2").arg(path, file.errorString()));
    constexpr qint64 kMaxBytes = 1 << 20;
    if (file.size() > kMaxBytes)
        return makeError(ErrorKind::Data, tr("The site profile \"%1\" is too large to be a profile.").arg(path));
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(
            ErrorKind::Data,
            tr("The site profile \"%1\" is not a valid JSON object (%2).").arg(path, parseError.errorString()));
    return fromJson(document.object());
}

QStringList SiteProfile::missingFields() const
{
    QStringList missing;
    if (siteName.isEmpty())
        missing << QStringLiteral("site_name");
    if (operatorName.isEmpty())
        missing << QStringLiteral("operator_name");
    if (contactPhone.isEmpty() && contactEmail.isEmpty() && contactAddress.isEmpty())
        missing << QStringLiteral("contact_phone");
    if (purpose.isEmpty())
        missing << QStringLiteral("purpose");
    if (retentionDays <= 0)
        missing << QStringLiteral("retention_days");
    if (alternatives.isEmpty())
        missing << QStringLiteral("alternatives");
    return missing;
}

bool operator==(const SiteProfile &a, const SiteProfile &b)
{
    return a.toJson() == b.toJson();
}

} // namespace consentry
