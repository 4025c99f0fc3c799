#include "platform/Application.h"

#include <QCoreApplication>

#include <opencv2/core/version.hpp>

namespace consentry::Application {

QString name()
{
    return QStringLiteral("Consentry");
}

QString version()
{
    return QStringLiteral(CONSENTRY_VERSION);
}

QString versionLine()
{
    return QStringLiteral("%1 %2 (Qt %3, OpenCV %4)")
        .arg(name(), version(), QString::fromLatin1(qVersion()), QStringLiteral(CV_VERSION));
}

void setIdentity()
{
    // No organisation name: the data folder is ".../consentry" on every platform, not ".../Org/consentry".
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("consentry.example"));
    QCoreApplication::setApplicationName(QStringLiteral("consentry"));
    QCoreApplication::setApplicationVersion(version());
}

} // namespace consentry::Application
