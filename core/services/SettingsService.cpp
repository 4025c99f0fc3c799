#include "services/SettingsService.h"

#include "compliance/NoticeText.h"
#include "domain/AuditKind.h"
#include "services/UnitOfWork.h"
#include "vault/Vault.h"

#include "platform/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace consentry {

namespace {

template <typename T> Status statusOf(const Result<T> &result)
{
    if (!result)
        return result.error();
    return {};
}

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
    if (version.isEmpty()) {
        TRY_ASSIGN(const SiteProfile profile, work.settings().siteProfile());
        return makeError(ErrorKind::NotFound,
                         SettingsService::tr("No notice has been published yet: the site profile does not state "
                                             "%1.")
                             .arg(profile.missingFieldNames().join(SiteProfile::tr(", "))));
    }
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

// What a published version states: its recorded material fields, else `before`. A version recorded before
// the engine was (notice_material rows are immutable) states the engine recorded in the settings then, which
// `before` carries.
Result<std::optional<QJsonObject>> statedMaterial(UnitOfWork &work, const QString &version,
                                                  const std::optional<QJsonObject> &before)
{
    TRY_ASSIGN(std::optional<QJsonObject> recorded, SettingsService::statedMaterial(work, version));
    if (!recorded)
        return before;
    const QString engine = QStringLiteral("engine");
    if (!recorded->contains(engine) && before && before->contains(engine))
        recorded->insert(engine, before->value(engine));
    return recorded;
}

// The notice residents read is composed from the site profile. When the profile changes what it says, a new
// immutable version is published; consents keep pointing at the version they showed. `before` is the
// material the notice in force states when it was published before material fields were recorded.
Result<SettingsService::ProfileUpdate> publishIfChanged(UnitOfWork &work, const std::optional<QJsonObject> &before)
{
    SettingsService::ProfileUpdate update;
    TRY_ASSIGN(const SiteProfile profile, work.settings().siteProfile());
    TRY_ASSIGN(const RetentionPolicy policy, work.settings().retentionPolicy());
    TRY_ASSIGN(const QString engine, work.settings().value(SettingsRepository::RecognitionEngineKey));
    TRY_ASSIGN(update.noticeVersion, work.settings().currentNoticeVersion());
    TRY_ASSIGN(update.consentsNeedingRenewal, work.consents().countRenewalNeeded());
    update.missingFields = profile.missingFields();
    if (!update.missingFields.isEmpty())
        return update; // never a notice with "[not set: …]" in it
    QMap<QString, QString> texts;
    bool changed = false;
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        texts.insert(language, NoticeText::compose(profile, policy, language).toCanonicalText());
        Result<NoticeVersion> current = currentIn(work, language);
        changed = changed || !current || current.value().body != texts.value(language);
    }
    const QJsonObject material = NoticeText::materialFields(profile, policy, engine);
    if (!changed && !update.noticeVersion.isEmpty()) {
        // The same words can state a different method: a new engine changes no sentence of the notice but is
        // material (issue 10 §3). Only the engine: the other material fields are all in the text.
        TRY_ASSIGN(const std::optional<QJsonObject> stated, statedMaterial(work, update.noticeVersion, before));
        changed = stated && NoticeText::materialChanges(*stated, material).contains(QStringLiteral("engine"));
    }
    if (!changed)
        return update;
    TRY_ASSIGN(const QList<NoticeVersion> all, work.notices().all());
    int latest = 0;
    for (const NoticeVersion &notice : all)
        latest = std::max(latest, notice.version.toInt());
    const QString previous = update.noticeVersion;
    update.previousVersion = previous;
    update.noticeVersion = QString::number(latest + 1);
    TRY(publish(work, update.noticeVersion, texts));
    TRY(work.notices().putMaterial(update.noticeVersion, material));
    update.published = true;

