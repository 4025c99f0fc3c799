// The GUI suites' own tools: a missing widget fails the one test that looked for it (with its name and
// where it was looked for) and the suite goes on; it never aborts the binary. The console's modal
// questions take the answers a test queued, in order and by kind, and none waits for a person.

#include "PromptAnswers.h"
#include "Widgets.h"
#include "common/Prompt.h"

#include <QDialog>

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

using consentry::test::child;

class TestTestSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsAChildByName();
    void missingChildFailsOnlyThisTest();
    void suiteGoesOnAfterAMissingChild();
    void promptsTakeTheQueuedAnswers();
    void unansweredPromptsAreCancelledAndListed();

private:
    bool m_reachedAfterMissing = false;
};

void TestTestSupport::findsAChildByName()
{
    QWidget parent;
    auto *edit = new QLineEdit(&parent);
    edit->setObjectName(QStringLiteral("nameEdit"));
    new QLabel(&parent); // another type is not confused with it
    QCOMPARE(child<QLineEdit>(parent, "nameEdit"), edit);
    QCOMPARE(child<QLineEdit>(&parent, "nameEdit"), edit);
}

void TestTestSupport::missingChildFailsOnlyThisTest()
{
    QWidget parent;
    parent.setObjectName(QStringLiteral("page"));
    auto *layout = new QVBoxLayout(&parent);
    auto *label = new QLabel(QStringLiteral("here"), &parent);
    label->setObjectName(QStringLiteral("label"));
    layout->addWidget(label);
    parent.show();
    QEXPECT_FAIL("", "the lookup reports a missing widget as this test's failure", Continue);
    QLineEdit *missing = child<QLineEdit>(parent, "label"); // a QLabel by that name is not a QLineEdit
    // The stand-in keeps the rest of the test from crashing; it is not part of what is shown.
    QVERIFY(missing);
    QVERIFY(!missing->isVisible());
    QCOMPARE(missing->parent(), &parent);
    m_reachedAfterMissing = true;
}

void TestTestSupport::suiteGoesOnAfterAMissingChild()
{
    QVERIFY(m_reachedAfterMissing);
}

void TestTestSupport::promptsTakeTheQueuedAnswers()
{
    using consentry::ui::Prompt;
    consentry::test::PromptAnswers answers;
    QVERIFY(Prompt::isTesting());
    answers.yes().cancel().path(QStringLiteral("/tmp/a.pdf")).dialog([](QDialog &dialog) {
        dialog.setObjectName(QStringLiteral("answered"));
        return 42;
    });
    QVERIFY(Prompt::confirm(nullptr, QStringLiteral("First"), QStringLiteral("Sure?")));
    QVERIFY(!Prompt::confirm(nullptr, QStringLiteral("Second"), QStringLiteral("Sure?")));
    QCOMPARE(Prompt::saveFileName(nullptr, QStringLiteral("Save"), QStringLiteral("b.pdf"), QString()),
             QStringLiteral("/tmp/a.pdf"));
    QDialog dialog;
    dialog.setWindowTitle(QStringLiteral("A dialog"));
    QCOMPARE(Prompt::exec(dialog), 42);
    QCOMPARE(dialog.objectName(), QStringLiteral("answered"));
    Prompt::warning(nullptr, QStringLiteral("Careful"), QStringLiteral("It only informs."));
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QCOMPARE(
        answers.asked(),
        QStringList({ QStringLiteral("First: Sure?"), QStringLiteral("Second: Sure?"), QStringLiteral("Save: b.pdf"),
                      QStringLiteral("A dialog"), QStringLiteral("Careful: It only informs.") }));
}

void TestTestSupport::unansweredPromptsAreCancelledAndListed()
{
    using consentry::ui::Prompt;
    {
        consentry::test::PromptAnswers answers;
        answers.path(QStringLiteral("/tmp/x")); // a file answer, but the screen asks a question first
        QVERIFY(!Prompt::confirm(nullptr, QStringLiteral("Delete?"), QString())); // Cancel, never Yes
        QDialog dialog;
        dialog.setWindowTitle(QStringLiteral("Print"));
        QCOMPARE(Prompt::exec(dialog), int(QDialog::Rejected));
        QVERIFY(!answers.allUsed());
        QCOMPARE(answers.unanswered(), QStringList({ QStringLiteral("Delete?"), QStringLiteral("Print") }));
        QCOMPARE(Prompt::pendingAnswers(), 1);
    }
    // After the test the prompts are real again, with nothing left over.
    QVERIFY(!Prompt::isTesting());
    QCOMPARE(Prompt::pendingAnswers(), 0);
}

QTEST_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
