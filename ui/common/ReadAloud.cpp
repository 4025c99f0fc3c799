#include "common/ReadAloud.h"

#include <QLocale>
#include <QTextToSpeech>

namespace consentry::ui {

namespace {

std::function<std::unique_ptr<SpeechEngine>()> &factory()
{
    static std::function<std::unique_ptr<SpeechEngine>()> installed;
    return installed;
}

// Qt TextToSpeech, made only when first needed (opening a speech backend can take a moment).
class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT

public:
    QString unavailableReason(const QString &language) override
    {
        if (QTextToSpeech::availableEngines().isEmpty())
            return tr("This computer has no speech engine, so the notice cannot be read aloud. Please read it to "
                      "the resident, or install one (Linux: speech-dispatcher).");
        if (!m_speech) {
            m_speech = new QTextToSpeech(this);
            connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
                if (m_speaking && (state == QTextToSpeech::Ready || state == QTextToSpeech::Error)) {
                    m_speaking = false;
                    Q_EMIT finished();
                }
            });
        }
        if (m_speech->state() == QTextToSpeech::Error) // e.g. speech-dispatcher missing: its own words are English
            return tr("The speech engine on this computer does not work, so the notice cannot be read aloud. Please "
                      "read it to the resident, or have the computer's speech service set up.");
        if (!voiceFor(language))
            return language == QLatin1String("zh_CN")
                ? tr("This computer has no Chinese voice, so the notice cannot be read aloud in Chinese. Please "
                     "read it to the resident, or install a Chinese voice in the system's speech settings.")
                : tr("This computer has no English voice, so the notice cannot be read aloud in English. Please "
                     "read it to the resident, or install an English voice in the system's speech settings.");
        return {};
    }

    void speak(const QString &text, const QString &language) override
    {
        if (!unavailableReason(language).isEmpty()) {
            Q_EMIT finished();
            return;
        }
        if (const std::optional<QLocale> locale = voiceFor(language); locale && m_speech->locale() != *locale)
            m_speech->setLocale(*locale);
        m_speaking = true;
        m_speech->say(text);
    }

    void stop() override
    {
        m_speaking = false;
        if (m_speech)
            m_speech->stop();
    }

private:
    std::optional<QLocale> voiceFor(const QString &language) const
    {
        const QLocale wanted(language);
        for (const QLocale &locale : m_speech->availableLocales()) {
            if (locale.language() == wanted.language())
                return locale;
        }
        return std::nullopt;
    }

    QTextToSpeech *m_speech = nullptr;
    bool m_speaking = false;
};

} // namespace

std::unique_ptr<SpeechEngine> SpeechEngine::create()
{
    if (factory())
        return factory()();
    return std::make_unique<QtSpeechEngine>();
}

void SpeechEngine::setFactory(std::function<std::unique_ptr<SpeechEngine>()> make)
{
    factory() = std::move(make);
}

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
{
}

ReadAloud::~ReadAloud()
{
    if (m_engine)
        m_engine->stop();
}

bool ReadAloud::start(const QStringList &paragraphs, const QString &language)
{
    stop();
    if (!m_engine) {
        m_engine = SpeechEngine::create();
        connect(m_engine.get(), &SpeechEngine::finished, this, &ReadAloud::next, Qt::QueuedConnection);
    }
    if (const QString reason = m_engine->unavailableReason(language); !reason.isEmpty()) {
        Q_EMIT unavailable(reason);
        return false;
    }
    m_paragraphs.clear();
    for (const QString &paragraph : paragraphs) {
        if (!paragraph.trimmed().isEmpty())
            m_paragraphs << paragraph.trimmed();
    }
    m_language = language;
    m_current = -1;
    next();
    return true;
}

void ReadAloud::next()
{
    if (m_paragraphs.isEmpty() && m_current < 0)
        return;
    ++m_current;
    if (m_current >= m_paragraphs.size()) {
        m_current = -1;
        m_paragraphs.clear();
        Q_EMIT stopped();
        return;
    }
    Q_EMIT paragraphStarted(m_current, m_paragraphs.at(m_current));
    m_engine->speak(m_paragraphs.at(m_current), m_language);
}

void ReadAloud::stop()
{
    if (m_current < 0)
        return;
    m_current = -1;
    m_paragraphs.clear();
    if (m_engine)
        m_engine->stop();
    Q_EMIT stopped();
}

} // namespace consentry::ui

#include "ReadAloud.moc"
