#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace consentry {

// The personal information protection impact assessment (个人信息保护影响评估) a processor makes before it
// processes face data (PIPL arts. 55–56, Provisions art. 9). Its words are data in both languages, like the
// notice: the report is printed in Chinese, English or both whatever the interface language is.
//
// An assessment is facts read from the store (counts, engine, thresholds, retention, storage, roles, audit,
// alternatives, devices), the manager's answers to the parts the law asks for, and the basis it was made on
// (purpose, method, engine, retention): when the basis changes after signing, a new assessment is needed.
struct AssessmentFact {
    QString key; // stable: "people_with_face_data", …
    QString labelZh;
    QString labelEn;
    QString valueZh;
    QString valueEn;
};

// The recognition engine as the assessment states it: the front end that runs it knows it (the GUI's gallery,
// the model card); the store only knows the engines its templates were made with.
struct EngineFacts {
    QString key; // EngineId::key(); empty when no engine is available
    QString name; // the model card's name, "SFace face recognizer (OpenCV Zoo)"
    QString version;
    double threshold = 0; // the decision threshold in use (cosine)
    QString accuracy; // measured accuracy as a sentence (e.g. from `eval`), empty when not measured
};

// What a signed assessment must be redone for when it changes (Provisions art. 9; the compliance centre).
struct AssessmentBasis {
    QString purpose;
    QString method; // SiteProfile verification mode key: one_to_one | one_to_many
    QStringList engines; // EngineId keys of the engines that made stored templates (or the active one)
    int retentionDays = 0;
    int maxRetentionDays = 0;

    QJsonObject toJson() const;
    static AssessmentBasis fromJson(const QJsonObject &object);
    // The parts of `now` that differ from this basis, as keys: purpose, method, engine, retention.
    QStringList changedIn(const AssessmentBasis &now) const;
    friend bool operator==(const AssessmentBasis &a, const AssessmentBasis &b);
};

class ImpactAssessment
{
    Q_DECLARE_TR_FUNCTIONS(ImpactAssessment)

public:
    // The four parts of Provisions art. 9 / PIPL art. 56, in order.
    enum class Part { Lawfulness, Impact, Risks, Measures };
    static QList<Part> parts();
    static QString partKey(Part part); // "lawfulness", "impact", "risks", "measures"
    static QString partHeading(Part part, const QString &language); // zh_CN or en, numbered as printed
    static QString partTitle(Part part); // translated, for the editor
    static QString partGuidance(Part part); // translated: what the answer should cover
    static QString basisPartName(const QString &key); // translated name of purpose/method/engine/retention

    static constexpr int kKeepYears = 3; // kept at least three years (Provisions art. 9)
    static constexpr int kMaxAnswerLength = 20000;

    QList<AssessmentFact> facts;
    QMap<QString, QString> answers; // partKey -> text
    AssessmentBasis basis;
    QString siteName;
    QString operatorName;

    // Set on a signed version.
    int version = 0;
    QString signedBy;
    QDateTime signedAt;
    QByteArray sha256; // of canonicalBody()

    bool isSigned() const { return version > 0; }
    // Parts whose answer is still empty (translated titles); signing needs none.
    QStringList unanswered() const;
    // The content that is signed and hashed (facts, answers, basis, site): stable byte for byte.
    QByteArray canonicalBody() const;
    static ImpactAssessment fromBody(const QByteArray &body); // the inverse of canonicalBody()
    QByteArray computeSha256() const;
    // The day until which a signed version is kept at least.
    QDate keepUntil() const { return signedAt.date().addYears(kKeepYears); }
};

} // namespace consentry
