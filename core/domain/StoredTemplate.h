#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace consentry {

// A face template as the store keeps it: the bytes of a vision FaceTemplate (an embedding, never an image)
// with its engine and bookkeeping. Turned back into a comparable FaceTemplate only for its own engine.
struct StoredTemplate {
    qint64 id = 0;
    qint64 residentId = 0;
    QString engineId; // e.g. "sface-2021dec", "lbp-v1"
    QByteArray modelSha256; // of the model file that made it
    QByteArray vector; // raw floats
    double quality = 0.0;
    QDateTime createdAt;
    QDateTime lastMatchedAt; // invalid: never matched
};

} // namespace consentry
