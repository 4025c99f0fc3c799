#pragma once

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace consentry::ui {

// Runs `work` on a new thread, then `done(result)` on `context`'s thread (skipped if `context` is gone).
// For slow, self-contained core calls such as Argon2id key derivation (about a second at production cost)
// so the window keeps painting. `work` must not touch widgets. The returned thread deletes itself when
// finished; an owner that may die first waits for it (QPointer<QThread> + wait()) in its destructor.
// QtConcurrent is not linked, hence QThread::create.
template <typename Work, typename Done> QThread *runInBackground(QObject *context, Work work, Done done)
{
    using R = std::invoke_result_t<Work &>;
    auto result = std::make_shared<std::optional<R>>();
    QThread *thread = QThread::create([result, work]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done]() mutable { done(std::move(**result)); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

} // namespace consentry::ui
