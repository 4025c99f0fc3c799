#pragma once

// A fresh store with a mock clock, and residents made the way enrollment makes them (ResidentService::enroll)
// with synthetic template vectors: the people suites need no camera and no models.

#include "MockClock.h"
#include "StoreProbe.h"
#include "VaultFixture.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "storage/Database.h"

#include <QTest>

#include <memory>

namespace consentry::test {

inline const QString kEngineA = QStringLiteral("sface-2021dec@aaaa");
inline const QString kEngineB = QStringLiteral("lbp-v1@bbbb");

struct PeopleFixture {
    std::unique_ptr<MockClock> clock = std::make_unique<MockClock>();
    VaultFixture store;
    qint64 notice = 0;

    bool create(int retentionDays = 30)
    {
        if (!store.create())
            return false;
        SiteProfile profile = sampleCompleteProfile();
        profile.retentionDays = retentionDays;
        if (Status ok = SettingsService(vault()).setSiteProfile(profile); !ok) {
            qWarning("%s", qPrintable(ok.errorMessage()));
            return false;
        }
        auto version = SettingsService(vault()).currentNoticeVersion();
        auto found = test::probe(vault()).noticeRepository().find(version.value(), QStringLiteral("zh_CN"));
        if (!found.ok() || !found.value())
            return false;
        notice = found.value()->id;
        return true;
    }
    Vault &vault() { return *store.vault; }

    // A synthetic template: `marker` fills the vector so a test can look for its bytes elsewhere. `engine`
    // is an EngineId::key() ("name@sha256-hex"), stored the way GalleryService stores real templates.
    static StoredTemplate face(const QString &engine = kEngineA, char marker = '\x11')
    {
        StoredTemplate t;
        const qsizetype at = engine.indexOf(QLatin1Char('@'));
        t.engineId = engine.left(at);
        t.modelSha256 = QByteArray::fromHex(engine.mid(at + 1).toLatin1());
        t.vector = QByteArray(512, marker);
        t.quality = 0.87;
        return t;
    }
    Consent consent(bool granted = true, const QString &signer = QStringLiteral("Zhang San")) const
    {
        Consent c;
        // The notice in force (a consent on an older material version is refused); `notice` when none.
        const auto current = SettingsService(*store.vault).currentNotice(QStringLiteral("zh_CN"));
        c.noticeVersionId = current.ok() ? current->id : notice;
        c.decision = granted ? Consent::Decision::Granted : Consent::Decision::Declined;
        c.signer = signer;
        c.signedAt = clock->now().addSecs(-60);
        if (!granted)
            c.alternative = QStringLiteral("ID card at the front desk");
        return c;
    }
    // Enrolls a resident with `templates` synthetic templates (a declined consent when 0 and !granted).
    qint64 enroll(const QString &name, const QString &unit, int templates = 2, const QDate &moveOut = QDate(),
                  bool granted = true, const QString &engine = kEngineA, char marker = '\x11')
    {
        Resident r;
        r.name = name;
        r.unit = unit;
        r.moveIn = clock->now().date().addDays(-100);
        r.moveOut = moveOut;
        r.declareUnder14(false); // the age question is mandatory (GuardianRule::checkAgeAnswered)
        QList<StoredTemplate> faces;
        for (int i = 0; i < templates; ++i)
            faces << face(engine, marker);
        Consent c = consent(granted, name);
        auto e = ResidentService(vault()).enroll(r, c, faces);
        if (!e.ok()) {
            qWarning("enroll: %s", qPrintable(e.errorMessage()));
            return 0;
        }
        return e->residentId;
    }
    qint64 templatesOf(qint64 residentId)
    {
        auto s = test::probe(vault()).database().prepare(
            QStringLiteral("SELECT count(*) FROM face_templates WHERE resident_id = ?1"));
        s.value().bind(1, residentId);
        (void)s.value().step();
        return s.value().int64(0);
    }
    QString stateOf(qint64 residentId)
    {
        auto s = test::probe(vault()).database().prepare(
            QStringLiteral("SELECT consent_state FROM residents WHERE id = ?1"));
        s.value().bind(1, residentId);
        (void)s.value().step();
        return s.value().text(0);
    }
    // Re-unlocks the store as `name`, adding the user first (as "wang", with a test password) when new.
    bool switchTo(const QString &name, Role role)
    {
        if (!store.passwords.contains(name)) {
            if (vault().session().userName != QLatin1String("wang") && !store.switchTo(QStringLiteral("wang")))
                return false;
            if (!store.addUser(name, role, "user-pass-123"))
                return false;
        }
        return store.switchTo(name);
    }
};

} // namespace consentry::test
