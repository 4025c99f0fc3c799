#pragma once

#include "compliance/ImpactAssessment.h"
#include "domain/Device.h"
#include "domain/SiteProfile.h"
#include "print/Document.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace consentry {

// What goes into the filing pack (Provisions art. 15): read from the store by FilingService.
struct FilingMaterials {
    SiteProfile profile;
    qint64 peopleWithFaceData = 0;
    // By language (zh_CN, en): generated from the settings, or the manager's edited text for every language.
    QMap<QString, QString> processingRules;
    ImpactAssessment current; // today's facts (materials two and three state the store as it is now)
    ImpactAssessment assessment; // the newest signed version (material five)
    QList<Device> devices;
    QList<FilingRecord> filings;
    QDateTime generatedAt;
    QString generatedBy;
};

// The impact assessment report and the filing pack as printable Documents (and the pack as JSON). Their words
// are data in both languages, like the notice: `language` is zh_CN, en or zh_CN+en (Chinese first, then
// English), whatever the interface language is.
namespace ComplianceDocuments {

Document assessment(const ImpactAssessment &assessment, const QString &language);
Document filingPack(const FilingMaterials &materials, const QString &language);
QJsonObject filingPackJson(const FilingMaterials &materials);
bool isDocumentLanguage(const QString &language); // zh_CN, en, zh_CN+en

} // namespace ComplianceDocuments
} // namespace consentry
