#pragma once

#include <QColor>
#include <QFont>
#include <QObject>
#include <QString>

#include <functional>

class QAbstractButton;
class QLabel;
class QWidget;

namespace consentry::ui {

// The type scale of the console. Sizes are relative to the application's font, so one switch (large
// text) moves them all.
enum class TextStyle {
    Body, // the application font
    Strong, // body, bold
    Large, // text a resident reads at the desk, the navigation
    LargeStrong, // large, bold: a choice that must not be missed
    Heading, // the title of a screen or a dialog
    Title, // one big line: a wizard step, a recognised name
    Code, // fixed width: a recovery key being typed
    Key, // fixed width, large and bold: a recovery key shown to be copied
};

// What a line of text says about the outcome, and so its colour.
enum class Tone { Plain, Muted, Info, Success, Warning, Error }; // Plain: as any text, no box

// Text in the tone's colour on the window, or in a box of its own (background, border, padding).
enum class Look { Text, Box };

// The named colours of the console. Code asks for a role, never for a hex value, so the high-contrast
// palette can replace every colour at once.
enum class Colour {
    MutedText,
    InfoText,
    SuccessText,
    WarningText,
    ErrorText,
    LinkText,
    InfoBox,
    InfoBorder,
    SuccessBox,
    SuccessBorder,
    WarningBox,
    WarningBorder,
    ErrorBox,
    ErrorBorder,
    KeyBox, // the recovery key on its "cut here" card
    KeyBorder,
    Card, // a card on the brand colour (the lock screen)
    Brand, // the navigation and the lock screen
    BrandText,
    BrandHover,
    BrandSelected,
    BrandSelectedText,
    BrandAccent,
    BrandDisabledText,
    CameraBackground,
    CameraText,
    FaceAcceptable,
    FaceNotAcceptable,
    ConfidenceHigh,
    ConfidenceMedium,
    ConfidenceNone,
    ConfidenceText, // text on a confidence badge
    PaperBackdrop, // around a page preview
    GuideLine, // the signature line
    GuideText,
    AlertRow, // a table row that needs attention (a broken audit link)
    OverdueText, // a date already past
    DueSoonText, // a date coming soon
};

// One home for how the console looks: text styles, named colours and the style sheets built from them.
// Widgets ask for a style by name (setTextStyle, setTone, follow) and the theme remembers it, so switching
// to high contrast or to large text restyles every open window from here.
class Theme : public QObject
{
    Q_OBJECT

public:
    static Theme &instance();

    static QFont font(TextStyle style, const QFont &base);
    static QColor colour(Colour colour);
    static QString hex(Colour role) { return colour(role).name(); }

    // Styles `widget` now and again whenever the theme changes.
    static void setTextStyle(QWidget *widget, TextStyle style);
    // A word-wrapped label in `style`: a screen's title, a wizard step's heading, text for a resident.
    static QLabel *label(const QString &text, TextStyle style, QWidget *parent);
    static void setTone(QWidget *widget, Tone tone, Look look = Look::Text);
    static void setLink(QAbstractButton *button); // a flat button that reads as a link
    // Runs `apply` now and after every theme change while `context` lives (custom style sheets, painting).
    static void follow(QObject *context, std::function<void()> apply);
    // The style sheet of `tone` for the widgets `selector` names ("QLabel", "#lockCard").
    static QString toneSheet(Tone tone, Look look, const QString &selector = QStringLiteral("QLabel"));

    // The accessibility modes. Each restyles every widget at once.
    static bool isHighContrast();
    static void setHighContrast(bool on);
    static bool isLargeText();
    static void setLargeText(bool on);

Q_SIGNALS:
    void changed();

private:
    Theme() = default;
    void refresh();
};

} // namespace consentry::ui
