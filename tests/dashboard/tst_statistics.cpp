// The dashboard's numbers (StatisticsService) against a store with known counts: decisions per week,
// verifications per local day by method and outcome, the alternative's share, people with face data,
// deletions due (RetentionPolicy through the Residents filter), an empty store, roles, the period's bounds,
// and Schema v6's hourly counts (built from an older log, kept by AuditLog::append). The test runs in
// Asia/Shanghai (UTC+8) so that a UTC evening counts on the next local day.

#include "PeopleFixture.h"
#include "services/ResidentService.h"
#include "services/StatisticsService.h"
#include "services/VerificationService.h"
#include "storage/Schema.h"
#include "storage/SecureBytes.h"
#include "vision/DecisionBands.h"
#include "vision/SiteScores.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace consentry;
using namespace consentry::test;

namespace {
QDateTime utc(int month, int day, int hour)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}
} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyStoreHasNothingToShow();
    void countsOfAPopulatedStore();
    void periodSelectsWhatIsCounted();
    void verificationsByLocalDayAndMethod();
    void rolesAndBadPeriods();
    void filingLevel();
    void hourlyCountsFollowTheAuditLog();
    void migrationBackfillsFromTheLog();
    void siteScoresOfAKnownGallery();

private:
    void populate();
    std::unique_ptr<PeopleFixture> m_f;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_d = 0;
};

void TestStatistics::init()
{
    if (QDateTime(QDate(2026, 1, 1), QTime(0, 0)).offsetFromUtc() != 8 * 3600)
        QSKIP("The local-day counts are checked in UTC+8; this system ignores TZ=Asia/Shanghai.");
    m_f = std::make_unique<PeopleFixture>();
    m_f->clock->set(utc(1, 1, 9));
    QVERIFY(m_f->create(30));
}

void TestStatistics::cleanup()
{
    m_f.reset();
}

// Week of 5 Jan: A, B and D enrolled, C declined; week of 12 Jan: B withdrew. D moved out on 2 Jan, so
// their face data is due on 1 Feb (30 days after).
void TestStatistics::populate()
{
    m_f->clock->set(utc(1, 5, 2));
    m_a = m_f->enroll(QStringLiteral("A"), QStringLiteral("1-101"), 2);
    m_b = m_f->enroll(QStringLiteral("B"), QStringLiteral("1-102"), 3);
    m_c = m_f->enroll(QStringLiteral("C"), QStringLiteral("1-103"), 0, QDate(), false);
    m_f->clock->set(utc(1, 6, 20)); // 7 Jan 04:00 in Shanghai: still the week of 5 Jan
    m_d = m_f->enroll(QStringLiteral("D"), QStringLiteral("1-104"), 2, QDate(2026, 1, 2));
    QVERIFY(m_a && m_b && m_c && m_d);
    m_f->clock->set(utc(1, 12, 3));
    QVERIFY(ResidentService(m_f->vault()).withdraw(m_b).ok());
}

void TestStatistics::emptyStoreHasNothingToShow()
{
    m_f->clock->set(utc(1, 14, 9));
    auto s = StatisticsService(m_f->vault()).summary(QDate(2026, 1, 1), QDate(2026, 1, 14));
    QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
    QCOMPARE(s->days.size(), 14);
    QCOMPARE(s->weeks.size(), 3); // 29 Dec, 5 Jan, 12 Jan
    QCOMPARE(s->weeks.first().start, QDate(2025, 12, 29));
    QCOMPARE(s->decisions(), 0);
    QCOMPARE(s->withdrawals, 0);
    QCOMPARE(s->verifications(), 0);
    QCOMPARE(s->alternativeShare(), 0.0);
    QCOMPARE(s->peopleWithFaceData, 0);
    QCOMPARE(s->deletionsDue, 0);
    QCOMPARE(s->consentsNeedingRenewal, 0);
    QVERIFY(!s->filingDueBy);
    for (const StatisticsService::Day &day : s->days)
        QCOMPARE(day.total(), 0);
}

