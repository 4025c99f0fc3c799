#include "services/FilingService.h"

#include "platform/Clock.h"
#include "platform/Formats.h"
#include "print/DocumentRenderer.h"
#include "services/ComplianceDocuments.h"
#include "services/ComplianceFacts.h"
#include "services/UnitOfWork.h"
#include "storage/FileWriter.h"
#include "storage/NewFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace consentry {

namespace {
const QString kPdfName = QStringLiteral("filing-pack.pdf");
const QString kJsonName = QStringLiteral("filing-pack.json");

Result<FilingService::State> readState(UnitOfWork &work)
{
    FilingService::State s;
    ComplianceRepository records = work.compliance();
    TRY_ASSIGN(s.peopleWithFaceData, records.peopleWithFaceData());
    TRY_ASSIGN(s.holidays, ComplianceFacts::holidays(work));
    TRY_ASSIGN(s.filings, records.filings());
    s.level = FilingRule::level(s.peopleWithFaceData);
    const QDate today = Clock::instance().now().toLocalTime().date();
    if (s.level == FilingRule::Level::Due) {
        TRY_ASSIGN(s.reachedOn, records.dayPeopleReached(FilingRule::kThreshold));
        s.deadline = FilingRule::deadline(s.reachedOn, s.holidays);
        s.workingDaysLeft = FilingRule::workingDaysLeft(today, s.deadline, s.holidays);
    }
    // The newest initial or deregistration decides whether the site is filed now.
    for (const FilingRecord &f : s.filings) {
        if (f.kind == FilingRecord::Kind::Initial) {
            s.filed = true;
            break;
        }
        if (f.kind == FilingRecord::Kind::Deregistration)
            break;
    }
    if (s.filed) {
        // A material change after the last filing (a newer signed assessment) is filed as a change.
        TRY_ASSIGN(const std::optional<ImpactAssessment> assessment, records.latestAssessment());
        const QDate lastFiled = s.filings.constFirst().filedOn;
        if (assessment && assessment->signedAt.toLocalTime().date() > lastFiled)
            s.reminders << FilingService::tr(
                               "The impact assessment was signed again on %1, after the last filing: if the filed "
                               "information changed, file the change within 30 working days.")
                               .arg(Formats::date(assessment->signedAt.toLocalTime().date()));
        if (s.peopleWithFaceData == 0)
            s.reminders << FilingService::tr("No face data is stored any more: if the site has stopped using facial "
                                             "recognition, deregister the filing within 30 working days.");
    }
    switch (s.level) {
    case FilingRule::Level::Below:
        s.summary = FilingService::tr("%1 people have face data stored; filing is needed from %2.")
                        .arg(QLocale().toString(s.peopleWithFaceData))
                        .arg(QLocale().toString(FilingRule::kThreshold));
        break;
    case FilingRule::Level::Approaching:
        s.summary = FilingService::tr("%1 people have face data stored: approaching the filing threshold of %2.")
                        .arg(QLocale().toString(s.peopleWithFaceData))
                        .arg(QLocale().toString(FilingRule::kThreshold));
        break;
    case FilingRule::Level::Due:
        if (s.filed)
            s.summary = FilingService::tr("%1 people have face data stored; the filing was recorded on %2 (%3).")
                            .arg(QLocale().toString(s.peopleWithFaceData))
                            .arg(Formats::date(s.filings.constFirst().filedOn), s.filings.constFirst().reference);
        else if (s.workingDaysLeft >= 0)
            s.summary = FilingService::tr("%1 people have face data stored (the threshold of %2 was reached on %3): "
                                          "file by %4, %n working day(s) from today.",
                                          nullptr, s.workingDaysLeft)
                            .arg(QLocale().toString(s.peopleWithFaceData))
                            .arg(QLocale().toString(FilingRule::kThreshold))
                            .arg(Formats::date(s.reachedOn), Formats::date(s.deadline));
        else
            s.summary = FilingService::tr("%1 people have face data stored (the threshold of %2 was reached on %3): "
                                          "the filing was due on %4 and is overdue.")
                            .arg(QLocale().toString(s.peopleWithFaceData))
                            .arg(QLocale().toString(FilingRule::kThreshold))
                            .arg(Formats::date(s.reachedOn), Formats::date(s.deadline));
        break;
    }
    return s;
}
} // namespace

FilingService::FilingService(Vault &vault)
    : m_vault(vault)
{
}

Result<FilingService::State> FilingService::state()
{
    return UnitOfWork::read(m_vault, Permission::ViewReports, readState);
}

Result<FilingService::State> FilingService::stateIn(UnitOfWork &work)
{
    return readState(work);
}

Status FilingService::setHolidays(const QList<QDate> &days)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings, [&](UnitOfWork &work) -> Status {
        QList<QDate> sorted;
        for (const QDate &day : days) {
            if (!day.isValid())
                return makeError(ErrorKind::Policy, tr("A holiday is not a valid date."));
            if (!sorted.contains(day))
                sorted << day;
        }
        std::sort(sorted.begin(), sorted.end());
        QJsonArray array;
        for (const QDate &day : sorted)
            array.append(day.toString(Qt::ISODate));
        TRY(work.settings().setValue(ComplianceFacts::HolidaysKey,
                                     QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)),
                                     work.actor()));
        TRY(work.audit(AuditKind::SettingsChanged, std::nullopt,
                       { { QStringLiteral("setting"), ComplianceFacts::HolidaysKey },
                         { QStringLiteral("days"), static_cast<int>(sorted.size()) } }));
        work.changed(UnitOfWork::Change::ComplianceChanged);
        return {};
    });
}

