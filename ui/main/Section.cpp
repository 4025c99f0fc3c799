#include "main/Section.h"

namespace consentry::ui {

QList<Section> Sections::all()
{
    return { Section::Preview,   Section::Enroll,     Section::Residents, Section::Verify,  Section::Signage,
             Section::Dashboard, Section::Compliance, Section::Audit,     Section::Settings };
}

QString Sections::key(Section section)
{
    switch (section) {
    case Section::Preview: return QStringLiteral("preview");
    case Section::Enroll: return QStringLiteral("enroll");
    case Section::Residents: return QStringLiteral("residents");
    case Section::Verify: return QStringLiteral("verify");
    case Section::Signage: return QStringLiteral("signage");
    case Section::Dashboard: return QStringLiteral("dashboard");
    case Section::Compliance: return QStringLiteral("compliance");
    case Section::Audit: return QStringLiteral("audit");
    case Section::Settings: return QStringLiteral("settings");
    }
    return QString();
}

QString Sections::title(Section section)
{
    switch (section) {
    case Section::Preview: return tr("Camera preview");
    case Section::Enroll: return tr("Enroll");
    case Section::Residents: return tr("Residents");
    case Section::Verify: return tr("Verify");
    case Section::Signage: return tr("Signage");
    case Section::Dashboard: return tr("Dashboard");
    case Section::Compliance: return tr("Compliance");
    case Section::Audit: return tr("Audit log");
    case Section::Settings: return tr("Settings");
    }
    return QString();
}

QString Sections::summary(Section section)
{
    switch (section) {
    case Section::Preview: return tr("Shows the camera picture with face boxes and hints for a good photo.");
    case Section::Enroll:
        return tr("Shows the notice, records the resident's separate consent or chosen alternative, "
                  "and only then captures face samples.");
    case Section::Residents:
        return tr("Lists residents, their consents and face templates; withdrawal, retention, "
                  "export and deletion.");
    case Section::Verify:
        return tr("Recognises residents at the desk, with another way of verifying identity "
                  "always available.");
    case Section::Signage:
        return tr("Prints the bilingual compliance signs required where facial recognition is used.");
    case Section::Dashboard:
        return tr("Charts and compliance reports: enrollments, withdrawals, verifications and "
                  "data due for deletion.");
    case Section::Compliance:
        return tr("Every legal obligation with its status and fix: notice, signs, devices, impact assessment, "
                  "filing, retention, backups and the audit log.");
    case Section::Audit:
        return tr("The tamper-evident record of every act on personal information, with a chain check.");
    case Section::Settings: return tr("Site profile, users and roles, camera and recognition engine.");
    }
    return QString();
}

} // namespace consentry::ui
