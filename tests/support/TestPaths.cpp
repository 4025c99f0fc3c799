#include "TestPaths.h"

#include <QDir>
#include <QFileInfo>

namespace consentry::test {

namespace {
QString existingDir(const char *variable)
{
    const QString dir = qEnvironmentVariable(variable);
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? QDir(dir).absolutePath() : QString();
}
} // namespace

QString sourceDir()
{
    return existingDir("CONSENTRY_SOURCE_DIR");
}

QString modelDir()
{
    return existingDir("CONSENTRY_MODEL_DIR");
}

QString testdataDir()
{
    return existingDir("CONSENTRY_TESTDATA_DIR");
}

QString cliPath()
{
    return qEnvironmentVariable("CONSENTRY_CLI");
}

QString appPath()
{
    return qEnvironmentVariable("CONSENTRY_APP");
}

QString missingModelsReason()
{
    return QStringLiteral("needs the face models of ../shared/models (set CONSENTRY_MODEL_DIR or the "
                          "CMake option CONSENTRY_MODEL_DIR); not present on this machine");
}

QString missingTestdataReason()
{
    return QStringLiteral("needs the face images of ../shared/testdata (set CONSENTRY_TESTDATA_DIR or the "
                          "CMake option CONSENTRY_TESTDATA_DIR); not present on this machine");
}

} // namespace consentry::test
