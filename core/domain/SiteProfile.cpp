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
    QStringLiteral("notice_url"),      QStringLiteral("minors_rules"),  QStringLiteral("backup_location"),
};

// A whole number of days within [low, high], or nullopt (a cast of 1e300 to int is undefined: range first).
std::optional<int> wholeDays(const QJsonValue &value, int low, int high)
{
    const double days = value.toDouble(-1);
    if (!value.isDouble() || days < low || days > high || days != static_cast<int>(days))
        return std::nullopt;
    return static_cast<int>(days);
}
constexpr int kMaxTextLength = 2000;
} // namespace

QJsonObject SiteProfile::toJson() const
{
    QJsonObject object {
        { QStringLiteral("site_name"), siteName },
        { QStringLiteral("operator_name"), operatorName },
        { QStringLiteral("contact_phone"), contactPhone },
        { QStringLiteral("contact_address"), contactAddress },
        { QStringLiteral("contact_email"), contactEmail },
        { QStringLiteral("purpose"), purpose },
        { QStringLiteral("alternatives"), QJsonArray::fromStringList(alternatives) },
        { QStringLiteral("notice_url"), noticeUrl },
        { QStringLiteral("verification_record_days"), verificationRecordDays },
        { QStringLiteral("record_retention_days"), recordRetentionDays },
        { QStringLiteral("renewal_grace_days"), renewalGraceDays },
        { QStringLiteral("minors_rules"), minorsRules },
        { QStringLiteral("backup_location"), backupLocation },
    };
    // What is not set is left out, so that fromJson(toJson()) gives the same profile back.
    if (retentionDays > 0)
        object.insert(QStringLiteral("retention_days"), retentionDays);
    if (maxRetentionDays > 0)
        object.insert(QStringLiteral("max_retention_days"), maxRetentionDays);
    if (siteType != SiteType::Unset)
        object.insert(QStringLiteral("site_type"), siteTypeKey(siteType));
    if (verificationMode != VerificationMode::Unset)
        object.insert(QStringLiteral("verification_mode"), verificationModeKey(verificationMode));
    return object;
}

QString SiteProfile::siteTypeKey(SiteType type)
{
    switch (type) {
    case SiteType::Hotel: return QStringLiteral("hotel");
    case SiteType::Compound: return QStringLiteral("compound");
    case SiteType::Unset: break;
    }
    return QString();
}

std::optional<SiteProfile::SiteType> SiteProfile::siteTypeFromKey(const QString &key)
{
    if (key == QLatin1String("hotel"))
        return SiteType::Hotel;
    if (key == QLatin1String("compound"))
        return SiteType::Compound;
    if (key.isEmpty())
        return SiteType::Unset;
    return std::nullopt;
}

QString SiteProfile::verificationModeKey(VerificationMode mode)
{
    switch (mode) {
    case VerificationMode::OneToOne: return QStringLiteral("one_to_one");
    case VerificationMode::OneToMany: return QStringLiteral("one_to_many");
    case VerificationMode::Unset: break;
    }
    return QString();
}

std::optional<SiteProfile::VerificationMode> SiteProfile::verificationModeFromKey(const QString &key)
{
    if (key == QLatin1String("one_to_one"))
        return VerificationMode::OneToOne;
    if (key == QLatin1String("one_to_many"))
        return VerificationMode::OneToMany;
    if (key.isEmpty())
        return VerificationMode::Unset;
    return std::nullopt;
}

