// QrCode: libqrencode's matrix, drawn as vector rectangles or an image, decodes back to the same text.

#include "PdfTools.h"
#include "print/QrCode.h"

#include <QPainter>
#include <QTest>

using namespace consentry;

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesBack_data();
    void decodesBack();
    void vectorPathMatchesModules();
    void emptyIsRefused();
    void tooLongIsRefused();
};

void TestQrCode::decodesBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("short url") << QStringLiteral("https://example.cn/n");
    QTest::newRow("typical url") << QStringLiteral("https://greenlake.example.cn/notice/face?v=3");
    QTest::newRow("case kept") << QStringLiteral("https://Example.CN/Notice/FaceID");
    QTest::newRow("chinese path") << QStringLiteral("https://例子.cn/告知书");
}

void TestQrCode::decodesBack()
{
    QFETCH(QString, text);
    const Result<QrCode> qr = QrCode::encode(text);
    QVERIFY2(qr.ok(), qPrintable(qr.errorMessage()));
    QVERIFY(qr->size() >= 21);
    QCOMPARE((qr->size() - 17) % 4, 0); // 21, 25, 29, …: 17 + 4 × version
    QCOMPARE(qr->size(), 17 + 4 * qr->version());
    const QImage image = qr->toImage(6);
    QCOMPARE(image.width(), (qr->size() + 2 * QrCode::kQuietZone) * 6);
    QCOMPARE(test::decodeQr(image), text);

    // The vector drawing, rasterised, decodes too.
    QImage painted(400, 400, QImage::Format_RGB32);
    painted.fill(Qt::white);
    QPainter painter(&painted);
    qr->paint(painter, QRectF(10, 10, 380, 380));
    painter.end();
    QCOMPARE(test::decodeQr(painted), text);
}

void TestQrCode::vectorPathMatchesModules()
{
    const Result<QrCode> qr = QrCode::encode(QStringLiteral("https://example.cn/notice"));
    QVERIFY(qr.ok());
    const int total = qr->size() + 2 * QrCode::kQuietZone;
    const QPainterPath path = qr->path(QRectF(0, 0, total, total)); // one unit per module
    int dark = 0;
    for (int y = 0; y < qr->size(); ++y) {
        for (int x = 0; x < qr->size(); ++x) {
            const QPointF centre(QrCode::kQuietZone + x + 0.5, QrCode::kQuietZone + y + 0.5);
            QCOMPARE(path.contains(centre), qr->isDark(x, y));
            dark += qr->isDark(x, y) ? 1 : 0;
        }
    }
    QVERIFY(dark > qr->size() * qr->size() / 4);
    // Finder pattern: the top-left corner module is dark, the quiet zone is not.
    QVERIFY(qr->isDark(0, 0));
    QVERIFY(!path.contains(QPointF(0.5, 0.5)));
}

void TestQrCode::emptyIsRefused()
{
    const Result<QrCode> qr = QrCode::encode(QString());
    QVERIFY(!qr.ok());
    QCOMPARE(qr.errorKind(), ErrorKind::InvalidArgument);
}

void TestQrCode::tooLongIsRefused()
{
    const Result<QrCode> qr = QrCode::encode(QString(3500, QLatin1Char('x')));
    QVERIFY(!qr.ok());
    QVERIFY(qr.errorMessage().contains(QStringLiteral("too long")));
}

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
