// When the liveness check (活体检测) runs is a site setting in the encrypted store: "at enrollment and for the
// review band" until a manager changes it, every change audited, staff and auditors may read but not change
// it, and an unknown stored value never silently turns the check off.

#include "StoreProbe.h"
#include "VaultFixture.h"
#include "domain/AuditKind.h"
#include "domain/LivenessMode.h"
#include "repo/AuditLog.h"
#include "repo/SettingsRepository.h"
#include "services/SettingsService.h"
#include "services/UserService.h"

#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestLivenessSetting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policy();
    void keys();
    void storedAuditedAndRoleChecked();
};

void TestLivenessSetting::policy()
{
    using P = LivenessPolicy;
    QCOMPARE(P::kDefault, LivenessMode::ReviewBand);
    QVERIFY(!P::requiredForEnrollment(LivenessMode::Off));
    QVERIFY(P::requiredForEnrollment(LivenessMode::ReviewBand));
    QVERIFY(P::requiredForEnrollment(LivenessMode::Always));
    QVERIFY(!P::requiredForVerification(LivenessMode::Off, true));
    QVERIFY(!P::requiredForVerification(LivenessMode::ReviewBand, false));
    QVERIFY(P::requiredForVerification(LivenessMode::ReviewBand, true));
    QVERIFY(P::requiredForVerification(LivenessMode::Always, false));
    QVERIFY(P::requiredForVerification(LivenessMode::Always, true));
}

void TestLivenessSetting::keys()
{
    for (LivenessMode mode : { LivenessMode::Off, LivenessMode::ReviewBand, LivenessMode::Always }) {
        QCOMPARE(LivenessPolicy::fromKey(LivenessPolicy::key(mode)), std::optional(mode));
        QVERIFY(!LivenessPolicy::displayName(mode).isEmpty());
        QVERIFY(!LivenessPolicy::explanation(mode).isEmpty());
    }
    QCOMPARE(LivenessPolicy::key(LivenessMode::ReviewBand), QStringLiteral("review_band"));
    QCOMPARE(LivenessPolicy::fromKey(QStringLiteral("sometimes")), std::nullopt);
}

void TestLivenessSetting::storedAuditedAndRoleChecked()
{
    VaultFixture f;
    QVERIFY(f.create());
    Vault &vault = *f.vault;
    SettingsService settings(vault);
    QCOMPARE(settings.livenessMode().value(), LivenessMode::ReviewBand);

    const qint64 before = test::probe(vault).auditLog().events().value().size();
    QVERIFY(settings.setLivenessMode(LivenessMode::Always).ok());
    QCOMPARE(settings.livenessMode().value(), LivenessMode::Always);
    const QList<AuditEvent> events = test::probe(vault).auditLog().events().value();
    QCOMPARE(events.size(), before + 1);
    QCOMPARE(events.constLast().kind, AuditKind::SettingsChanged);
    QCOMPARE(events.constLast().details.value(QStringLiteral("key")).toString(), QStringLiteral("liveness_mode"));
    QCOMPARE(events.constLast().actor, QStringLiteral("wang"));

    // Kept in the store across a lock and unlock.
    QVERIFY(UserService(vault).add(QStringLiteral("li"), Role::Staff, password("staff-pass")).ok());
    vault.lock();
    QVERIFY(vault.unlock(QStringLiteral("li"), password("staff-pass")).ok());
    QCOMPARE(SettingsService(vault).livenessMode().value(), LivenessMode::Always);
    // Staff may read it, not change it; the refusal changes nothing.
    const Status refused = SettingsService(vault).setLivenessMode(LivenessMode::Off);
    QCOMPARE(refused.errorKind(), ErrorKind::Policy);
    QCOMPARE(SettingsService(vault).livenessMode().value(), LivenessMode::Always);
    vault.lock();
    QVERIFY(vault.unlock(QStringLiteral("wang"), password("manager-pass")).ok());

    // A value this version does not know (written by a newer one, or damaged) reads as the default, not off.
    QVERIFY(test::probe(vault)
                .settingsRepository()
                .setValue(SettingsRepository::LivenessModeKey, QStringLiteral("sometimes"), QStringLiteral("wang"))
                .ok());
    QCOMPARE(SettingsService(vault).livenessMode().value(), LivenessPolicy::kDefault);
    QVERIFY(SettingsService(vault).setLivenessMode(LivenessMode::Off).ok());
    QCOMPARE(SettingsService(vault).livenessMode().value(), LivenessMode::Off);
}

QTEST_GUILESS_MAIN(TestLivenessSetting)
#include "tst_livenesssetting.moc"
