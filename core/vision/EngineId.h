#pragma once

#include <QString>

namespace consentry {

// Which recognizer made a template: the model card id (or the classical method's id), the SHA-256 of the
// exact model file (or of the classical method's parameters) and the template length. Templates are only
// ever compared with templates of an equal EngineId: a new model means re-enrollment, never a silent mix.
struct EngineId {
    QString name;
    QString modelSha256;
    int dim = 0;

    bool isValid() const { return !name.isEmpty() && !modelSha256.isEmpty() && dim > 0; }
    QString key() const { return name + QLatin1Char('@') + modelSha256; } // what the store saves
    friend bool operator==(const EngineId &a, const EngineId &b)
    {
        return a.dim == b.dim && a.name == b.name && a.modelSha256 == b.modelSha256;
    }
    friend bool operator!=(const EngineId &a, const EngineId &b) { return !(a == b); }
};

} // namespace consentry
