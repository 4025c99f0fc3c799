#pragma once

#include <QString>

namespace consentry::test {

// Paths handed to every suite by consentry_add_test() through the environment.
QString sourceDir(); // the project's root
QString modelDir(); // ../shared/models or CONSENTRY_MODEL_DIR; empty when absent
QString testdataDir(); // ../shared/testdata or CONSENTRY_TESTDATA_DIR; empty when absent
QString cliPath(); // the built consentry-cli
QString appPath(); // the built consentry

// A QSKIP reason that says what is missing and how to provide it.
QString missingModelsReason();
QString missingTestdataReason();

} // namespace consentry::test
