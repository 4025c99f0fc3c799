// Issue 10 §1–§3 in core: nobody is asked before the notice is complete, the notice and signs state the
// retention rule the purge applies, and a material change of the notice needs everyone's consent again —
// renewal-needed people leave recognition at once, renew on the notice in force (seeing what changed), and
// lose their face data when the grace period ends (MockClock, at the boundary second).

#include "PeopleFixture.h"
#include "StoreProbe.h"
#include "compliance/NoticeText.h"
#include "domain/AuditKind.h"
#include "print/SignageText.h"
#include "repo/AuditLog.h"
#include "services/PaperConsent.h"
#include "services/ReportService.h"
#include "services/ResidentService.h"

#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestRenewal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void incompleteProfileRefusesEveryWayIn();
    void noNoticeWithPlaceholders();
    void noticeStatesTheRuleThePurgeApplies();
    void ceilingsAreRefusedWithTheReason();
    void materialChangeNeedsRenewal();
    void contactChangeNeedsNoRenewal();
    void engineChangeIsMaterial();
    void firstEngineMayBeTheFallback();
    void renewalOnTheNoticeInForce();
    void declinedRenewalDeletesFaceData();
    void unrenewedFaceDataGoesAtTheBoundarySecond();
    void paperConsentOnAnOlderMaterialVersionIsRefused();

private:
    int eventsOfKind(const QString &kind);
    std::unique_ptr<PeopleFixture> m_f;
};

void TestRenewal::init()
{
    m_f = std::make_unique<PeopleFixture>();
    QVERIFY(m_f->create(30));
}

void TestRenewal::cleanup()
{
    m_f.reset();
}

int TestRenewal::eventsOfKind(const QString &kind)
{
    int n = 0;
    for (const AuditEvent &e : test::probe(m_f->vault()).auditLog().events(0, 100000).value())
        n += e.kind == kind ? 1 : 0;
    return n;
}

void TestRenewal::incompleteProfileRefusesEveryWayIn()
{
    MockClock clock;
    VaultFixture store;
    QVERIFY(store.create(sampleProfile())); // as "consentry-cli init --site-name" leaves it
    Resident r;
    r.name = QStringLiteral("Zhang San");
    Consent c;
    c.decision = Consent::Decision::Granted;
    c.signer = r.name;
    c.signedAt = clock.now();
    ResidentService residents(*store.vault);
    const Result<EnrollmentReceipt> enrolled = residents.enroll(r, c, { PeopleFixture::face() });
    QCOMPARE(enrolled.errorKind(), ErrorKind::Policy);
    // The sentence names what is missing in words, never the JSON keys.
    for (const QString &named :
         { SiteProfile::fieldName(QStringLiteral("operator_name")), SiteProfile::fieldName(QStringLiteral("purpose")),
           SiteProfile::fieldName(QStringLiteral("retention_days")),
           SiteProfile::fieldName(QStringLiteral("alternatives")),
           SiteProfile::fieldName(QStringLiteral("contact_phone")) })
        QVERIFY2(enrolled.errorMessage().contains(named), qPrintable(enrolled.errorMessage()));
    for (const char *key : { "operator_name", "retention_days", "contact_phone", "site_name" })
        QVERIFY2(!enrolled.errorMessage().contains(QLatin1String(key)), qPrintable(enrolled.errorMessage()));
    QCOMPARE(ReportService(*store.vault).status()->residents, 0);

    const Result<qint64> created = residents.create(r);
    QVERIFY(created.ok());
    c.residentId = created.value();
    QCOMPARE(residents.recordConsent(c).errorKind(), ErrorKind::Policy);
    c.decision = Consent::Decision::Declined;
    c.alternative = QStringLiteral("Key card");
    QCOMPARE(residents.recordConsent(c).errorKind(), ErrorKind::Policy); // nobody is asked at all

    PaperConsent paper;
    paper.noticeVersion = QStringLiteral("1");
    paper.signer = r.name;
    paper.signedAt = clock.now();
    paper.witness = QStringLiteral("wang");
    const Result<Consent> fromPaper = residents.consentFromPaper(paper, r);
    QCOMPARE(fromPaper.errorKind(), ErrorKind::Policy);
    QVERIFY(fromPaper.errorMessage().contains(SiteProfile::fieldName(QStringLiteral("purpose"))));
}

