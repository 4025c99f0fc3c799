#include "services/PaperConsent.h"

#include "compliance/GuardianRule.h"
#include "storage/BoundedFile.h"

#include "platform/Clock.h"
#include "services/UnitOfWork.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace consentry {

namespace {
Error fieldError(const QString &sentence)
{
    return makeError(ErrorKind::Policy, sentence);
}

Result<QString> requiredText(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fieldError(PaperConsent::tr("The consent record has no \"%1\": add it.").arg(key));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return fieldError(PaperConsent::tr("The consent record's \"%1\" must be a non-empty text.").arg(key));
    return value.toString().trimmed();
}
} // namespace

Result<PaperConsent> PaperConsent::fromJson(const QJsonObject &object)
{
    static const QSet<QString> known { QStringLiteral("notice_version"),  QStringLiteral("decision"),
                                       QStringLiteral("signer"),          QStringLiteral("signed_at"),
                                       QStringLiteral("witness"),         QStringLiteral("date_of_birth"),
                                       QStringLiteral("guardian"),        QStringLiteral("evidence"),
                                       QStringLiteral("notice_language"), QStringLiteral("expected_move_out"),
                                       QStringLiteral("under_14") };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fieldError(
                tr("The consent record has an unknown field \"%1\": remove it or check its spelling.").arg(it.key()));
    }
    PaperConsent c;
    Result<QString> version = requiredText(object, QStringLiteral("notice_version"));
    if (!version)
        return version.error();
    c.noticeVersion = version.value();
    Result<QString> decision = requiredText(object, QStringLiteral("decision"));
    if (!decision)
        return decision.error();
    if (decision.value() != QLatin1String("granted"))
        return fieldError(tr("The consent record's \"decision\" is \"%1\": face data may be enrolled only when it is "
                             "\"granted\".")
                              .arg(decision.value()));
    Result<QString> signer = requiredText(object, QStringLiteral("signer"));
    if (!signer)
        return signer.error();
    c.signer = signer.value();
    Result<QString> signedAt = requiredText(object, QStringLiteral("signed_at"));
    if (!signedAt)
        return signedAt.error();
    c.signedAt = QDateTime::fromString(signedAt.value(), Qt::ISODate);
    if (!c.signedAt.isValid())
        return fieldError(tr("The consent record's \"signed_at\" is not an ISO-8601 time such as "
                             "2026-03-01T10:00:00+08:00."));
    c.signedAt = c.signedAt.toUTC();
    Result<QString> witness = requiredText(object, QStringLiteral("witness"));
    if (!witness)
        return witness.error();
    c.witness = witness.value();
    if (object.contains(QStringLiteral("notice_language"))) {
        Result<QString> language = requiredText(object, QStringLiteral("notice_language"));
        if (!language)
            return language.error();
        if (language.value() != QLatin1String("zh_CN") && language.value() != QLatin1String("en"))
            return fieldError(tr("The consent record's \"notice_language\" must be zh_CN or en."));
        c.noticeLanguage = language.value();
    }
    if (object.contains(QStringLiteral("date_of_birth"))) {
        Result<QString> birth = requiredText(object, QStringLiteral("date_of_birth"));
        if (!birth)
            return birth.error();
        c.dateOfBirth = QDate::fromString(birth.value(), Qt::ISODate);
        if (!c.dateOfBirth.isValid())
            return fieldError(tr("The consent record's \"date_of_birth\" is not a date such as 2015-02-01."));
    }
    if (object.contains(QStringLiteral("expected_move_out"))) {
        Result<QString> moveOut = requiredText(object, QStringLiteral("expected_move_out"));
        if (!moveOut)
            return moveOut.error();
        c.expectedMoveOut = QDate::fromString(moveOut.value(), Qt::ISODate);
        if (!c.expectedMoveOut.isValid())
            return fieldError(tr("The consent record's \"expected_move_out\" is not a date such as 2026-03-05."));
    }
    if (object.contains(QStringLiteral("under_14"))) {
        if (!object.value(QStringLiteral("under_14")).isBool())
            return fieldError(tr("The consent record's \"under_14\" must be true or false."));
        c.under14 = object.value(QStringLiteral("under_14")).toBool();
    }
    if (!c.dateOfBirth.isValid() && !c.under14)
        return fieldError(tr("The consent record answers no age question: add \"date_of_birth\" or \"under_14\" "
                             "(true or false)."));
    if (c.dateOfBirth.isValid() && c.under14)
        return fieldError(tr("The consent record has both \"date_of_birth\" and \"under_14\": keep one."));
    if (object.contains(QStringLiteral("guardian"))) {
        const QJsonValue guardian = object.value(QStringLiteral("guardian"));
        if (!guardian.isObject())
            return fieldError(
                tr("The consent record's \"guardian\" must be an object with \"name\" and \"relation\"."));
        const QJsonObject g = guardian.toObject();
        for (auto it = g.begin(); it != g.end(); ++it) {
            if (it.key() != QLatin1String("name") && it.key() != QLatin1String("relation"))
                return fieldError(tr("The consent record's \"guardian\" has an unknown field \"%1\".").arg(it.key()));
        }
        if (!g.value(QStringLiteral("name")).isString()
            || g.value(QStringLiteral("name")).toString().trimmed().isEmpty()
            || !g.value(QStringLiteral("relation")).isString()
            || g.value(QStringLiteral("relation")).toString().trimmed().isEmpty())
            return fieldError(tr("The consent record's \"guardian\" needs both \"name\" and \"relation\"."));
        c.guardianName = g.value(QStringLiteral("name")).toString().trimmed();
        c.guardianRelation = g.value(QStringLiteral("relation")).toString().trimmed();
    }
    if (object.contains(QStringLiteral("evidence"))) {
        if (!object.value(QStringLiteral("evidence")).isString())
            return fieldError(tr("The consent record's \"evidence\" must be a text."));
        c.evidence = object.value(QStringLiteral("evidence")).toString().trimmed();
    }
    return c;
}