void TestStatistics::countsOfAPopulatedStore()
{
    populate();
    m_f->clock->set(utc(1, 14, 9));
    auto s = StatisticsService(m_f->vault()).summary(QDate(2026, 1, 1), QDate(2026, 1, 14));
    QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
    QCOMPARE(s->weeks.size(), 3);
    QCOMPARE(s->weeks[0].enrollments + s->weeks[0].declines + s->weeks[0].withdrawals, 0);
    QCOMPARE(s->weeks[1].start, QDate(2026, 1, 5));
    QCOMPARE(s->weeks[1].enrollments, 3);
    QCOMPARE(s->weeks[1].declines, 1);
    QCOMPARE(s->weeks[1].withdrawals, 0);
    QCOMPARE(s->weeks[2].withdrawals, 1);
    QCOMPARE(s->enrollments, 3);
    QCOMPARE(s->declines, 1);
    QCOMPARE(s->withdrawals, 1);
    QCOMPARE(s->alternativeShare(), 0.25);
    QCOMPARE(s->peopleWithFaceData, 2); // A and D; B's templates went with the withdrawal, C has none
    QCOMPARE(s->deletionsDue, 1); // D: moved out 2 Jan + 30 days = 1 Feb, within 30 days of 14 Jan
    // The same number as the Residents screen's "due within 30 days" list.
    QCOMPARE(ResidentService(m_f->vault()).dueWithin(30)->size(), 1);
    // The window's edge: on 2 Jan, 1 Feb is 30 days away (counted); on 1 Jan it is 31 days away (not yet).
    m_f->clock->set(utc(1, 2, 9));
    QCOMPARE(StatisticsService(m_f->vault()).summary(QDate(2026, 1, 1), QDate(2026, 1, 2))->deletionsDue, 1);
    m_f->clock->set(utc(1, 1, 9));
    QCOMPARE(StatisticsService(m_f->vault()).summary(QDate(2026, 1, 1), QDate(2026, 1, 1))->deletionsDue, 0);
}

void TestStatistics::periodSelectsWhatIsCounted()
{
    populate();
    m_f->clock->set(utc(1, 14, 9));
    auto late = StatisticsService(m_f->vault()).summary(QDate(2026, 1, 12), QDate(2026, 1, 14));
    QVERIFY(late.ok());
    QCOMPARE(late->enrollments, 0);
    QCOMPARE(late->withdrawals, 1);
    QCOMPARE(late->weeks.size(), 1);
    // 6 Jan 20:00 UTC is 7 Jan in Shanghai: a period ending on 6 Jan does not see D.
    auto early = StatisticsService(m_f->vault()).summary(QDate(2026, 1, 5), QDate(2026, 1, 6));
    QCOMPARE(early->enrollments, 2);
    auto seventh = StatisticsService(m_f->vault()).summary(QDate(2026, 1, 7), QDate(2026, 1, 7));
    QCOMPARE(seventh->enrollments, 1);
    // People with face data is a count of now, whatever the period.
    QCOMPARE(seventh->peopleWithFaceData, 2);
}

void TestStatistics::verificationsByLocalDayAndMethod()
{
    populate();
    auto templates = ResidentService(m_f->vault()).templates(m_a);
    QVERIFY(templates.ok() && !templates->isEmpty());
    VerificationService verify(m_f->vault());
    m_f->clock->set(utc(1, 12, 1)); // 12 Jan 09:00 local
    QVERIFY(verify.recordAlternative(m_c, VerificationService::Method::IdCard, true).ok());
    QVERIFY(verify.recordAlternative(m_c, VerificationService::Method::IdCard, true).ok());
    QVERIFY(verify.recordAlternative(m_c, VerificationService::Method::StaffCheck, false).ok());
    // A face result is recorded only when staff confirm it (a no-match is never recorded).
    const auto confirmed = [&](float score) {
        return verify
            .confirmFace(VerificationService::assess({ GalleryMatch { m_a, templates->first().id, score } },
                                                     DecisionBands::fromThreshold(0.5f),
                                                     VerificationService::Mode::OneToOne, m_a))
            .ok();
    };
    QVERIFY(confirmed(0.9f));
    QVERIFY(!confirmed(0.3f)); // below the bands: nothing to confirm, nothing recorded
    m_f->clock->set(utc(1, 13, 20)); // 14 Jan 04:00 local
    QVERIFY(confirmed(0.55f)); // the review band, confirmed by staff

    auto s = StatisticsService(m_f->vault()).summary(QDate(2026, 1, 12), QDate(2026, 1, 14));
    QVERIFY(s.ok());
    const auto &twelfth = s->days[0].byMethod;
    QCOMPARE(s->days[0].day, QDate(2026, 1, 12));
    QCOMPARE(twelfth.value(QStringLiteral("id_card")).verified, 2);
    QCOMPARE(twelfth.value(QStringLiteral("id_card")).notVerified, 0);
    QCOMPARE(twelfth.value(QStringLiteral("staff_check")).notVerified, 1);
    QCOMPARE(twelfth.value(QStringLiteral("face")).verified, 1);
    QCOMPARE(twelfth.value(QStringLiteral("face")).notVerified, 0);
    QCOMPARE(s->days[1].total(), 0); // 13 Jan local: nothing
    QCOMPARE(s->days[2].byMethod.value(QStringLiteral("face")).verified, 1);
    QCOMPARE(s->verifications(), 5);
    QCOMPARE(s->verificationsByMethod.value(QStringLiteral("face")).total(), 2);
}

