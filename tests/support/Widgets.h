#pragma once

#include <QTest>
#include <QWidget>

#include <type_traits>

namespace consentry::test {

// The child of `parent` with this objectName. A missing one fails the current test, naming the widget and
// the place that looked for it, and returns a hidden stand-in (a new T, owned by `parent`) so the suite
// goes on with its other tests instead of aborting the binary the way qFatal did.
template <typename T>
T *child(QObject *parent, const char *name, const char *file = __builtin_FILE(), int line = __builtin_LINE())
{
    static_assert(std::is_base_of_v<QObject, T>, "child<T>() finds QObjects");
    if (T *found = parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr)
        return found;
    const QByteArray message = QByteArray("No ") + T::staticMetaObject.className() + " named \"" + name + "\" in "
        + (parent ? parent->metaObject()->className() : "(null)")
        + (parent && !parent->objectName().isEmpty() ? " \"" + parent->objectName().toUtf8() + '"' : QByteArray());
    QTest::qFail(message.constData(), file, line);
    T *standIn = new T;
    if constexpr (std::is_base_of_v<QWidget, T>) {
        if (auto *widget = qobject_cast<QWidget *>(parent))
            standIn->setParent(widget);
        standIn->hide();
    } else {
        standIn->setParent(parent);
    }
    return standIn;
}

template <typename T>
T *child(QObject &parent, const char *name, const char *file = __builtin_FILE(), int line = __builtin_LINE())
{
    return child<T>(&parent, name, file, line);
}

} // namespace consentry::test