void TestRenewal::noNoticeWithPlaceholders()
{
    MockClock clock;
    VaultFixture store;
    QVERIFY(store.create(sampleProfile()));
    SettingsService settings(*store.vault);
    QVERIFY(settings.currentNoticeVersion()->isEmpty());
    QCOMPARE(settings.currentNotice(QStringLiteral("zh_CN")).errorKind(), ErrorKind::NotFound);

    SiteProfile partial = sampleProfile();
    partial.operatorName = QStringLiteral("Sunrise Property Co.");
    const Result<SettingsService::ProfileUpdate> stillPartial = settings.updateSiteProfile(partial);
    QVERIFY2(stillPartial.ok(), qPrintable(stillPartial.errorMessage()));
    QVERIFY(!stillPartial->published);
    QVERIFY(stillPartial->missingFields.contains(QStringLiteral("purpose")));
    QVERIFY(settings.currentNoticeVersion()->isEmpty());

    const Result<SettingsService::ProfileUpdate> complete = settings.updateSiteProfile(sampleCompleteProfile());
    QVERIFY2(complete.ok(), qPrintable(complete.errorMessage()));
    QVERIFY(complete->published);
    QCOMPARE(complete->noticeVersion, QStringLiteral("1"));
    QVERIFY(!complete->reprintSigns()); // nothing was on display yet
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        const QString body = settings.currentNotice(language)->body;
        QVERIFY2(!body.contains(QStringLiteral("[未设置")) && !body.contains(QStringLiteral("[not set")),
                 qPrintable(body));
    }
    QVERIFY(!settings.noticeMaterial(QStringLiteral("1"))->isEmpty());
}

void TestRenewal::noticeStatesTheRuleThePurgeApplies()
{
    SiteProfile hotel = sampleCompleteProfile();
    hotel.siteType = SiteProfile::SiteType::Hotel;
    hotel.retentionDays = 7;
    hotel.maxRetentionDays = 60;
    hotel.backupLocation = QStringLiteral("经理办公室保险柜");
    hotel.minorsRules = QStringLiteral("不满十四周岁的住客由监护人陪同人工核验。");
    SettingsService settings(m_f->vault());
    QVERIFY(settings.setSiteProfile(hotel).ok());
    const RetentionPolicy policy = settings.retentionPolicy().value();
    QCOMPARE(policy.retentionDays, 7);
    QCOMPARE(policy.maxTemplateAgeDays, 60);
    QCOMPARE(ReportService(m_f->vault()).status()->retention.maxTemplateAgeDays, 60);
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        const QString sentence = policy.sentence(language);
        QVERIFY(sentence.contains(QStringLiteral("7")) && sentence.contains(QStringLiteral("60")));
        const QString notice = settings.currentNotice(language)->body;
        QVERIFY2(notice.contains(sentence), qPrintable(notice));
        // The sign says the same sentence (one function for every document).
        QCOMPARE(SignageText::retention(hotel, language), sentence);
        // The verification mode in use, backups and the minors' rules are stated.
        QVERIFY(notice.contains(hotel.backupLocation));
        QVERIFY(notice.contains(hotel.minorsRules));
    }
    QVERIFY(policy.sentence(QStringLiteral("zh_CN")).contains(QStringLiteral("退房")));
    QVERIFY(settings.currentNotice(QStringLiteral("zh_CN"))->body.contains(QStringLiteral("一对一核验")));
    SiteProfile compound = hotel;
    compound.siteType = SiteProfile::SiteType::Compound;
    compound.verificationMode = SiteProfile::VerificationMode::OneToMany;
    QVERIFY(settings.setSiteProfile(compound).ok());
    QVERIFY(settings.retentionPolicy()->sentence(QStringLiteral("zh_CN")).contains(QStringLiteral("迁出")));
    QVERIFY(settings.currentNotice(QStringLiteral("zh_CN"))->body.contains(QStringLiteral("一对多辨识")));

    // The purge deletes at exactly that rule: 60 days after the templates were made, to the second.
    const QDateTime made = m_f->clock->now();
    const qint64 id = m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("1-101"), 2);
    QVERIFY(id);
    m_f->clock->set(made.addDays(60).addSecs(-1));
    QCOMPARE(ResidentService(m_f->vault()).purgeScheduled()->templatesDeleted, 0);
    m_f->clock->set(made.addDays(60));
    QCOMPARE(ResidentService(m_f->vault()).purgeScheduled()->templatesDeleted, 2);
}