Result<PaperConsent> PaperConsent::fromFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        return fieldError(
            tr("The consent record \"%1\" does not exist: without a signed consent nothing is enrolled.").arg(path));
    // A FIFO or a device is refused without blocking; a record is a few kilobytes.
    Result<QByteArray> bytes = BoundedFile::read(path, 1024 * 1024, tr("The consent record"));
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(
            ErrorKind::Data, // not a record at all (defect 8: exit 3, not 5)
            tr("The consent record \"%1\" is not a JSON object (%2).")
                .arg(path, parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("wrong type")));
    return fromJson(doc.object());
}

Result<Consent> PaperConsent::toConsent(UnitOfWork &work, const Resident &resident) const
{
    TRY_ASSIGN(const std::optional<NoticeVersion> notice, work.notices().find(noticeVersion, noticeLanguage));
    if (!notice)
        return fieldError(tr("The consent record's \"notice_version\" %1 (%2) was never published in this store; "
                             "\"consentry-cli status\" shows the version in force.")
                              .arg(noticeVersion, noticeLanguage));
    if (signedAt > Clock::instance().now().addSecs(60))
        return fieldError(tr("The consent record's \"signed_at\" is in the future."));
    if (signedAt < notice->publishedAt.addSecs(-60))
        return fieldError(
            tr("The consent record's \"signed_at\" is before notice version %1 was published.").arg(noticeVersion));
    TRY_ASSIGN(const std::optional<StaffUser> user, work.users().find(witness));
    if (!user)
        return fieldError(tr("The consent record's \"witness\" \"%1\" is not a user of this store.").arg(witness));
    if (decision == Consent::Decision::Declined && alternative.trimmed().isEmpty())
        return fieldError(tr("The paper form records a refusal: enter the other way the person chose."));
    Consent consent;
    consent.noticeVersionId = notice->id;
    consent.decision = decision;
    consent.alternative = decision == Consent::Decision::Declined ? alternative.trimmed() : QString();
    consent.signer = signer;
    consent.signedAt = signedAt;
    consent.witness = witness;
    consent.guardianName = guardianName;
    consent.guardianRelation = guardianRelation;
    consent.subjectName = resident.name;
    consent.evidence = evidence.isEmpty() ? tr("paper consent form") : evidence;
    Resident answered = resident;
    answerAge(answered);
    if (GuardianRule::applies(answered, signedAt.date())) {
        consent.signerRole = Consent::SignerRole::Guardian;
        if (!guardianName.isEmpty() && signer != guardianName)
            return fieldError(tr("The consent record is for a child under 14: \"signer\" must be the guardian "
                                 "\"%1\", who signs in their own name.")
                                  .arg(guardianName));
    }
    TRY(GuardianRule::check(answered, consent));
    return consent;
}

void PaperConsent::answerAge(Resident &resident) const
{
    if (dateOfBirth.isValid())
        resident.answerAge(dateOfBirth);
    else if (under14)
        resident.declareUnder14(*under14);
}

} // namespace consentry
