// The GUI suites' own tools: a missing widget fails the one test that looked for it (with its name and
// where it was looked for) and the suite goes on; it never aborts the binary.

#include "Widgets.h"

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

QTEST_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
