#pragma once

#include "Command.h"

namespace consentry::cli {

// notice show [--version V] [--lang zh_CN|en] [--json]: a published notice version as residents read it (text,
// version, SHA-256, publication time, the material fields it states). Default: the version in force.
class NoticeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(NoticeCommand)

public:
    QString name() const override { return QStringLiteral("notice"); }
    QString synopsis() const override { return QStringLiteral("show [--version V] [--lang zh_CN|en]"); }
    QString summary() const override;
    QString notes() const override;
    QList<QCommandLineOption> options() const override;
    QString positionalName() const override { return QStringLiteral("show"); }
    int run(Context &context) override;
};

// profile set --file site.json (manager): replaces the site profile and publishes the notice it makes; a
// material change marks every consent in force "renewal needed".
class ProfileCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    QString name() const override { return QStringLiteral("profile"); }
    QString synopsis() const override { return QStringLiteral("set --file FILE.json"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QString positionalName() const override { return QStringLiteral("set"); }
    int run(Context &context) override;
};

} // namespace consentry::cli
