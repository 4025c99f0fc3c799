// ImageLoader: every bad file gets a clear error and no crash; odd pixel formats come out as 8-bit BGR.

#include "vision/ImageLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace consentry;

class TestImageLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsFormats_data();
    void readsFormats();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesHugeBeforeAllocating();
    void probesHeaders();
    void unreadableFile();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QString writeMat(const QString &name, const cv::Mat &mat);
    QTemporaryDir m_dir;
};

QString TestImageLoader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

QString TestImageLoader::writeMat(const QString &name, const cv::Mat &mat)
{
    const QString path = m_dir.filePath(name);
    if (!cv::imwrite(path.toStdString(), mat))
        qFatal("cannot encode test image");
    return path;
}

void TestImageLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestImageLoader::readsFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::newRow("grey png") << QStringLiteral("grey.png") << CV_8UC1;
    QTest::newRow("16-bit png") << QStringLiteral("deep.png") << CV_16UC1;
    QTest::newRow("16-bit colour png") << QStringLiteral("deep3.png") << CV_16UC3;
    QTest::newRow("alpha png") << QStringLiteral("alpha.png") << CV_8UC4;
    QTest::newRow("colour jpeg") << QStringLiteral("colour.jpg") << CV_8UC3;
    QTest::newRow("grey jpeg") << QStringLiteral("grey.jpg") << CV_8UC1;
    QTest::newRow("bmp") << QStringLiteral("colour.bmp") << CV_8UC3;
    QTest::newRow("pgm") << QStringLiteral("grey.pgm") << CV_8UC1;
}

void TestImageLoader::readsFormats()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    cv::Mat source(120, 100, type);
    cv::randu(source, cv::Scalar::all(0), cv::Scalar::all(CV_MAT_DEPTH(type) == CV_16U ? 65535 : 255));
    const QString path = writeMat(name, source);
    Result<cv::Mat> image = ImageLoader::load(path);
    QVERIFY2(image.ok(), qPrintable(image.errorMessage()));
    QCOMPARE(image->type(), CV_8UC3);
    QCOMPARE(image->cols, 100);
    QCOMPARE(image->rows, 120);
}

void TestImageLoader::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");

    std::vector<uchar> jpeg;
    cv::Mat noise(200, 200, CV_8UC3);
    cv::randu(noise, cv::Scalar::all(0), cv::Scalar::all(255));
    cv::imencode(".jpg", noise, jpeg);
    const QByteArray full(reinterpret_cast<const char *>(jpeg.data()), static_cast<qsizetype>(jpeg.size()));
    std::vector<uchar> png;
    cv::imencode(".png", noise, png);
    const QByteArray fullPng(reinterpret_cast<const char *>(png.data()), static_cast<qsizetype>(png.size()));
    std::vector<uchar> tiny;
    cv::imencode(".png", cv::Mat(1, 1, CV_8UC3, cv::Scalar::all(7)), tiny);

    QTest::newRow("empty") << QByteArray() << int(ErrorKind::Data);
    QTest::newRow("text") << QByteArray("hello, this is not an image\n") << int(ErrorKind::Data);
    QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << int(ErrorKind::Data);
    QTest::newRow("truncated jpeg") << full.left(full.size() / 2) << int(ErrorKind::Data);
    QTest::newRow("jpeg header only") << full.left(40) << int(ErrorKind::Data);
    QTest::newRow("truncated png") << fullPng.left(fullPng.size() / 2) << int(ErrorKind::Data);
    QTest::newRow("png signature only") << fullPng.left(8) << int(ErrorKind::Data);
    QTest::newRow("1x1 png") << QByteArray(reinterpret_cast<const char *>(tiny.data()),
                                           static_cast<qsizetype>(tiny.size()))
                             << int(ErrorKind::Data);
    QTest::newRow("pgm without pixels") << QByteArray("P5\n64 64\n255\n") << int(ErrorKind::Data);
}