void SiteProfile::applyDefaultsFor(SiteType type)
{
    if (type == SiteType::Unset)
        return;
    siteType = type;
    const bool hotel = type == SiteType::Hotel;
    if (retentionDays <= 0)
        retentionDays = hotel ? kHotelRetentionDays : kCompoundRetentionDays;
    if (maxRetentionDays <= 0)
        maxRetentionDays = hotel ? kHotelMaxRetentionDays : kCompoundMaxRetentionDays;
    if (verificationMode == VerificationMode::Unset)
        verificationMode = hotel ? VerificationMode::OneToOne : VerificationMode::OneToMany;
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
            else if (key == QLatin1String("minors_rules"))
                profile.minorsRules = text;
            else if (key == QLatin1String("backup_location"))
                profile.backupLocation = text;
            else
                profile.noticeUrl = text;
        } else if (key == QLatin1String("retention_days") || key == QLatin1String("max_retention_days")) {
            const std::optional<int> days = wholeDays(value, 1, kMaxRetentionDays);
            if (!days)
                return makeError(ErrorKind::Data,
                                 tr("The site profile field \"%1\" must be a whole number of days from 1 to %2: "
                                    "keeping face data forever is not allowed.")
                                     .arg(key)
                                     .arg(kMaxRetentionDays));
            (key == QLatin1String("retention_days") ? profile.retentionDays : profile.maxRetentionDays) = *days;
        } else if (key == QLatin1String("verification_record_days")) {
            const std::optional<int> days = wholeDays(value, 1, kMaxVerificationRecordDays);
            if (!days)
                return makeError(ErrorKind::Data,
                                 tr("The site profile field \"%1\" must be a whole number of days from 1 to %2.")
                                     .arg(key)
                                     .arg(kMaxVerificationRecordDays));
            profile.verificationRecordDays = *days;
        } else if (key == QLatin1String("record_retention_days")) {
            const std::optional<int> days = wholeDays(value, kMinRecordRetentionDays, kMaxRecordRetentionDays);
            if (!days)
                return makeError(ErrorKind::Data,
                                 tr("The site profile field \"%1\" must be a whole number of days from %2 to %3: "
                                    "records of processing are kept at least three years.")
                                     .arg(key)
                                     .arg(kMinRecordRetentionDays)
                                     .arg(kMaxRecordRetentionDays));
            profile.recordRetentionDays = *days;
        } else if (key == QLatin1String("renewal_grace_days")) {
            const std::optional<int> days = wholeDays(value, 1, kMaxRenewalGraceDays);
            if (!days)
                return makeError(ErrorKind::Data,
                                 tr("The site profile field \"%1\" must be a whole number of days from 1 to %2.")
                                     .arg(key)
                                     .arg(kMaxRenewalGraceDays));
            profile.renewalGraceDays = *days;
        } else if (key == QLatin1String("site_type")) {
            const std::optional<SiteType> type = value.isString() ? siteTypeFromKey(value.toString()) : std::nullopt;
            if (!type)
                return makeError(ErrorKind::Data,
                                 tr("The site profile field \"site_type\" must be \"hotel\" or \"compound\"."));
            profile.siteType = *type;
        } else if (key == QLatin1String("verification_mode")) {
            const std::optional<VerificationMode> mode
                = value.isString() ? verificationModeFromKey(value.toString()) : std::nullopt;
            if (!mode)
                return makeError(
                    ErrorKind::Data,
                    tr("The site profile field \"verification_mode\" must be \"one_to_one\" or \"one_to_many\"."));
            profile.verificationMode = *mode;
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
    TRY(profile.checkRetention());
    if (!profile.noticeUrl.isEmpty() && !checkNoticeUrl(profile.noticeUrl))
        return makeError(ErrorKind::Data,
                         tr("The site profile field \"notice_url\" must be a web address starting "
                            "with https:// followed by a host name, such as https://example.cn/notice."));
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

Status SiteProfile::checkNoticeUrl(const QString &noticeUrl)
{
    // Printed as a QR code on every sign: it must lead somewhere real and over HTTPS (a plain http://
    // page can be altered on the way, so the notice read is not the notice published).
    const QUrl url(noticeUrl, QUrl::StrictMode);
    const QString host = url.host();
    const bool plausibleHost
        = host.contains(QLatin1Char('.')) && !host.startsWith(QLatin1Char('.')) && !host.endsWith(QLatin1Char('.'));
    if (!url.isValid() || url.scheme() != QLatin1String("https") || !plausibleHost || !url.userInfo().isEmpty()
        || noticeUrl.size() > kMaxNoticeUrlLength)
        return makeError(ErrorKind::InvalidArgument,
                         tr("The notice web address must start with https:// followed by a host name, such as "
                            "https://example.cn/notice."));
    return {};
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

QStringList SiteProfile::missingFieldNames() const
{
    QStringList names;
    for (const QString &key : missingFields())
        names << fieldName(key);
    return names;
}

QString SiteProfile::fieldName(const QString &key)
{
    if (key == QLatin1String("site_name"))
        return tr("the site name");
    if (key == QLatin1String("operator_name"))
        return tr("the name of the personal information handler");
    if (key == QLatin1String("contact_phone"))
        return tr("a contact (phone, email or address)");
    if (key == QLatin1String("purpose"))
        return tr("the purpose of processing");
    if (key == QLatin1String("retention_days"))
        return tr("the retention period");
    if (key == QLatin1String("alternatives"))
        return tr("the other ways to verify identity");
    if (key == QLatin1String("max_retention_days"))
        return tr("the longest retention period");
    if (key == QLatin1String("notice_url"))
        return tr("the notice web address");
    return key;
}

Status SiteProfile::checkComplete(const QString &refused) const
{
    const QStringList names = missingFieldNames();
    if (names.isEmpty())
        return {};
    //: %1: what is refused ("No one can be enrolled"); %2: the missing fields, e.g. "the purpose of processing, the
    //: retention period"
    return makeError(ErrorKind::Policy,
                     tr("%1 until the site profile states %2: the notice would be incomplete. A manager can fill "
                        "them in under Settings, Site profile.")
                         .arg(refused, names.join(tr(", "))));
}

Status SiteProfile::checkRetention() const
{
    if (retentionDays > 0 && maxRetentionDays > 0 && retentionDays > maxRetentionDays)
        return makeError(ErrorKind::Data,
                         tr("The retention period after move-out or checkout (%1 days) is longer than the longest "
                            "retention period counted from enrollment (%2 days); face data is deleted at the "
                            "earlier of the two, so the first could never apply. Shorten it or raise the longest "
                            "period.")
                             .arg(retentionDays)
                             .arg(maxRetentionDays));
    if (siteType == SiteType::Hotel && maxRetentionDays > kHotelRetentionCeilingDays)
        return makeError(ErrorKind::Data,
                         tr("A hotel may keep a guest's face data at most %1 days after enrollment (%2 days were "
                            "asked): a stay is short, and keeping it longer is not necessary for the purpose.")
                             .arg(kHotelRetentionCeilingDays)
                             .arg(maxRetentionDays));
    return {};
}

SiteProfile::VerificationMode SiteProfile::effectiveVerificationMode() const
{
    if (verificationMode != VerificationMode::Unset)
        return verificationMode;
    return siteType == SiteType::Hotel ? VerificationMode::OneToOne : VerificationMode::OneToMany;
}

bool operator==(const SiteProfile &a, const SiteProfile &b)
{
    return a.toJson() == b.toJson();
}

} // namespace consentry