    // Material? Against what the version in force states (recorded, or `before` for an older version).
    if (!previous.isEmpty()) {
        TRY_ASSIGN(const std::optional<QJsonObject> recorded, work.notices().material(previous));
        if (!recorded && before)
            TRY(work.notices().putMaterial(previous, *before));
        TRY_ASSIGN(const std::optional<QJsonObject> old, statedMaterial(work, previous, before));
        if (old)
            update.materialChanges = NoticeText::materialChanges(*old, material);
    }
    if (update.isMaterial()) {
        const QDateTime due = Clock::instance().now().addDays(profile.renewalGraceDays);
        TRY_ASSIGN(const QList<qint64> residents, work.consents().markRenewalNeeded(due));
        update.markedForRenewal = residents.size();
        TRY(work.audit(AuditKind::RenewalRequired, std::nullopt,
                       { { QStringLiteral("notice_version"), update.noticeVersion },
                         { QStringLiteral("previous_version"), previous },
                         { QStringLiteral("changed"), QJsonArray::fromStringList(update.materialChanges) },
                         { QStringLiteral("residents"), static_cast<double>(residents.size()) },
                         { QStringLiteral("renewal_due_at"), due.toUTC().toString(Qt::ISODateWithMs) } }));
        if (!residents.isEmpty()) {
            // The gallery drops them now (it follows TemplatesChanged), the Residents list shows the state.
            work.changed(UnitOfWork::Change::ConsentRenewal, residents);
            work.changed(UnitOfWork::Change::TemplatesChanged, residents);
        }
        TRY_ASSIGN(update.consentsNeedingRenewal, work.consents().countRenewalNeeded());
    }
    return update;
}

// What the notice in force states, from the profile and rule as stored now (before a change).
Result<QJsonObject> materialNow(UnitOfWork &work)
{
    TRY_ASSIGN(const SiteProfile profile, work.settings().siteProfile());
    TRY_ASSIGN(const RetentionPolicy policy, work.settings().retentionPolicy());
    TRY_ASSIGN(const QString engine, work.settings().value(SettingsRepository::RecognitionEngineKey));
    return NoticeText::materialFields(profile, policy, engine);
}

Result<SettingsService::ProfileUpdate> storeProfile(UnitOfWork &work, const SiteProfile &profile)
{
    // The same strict rules as a profile file.
    const QJsonObject stored = SettingsRepository::storedForm(profile);
    TRY(SiteProfile::fromJson(stored));
    TRY_ASSIGN(const QJsonObject before, materialNow(work));
    TRY(change(work, SettingsRepository::SiteProfileKey,
               QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact))));
    return publishIfChanged(work, before);
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

Result<SettingsService::ProfileUpdate> SettingsService::updateSiteProfile(const SiteProfile &profile)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings,
                             [&](UnitOfWork &work) { return storeProfile(work, profile); });
}

Status SettingsService::setSiteProfile(const SiteProfile &profile)
{
    return statusOf(updateSiteProfile(profile));
}

Status SettingsService::refreshNotice()
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings, [](UnitOfWork &work) -> Status {
        TRY_ASSIGN(const QJsonObject before, materialNow(work));
        return statusOf(publishIfChanged(work, before));
    });
}

Result<std::optional<QJsonObject>> SettingsService::statedMaterial(UnitOfWork &work, const QString &version)
{
    TRY_ASSIGN(std::optional<QJsonObject> recorded, work.notices().material(version));
    const QString engine = QStringLiteral("engine");
    if (recorded && !recorded->contains(engine)) {
        TRY_ASSIGN(const QString first, work.settings().value(SettingsRepository::FirstRecognitionEngineKey));
        if (!first.isEmpty())
            recorded->insert(engine, first);
    }
    return recorded;
}

Result<SettingsService::ProfileUpdate> SettingsService::recordEngine(const QString &engineKey, bool fellBack)
{
    if (engineKey.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidArgument, tr("The recognition engine has no name."));
    return UnitOfWork::writeAsSystem(m_vault, [&](UnitOfWork &work) -> Result<ProfileUpdate> {
        TRY_ASSIGN(const QString recorded, work.settings().value(SettingsRepository::RecognitionEngineKey));
        if (recorded == engineKey || (fellBack && !recorded.isEmpty())) {
            ProfileUpdate same;
            TRY_ASSIGN(same.noticeVersion, work.settings().currentNoticeVersion());
            TRY_ASSIGN(same.consentsNeedingRenewal, work.consents().countRenewalNeeded());
            return same;
        }
        TRY_ASSIGN(QJsonObject before, materialNow(work));
        TRY(work.settings().setValue(SettingsRepository::RecognitionEngineKey, engineKey, work.actor()));
        TRY(work.audit(AuditKind::SettingsChanged, std::nullopt,
                       { { QStringLiteral("key"), SettingsRepository::RecognitionEngineKey },
                         { QStringLiteral("previous"), recorded },
                         { QStringLiteral("engine"), engineKey } }));
        work.changed(UnitOfWork::Change::SettingsChanged);
        if (recorded.isEmpty()) {
            TRY(work.settings().setValue(SettingsRepository::FirstRecognitionEngineKey, engineKey, work.actor()));
            // First use: nothing to compare with. The notice in force gets the engine in its material fields
            // when it has none yet, so the next change is measured against this one.
            TRY_ASSIGN(const QString version, work.settings().currentNoticeVersion());
            if (!version.isEmpty()) {
                TRY_ASSIGN(const std::optional<QJsonObject> material, work.notices().material(version));
                if (!material) {
                    before.insert(QStringLiteral("engine"), engineKey);
                    TRY(work.notices().putMaterial(version, before));
                }
            }
            ProfileUpdate first;
            first.noticeVersion = version;
            TRY_ASSIGN(first.consentsNeedingRenewal, work.consents().countRenewalNeeded());
            return first;
        }
        return publishIfChanged(work, before);
    });
}

