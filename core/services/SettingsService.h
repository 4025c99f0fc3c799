#pragma once

#include "Result.h"
#include "compliance/RetentionPolicy.h"
#include "domain/LivenessMode.h"
#include "domain/NoticeVersion.h"
#include "domain/SiteProfile.h"
#include "services/AccessControl.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace consentry {

class UnitOfWork;
class Vault;

// Site profile, the notice in force, the retention setting, the idle-lock delay and when the liveness check
// (活体检测) runs. Reading: every role; changing: manager. A new site profile and the notice version it makes
// are published in one transaction.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    static constexpr int kMinIdleLockMinutes = 1;
    static constexpr int kMaxIdleLockMinutes = 120;

    // What a change of the site profile did (`consentry-cli profile set`, the settings page).
    struct ProfileUpdate {
        QString noticeVersion; // the version in force afterwards (empty: none yet, the profile is incomplete)
        bool published = false; // a new notice version was published
        QStringList materialChanges; // NoticeText::materialFields keys that changed (empty: not material)
        qint64 consentsNeedingRenewal = 0; // people waiting for renewal after this change (all of them)
        qint64 markedForRenewal = 0; // of which by this change
        QStringList missingFields; // SiteProfile::missingFields(): nothing is published while not empty
        bool isMaterial() const { return !materialChanges.isEmpty(); }
        QString previousVersion; // the version in force before (empty: none)
        // A new version replaced one in force: every printed sign and form states the old one.
        bool reprintSigns() const { return published && !previousVersion.isEmpty(); }
    };
    // A notice version with what it states (`consentry-cli notice show`).
    struct PublishedNotice {
        NoticeVersion text;
        QJsonObject material; // empty when the version predates the record of material fields
    };

    explicit SettingsService(Vault &vault);

    Result<SiteProfile> siteProfile();
    // The profile a sign is printed from: the same, but asked with the right to print signage, so that a role
    // that may not print is refused before anything is rendered or written.
    Result<SiteProfile> siteProfileToPrint();
    // Stores the profile and, when it is complete and the notice it makes differs, publishes the next notice
    // version in the same transaction. A material change (NoticeText::materialFields) marks every grant in force
    // "renewal needed" there too, due after renewalGraceDays: those people leave the gallery at once.
    // A profile that is not complete is stored but publishes nothing (never a notice with placeholders).
    Result<ProfileUpdate> updateSiteProfile(const SiteProfile &profile);
    Status setSiteProfile(const SiteProfile &profile);
    Result<int> idleLockMinutes(); // default 5
    Status setIdleLockMinutes(int minutes);
    // "Front-desk staff may answer access requests (查阅、复制)": staff may export a person's access package.
    // Default off; changing it is a manager's, audited as a settings change.
    Result<bool> staffAnswersAccessRequests();
    Status setStaffAnswersAccessRequests(bool allowed);
    // Whether the signed-in user may do `permission` at this site (the role table and the site's grants, as
    // every service call checks it): success, or the sentence the refusal would give. Nothing is recorded.
    Status permits(Permission permission);
    Result<LivenessMode> livenessMode(); // default: at enrollment and for the review band
    Status setLivenessMode(LivenessMode mode); // audited as a settings change
    // The retention policy as stored: the site profile's retention_days and the maximum template age
    // (a setting, default RetentionPolicy::kDefaultMaxTemplateAgeDays).
    Result<RetentionPolicy> retentionPolicy();
    // The profile's max_retention_days (1 .. RetentionPolicy::kMaxDays): a material change like any other.
    Status setMaxTemplateAgeDays(int days);
    Result<QString> currentNoticeVersion();
    // Every published notice version, oldest first ("1", "2", …): the one printed on a paper form may be older
    // than the one in force (every role).
    Result<QStringList> noticeVersions();
    Result<NoticeVersion> currentNotice(const QString &language);
    // A published notice text (every role): by its row id (what a consent refers to), or by version and
    // language. NotFound when there is none.
    Result<NoticeVersion> notice(qint64 noticeVersionId);
    Result<NoticeVersion> notice(const QString &version, const QString &language);
    Result<PublishedNotice> publishedNotice(const QString &version, const QString &language);
    // The material fields of a version (empty object when not recorded).
    Result<QJsonObject> noticeMaterial(const QString &version);
    // Publishes a new immutable notice version (texts by language) and makes it the current one.
    Status publishNotice(const QString &version, const QMap<QString, QString> &textsByLanguage);
    // Publishes the next numbered version if the notice composed from the site profile differs from the
    // one in force (called by setSiteProfile; idempotent). Manager.
    Status refreshNotice();

    // The recognition engine the store is used with (issue 10 §3: a change of method is material). Called
    // wherever a pipeline is built to search or enroll against the store (the GUI's camera screens, CLI
    // `enroll` and `identify`), with the pipeline's EngineId. The first engine a store sees is only recorded.
    // A different one is recorded and treated like a change of purpose or retention, in one transaction: a
    // new notice version whose material fields name the engine, every consent in force "renewal needed" (the
    // gallery drops those people), audited. The same engine again changes nothing. Needs an unlocked store,
    // whoever is signed in: the engine in use is a fact, not a choice of the user (audited as "system").
    // `fellBack` (FacePipeline::recognizerFellBack): the classical recognizer runs only because this computer
    // found no face model. That is recorded when the store has no engine yet, but never replaces one: a missing
    // models folder must not send every consent to renewal (the templates of the recorded engine wait for the
    // models; the console says they are missing).
    Result<ProfileUpdate> recordEngine(const QString &engineKey, bool fellBack = false);
    // What a material engine change did, in one sentence for the console's status bar and the CLI's stderr.
    static QString engineChangeSentence(const ProfileUpdate &update, const QString &engineName);
    // What a published version states materially (empty when not recorded), with the engine filled in for a
    // version published before the store recorded one (the first engine recorded). Every comparison of two
    // versions goes through here: the renewal dialog, a paper consent on an older version, publishing.
    static Result<std::optional<QJsonObject>> statedMaterial(UnitOfWork &work, const QString &version);

private:
    Vault &m_vault;
};

} // namespace consentry
