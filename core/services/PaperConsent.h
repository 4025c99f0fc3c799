#pragma once

#include "Result.h"
#include "domain/Consent.h"
#include "domain/Resident.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace consentry {

class UnitOfWork;

// A consent the resident signed on paper, as `consentry-cli enroll --consent FILE.json` reads it
// (../shared/CLI.md): strict JSON, every refusal a Policy error whose sentence names the field, because
// without a valid consent record there is no enrollment.
//
//   {"notice_version": "1", "decision": "granted", "signer": "Li Lei", "signed_at": "2026-03-01T10:00:00+08:00",
//    "witness": "desk1", "date_of_birth": "2015-02-01", "guardian": {"name": "Li Fang", "relation": "mother"},
//    "evidence": "paper form 2026-031, binder B", "notice_language": "zh_CN", "expected_move_out": "2026-03-05"}
//
// notice_language (zh_CN or en; optional, default zh_CN) says which text of the version was on the paper.
// The age question is mandatory: "date_of_birth", or "under_14": true/false when the date is not given. For a
// child under 14 the guardian signs in their own name: "signer" is the guardian's name (signer role guardian).
// A file that is not JSON at all is a Data error (exit 3); a record that says the wrong thing is Policy (5).
struct PaperConsent {
    Q_DECLARE_TR_FUNCTIONS(PaperConsent)

public:
    QString noticeVersion;
    QString noticeLanguage = QStringLiteral("zh_CN");
    QString signer;
    QDateTime signedAt;
    QString witness;
    QDate dateOfBirth; // invalid when not given
    // "expected_move_out": the expected checkout or move-out day (required for a hotel guest); the retention
    // clock starts from it. Invalid when not given.
    QDate expectedMoveOut;
    std::optional<bool> under14; // the explicit answer when no date of birth is given
    QString guardianName;
    QString guardianRelation;
    QString evidence;
    // What was ticked on the form. A consent record file is always "granted" (it leads to an enrollment); the
    // console also records a paper refusal, which must name the other way the person chose.
    Consent::Decision decision = Consent::Decision::Granted;
    QString alternative;

    static Result<PaperConsent> fromJson(const QJsonObject &object);
    static Result<PaperConsent> fromFile(const QString &path);

    // Checks it against the store (the notice version exists in that language, the witness is a user of
    // this store, the time is not in the future, GuardianRule on the signing day) and returns the consent to
    // record for `resident`. Through ResidentService::consentFromPaper (role checked there).
    Result<Consent> toConsent(UnitOfWork &work, const Resident &resident) const;
    // The age answer the record gives, put on the resident to enroll.
    void answerAge(Resident &resident) const;
};

} // namespace consentry
