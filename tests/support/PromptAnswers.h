#pragma once

#include "common/Prompt.h"

#include <QDialog>

#include <functional>

namespace consentry::test {

// Answers the console's modal questions (ui::Prompt) for one test: while it lives no prompt is shown
// and none waits for a person. Queue the answers in the order the screen will ask; after the action,
// QVERIFY2(answers.allUsed(), …) checks that each was asked for, and asked() says what the screen said.
class PromptAnswers
{
public:
    PromptAnswers() { ui::Prompt::setTesting(true); }
    ~PromptAnswers() { ui::Prompt::setTesting(false); }
    PromptAnswers(const PromptAnswers &) = delete;
    PromptAnswers &operator=(const PromptAnswers &) = delete;

    PromptAnswers &yes() { return confirm(true); }
    PromptAnswers &cancel() { return confirm(false); }
    PromptAnswers &confirm(bool answer)
    {
        ui::Prompt::setNextAnswer(answer);
        return *this;
    }
    PromptAnswers &path(const QString &path) // a file or folder chosen; empty: the chooser was cancelled
    {
        ui::Prompt::setNextPath(path);
        return *this;
    }
    PromptAnswers &dialog(std::function<int(QDialog &)> answer) // runs the dialog the screen opens
    {
        ui::Prompt::setNextDialog(std::move(answer));
        return *this;
    }

    bool allUsed() const { return ui::Prompt::pendingAnswers() == 0 && ui::Prompt::unanswered().isEmpty(); }
    QStringList asked() const { return ui::Prompt::asked(); }
    QStringList unanswered() const { return ui::Prompt::unanswered(); }
    // Why allUsed() is false, for QVERIFY2.
    QByteArray report() const
    {
        return QStringLiteral("%1 answer(s) left; unanswered: %2; asked: %3")
            .arg(ui::Prompt::pendingAnswers())
            .arg(ui::Prompt::unanswered().join(QStringLiteral(" | ")), ui::Prompt::asked().join(QStringLiteral(" | ")))
            .toUtf8();
    }
};

} // namespace consentry::test