void TestStatistics::rolesAndBadPeriods()
{
    populate();
    const QDate day(2026, 1, 14);
    QVERIFY(m_f->switchTo(QStringLiteral("zhao"), Role::Auditor));
    auto auditor = StatisticsService(m_f->vault()).summary(day.addDays(-13), day);
    QVERIFY2(auditor.ok(), qPrintable(auditor.errorMessage()));
    QCOMPARE(auditor->enrollments, 3);
    QVERIFY(m_f->switchTo(QStringLiteral("li"), Role::Staff));
    auto staff = StatisticsService(m_f->vault()).summary(day, day);
    QCOMPARE(staff.errorKind(), ErrorKind::Policy);
    QVERIFY(m_f->switchTo(QStringLiteral("wang"), Role::Manager));
    auto reversed = StatisticsService(m_f->vault()).summary(day, day.addDays(-1));
    QCOMPARE(reversed.errorKind(), ErrorKind::InvalidArgument);
    QVERIFY(!reversed.errorMessage().isEmpty());
    auto tooLong = StatisticsService(m_f->vault()).summary(day.addDays(-StatisticsService::kMaxPeriodDays), day);
    QCOMPARE(tooLong.errorKind(), ErrorKind::InvalidArgument);
    QVERIFY(StatisticsService(m_f->vault()).summary(day.addDays(-StatisticsService::kMaxPeriodDays + 1), day).ok());
}

void TestStatistics::filingLevel()
{
    StatisticsService::Summary s;
    s.peopleWithFaceData = 79999;
    QCOMPARE(s.filingLevel(), StatisticsService::FilingLevel::Below);
    s.peopleWithFaceData = 80000;
    QCOMPARE(s.filingLevel(), StatisticsService::FilingLevel::Approaching);
    s.peopleWithFaceData = 99999;
    QCOMPARE(s.filingLevel(), StatisticsService::FilingLevel::Approaching);
    s.peopleWithFaceData = 100000;
    QCOMPARE(s.filingLevel(), StatisticsService::FilingLevel::Due);
}

void TestStatistics::hourlyCountsFollowTheAuditLog()
{
    populate();
    // Every decision and verification event is in exactly one hourly count.
    Database &db = test::probe(m_f->vault()).database();
    for (const char *kind : { "consent_granted", "consent_declined", "consent_withdrawn", "verification" }) {
        const qint64 events
            = db.queryInt(
                    QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = '%1'").arg(QLatin1String(kind)))
                  .value();
        const qint64 counted = db.queryInt(QStringLiteral("SELECT coalesce(sum(count), 0) FROM activity_hourly "
                                                          "WHERE kind = '%1'")
                                               .arg(QLatin1String(kind)))
                                   .value();
        QCOMPARE(counted, events);
    }
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM activity_hourly WHERE kind = 'consent_granted'")).value(),
             2); // 5 Jan 02h and 6 Jan 20h
}