void TestRenewal::ceilingsAreRefusedWithTheReason()
{
    SiteProfile p = sampleCompleteProfile();
    p.retentionDays = 100;
    p.maxRetentionDays = 90;
    const Status longer = SettingsService(m_f->vault()).setSiteProfile(p);
    QVERIFY(!longer.ok());
    QVERIFY2(longer.errorMessage().contains(QStringLiteral("100"))
                 && longer.errorMessage().contains(QStringLiteral("90")),
             qPrintable(longer.errorMessage()));
    p.retentionDays = 30;
    p.maxRetentionDays = SiteProfile::kHotelRetentionCeilingDays + 1;
    p.siteType = SiteProfile::SiteType::Hotel;
    const Status hotel = SettingsService(m_f->vault()).setSiteProfile(p);
    QVERIFY(!hotel.ok());
    QVERIFY2(hotel.errorMessage().contains(QString::number(SiteProfile::kHotelRetentionCeilingDays)),
             qPrintable(hotel.errorMessage()));
    QCOMPARE(SettingsService(m_f->vault()).siteProfile()->maxRetentionDays, 0); // nothing stored
}

void TestRenewal::materialChangeNeedsRenewal()
{
    const qint64 granted = m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("1-101"), 2);
    const qint64 declined = m_f->enroll(QStringLiteral("Li Si"), QStringLiteral("1-102"), 0, QDate(), false);
    QVERIFY(granted && declined);
    QCOMPARE(
        test::probe(m_f->vault()).templateRepository().countOfEngine(QStringLiteral("sface-2021dec"), true).value(), 2);

    SiteProfile changed = SettingsService(m_f->vault()).siteProfile().value();
    changed.purpose = QStringLiteral("Opening the lobby door and the car park");
    const Result<SettingsService::ProfileUpdate> update = SettingsService(m_f->vault()).updateSiteProfile(changed);
    QVERIFY2(update.ok(), qPrintable(update.errorMessage()));
    QVERIFY(update->published);
    QCOMPARE(update->materialChanges, QStringList { QStringLiteral("purpose") });
    QCOMPARE(update->markedForRenewal, 1);
    QCOMPARE(update->consentsNeedingRenewal, 1);
    QVERIFY(update->reprintSigns());

    QCOMPARE(m_f->stateOf(granted), QStringLiteral("renewal"));
    QCOMPARE(m_f->stateOf(declined), QStringLiteral("declined"));
    QCOMPARE(m_f->templatesOf(granted), 2); // kept during the grace period…
    // …but not searchable, and no new face data without renewal.
    QCOMPARE(
        test::probe(m_f->vault()).templateRepository().countOfEngine(QStringLiteral("sface-2021dec"), true).value(), 0);
    QCOMPARE(ResidentService(m_f->vault()).addTemplates(granted, { PeopleFixture::face() }).errorKind(),
             ErrorKind::Policy);
    QCOMPARE(ReportService(m_f->vault()).status()->consentsNeedingRenewal, 1);
    QCOMPARE(ReportService(m_f->vault()).status()->activeConsents, 0);
    QCOMPARE(eventsOfKind(AuditKind::RenewalRequired), 1);
    ResidentFilter filter;
    filter.state = ResidentRow::State::Renewal;
    QCOMPARE(ResidentService(m_f->vault()).count(filter).value(), 1);

    const Result<ResidentService::RenewalChanges> diff
        = ResidentService(m_f->vault()).renewalChanges(granted, QStringLiteral("zh_CN"));
    QVERIFY2(diff.ok(), qPrintable(diff.errorMessage()));
    QCOMPARE(diff->fromVersion, QStringLiteral("1"));
    QCOMPARE(diff->toVersion, QStringLiteral("2"));
    QCOMPARE(diff->changes.size(), 1);
    QCOMPARE(diff->changes.constFirst().first, QStringLiteral("处理目的"));
    QCOMPARE(diff->changes.constFirst().second.second, changed.purpose);
    QCOMPARE(diff->dueAt, m_f->clock->now().addDays(SiteProfile::kDefaultRenewalGraceDays));
}

