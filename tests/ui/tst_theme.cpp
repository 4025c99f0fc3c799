// The theme is the one place the console's look comes from: a style asked for by name follows the
// large-text and high-contrast switches everywhere at once, and every coloured text is readable on what
// it stands on (4.5:1 normally, 7:1 in high contrast).

#include "Widgets.h"
#include "common/StatusLine.h"
#include "common/Theme.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>

using namespace consentry::ui;
using consentry::test::child;

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void stylesAreRelativeToTheApplicationFont();
    void largeTextEnlargesEveryStyleAtOnce();
    void highContrastRecoloursEverythingAndBack();
    void textIsReadableOnItsBackground_data();
    void textIsReadableOnItsBackground();
};

void TestTheme::cleanup()
{
    Theme::setLargeText(false);
    Theme::setHighContrast(false);
}

void TestTheme::stylesAreRelativeToTheApplicationFont()
{
    const QFont base = QApplication::font();
    QCOMPARE(Theme::font(TextStyle::Body, base).pointSizeF(), base.pointSizeF());
    QVERIFY(Theme::font(TextStyle::Strong, base).bold());
    QVERIFY(Theme::font(TextStyle::Large, base).pointSizeF() > base.pointSizeF());
    QVERIFY(Theme::font(TextStyle::Heading, base).pointSizeF() > Theme::font(TextStyle::Large, base).pointSizeF());
    QVERIFY(Theme::font(TextStyle::Title, base).pointSizeF() > Theme::font(TextStyle::Heading, base).pointSizeF());
    QVERIFY(Theme::font(TextStyle::Heading, base).bold());
    QVERIFY(QFontInfo(Theme::font(TextStyle::Key, base)).fixedPitch());
    QVERIFY(Theme::font(TextStyle::Key, base).pointSizeF() >= 10);
}

void TestTheme::largeTextEnlargesEveryStyleAtOnce()
{
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *heading = new QLabel(QStringLiteral("Residents"), &page);
    Theme::setTextStyle(heading, TextStyle::Heading);
    auto *body = new QLabel(QStringLiteral("Search"), &page);
    layout->addWidget(heading);
    layout->addWidget(body);
    MainWindow window(QStringLiteral("/tmp/consentry-theme-test"));
    auto *navigation = child<QListWidget>(window, "navigation");

    const qreal headingBefore = heading->font().pointSizeF();
    const qreal bodyBefore = body->font().pointSizeF();
    const qreal navigationBefore = navigation->font().pointSizeF();
    Theme::setLargeText(true);
    QVERIFY(Theme::isLargeText());
    QCOMPARE(body->font().pointSizeF(), bodyBefore * 1.25);
    QCOMPARE(heading->font().pointSizeF(), headingBefore * 1.25);
    QVERIFY(heading->font().bold());
    QCOMPARE(navigation->font().pointSizeF(), navigationBefore * 1.25);
    // A screen built while the mode is on gets the large sizes too.
    auto *later = new QLabel(QStringLiteral("Audit log"), &page);
    Theme::setTextStyle(later, TextStyle::Heading);
    QCOMPARE(later->font().pointSizeF(), heading->font().pointSizeF());

    Theme::setLargeText(false);
    QCOMPARE(body->font().pointSizeF(), bodyBefore);
    QCOMPARE(heading->font().pointSizeF(), headingBefore);
    QCOMPARE(navigation->font().pointSizeF(), navigationBefore);
}

void TestTheme::highContrastRecoloursEverythingAndBack()
{
    QWidget page;
    auto *status = new StatusLine(&page);
    status->showError(QStringLiteral("The password is wrong."));
    MainWindow window(QStringLiteral("/tmp/consentry-theme-test"));
    auto *navigation = child<QListWidget>(window, "navigation");
    const QString normalSheet = status->styleSheet();
    const QString normalNavigation = navigation->styleSheet();
    const QPalette normalPalette = QApplication::palette();
    QVERIFY(normalSheet.contains(Theme::hex(Colour::ErrorText)));

    Theme::setHighContrast(true);
    QVERIFY(Theme::isHighContrast());
    QVERIFY(status->styleSheet() != normalSheet);
    QVERIFY(status->styleSheet().contains(Theme::hex(Colour::ErrorText)));
    QVERIFY(navigation->styleSheet() != normalNavigation);
    QVERIFY(navigation->styleSheet().contains(Theme::hex(Colour::Brand)));
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
    QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
    // A tone chosen later is in the high-contrast colours as well.
    status->showSuccess(QStringLiteral("Saved."));
    QVERIFY(status->styleSheet().contains(Theme::hex(Colour::SuccessText)));

    Theme::setHighContrast(false);
    status->showError(QStringLiteral("The password is wrong."));
    QCOMPARE(status->styleSheet(), normalSheet);
    QCOMPARE(navigation->styleSheet(), normalNavigation);
    QCOMPARE(QApplication::palette().color(QPalette::Window), normalPalette.color(QPalette::Window));
}

void TestTheme::textIsReadableOnItsBackground_data()
{
    QTest::addColumn<bool>("highContrast");
    QTest::newRow("normal") << false;
    QTest::newRow("high contrast") << true;
}

void TestTheme::textIsReadableOnItsBackground()
{
    QFETCH(bool, highContrast);
    Theme::setHighContrast(highContrast);
    const double needed = highContrast ? 7.0 : 4.5;
    const QColor window = QApplication::palette().color(QPalette::Window);
    struct Pair {
        Colour text;
        Colour background;
    };
    const QList<Pair> boxes = {
        { Colour::MutedText, Colour::InfoBox },
        { Colour::InfoText, Colour::InfoBox },
        { Colour::SuccessText, Colour::SuccessBox },
        { Colour::WarningText, Colour::WarningBox },
        { Colour::ErrorText, Colour::ErrorBox },
        { Colour::BrandText, Colour::Brand },
        { Colour::BrandSelectedText, Colour::BrandSelected },
        { Colour::CameraText, Colour::CameraBackground },
        { Colour::ConfidenceText, Colour::ConfidenceHigh },
        { Colour::ConfidenceText, Colour::ConfidenceMedium },
        { Colour::ConfidenceText, Colour::ConfidenceNone },
        { Colour::ConfidenceText, Colour::ErrorText },
    };
    for (const Pair &pair : boxes) {
        const double ratio = contrast(Theme::colour(pair.text), Theme::colour(pair.background));
        QVERIFY2(ratio >= needed,
                 qPrintable(QStringLiteral("%1 on %2: %3")
                                .arg(Theme::hex(pair.text), Theme::hex(pair.background))
                                .arg(ratio, 0, 'f', 2)));
    }
    for (Colour text : { Colour::MutedText, Colour::InfoText, Colour::SuccessText, Colour::WarningText,
                         Colour::ErrorText, Colour::LinkText, Colour::OverdueText, Colour::DueSoonText }) {
        const double ratio = contrast(Theme::colour(text), window);
        QVERIFY2(
            ratio >= needed,
            qPrintable(
                QStringLiteral("%1 on the window %2: %3").arg(Theme::hex(text), window.name()).arg(ratio, 0, 'f', 2)));
    }
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