void TestStatistics::migrationBackfillsFromTheLog()
{
    QTemporaryDir dir;
    SecureBytes key(Database::kKeyBytes);
    for (std::size_t i = 0; i < static_cast<std::size_t>(Database::kKeyBytes); ++i)
        key.data()[i] = static_cast<unsigned char>(i * 3 + 5);
    Database::Options options;
    options.create = true;
    auto opened = Database::open(dir.filePath(QStringLiteral("s.db")), key, options);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    Database &db = *opened.value();
    QVERIFY(Schema::migrate(db, 3).ok());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO audit_events (at, kind, actor, details, prev_hash, hash) VALUES "
                                   "('2026-01-05T02:10:00.000Z', 'consent_granted', 'wang', '{}', x'00', x'00'), "
                                   "('2026-01-05T02:50:00.000Z', 'consent_granted', 'wang', '{}', x'00', x'00'), "
                                   "('2026-01-05T03:00:00.000Z', 'verification', 'li', "
                                   "'{\"method\":\"id_card\",\"result\":\"verified\"}', x'00', x'00'), "
                                   "('2026-01-05T03:01:00.000Z', 'login_ok', 'li', '{}', x'00', x'00')"))
                .ok());
    QVERIFY(Schema::migrate(db).ok());
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count FROM activity_hourly WHERE hour = '2026-01-05T02' AND kind = "
                                        "'consent_granted'"))
                 .value(),
             2);
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count FROM activity_hourly WHERE hour = '2026-01-05T03' AND "
                                        "method = 'id_card' AND result = 'verified'"))
                 .value(),
             1);
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM activity_hourly")).value(), 2); // no login counted
}

void TestStatistics::siteScoresOfAKnownGallery()
{
    // Five templates in two dimensions: A (1,0) and (.8,.6); B (0,1) and (.6,.8); C (1,0) alone.
    const EngineId engine { QStringLiteral("test"), QStringLiteral("00"), 2 };
    Gallery gallery(engine);
    const float rows[][2] = { { 1, 0 }, { 0.8f, 0.6f }, { 0, 1 }, { 0.6f, 0.8f }, { 1, 0 } };
    const qint64 people[] = { 1, 1, 2, 2, 3 };
    for (int i = 0; i < 5; ++i) {
        auto face = FaceTemplate::fromFeatures(engine, rows[i], 2);
        QVERIFY2(face.ok(), qPrintable(face.errorMessage()));
        QVERIFY(gallery.add(100 + i, people[i], face.value()).ok());
    }
    // Genuine: A .8, B .8. Impostor (8 pairs): 0, .6, 1, .6, .96, .8, 0, .6.
    SiteScores s = SiteScores::measure(gallery, 0.7f);
    QCOMPARE(s.peopleWithPairs, 2);
    QCOMPARE(s.genuinePairs, 2);
    QCOMPARE(s.impostorPairs, 8);
    QCOMPARE(s.genuineBelow, 0);
    QCOMPARE(s.impostorAtOrAbove, 3); // 1, .96 and .8
    QCOMPARE(s.fmr(), 3.0 / 8.0);
    QCOMPARE(s.fnmr(), 0.0);
    QCOMPARE(s.genuine[size_t(SiteScores::binOf(0.8f))], 2);
    qint64 impostors = 0;
    for (qint64 n : s.impostor)
        impostors += n;
    QCOMPARE(impostors, 8);
    s = SiteScores::measure(gallery, 0.9f);
    QCOMPARE(s.genuineBelow, 2);
    QCOMPARE(s.fnmr(), 1.0);
    QCOMPARE(s.impostorAtOrAbove, 2); // 1 and .96
    // An empty gallery has nothing to show, and says so by its counts.
    const SiteScores none = SiteScores::measure(Gallery(engine), 0.5f);
    QVERIFY(!none.hasGenuine() && !none.hasImpostor());
}

int main(int argc, char **argv)
{
    // Before anything reads the time zone: UTC+8, no daylight saving.
    qputenv("TZ", "Asia/Shanghai");
#ifdef Q_OS_WIN
    _tzset();
#else
    tzset();
#endif
    QCoreApplication app(argc, argv);
    TestStatistics test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_statistics.moc"
