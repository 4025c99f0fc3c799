#pragma once

// For the console's suites (they link the ui library): the console started as one user of a fixture's store.

#include "VaultFixture.h"
#include "main/AppController.h"

namespace consentry::test {

// As if `user` had signed in at the login dialog; false when the store does not open for them.
[[nodiscard]] inline bool startAs(ui::AppController &app, VaultFixture &store, const char *user)
{
    std::unique_ptr<Vault> vault = store.openAs(QString::fromLatin1(user));
    if (!vault)
        return false;
    app.startWith(std::move(vault));
    return true;
}

} // namespace consentry::test
