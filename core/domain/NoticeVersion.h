#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace consentry {

// One published notice text in one language. Immutable once stored: a consent points at the exact text.
struct NoticeVersion {
    qint64 id = 0;
    QString version; // "1", "2", …; the same for all languages of one release
    QString language; // "zh_CN", "en"
    QString body;
    QByteArray sha256; // of body's UTF-8
    QDateTime publishedAt;
};

} // namespace consentry