QString SettingsService::engineChangeSentence(const ProfileUpdate &update, const QString &engineName)
{
    if (update.markedForRenewal == 0)
        return tr("The recognition engine has changed (now %1): notice version %2 is published; no consent in force "
                  "needed renewal.")
            .arg(engineName, update.noticeVersion);
    return tr("The recognition engine has changed (now %1): notice version %2 is published and %n consent(s) in force "
              "need renewal before those people are recognised again.",
              nullptr, static_cast<int>(update.markedForRenewal))
        .arg(engineName, update.noticeVersion);
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
        // One home for the ceiling: the site profile (the notice states it, a change of it is material).
        TRY_ASSIGN(SiteProfile profile, work.settings().siteProfile());
        profile.maxRetentionDays = days;
        return statusOf(storeProfile(work, profile));
    });
}

Result<bool> SettingsService::staffAnswersAccessRequests()
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus,
                            [](UnitOfWork &work) { return work.settings().staffAnswersAccessRequests(); });
}

Status SettingsService::setStaffAnswersAccessRequests(bool allowed)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings, [&](UnitOfWork &work) -> Status {
        return change(work, SettingsRepository::StaffAccessRequestsKey,
                      allowed ? QStringLiteral("1") : QStringLiteral("0"));
    });
}

Status SettingsService::permits(Permission permission)
{
    if (m_vault.isLocked())
        return makeError(ErrorKind::Authentication, Vault::tr("The store is locked. Unlock it first."));
    return AccessControl::check(m_vault.session().role, permission, UnitOfWork::siteGrants(m_vault));
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

Result<QStringList> SettingsService::noticeVersions()
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus, [](UnitOfWork &work) -> Result<QStringList> {
        TRY_ASSIGN(const QList<NoticeVersion> all, work.notices().all());
        QList<NoticeVersion> sorted = all;
        std::stable_sort(sorted.begin(), sorted.end(), [](const NoticeVersion &a, const NoticeVersion &b) {
            return a.publishedAt < b.publishedAt || (a.publishedAt == b.publishedAt && a.id < b.id);
        });
        QStringList versions;
        for (const NoticeVersion &notice : sorted) {
            if (!versions.contains(notice.version))
                versions << notice.version;
        }
        return versions;
    });
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

Result<QJsonObject> SettingsService::noticeMaterial(const QString &version)
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus, [&](UnitOfWork &work) -> Result<QJsonObject> {
        TRY_ASSIGN(const std::optional<QJsonObject> material, work.notices().material(version));
        return material.value_or(QJsonObject());
    });
}

Result<SettingsService::PublishedNotice> SettingsService::publishedNotice(const QString &version,
                                                                          const QString &language)
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus, [&](UnitOfWork &work) -> Result<PublishedNotice> {
        QString wanted = version;
        if (wanted.isEmpty()) {
            TRY_ASSIGN(wanted, work.settings().currentNoticeVersion());
        }
        PublishedNotice published;
        TRY_ASSIGN(published.text, noticeIn(work, wanted, language));
        TRY_ASSIGN(const std::optional<QJsonObject> material, work.notices().material(wanted));
        published.material = material.value_or(QJsonObject());
        return published;
    });
}

Status SettingsService::publishNotice(const QString &version, const QMap<QString, QString> &textsByLanguage)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings,
                             [&](UnitOfWork &work) { return publish(work, version, textsByLanguage); });
}

} // namespace consentry
