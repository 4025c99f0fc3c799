#pragma once

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace consentry::ui {

// Runs slow, self-contained core work (Argon2id key derivation for about a second, rendering a page) off
// the GUI thread so the window keeps painting, and hands the result back on the GUI thread. One job at a
// time. The owner keeps the task as a member: its destructor waits for a running job, so a result never
// reaches a widget that is gone. `work` must not touch widgets; copy what it needs into it.
// (QtConcurrent is not linked; next to such work a thread per job costs nothing.)
class BackgroundTask : public QObject
{
public:
    explicit BackgroundTask(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~BackgroundTask() override
    {
        if (m_thread)
            m_thread->wait();
    }
    BackgroundTask(const BackgroundTask &) = delete;
    BackgroundTask &operator=(const BackgroundTask &) = delete;

    bool isRunning() const { return m_thread != nullptr; }
    // Blocks until a running job's work has returned (its `done` still comes later, on this object's thread):
    // for an owner about to take away what the work reads (a store being locked).
    void wait()
    {
        if (m_thread)
            m_thread->wait();
    }

    // Starts `work()` on a worker thread, then calls `done(result)` on this object's thread. False (and
    // nothing started) while another job runs.
    template <typename Work, typename Done> bool run(Work work, Done done)
    {
        if (m_thread)
            return false;
        using R = std::invoke_result_t<Work &>;
        auto result = std::make_shared<std::optional<R>>();
        m_thread.reset(QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); }));
        connect(m_thread.get(), &QThread::finished, this, [this, result, done = std::move(done)]() mutable {
            m_thread->wait();
            m_thread.reset(); // before done(), which may start the next job
            done(std::move(**result));
        });
        m_thread->start();
        return true;
    }

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace consentry::ui
