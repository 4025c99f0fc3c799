#include "common/Prompt.h"

#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>

#include <deque>
#include <optional>
#include <variant>

namespace consentry::ui {

namespace {

using DialogAnswer = std::function<int(QDialog &)>;
using Answer = std::variant<bool, QString, DialogAnswer>;

struct Script {
    bool testing = false;
    std::deque<Answer> answers;
    QStringList asked;
    QStringList unanswered;
};

Script &script()
{
    static Script s;
    return s;
}

// The next queued answer if it is of type T; otherwise none (and the queue is left as it is, so a test
// that expected another prompt first sees the mismatch in unanswered() and pendingAnswers()).
template <typename T> std::optional<T> next(const QString &title, const QString &text)
{
    Script &s = script();
    s.asked << (text.isEmpty() ? title : title + QStringLiteral(": ") + text);
    if (!s.answers.empty() && std::holds_alternative<T>(s.answers.front())) {
        T answer = std::get<T>(std::move(s.answers.front()));
        s.answers.pop_front();
        return answer;
    }
    s.unanswered << title;
    return std::nullopt;
}

} // namespace

bool Prompt::confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (isTesting())
        return next<bool>(title, text).value_or(false);
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void Prompt::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (isTesting()) {
        script().asked << title + QStringLiteral(": ") + text; // nothing to answer: it only informs
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void Prompt::information(QWidget *parent, const QString &title, const QString &text)
{
    if (isTesting()) {
        script().asked << title + QStringLiteral(": ") + text; // nothing to answer: it only informs
        return;
    }
    QMessageBox::information(parent, title, text);
}

QString Prompt::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (isTesting())
        return next<QString>(title, suggested).value_or(QString());
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString Prompt::openFileName(QWidget *parent, const QString &title, const QString &start, const QString &filter)
{
    if (isTesting())
        return next<QString>(title, start).value_or(QString());
    return QFileDialog::getOpenFileName(parent, title, start, filter);
}

QString Prompt::folder(QWidget *parent, const QString &title, const QString &start)
{
    if (isTesting())
        return next<QString>(title, start).value_or(QString());
    return QFileDialog::getExistingDirectory(parent, title, start);
}

int Prompt::exec(QDialog &dialog)
{
    if (isTesting()) {
        std::optional<DialogAnswer> answer = next<DialogAnswer>(dialog.windowTitle(), QString());
        return answer ? (*answer)(dialog) : int(QDialog::Rejected);
    }
    return dialog.exec();
}

void Prompt::setTesting(bool testing)
{
    script() = Script();
    script().testing = testing;
}

bool Prompt::isTesting()
{
    return script().testing;
}

void Prompt::setNextAnswer(bool yes)
{
    script().answers.emplace_back(yes);
}

void Prompt::setNextPath(const QString &path)
{
    script().answers.emplace_back(path);
}

void Prompt::setNextDialog(std::function<int(QDialog &)> answer)
{
    script().answers.emplace_back(std::move(answer));
}

int Prompt::pendingAnswers()
{
    return static_cast<int>(script().answers.size());
}

QStringList Prompt::asked()
{
    return script().asked;
}

QStringList Prompt::unanswered()
{
    return script().unanswered;
}

} // namespace consentry::ui