void TestImageLoader::refusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    const QString path = write(QStringLiteral("bad_%1.img")
                                   .arg(QString::fromLatin1(QTest::currentDataTag()))
                                   .replace(QLatin1Char(' '), QLatin1Char('_')),
                               bytes);
    Result<cv::Mat> image = ImageLoader::load(path);
    QVERIFY(!image.ok());
    QCOMPARE(int(image.errorKind()), kind);
    QVERIFY2(image.errorMessage().contains(path), qPrintable(image.errorMessage()));
}

void TestImageLoader::refusesHugeBeforeAllocating()
{
    // A 20000×20000 PNG header in front of a few bytes: if the loader trusted the decoder it would try to
    // allocate 1.2 GB. The header check must refuse it first.
    std::vector<uchar> png;
    cv::imencode(".png", cv::Mat(64, 64, CV_8UC1, cv::Scalar(1)), png);
    QByteArray bytes(reinterpret_cast<const char *>(png.data()), static_cast<qsizetype>(png.size()));
    const uchar dims[8] = { 0, 0, 0x4e, 0x20, 0, 0, 0x4e, 0x20 }; // 20000, 20000 big-endian
    bytes.replace(16, 8, QByteArray(reinterpret_cast<const char *>(dims), 8));
    Result<cv::Mat> image = ImageLoader::load(write(QStringLiteral("huge.png"), bytes));
    QVERIFY(!image.ok());
    QCOMPARE(image.errorKind(), ErrorKind::Data);
    QVERIFY2(image.errorMessage().contains(QStringLiteral("20000")), qPrintable(image.errorMessage()));

    // The same through a JPEG frame header.
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", cv::Mat(64, 64, CV_8UC3, cv::Scalar::all(100)), jpeg);
    QByteArray j(reinterpret_cast<const char *>(jpeg.data()), static_cast<qsizetype>(jpeg.size()));
    const int sof = j.indexOf(QByteArray("\xff\xc0", 2));
    QVERIFY(sof > 0);
    j[sof + 5] = '\x4e';
    j[sof + 6] = '\x20';
    j[sof + 7] = '\x4e';
    j[sof + 8] = '\x20';
    image = ImageLoader::load(write(QStringLiteral("huge.jpg"), j));
    QVERIFY(!image.ok());
    QVERIFY2(image.errorMessage().contains(QStringLiteral("20000")), qPrintable(image.errorMessage()));

    Result<cv::Mat> missing = ImageLoader::load(m_dir.filePath(QStringLiteral("nothing-here.png")));
    QCOMPARE(missing.errorKind(), ErrorKind::NotFound);
    Result<cv::Mat> folder = ImageLoader::load(m_dir.path());
    QCOMPARE(folder.errorKind(), ErrorKind::InvalidArgument);
}

void TestImageLoader::probesHeaders()
{
    for (const char *ext : { ".png", ".jpg", ".bmp", ".pgm", ".ppm", ".tiff" }) {
        std::vector<uchar> bytes;
        const bool grey = QByteArray(ext) == ".pgm";
        QVERIFY(cv::imencode(ext, cv::Mat(77, 133, grey ? CV_8UC1 : CV_8UC3, cv::Scalar::all(50)), bytes));
        const QSize size = ImageLoader::probeSize(
            QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size())));
        if (QByteArray(ext) == ".tiff" && !size.isValid())
            continue; // Qt's TIFF plugin is optional
        QCOMPARE(size, QSize(133, 77));
    }
    QVERIFY(!ImageLoader::probeSize(QByteArray("P5 12")).isValid());
}

void TestImageLoader::unreadableFile()
{
    cv::Mat image(64, 64, CV_8UC3, cv::Scalar::all(80));
    const QString path = writeMat(QStringLiteral("locked.png"), image);
    QFile file(path);
    QVERIFY(file.setPermissions(QFileDevice::Permissions()));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly)) { // root (or Windows) reads it anyway
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QSKIP("this user can read files without read permission");
    }
    Result<cv::Mat> loaded = ImageLoader::load(path);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.errorKind(), ErrorKind::IO);
    QVERIFY(loaded.errorMessage().contains(path));
}

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
