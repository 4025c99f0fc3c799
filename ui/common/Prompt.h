#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QDialog;
class QWidget;

namespace consentry::ui {

// Every modal question the console asks (confirm, warn, choose a file or a folder, run a dialog) goes
// through here, so that a test answers it instead of a person, in the style of KeePassXC's
// MessageBox::setNextAnswer: the test queues the answers, the screen asks as usual, and nothing waits.
class Prompt
{
    Q_DECLARE_TR_FUNCTIONS(Prompt)

public:
    // Yes or Cancel, Cancel the default (a slip of the Enter key changes nothing).
    static bool confirm(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text); // as warning()
    // Empty when cancelled.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    static QString openFileName(QWidget *parent, const QString &title, const QString &start, const QString &filter);
    static QString folder(QWidget *parent, const QString &title, const QString &start);
    // QDialog::exec(), or the queued test answer.
    static int exec(QDialog &dialog);

    // For tests. While testing, no prompt is ever shown: each takes the next queued answer, and one with
    // no answer of its kind is cancelled (Cancel, no file, Rejected) and listed in unanswered().
    static void setTesting(bool testing);
    static bool isTesting();
    static void setNextAnswer(bool yes); // the next confirm()
    static void setNextPath(const QString &path); // the next saveFileName/openFileName/folder; empty: cancel
    static void setNextDialog(std::function<int(QDialog &)> answer); // the next exec(); gets the dialog
    static int pendingAnswers(); // queued and not used yet
    // "title: text" of every prompt since setTesting(true), warnings included; for a file or folder chooser
    // the text is the suggested or starting path.
    static QStringList asked();
    static QStringList unanswered(); // the titles of the prompts that found no answer of their kind
};

} // namespace consentry::ui