void TestRenewal::contactChangeNeedsNoRenewal()
{
    const qint64 id = m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("1-101"), 2);
    SiteProfile changed = SettingsService(m_f->vault()).siteProfile().value();
    changed.contactPhone = QStringLiteral("010-87654321");
    changed.contactAddress = QStringLiteral("2 Lake Road");
    const Result<SettingsService::ProfileUpdate> update = SettingsService(m_f->vault()).updateSiteProfile(changed);
    QVERIFY2(update.ok(), qPrintable(update.errorMessage()));
    QVERIFY(update->published);
    QVERIFY(!update->isMaterial());
    QVERIFY(update->reprintSigns());
    QCOMPARE(update->consentsNeedingRenewal, 0);
    QCOMPARE(m_f->stateOf(id), QStringLiteral("active"));
    QCOMPARE(eventsOfKind(AuditKind::RenewalRequired), 0);
}

// Issue 10 §3: the recognition engine is part of the method. The first engine a store is used with is only
// recorded; another one later is a material change through the same path as a purpose change.
void TestRenewal::engineChangeIsMaterial()
{
    const qint64 id = m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("1-101"), 2);
    const QString engineA = test::kEngineA;
    const QString engineB = QStringLiteral("face-reid-retail-0095+flip@bbbbbbbbbbbbbbbbbbbb");
    SettingsService settings(m_f->vault());
    const QString before = settings.currentNoticeVersion().value();
    const int settingsEvents = eventsOfKind(AuditKind::SettingsChanged);

    // First use: recorded and audited, no new notice, nobody asked again.
    const Result<SettingsService::ProfileUpdate> first = settings.recordEngine(engineA);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QVERIFY(!first->published);
    QVERIFY(!first->isMaterial());
    QCOMPARE(settings.currentNoticeVersion().value(), before);
    QCOMPARE(m_f->stateOf(id), QStringLiteral("active"));
    QCOMPARE(eventsOfKind(AuditKind::SettingsChanged), settingsEvents + 1);
    QCOMPARE(eventsOfKind(AuditKind::RenewalRequired), 0);
    // The same engine again changes nothing and writes nothing.
    QVERIFY(!settings.recordEngine(engineA)->published);
    QCOMPARE(eventsOfKind(AuditKind::SettingsChanged), settingsEvents + 1);
    QCOMPARE(m_f->stateOf(id), QStringLiteral("active"));

    // Another engine: a new notice version, the consent in force needs renewal, out of recognition at once.
    m_f->clock->advanceDays(3);
    const Result<SettingsService::ProfileUpdate> changed = settings.recordEngine(engineB);
    QVERIFY2(changed.ok(), qPrintable(changed.errorMessage()));
    QVERIFY(changed->published);
    QCOMPARE(changed->materialChanges, QStringList { QStringLiteral("engine") });
    QCOMPARE(changed->markedForRenewal, 1);
    QCOMPARE(changed->previousVersion, before);
    QVERIFY(changed->noticeVersion != before);
    QCOMPARE(settings.currentNoticeVersion().value(), changed->noticeVersion);
    QCOMPARE(settings.noticeMaterial(changed->noticeVersion)->value(QStringLiteral("engine")).toString(), engineB);
    QCOMPARE(m_f->stateOf(id), QStringLiteral("renewal"));
    QCOMPARE(
        test::probe(m_f->vault()).templateRepository().countOfEngine(QStringLiteral("sface-2021dec"), true).value(), 0);
    QCOMPARE(ReportService(m_f->vault()).status()->consentsNeedingRenewal, 1);
    QCOMPARE(eventsOfKind(AuditKind::RenewalRequired), 1);
    const Consent waiting = ResidentService(m_f->vault()).consents(id).value().constLast();
    QCOMPARE(waiting.renewalDueAt, m_f->clock->now().addDays(SiteProfile::kDefaultRenewalGraceDays));
    // Recorded, audited with what it replaced.
    const AuditEvent recorded = [&] {
        AuditEvent last;
        for (const AuditEvent &e : test::probe(m_f->vault()).auditLog().events(0, 100000).value())
            if (e.kind == AuditKind::SettingsChanged
                && e.details.value(QStringLiteral("key")).toString() == QLatin1String("recognition_engine"))
                last = e;
        return last;
    }();
    QCOMPARE(recorded.details.value(QStringLiteral("previous")).toString(), engineA);
    QCOMPARE(recorded.details.value(QStringLiteral("engine")).toString(), engineB);
    // The renewal shows what changed, although the version consented to was published before any engine was
    // recorded (its material fields lack one): it stated the first engine the store was used with.
    QVERIFY(!settings.noticeMaterial(before)->contains(QStringLiteral("engine")));
    const Result<ResidentService::RenewalChanges> diff
        = ResidentService(m_f->vault()).renewalChanges(id, QStringLiteral("zh_CN"));
    QVERIFY2(diff.ok(), qPrintable(diff.errorMessage()));
    QCOMPARE(diff->changes.size(), 1);
    QCOMPARE(diff->changes.constFirst().first, QStringLiteral("人脸识别引擎"));
    QVERIFY2(diff->changes.constFirst().second.first.startsWith(QStringLiteral("sface-2021dec")),
             qPrintable(diff->changes.constFirst().second.first));
    QVERIFY2(diff->changes.constFirst().second.second.startsWith(QStringLiteral("face-reid-retail-0095+flip（")),
             qPrintable(diff->changes.constFirst().second.second));
    QVERIFY(!diff->changes.constFirst().second.second.contains(QStringLiteral("bbbbbbbbbbbbbbbbbbbb")));
    // A paper consent signed on the version before the change is refused, like after any material change.
    PaperConsent paper;
    paper.noticeVersion = before;
    paper.signer = QStringLiteral("Sun Qi");
    paper.signedAt = m_f->clock->now().addSecs(-60);
    paper.witness = QStringLiteral("wang");
    paper.under14 = false;
    Resident sun;
    sun.name = QStringLiteral("Sun Qi");
    sun.declareUnder14(false);
    const Result<Consent> stale = ResidentService(m_f->vault()).consentFromPaper(paper, sun);
    QCOMPARE(stale.errorKind(), ErrorKind::Policy);
    QVERIFY2(stale.errorMessage().contains(QStringLiteral("(version %1)").arg(changed->noticeVersion)),
             qPrintable(stale.errorMessage()));

    // Opening again with the same engine: no second version, no second round of renewals.
    QVERIFY(!settings.recordEngine(engineB)->published);
    QCOMPARE(eventsOfKind(AuditKind::RenewalRequired), 1);

    // A computer that found no face model runs the classical recognizer: a degraded state, not a new method.
    // It replaces no recorded engine, publishes nothing and asks nobody again.
    const QString classical = QStringLiteral("lbp-u2-r12-mirror-8x8@cccccccccccccccccccc");
    const int eventsBefore = eventsOfKind(AuditKind::SettingsChanged);
    const Result<SettingsService::ProfileUpdate> fellBack = settings.recordEngine(classical, true);
    QVERIFY2(fellBack.ok(), qPrintable(fellBack.errorMessage()));
    QVERIFY(!fellBack->published);
    QVERIFY(!fellBack->isMaterial());
    QCOMPARE(settings.currentNoticeVersion().value(), changed->noticeVersion);
    QCOMPARE(eventsOfKind(AuditKind::SettingsChanged), eventsBefore);
    QCOMPARE(eventsOfKind(AuditKind::RenewalRequired), 1);
    // Asked for on purpose (fellBack false), the same engine is the site's method: material.
    QVERIFY(settings.recordEngine(classical)->published);
}

