#include "vision/FrameGrabber.h"

#include <QElapsedTimer>

#include <chrono>

namespace consentry {

FrameGrabber::FrameGrabber(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<consentry::FrameGrabber::State>("consentry::FrameGrabber::State");
}

FrameGrabber::~FrameGrabber()
{
    stop();
}

FrameGrabber::Analyser FrameGrabber::pipelineAnalyser(std::shared_ptr<FacePipeline> pipeline)
{
    return [pipeline](const cv::Mat &frame) -> std::shared_ptr<const FrameAnalysis> {
        Result<FrameAnalysis> analysis = pipeline->analyse(frame);
        if (!analysis.ok())
            return nullptr;
        return std::make_shared<const FrameAnalysis>(std::move(analysis).value());
    };
}

void FrameGrabber::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = std::max(1, firstMs);
    m_maxDelayMs = std::max(m_firstDelayMs, maxMs);
}

void FrameGrabber::start(std::unique_ptr<FrameSource> source)
{
    stop();
    if (!source)
        return;
    m_source = std::move(source);
    m_stopping = false;
    {
        std::lock_guard<std::mutex> lock(m_frameMutex);
        m_latest = Frame();
        m_taken = true;
    }
    m_notified = false;
    m_captured = 0;
    m_dropped = 0;
    FrameSource *raw = m_source.get();
    m_thread = QThread::create([this, raw] { run(raw); });
    m_thread->setObjectName(QStringLiteral("consentry-capture"));
    m_thread->start();
}

void FrameGrabber::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard<std::mutex> lock(m_sleepMutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_source)
        m_source->close();
    m_source.reset();
    setState(State::Stopped);
}

bool FrameGrabber::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

FrameGrabber::Frame FrameGrabber::latestFrame() const
{
    std::lock_guard<std::mutex> lock(m_frameMutex);
    m_taken = true;
    m_notified = false;
    return m_latest;
}

void FrameGrabber::setState(State state, const QString &message)
{
    const State previous = m_state.exchange(state);
    if (previous != state || !message.isEmpty())
        Q_EMIT stateChanged(state, message);
}

bool FrameGrabber::sleepFor(int ms)
{
    std::unique_lock<std::mutex> lock(m_sleepMutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping.load(); });
    return !m_stopping.load();
}

bool FrameGrabber::reconnect(FrameSource *source, State why, const QString &message)
{
    setState(why, message);
    int delay = m_firstDelayMs;
    for (;;) {
        source->close();
        if (!sleepFor(delay))
            return false;
        if (source->open().ok()) {
            setState(State::Reconnected);
            return true;
        }
        delay = std::min(delay * 2, m_maxDelayMs);
    }
}

void FrameGrabber::run(FrameSource *source)
{
    setState(State::Opening);
    const Status opened = source->open();
    if (!opened.ok()) {
        if (!source->isLive()) {
            setState(State::Failed, opened.errorMessage());
            return;
        }
        if (!reconnect(source, State::NoCamera, opened.errorMessage()))
            return;
    }

    const double fps = source->framesPerSecond();
    const qint64 periodNs = fps > 0 ? static_cast<qint64>(1e9 / fps) : 0;
    QElapsedTimer pace;
    pace.start();
    qint64 nextDueNs = 0;
    cv::Mat frame;
    while (!m_stopping.load()) {
        const FrameSource::ReadResult result = source->read(frame);
        if (m_stopping.load())
            break;
        if (result == FrameSource::ReadResult::Ended) {
            setState(State::Ended);
            return;
        }
        if (result == FrameSource::ReadResult::Lost) {
            if (!source->isLive()) {
                setState(State::Ended, tr("The video stopped delivering frames."));
                return;
            }
            if (!reconnect(source, State::Lost, tr("The camera stopped delivering pictures; reconnecting…")))
                return;
            continue;
        }

        std::shared_ptr<const FrameAnalysis> analysis = m_analyser ? m_analyser(frame) : nullptr;
        quint64 sequence;
        {
            std::lock_guard<std::mutex> lock(m_frameMutex);
            if (!m_taken)
                ++m_dropped;
            m_latest.image = frame;
            m_latest.analysis = std::move(analysis);
            m_latest.sequence = ++m_captured;
            m_taken = false;
            sequence = m_latest.sequence;
        }
        frame = cv::Mat(); // the next read() must not write into the published image
        if (state() != State::Running)
            setState(State::Running);
        if (!m_notified.exchange(true))
            Q_EMIT frameReady(sequence);

        if (periodNs > 0) {
            nextDueNs += periodNs;
            const qint64 waitNs = nextDueNs - pace.nsecsElapsed();
            if (waitNs > 0 && !sleepFor(static_cast<int>(waitNs / 1000000)))
                break;
            if (waitNs < -periodNs) // fell behind (slow analyser): do not try to catch up
                nextDueNs = pace.nsecsElapsed();
        }
    }
}

} // namespace consentry
