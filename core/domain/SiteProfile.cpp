#include "domain/SiteProfile.h"

#include "storage/BoundedFile.h"

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
            // Range first: casting 1e300 to int is undefined behaviour.
            if (!value.isDouble() || days < 1 || days > kMaxRetentionDays || days != static_cast<int>(days))
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
        // Printed as a QR code on every sign: it must lead somewhere real and over HTTPS (a plain http://
        // page can be altered on the way, so the notice read is not the notice published).
        const QUrl url(profile.noticeUrl, QUrl::StrictMode);
        const QString host = url.host();
        const bool plausibleHost
            = host.contains(QLatin1Char('.')) && !host.startsWith(QLatin1Char('.')) && !host.endsWith(QLatin1Char('.'));
        if (!url.isValid() || url.scheme() != QLatin1String("https") || !plausibleHost || !url.userInfo().isEmpty()
            || profile.noticeUrl.size() > kMaxNoticeUrlLength)
            return makeError(ErrorKind::Data,
                             tr("The site profile field \"notice_url\" must be a web address starting "
                                "with https:// followed by a host name, such as https://example.cn/notice."));
    }
    return profile;
}

Result<SiteProfile> SiteProfile::fromJsonFile(const QString &path)
{
    constexpr qint64 kMaxBytes = 1 << 20;
    Result<QByteArray> bytes = BoundedFile::read(path, kMaxBytes, tr("The site profile"));
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parseError);
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
