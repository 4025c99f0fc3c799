#pragma once

#include "vision/FrameSource.h"

#include <QStringList>

namespace consentry {

// The images of one folder in name order, as frames (via ImageLoader, so bad files are skipped rather
// than crashing anything). Useful for demos, tests and enrollment from photos.
class ImageFolderSource final : public FrameSource
{
    Q_DECLARE_TR_FUNCTIONS(ImageFolderSource)

public:
    explicit ImageFolderSource(const QString &folder, double framesPerSecond = 5, bool loop = false);

    QString description() const override { return m_folder; }
    bool isLive() const override { return false; }
    double framesPerSecond() const override { return m_fps; }
    Status open() override;
    void close() override { }
    ReadResult read(cv::Mat &frame) override;

    int skipped() const { return m_skipped; } // files that were not readable images

private:
    QString m_folder;
    double m_fps;
    bool m_loop;
    QStringList m_files;
    int m_next = 0;
    int m_skipped = 0;
};

} // namespace consentry
