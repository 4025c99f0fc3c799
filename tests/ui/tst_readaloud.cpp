// The notice read aloud: the text handed to the speech engine is the notice the resident is shown, title,
// headings and paragraphs in order, one at a time; the paragraph being read is the one highlighted; Stop,
// closing the dialog and switching the language stop the voice; a computer without a voice for the
// language says so in one sentence instead of staying silent. The engine is a test double behind
// SpeechEngine (the real one needs a sound card and a voice).

#include "Screenshot.h"
#include "Widgets.h"
#include "common/ReadAloud.h"
#include "compliance/NoticeText.h"
#include "enroll/ConsentDialog.h"
#include "platform/Language.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

namespace {

// Records what it was asked to say; says nothing until the test calls finishOne().
class RecordingEngine : public SpeechEngine
{
public:
    QString reason; // non-empty: no voice
    QStringList said;
    QStringList languages;
    int stops = 0;

    QString unavailableReason(const QString &) override { return reason; }
    void speak(const QString &text, const QString &language) override
    {
        said << text;
        languages << language;
    }
    void stop() override { ++stops; }
    void finishOne() { Q_EMIT finished(); }
};

RecordingEngine *g_engine = nullptr;

NoticeDocument notice(const QString &language)
{
    NoticeDocument d;
    d.language = language;
    if (language == QLatin1String("en")) {
        d.title = QStringLiteral("Notice on facial recognition at Lakeside");
        d.sections
            = { { QStringLiteral("1. Purpose"), { QStringLiteral("Faces are compared only to open the door.") } },
                { QStringLiteral("2. Your choice"),
                  { QStringLiteral("You may use a key card instead; it costs nothing."),
                    QStringLiteral("You may withdraw at any time.") } } };
    } else {
        d.title = QStringLiteral("湖畔小区人脸识别告知书");
        d.sections = { { QStringLiteral("一、目的"), { QStringLiteral("人脸信息仅用于开门核验。") } },
                       { QStringLiteral("二、您的选择"), { QStringLiteral("您可以改用门禁卡，不收取任何费用。") } } };
    }
    return d;
}

} // namespace

class TestReadAloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void readsTheNoticeParagraphByParagraph();
    void stopsWithTheDialogAndTheLanguage();
    void saysWhenThereIsNoVoice();
    void realEngineAnswers();

private:
    std::unique_ptr<ConsentDialog> dialog();
};

