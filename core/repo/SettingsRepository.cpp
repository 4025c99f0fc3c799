#include "repo/SettingsRepository.h"

#include "platform/Clock.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace consentry {

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db)
{
}

Result<QString> SettingsRepository::value(const QString &key) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, key);
    Result<bool> row = stmt.value().step();
    if (!row)
        return row.error();
    return row.value() ? stmt.value().text(0) : QString();
}

Status SettingsRepository::setValue(const QString &key, const QString &value, const QString &actor)
{
    // INSERT OR REPLACE: SQLCipher 3.4 is SQLite 3.15, before UPSERT.
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4)"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, key).bind(2, value.isNull() ? QStringLiteral("") : value).bind(3, Clock::instance().now());
    stmt.value().bind(4, actor);
    return stmt.value().exec();
}

Result<SiteProfile> SettingsRepository::siteProfile() const
{
    Result<QString> text = value(SiteProfileKey);
    if (!text)
        return text.error();
    if (text->isEmpty())
        return SiteProfile();
    return SiteProfile::fromJson(QJsonDocument::fromJson(text->toUtf8()).object());
}

QJsonObject SettingsRepository::storedForm(const SiteProfile &profile)
{
    QJsonObject object = profile.toJson();
    for (const QString &key : object.keys()) {
        const QJsonValue value = object.value(key);
        if ((value.isString() && value.toString().isEmpty()) || (value.isArray() && value.toArray().isEmpty())
            || (key == QLatin1String("retention_days") && value.toInt() <= 0))
            object.remove(key);
    }
    return object;
}

Status SettingsRepository::setSiteProfile(const SiteProfile &profile, const QString &actor)
{
    return setValue(SiteProfileKey,
                    QString::fromUtf8(QJsonDocument(storedForm(profile)).toJson(QJsonDocument::Compact)), actor);
}

Result<int> SettingsRepository::idleLockMinutes() const
{
    Result<QString> text = value(IdleLockMinutesKey);
    if (!text)
        return text.error();
    bool ok = false;
    const int minutes = text->toInt(&ok);
    return ok && minutes > 0 ? minutes : kDefaultIdleLockMinutes;
}

Result<LivenessMode> SettingsRepository::livenessMode() const
{
    Result<QString> text = value(LivenessModeKey);
    if (!text)
        return text.error();
    // Unset, or written by a newer version with a mode this one does not know: the default, never "off".
    return LivenessPolicy::fromKey(text.value()).value_or(LivenessPolicy::kDefault);
}

Result<bool> SettingsRepository::staffAnswersAccessRequests() const
{
    TRY_ASSIGN(const QString text, value(StaffAccessRequestsKey));
    return text == QLatin1String("1");
}

Result<RetentionPolicy> SettingsRepository::retentionPolicy() const
{
    TRY_ASSIGN(const SiteProfile profile, siteProfile());
    TRY_ASSIGN(const QString stored, value(MaxTemplateAgeKey));
    int legacyMaxAge = RetentionPolicy::kDefaultMaxTemplateAgeDays;
    if (!stored.isNull() && profile.maxRetentionDays <= 0) {
        bool ok = false;
        const int days = stored.toInt(&ok);
        if (!ok || !RetentionPolicy::isValidMaxAge(days))
            return makeError(
                ErrorKind::Data,
                tr("The stored maximum template age \"%1\" is not valid. Set it again in the settings.").arg(stored));
        legacyMaxAge = days;
    }
    return RetentionPolicy::fromProfile(profile, legacyMaxAge);
}

Result<QString> SettingsRepository::currentNoticeVersion() const
{
    return value(CurrentNoticeKey);
}

} // namespace consentry
