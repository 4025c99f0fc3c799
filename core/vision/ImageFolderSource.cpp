#include "vision/ImageFolderSource.h"

#include "vision/ImageLoader.h"

#include <QDir>

namespace consentry {

ImageFolderSource::ImageFolderSource(const QString &folder, double framesPerSecond, bool loop)
    : m_folder(folder)
    , m_fps(framesPerSecond)
    , m_loop(loop)
{
}

Status ImageFolderSource::open()
{
    const QDir dir(m_folder);
    const QString shown = QDir::toNativeSeparators(m_folder);
    if (!dir.exists())
        return makeError(ErrorKind::NotFound, tr("The folder %1 does not exist; check the path.").arg(shown));
    m_files.clear();
    const QStringList names = dir.entryList(
        { QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"), QStringLiteral("*.bmp"),
          QStringLiteral("*.pgm"), QStringLiteral("*.ppm"), QStringLiteral("*.JPG"), QStringLiteral("*.PNG") },
        QDir::Files, QDir::Name);
    for (const QString &name : names)
        m_files << dir.filePath(name);
    if (m_files.isEmpty())
        return makeError(ErrorKind::NotFound, tr("The folder %1 has no images (JPEG, PNG, BMP, PGM).").arg(shown));
    m_next = 0;
    m_skipped = 0;
    return {};
}

FrameSource::ReadResult ImageFolderSource::read(cv::Mat &frame)
{
    int failuresInARow = 0;
    while (failuresInARow <= m_files.size()) {
        if (m_next >= m_files.size()) {
            if (!m_loop || m_files.isEmpty())
                return ReadResult::Ended;
            m_next = 0;
        }
        Result<cv::Mat> image = ImageLoader::load(m_files.at(m_next++));
        if (image.ok()) {
            frame = image.value();
            return ReadResult::Frame;
        }
        ++m_skipped;
        ++failuresInARow;
    }
    return ReadResult::Ended; // every file is bad
}

} // namespace consentry
