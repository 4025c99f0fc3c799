#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace consentry::ui {

// The voice behind "Read aloud": a small interface so the tests check the text handed to it (the engine on
// a front-desk PC is Qt TextToSpeech: SAPI/WinRT on Windows, speech-dispatcher on Linux).
class SpeechEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // Empty when text in `language` ("zh_CN", "en") can be spoken; otherwise one sentence saying why not
    // and what to do.
    virtual QString unavailableReason(const QString &language) = 0;
    virtual void speak(const QString &text, const QString &language) = 0;
    virtual void stop() = 0;

    // Qt TextToSpeech, or what a test installed with setFactory().
    static std::unique_ptr<SpeechEngine> create();
    static void setFactory(std::function<std::unique_ptr<SpeechEngine>()> factory); // empty: the real one

Q_SIGNALS:
    void finished(); // the text given to speak() has been said (or speaking failed)
};

// Reads a list of paragraphs one after another and says which one is being read, so the screen can
// highlight it. One paragraph per utterance: the highlight follows the voice, and Stop is immediate.
class ReadAloud : public QObject
{
    Q_OBJECT

public:
    explicit ReadAloud(QObject *parent = nullptr);
    ~ReadAloud() override;

    // Starts at the first paragraph. False (and unavailable(reason)) when the computer cannot speak it.
    bool start(const QStringList &paragraphs, const QString &language);
    void stop();
    bool isReading() const { return m_current >= 0; }
    int currentParagraph() const { return m_current; } // -1 when not reading

Q_SIGNALS:
    void paragraphStarted(int index, const QString &text);
    void stopped(); // the end was reached or stop() was called
    void unavailable(const QString &reason);

private:
    void next();

    std::unique_ptr<SpeechEngine> m_engine;
    QStringList m_paragraphs;
    QString m_language;
    int m_current = -1;
};

} // namespace consentry::ui
