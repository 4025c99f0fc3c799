#pragma once

#include "Command.h"

namespace consentry::cli {

// `identify --image IMG [--top K]`: 1:N search of the store's gallery for every face of one image.
// `identify --video FILE [--liveness [--challenge …]]`: the same for the best frame of a video, with the
// presentation-attack check (VideoProbe + LivenessCheck, the code the camera screens use).
class IdentifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IdentifyCommand)

public:
    QString name() const override { return QStringLiteral("identify"); }
    QString synopsis() const override;
    QString summary() const override;
    QString notes() const override;
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace consentry::cli
