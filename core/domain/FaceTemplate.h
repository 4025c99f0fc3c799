#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace consentry {

// A face template: an embedding vector, never an image. Only compared with templates of the same engine.
struct FaceTemplate {
    qint64 id = 0;
    qint64 residentId = 0;
    QString engineId;        // e.g. "sface-2021dec", "lbp-v1"
    QByteArray modelSha256;  // of the model file that made it
    QByteArray vector;       // raw floats
    double quality = 0.0;
    QDateTime createdAt;
    QDateTime lastMatchedAt; // invalid: never matched
};

} // namespace consentry