// A store first used on a computer without face models records the classical engine: it is what processed
// the faces. Installing the models later is then a material change like any other.
void TestRenewal::firstEngineMayBeTheFallback()
{
    SettingsService settings(m_f->vault());
    const QString classical = QStringLiteral("lbp-u2-r12-mirror-8x8@cccccccccccccccccccc");
    QVERIFY(!settings.recordEngine(classical, true)->published);
    const qint64 id = m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("1-101"), 2);
    const Result<SettingsService::ProfileUpdate> models = settings.recordEngine(test::kEngineA);
    QVERIFY2(models.ok(), qPrintable(models.errorMessage()));
    QVERIFY(models->published);
    QCOMPARE(models->markedForRenewal, 1);
    QCOMPARE(m_f->stateOf(id), QStringLiteral("renewal"));
}

void TestRenewal::renewalOnTheNoticeInForce()
{
    const qint64 id = m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("1-101"), 2);
    ResidentService residents(m_f->vault());
    Consent again = m_f->consent(true, QStringLiteral("Zhang San"));
    again.residentId = id;
    // Nothing to renew yet.
    QCOMPARE(residents.renewConsent(again).errorKind(), ErrorKind::Policy);

    QVERIFY(SettingsService(m_f->vault()).setMaxTemplateAgeDays(200).ok()); // retention: material
    QCOMPARE(m_f->stateOf(id), QStringLiteral("renewal"));
    // On the old notice: refused.
    QCOMPARE(residents.renewConsent(again).errorKind(), ErrorKind::Policy);
    const NoticeVersion current = SettingsService(m_f->vault()).currentNotice(QStringLiteral("en")).value();
    again.noticeVersionId = current.id;
    const Result<qint64> renewed = residents.renewConsent(again);
    QVERIFY2(renewed.ok(), qPrintable(renewed.errorMessage()));
    QCOMPARE(m_f->stateOf(id), QStringLiteral("active"));
    QCOMPARE(m_f->templatesOf(id), 2);
    QCOMPARE(
        test::probe(m_f->vault()).templateRepository().countOfEngine(QStringLiteral("sface-2021dec"), true).value(), 2);
    QCOMPARE(ReportService(m_f->vault()).status()->consentsNeedingRenewal, 0);
    QCOMPARE(eventsOfKind(AuditKind::ConsentRenewed), 1);
    // The old grant is ended (kept as proof), the new one points at the notice in force.
    const QList<Consent> consents = residents.consents(id).value();
    QCOMPARE(consents.size(), 2);
    QVERIFY(consents.at(0).isWithdrawn());
    QCOMPARE(consents.at(1).noticeVersionId, current.id);
    // The renewed grant is not swept up by the grace period.
    m_f->clock->advanceDays(SiteProfile::kDefaultRenewalGraceDays + 1);
    QCOMPARE(residents.purgeScheduled()->templatesDeleted, 0);
}

