#include "services/SettingsService.h"

#include "compliance/NoticeText.h"
#include "domain/AuditKind.h"
#include "services/UnitOfWork.h"

#include <QJsonDocument>

namespace consentry {

namespace {

Status change(UnitOfWork &work, const QString &key, const QString &value)
{
    TRY(work.settings().setValue(key, value, work.actor()));
    TRY(work.audit(AuditKind::SettingsChanged, std::nullopt, { { QStringLiteral("key"), key } }));
    work.changed(UnitOfWork::Change::SettingsChanged);
    return {};
}

Result<NoticeVersion> noticeIn(UnitOfWork &work, const QString &version, const QString &language)
{
    TRY_ASSIGN(const std::optional<NoticeVersion> notice, work.notices().find(version, language));
    if (!notice)
        return makeError(ErrorKind::NotFound,
                         SettingsService::tr("The notice %1 has no text in the language %2.").arg(version, language));
    return *notice;
}

Result<NoticeVersion> currentIn(UnitOfWork &work, const QString &language)
{
    TRY_ASSIGN(const QString version, work.settings().currentNoticeVersion());
    return noticeIn(work, version, language);
}

Status publish(UnitOfWork &work, const QString &version, const QMap<QString, QString> &textsByLanguage)
{
    if (version.trimmed().isEmpty() || textsByLanguage.isEmpty())
        return makeError(ErrorKind::InvalidArgument,
                         SettingsService::tr("A notice needs a version name and at least one text."));
    for (auto it = textsByLanguage.begin(); it != textsByLanguage.end(); ++it) {
        TRY_ASSIGN(const std::optional<NoticeVersion> existing, work.notices().find(version, it.key()));
        if (existing)
            return makeError(ErrorKind::InvalidArgument,
                             SettingsService::tr(
                                 "The notice version %1 already exists and cannot be changed; publish a new version.")
                                 .arg(version));
        TRY(work.notices().publish(version, it.key(), it.value()));
    }
    TRY(work.settings().setValue(SettingsRepository::CurrentNoticeKey, version, work.actor()));
    TRY(work.audit(AuditKind::SettingsChanged, std::nullopt,
                   { { QStringLiteral("key"), SettingsRepository::CurrentNoticeKey },
                     { QStringLiteral("notice_version"), version } }));
    work.changed(UnitOfWork::Change::NoticePublished);
    return {};
}

// The notice residents read is composed from the site profile. When the profile changes what it says, a new
// immutable version is published; consents keep pointing at the version they showed.
Status publishIfChanged(UnitOfWork &work)
{
    TRY_ASSIGN(const SiteProfile profile, work.settings().siteProfile());
    QMap<QString, QString> texts;
    bool changed = false;
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        texts.insert(language, NoticeText::compose(profile, language).toCanonicalText());
        Result<NoticeVersion> current = currentIn(work, language);
        changed = changed || !current || current.value().body != texts.value(language);
    }
    if (!changed)
        return {};
    TRY_ASSIGN(const QList<NoticeVersion> all, work.notices().all());
    int latest = 0;
    for (const NoticeVersion &notice : all)
        latest = std::max(latest, notice.version.toInt());
    return publish(work, QString::number(latest + 1), texts);
}

} // namespace

SettingsService::SettingsService(Vault &vault)
    : m_vault(vault)
{
}

Result<SiteProfile> SettingsService::siteProfile()
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus,
                            [](UnitOfWork &work) { return work.settings().siteProfile(); });
}

Result<SiteProfile> SettingsService::siteProfileToPrint()
{
    return UnitOfWork::read(m_vault, Permission::PrintSignage,
                            [](UnitOfWork &work) { return work.settings().siteProfile(); });
}

Status SettingsService::setSiteProfile(const SiteProfile &profile)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings, [&](UnitOfWork &work) -> Status {
        // The same strict rules as a profile file.
        const QJsonObject stored = SettingsRepository::storedForm(profile);
        TRY(SiteProfile::fromJson(stored));
        TRY(change(work, SettingsRepository::SiteProfileKey,
                   QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact))));
        return publishIfChanged(work);
    });
}

Status SettingsService::refreshNotice()
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings, publishIfChanged);
}

Result<int> SettingsService::idleLockMinutes()
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus,
                            [](UnitOfWork &work) { return work.settings().idleLockMinutes(); });
}

Status SettingsService::setIdleLockMinutes(int minutes)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings, [&](UnitOfWork &work) -> Status {
        if (minutes < kMinIdleLockMinutes || minutes > kMaxIdleLockMinutes)
            return makeError(ErrorKind::InvalidArgument,
                             tr("The idle lock must be between %1 and %2 minutes.")
                                 .arg(kMinIdleLockMinutes)
                                 .arg(kMaxIdleLockMinutes));
        return change(work, SettingsRepository::IdleLockMinutesKey, QString::number(minutes));
    });
}

Result<RetentionPolicy> SettingsService::retentionPolicy()
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus, [](UnitOfWork &work) { return work.retentionPolicy(); });
}

Status SettingsService::setMaxTemplateAgeDays(int days)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings, [&](UnitOfWork &work) -> Status {
        if (!RetentionPolicy::isValidMaxAge(days))
            return makeError(
                ErrorKind::InvalidArgument,
                tr("The maximum template age must be between 1 and %1 days.").arg(RetentionPolicy::kMaxDays));
        TRY(work.settings().setValue(SettingsRepository::MaxTemplateAgeKey, QString::number(days), work.actor()));
        TRY(work.audit(
            AuditKind::SettingsChanged, std::nullopt,
            { { QStringLiteral("key"), SettingsRepository::MaxTemplateAgeKey }, { QStringLiteral("value"), days } }));
        work.changed(UnitOfWork::Change::SettingsChanged);
        return {};
    });
}

Result<LivenessMode> SettingsService::livenessMode()
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus,
                            [](UnitOfWork &work) { return work.settings().livenessMode(); });
}

Status SettingsService::setLivenessMode(LivenessMode mode)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings, [&](UnitOfWork &work) -> Status {
        return change(work, SettingsRepository::LivenessModeKey, LivenessPolicy::key(mode));
    });
}

Result<QString> SettingsService::currentNoticeVersion()
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus,
                            [](UnitOfWork &work) { return work.settings().currentNoticeVersion(); });
}

Result<NoticeVersion> SettingsService::currentNotice(const QString &language)
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus,
                            [&](UnitOfWork &work) { return currentIn(work, language); });
}

Result<NoticeVersion> SettingsService::notice(qint64 noticeVersionId)
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus, [&](UnitOfWork &work) -> Result<NoticeVersion> {
        TRY_ASSIGN(const std::optional<NoticeVersion> notice, work.notices().byId(noticeVersionId));
        if (!notice)
            return makeError(ErrorKind::NotFound, tr("There is no notice version with id %1.").arg(noticeVersionId));
        return *notice;
    });
}

Result<NoticeVersion> SettingsService::notice(const QString &version, const QString &language)
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus,
                            [&](UnitOfWork &work) { return noticeIn(work, version, language); });
}

Status SettingsService::publishNotice(const QString &version, const QMap<QString, QString> &textsByLanguage)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings,
                             [&](UnitOfWork &work) { return publish(work, version, textsByLanguage); });
}

} // namespace consentry