void TestReadAloud::initTestCase()
{
    QVERIFY(Language::install(qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"))));
    // Translations not yet merged into translations/*.ts can be checked on screen with a .qm built from them.
    if (const QString extra = qEnvironmentVariable("CONSENTRY_TEST_EXTRA_QM"); !extra.isEmpty()) {
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(extra));
        QCoreApplication::installTranslator(translator);
    }
}

void TestReadAloud::init()
{
    SpeechEngine::setFactory([] {
        auto engine = std::make_unique<RecordingEngine>();
        g_engine = engine.get();
        return engine;
    });
    g_engine = nullptr;
}

void TestReadAloud::cleanup()
{
    SpeechEngine::setFactory({});
}

std::unique_ptr<ConsentDialog> TestReadAloud::dialog()
{
    auto d
        = std::make_unique<ConsentDialog>(QList<ShownNotice> { { QStringLiteral("7"), notice(QStringLiteral("zh_CN")) },
                                                               { QStringLiteral("8"), notice(QStringLiteral("en")) } },
                                          QStringList { QStringLiteral("Key card") }, QStringLiteral("wang"));
    d->show();
    if (!QTest::qWaitForWindowExposed(d.get()))
        qWarning("dialog not exposed");
    return d;
}

void TestReadAloud::readsTheNoticeParagraphByParagraph()
{
    auto d = dialog();
    auto *button = child<QPushButton>(d.get(), "readAloudButton");
    QVERIFY(!button->accessibleName().isEmpty() || !button->text().isEmpty());
    button->click();
    QVERIFY(g_engine);
    const NoticeDocument shown = notice(QStringLiteral("zh_CN"));
    const QStringList expected { shown.title, shown.sections.at(0).heading, shown.sections.at(0).paragraphs.at(0),
                                 shown.sections.at(1).heading, shown.sections.at(1).paragraphs.at(0) };
    QCOMPARE(d->spokenParagraphs(), expected);
    // One paragraph at a time, each highlighted while it is said, in the notice's own language.
    for (int i = 0; i < expected.size(); ++i) {
        QTRY_COMPARE(g_engine->said.size(), i + 1);
        QCOMPARE(g_engine->said.at(i), expected.at(i));
        QCOMPARE(g_engine->languages.at(i), QStringLiteral("zh_CN"));
        QCOMPARE(d->highlightedText(), expected.at(i));
        if (i == 2)
            test::saveScreenshot(d.get(), QStringLiteral("readaloud-paragraph"));
        QVERIFY(button->isChecked());
        g_engine->finishOne();
    }
    // After the last one: the button is released and nothing stays highlighted.
    QTRY_VERIFY(!button->isChecked());
    QVERIFY(d->highlightedText().isEmpty());
    QCOMPARE(g_engine->said.size(), expected.size());
}

void TestReadAloud::stopsWithTheDialogAndTheLanguage()
{
    auto d = dialog();
    auto *button = child<QPushButton>(d.get(), "readAloudButton");
    button->click();
    QTRY_COMPARE(g_engine->said.size(), 1);
    // Another language: the voice stops; asked again it reads the English notice from its start.
    child<QComboBox>(d.get(), "noticeLanguageBox")->setCurrentIndex(1);
    QVERIFY(g_engine->stops >= 1);
    QVERIFY(!button->isChecked());
    QVERIFY(d->highlightedText().isEmpty());
    button->click();
    QTRY_COMPARE(g_engine->said.size(), 2);
    QCOMPARE(g_engine->said.last(), notice(QStringLiteral("en")).title);
    QCOMPARE(g_engine->languages.last(), QStringLiteral("en"));
    // Stop by the same button.
    const int stops = g_engine->stops;
    button->click();
    QCOMPARE(g_engine->stops, stops + 1);
    g_engine->finishOne(); // a late "finished" from the engine does not start the next paragraph
    QTest::qWait(50);
    QCOMPARE(g_engine->said.size(), 2);
    // Closing the dialog stops it too.
    button->click();
    QTRY_COMPARE(g_engine->said.size(), 3);
    d->reject();
    QCOMPARE(g_engine->stops, stops + 2);
}

void TestReadAloud::saysWhenThereIsNoVoice()
{
    SpeechEngine::setFactory([] {
        auto engine = std::make_unique<RecordingEngine>();
        engine->reason = QStringLiteral("This computer has no Chinese voice.");
        g_engine = engine.get();
        return engine;
    });
    auto d = dialog();
    auto *button = child<QPushButton>(d.get(), "readAloudButton");
    button->click();
    auto *status = child<QLabel>(d.get(), "readAloudStatus");
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("This computer has no Chinese voice."));
    QVERIFY(!button->isChecked());
    QVERIFY(g_engine->said.isEmpty());
}

void TestReadAloud::realEngineAnswers()
{
    // Qt TextToSpeech as installed here: it can speak Chinese, or it says why not in a sentence (a CI machine
    // has no sound and usually no voice). Either way it answers and does not hang.
    SpeechEngine::setFactory({});
    std::unique_ptr<SpeechEngine> engine = SpeechEngine::create();
    QElapsedTimer clock;
    clock.start();
    const QString reason = engine->unavailableReason(QStringLiteral("zh_CN"));
    qInfo("real engine: %s (%lld ms)", reason.isEmpty() ? "can speak Chinese" : qPrintable(reason), clock.elapsed());
    QVERIFY(reason.isEmpty() || reason.endsWith(QLatin1Char('.')) || reason.endsWith(QChar(0x3002))); // . or 。
}

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