void TestRenewal::declinedRenewalDeletesFaceData()
{
    const qint64 id = m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("1-101"), 2);
    SiteProfile changed = SettingsService(m_f->vault()).siteProfile().value();
    changed.operatorName = QStringLiteral("Another Property Co.");
    QVERIFY(SettingsService(m_f->vault()).setSiteProfile(changed).ok());
    Consent no = m_f->consent(false, QStringLiteral("Zhang San"));
    no.residentId = id;
    no.noticeVersionId = SettingsService(m_f->vault()).currentNotice(QStringLiteral("zh_CN"))->id;
    const Result<qint64> renewed = ResidentService(m_f->vault()).renewConsent(no);
    QVERIFY2(renewed.ok(), qPrintable(renewed.errorMessage()));
    QCOMPARE(m_f->templatesOf(id), 0);
    QCOMPARE(m_f->stateOf(id), QStringLiteral("declined"));
}

void TestRenewal::unrenewedFaceDataGoesAtTheBoundarySecond()
{
    const qint64 id = m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("1-101"), 2);
    const qint64 renewedLater = m_f->enroll(QStringLiteral("Li Si"), QStringLiteral("1-102"), 2);
    SiteProfile changed = SettingsService(m_f->vault()).siteProfile().value();
    changed.verificationMode = SiteProfile::VerificationMode::OneToOne; // the method: material
    changed.renewalGraceDays = 10;
    const QDateTime changedAt = m_f->clock->now();
    const Result<SettingsService::ProfileUpdate> update = SettingsService(m_f->vault()).updateSiteProfile(changed);
    QVERIFY2(update.ok() && update->isMaterial(), qPrintable(update.errorMessage()));
    QCOMPARE(update->markedForRenewal, 2);
    Consent again = m_f->consent(true, QStringLiteral("Li Si"));
    again.residentId = renewedLater;
    again.noticeVersionId = SettingsService(m_f->vault()).currentNotice(QStringLiteral("zh_CN"))->id;
    QVERIFY(ResidentService(m_f->vault()).renewConsent(again).ok());

    m_f->clock->set(changedAt.addDays(10).addSecs(-1));
    QCOMPARE(ResidentService(m_f->vault()).purgeScheduled()->templatesDeleted, 0);
    QCOMPARE(m_f->stateOf(id), QStringLiteral("renewal"));
    m_f->clock->set(changedAt.addDays(10));
    const Result<PurgeReport> purged = ResidentService(m_f->vault()).purgeScheduled();
    QVERIFY2(purged.ok(), qPrintable(purged.errorMessage()));
    QCOMPARE(purged->templatesDeleted, 2);
    QCOMPARE(purged->residentIds, QList<qint64> { id });
    QCOMPARE(m_f->templatesOf(id), 0);
    QCOMPARE(m_f->stateOf(id), QStringLiteral("expired"));
    QCOMPARE(m_f->templatesOf(renewedLater), 2);
    bool receipt = false;
    for (const AuditEvent &e : test::probe(m_f->vault()).auditLog().eventsOfResident(id).value())
        receipt = receipt
            || (e.kind == AuditKind::TemplateDeleted
                && e.details.value(QStringLiteral("reason")).toString() == QLatin1String("renewal_not_given"));
    QVERIFY(receipt);
}

