#include "services/SettingsService.h"

#include "compliance/NoticeText.h"
#include "services/Vault.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

namespace consentry {

SettingsService::SettingsService(Vault &vault)
    : m_vault(vault)
{
}

Result<SiteProfile> SettingsService::siteProfile()
{
    if (Status ok = m_vault.require(Permission::ViewStatus); !ok)
        return ok.error();
    return m_vault.settingsRepository().siteProfile();
}

Status SettingsService::change(const QString &key, const QString &value)
{
    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok;
    if (Status ok = m_vault.settingsRepository().setValue(key, value, m_vault.session().userName); !ok)
        return ok;
    if (Result<qint64> ok = m_vault.auditLog().append(AuditLog::SettingsChanged, m_vault.session().userName,
                                                      std::nullopt, { { QStringLiteral("key"), key } });
        !ok)
        return ok.error();
    return tx.commit();
}

Status SettingsService::setSiteProfile(const SiteProfile &profile)
{
    if (Status ok = m_vault.require(Permission::ChangeSettings); !ok)
        return ok;
    // The same strict rules as a profile file.
    const QJsonObject stored = SettingsRepository::storedForm(profile);
    Result<SiteProfile> checked = SiteProfile::fromJson(stored);
    if (!checked)
        return checked.error();
    if (Status ok = change(SettingsRepository::SiteProfileKey,
                           QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
        !ok)
        return ok;
    return refreshNotice();
}

Status SettingsService::refreshNotice()
{
    // The notice residents read is composed from the site profile. When the profile changes what it says,
    // a new immutable version is published; consents keep pointing at the version they showed.
    Result<SiteProfile> profile = siteProfile();
    if (!profile)
        return profile.error();
    QMap<QString, QString> texts;
    bool changed = false;
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        texts.insert(language, NoticeText::compose(profile.value(), language).toCanonicalText());
        Result<NoticeVersion> current = currentNotice(language);
        changed = changed || !current || current.value().body != texts.value(language);
    }
    if (!changed)
        return {};
    Result<QList<NoticeVersion>> all = m_vault.noticeRepository().all();
    if (!all)
        return all.error();
    int latest = 0;
    for (const NoticeVersion &notice : all.value())
        latest = std::max(latest, notice.version.toInt());
    return publishNotice(QString::number(latest + 1), texts);
}

Result<int> SettingsService::idleLockMinutes()
{
    if (Status ok = m_vault.require(Permission::ViewStatus); !ok)
        return ok.error();
    return m_vault.settingsRepository().idleLockMinutes();
}

Status SettingsService::setIdleLockMinutes(int minutes)
{
    if (Status ok = m_vault.require(Permission::ChangeSettings); !ok)
        return ok;
    if (minutes < kMinIdleLockMinutes || minutes > kMaxIdleLockMinutes)
        return makeError(
            ErrorKind::InvalidArgument,
            tr("The idle lock must be between %1 and %2 minutes.").arg(kMinIdleLockMinutes).arg(kMaxIdleLockMinutes));
    return change(SettingsRepository::IdleLockMinutesKey, QString::number(minutes));
}

Result<LivenessMode> SettingsService::livenessMode()
{
    if (Status ok = m_vault.require(Permission::ViewStatus); !ok)
        return ok.error();
    return m_vault.settingsRepository().livenessMode();
}

Status SettingsService::setLivenessMode(LivenessMode mode)
{
    if (Status ok = m_vault.require(Permission::ChangeSettings); !ok)
        return ok;
    return change(SettingsRepository::LivenessModeKey, LivenessPolicy::key(mode));
}

Result<QString> SettingsService::currentNoticeVersion()
{
    if (Status ok = m_vault.require(Permission::ViewStatus); !ok)
        return ok.error();
    return m_vault.settingsRepository().currentNoticeVersion();
}

Result<NoticeVersion> SettingsService::currentNotice(const QString &language)
{
    Result<QString> version = currentNoticeVersion();
    if (!version)
        return version.error();
    Result<std::optional<NoticeVersion>> notice = m_vault.noticeRepository().find(version.value(), language);
    if (!notice)
        return notice.error();
    if (!notice.value())
        return makeError(ErrorKind::NotFound,
                         tr("The notice %1 has no text in the language %2.").arg(version.value(), language));
    return *notice.value();
}

Status SettingsService::publishNotice(const QString &version, const QMap<QString, QString> &textsByLanguage)
{
    if (Status ok = m_vault.require(Permission::ChangeSettings); !ok)
        return ok;
    if (version.trimmed().isEmpty() || textsByLanguage.isEmpty())
        return makeError(ErrorKind::InvalidArgument, tr("A notice needs a version name and at least one text."));
    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok;
    for (auto it = textsByLanguage.begin(); it != textsByLanguage.end(); ++it) {
        Result<std::optional<NoticeVersion>> existing = m_vault.noticeRepository().find(version, it.key());
        if (!existing)
            return existing.error();
        if (existing.value())
            return makeError(
                ErrorKind::InvalidArgument,
                tr("The notice version %1 already exists and cannot be changed; publish a new version.").arg(version));
        if (Result<qint64> ok = m_vault.noticeRepository().publish(version, it.key(), it.value()); !ok)
            return ok.error();
    }
    if (Status ok = m_vault.settingsRepository().setValue(SettingsRepository::CurrentNoticeKey, version,
                                                          m_vault.session().userName);
        !ok)
        return ok;
    if (Result<qint64> ok
        = m_vault.auditLog().append(AuditLog::SettingsChanged, m_vault.session().userName, std::nullopt,
                                    { { QStringLiteral("key"), SettingsRepository::CurrentNoticeKey },
                                      { QStringLiteral("notice_version"), version } });
        !ok)
        return ok.error();
    return tx.commit();
}

} // namespace consentry