Result<qint64> FilingService::record(const FilingRecord &filing)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings, [&](UnitOfWork &work) -> Result<qint64> {
        const QDate today = Clock::instance().now().toLocalTime().date();
        if (!filing.filedOn.isValid())
            return makeError(ErrorKind::Policy, tr("Give the date the filing was made."));
        if (filing.filedOn > today)
            return makeError(ErrorKind::Policy,
                             tr("The filing date %1 is in the future.").arg(Formats::date(filing.filedOn)));
        const QString reference = filing.reference.trimmed();
        if (reference.isEmpty())
            return makeError(ErrorKind::Policy, tr("Give the filing's reference number from the cyberspace office."));
        if (reference.size() > kMaxReferenceLength)
            return makeError(ErrorKind::Policy,
                             tr("The reference number is longer than %1 characters.").arg(kMaxReferenceLength));
        FilingRecord clean = filing;
        clean.reference = reference;
        clean.recordedBy = work.actor();
        TRY_ASSIGN(clean.people, work.compliance().peopleWithFaceData());
        TRY_ASSIGN(const qint64 id, work.compliance().addFiling(clean));
        TRY(work.audit(AuditKind::FilingRecorded, std::nullopt,
                       { { QStringLiteral("kind"), FilingRecord::kindKey(clean.kind) },
                         { QStringLiteral("filed_on"), clean.filedOn.toString(Qt::ISODate) },
                         { QStringLiteral("reference"), clean.reference },
                         { QStringLiteral("people_with_face_data"), clean.people } }));
        work.changed(UnitOfWork::Change::ComplianceChanged);
        return id;
    });
}

Result<QString> FilingService::processingRules(const QString &language)
{
    return UnitOfWork::read(m_vault, Permission::ViewReports, [&](UnitOfWork &work) -> Result<QString> {
        return ComplianceFacts::processingRules(work, language);
    });
}

Status FilingService::setProcessingRules(const QString &text)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings, [&](UnitOfWork &work) -> Status {
        if (text.size() > kMaxRulesLength)
            return makeError(ErrorKind::Policy,
                             tr("The processing rules are longer than %1 characters.").arg(kMaxRulesLength));
        TRY(work.settings().setValue(ComplianceFacts::ProcessingRulesKey, text.trimmed(), work.actor()));
        TRY(work.audit(AuditKind::SettingsChanged, std::nullopt,
                       { { QStringLiteral("setting"), ComplianceFacts::ProcessingRulesKey } }));
        work.changed(UnitOfWork::Change::ComplianceChanged);
        return {};
    });
}

Result<QStringList> FilingService::writePack(const QString &outDir, const QString &language)
{
    return UnitOfWork::read(m_vault, Permission::ViewReports, [&](UnitOfWork &work) -> Result<QStringList> {
        if (!ComplianceDocuments::isDocumentLanguage(language))
            return makeError(ErrorKind::Policy,
                             tr("Unknown document language \"%1\": use zh_CN, en or zh_CN+en.").arg(language));
        FilingMaterials m;
        TRY_ASSIGN(const std::optional<ImpactAssessment> assessment, work.compliance().latestAssessment());
        if (!assessment)
            return makeError(ErrorKind::NotFound,
                             tr("No impact assessment has been signed yet; it is the fifth "
                                "material of the filing. Sign it first."));
        m.assessment = *assessment;
        TRY_ASSIGN(m.current, ComplianceFacts::draft(work, EngineFacts()));
        TRY_ASSIGN(m.profile, work.settings().siteProfile());
        TRY_ASSIGN(m.peopleWithFaceData, work.compliance().peopleWithFaceData());
        for (const QString &l : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
            TRY_ASSIGN(const QString rules, ComplianceFacts::processingRules(work, l));
            m.processingRules.insert(l, rules);
        }
        TRY_ASSIGN(m.devices, work.compliance().devices());
        TRY_ASSIGN(m.filings, work.compliance().filings());
        m.generatedAt = Clock::instance().now();
        m.generatedBy = work.actor();

        // Everything is rendered before anything is written.
        TRY_ASSIGN(const QByteArray pdf, DocumentRenderer(ComplianceDocuments::filingPack(m, language)).toPdf());
        const QByteArray json = QJsonDocument(ComplianceDocuments::filingPackJson(m)).toJson(QJsonDocument::Indented);

        NewFolder folder;
        TRY(folder.make(outDir));
        const QDir out(QFileInfo(outDir).absoluteFilePath());
        const QStringList files { out.filePath(kPdfName), out.filePath(kJsonName) };
        TRY(work.writer().writeAtomically(files.at(0), pdf));
        if (Status ok = work.writer().writeAtomically(files.at(1), json); !ok) {
            QFile::remove(files.at(0));
            return ok.error();
        }
        folder.keep();
        return files;
    });
}

} // namespace consentry