void TestRenewal::paperConsentOnAnOlderMaterialVersionIsRefused()
{
    SiteProfile changed = SettingsService(m_f->vault()).siteProfile().value();
    changed.retentionDays = 20; // retention: material
    QVERIFY(SettingsService(m_f->vault()).setSiteProfile(changed).ok());
    changed.contactPhone = QStringLiteral("010-1"); // not material: version 3 states what version 2 states
    QVERIFY(SettingsService(m_f->vault()).setSiteProfile(changed).ok());
    QCOMPARE(SettingsService(m_f->vault()).currentNoticeVersion().value(), QStringLiteral("3"));
    Resident r;
    r.name = QStringLiteral("Wang Wu");
    PaperConsent paper;
    paper.signer = r.name;
    paper.signedAt = m_f->clock->now();
    paper.witness = QStringLiteral("wang");
    paper.noticeVersion = QStringLiteral("1");
    const Result<Consent> old = ResidentService(m_f->vault()).consentFromPaper(paper, r);
    QCOMPARE(old.errorKind(), ErrorKind::Policy);
    QVERIFY2(old.errorMessage().contains(QStringLiteral("3")), qPrintable(old.errorMessage()));
    paper.noticeVersion = QStringLiteral("2");
    QVERIFY(ResidentService(m_f->vault()).consentFromPaper(paper, r).ok());
}

QTEST_GUILESS_MAIN(TestRenewal)
#include "tst_renewal.moc"
