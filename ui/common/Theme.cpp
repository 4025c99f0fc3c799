#include "common/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QPalette>
#include <QPointer>
#include <QWidget>

#include <algorithm>
#include <array>
#include <vector>

namespace consentry::ui {

namespace {

// Dynamic properties that remember what a widget asked for, so refresh() can style it again.
constexpr char kTextStyleProperty[] = "consentryTextStyle";
constexpr char kToneProperty[] = "consentryTone";
constexpr char kLookProperty[] = "consentryLook";
constexpr char kLinkProperty[] = "consentryLink";

constexpr qreal kLargeTextFactor = 1.25; // the large-text mode, on the application font

struct Shade {
    Colour role;
    QRgb normal;
    QRgb highContrast;
};

// Every colour of the console. Normal: muted, calm surfaces with text of at least 4.5:1 contrast;
// high contrast: black and white with dark, saturated signal colours.
constexpr std::array kShades = {
    Shade { Colour::MutedText, 0x555555, 0x000000 },
    Shade { Colour::InfoText, 0x1f3b57, 0x000000 },
    Shade { Colour::SuccessText, 0x1b6e2a, 0x005a00 },
    Shade { Colour::WarningText, 0x8a5a00, 0x5c3a00 },
    Shade { Colour::ErrorText, 0xa61b1b, 0x8b0000 },
    Shade { Colour::LinkText, 0x1f5fa0, 0x00008b },
    Shade { Colour::InfoBox, 0xeef3f8, 0xffffff },
    Shade { Colour::InfoBorder, 0xc5d5e5, 0x000000 },
    Shade { Colour::SuccessBox, 0xe8f4ea, 0xffffff },
    Shade { Colour::SuccessBorder, 0xb7d8bf, 0x005a00 },
    Shade { Colour::WarningBox, 0xfff4e0, 0xffffff },
    Shade { Colour::WarningBorder, 0xe6c27a, 0x5c3a00 },
    Shade { Colour::ErrorBox, 0xfbe9e7, 0xffffff },
    Shade { Colour::ErrorBorder, 0xe0b4ad, 0x8b0000 },
    Shade { Colour::KeyBox, 0xfffbe6, 0xffffff },
    Shade { Colour::KeyBorder, 0xc9a227, 0x000000 },
    Shade { Colour::Card, 0xffffff, 0xffffff },
    Shade { Colour::Brand, 0x1f3b57, 0x000000 },
    Shade { Colour::BrandText, 0xe8eef4, 0xffffff },
    Shade { Colour::BrandHover, 0x28496b, 0x333333 },
    Shade { Colour::BrandSelected, 0x2e6da4, 0xffff00 },
    Shade { Colour::BrandSelectedText, 0xffffff, 0x000000 },
    Shade { Colour::BrandAccent, 0x9fd3ff, 0xffffff },
    Shade { Colour::BrandDisabledText, 0x6f8aa5, 0xa0a0a0 },
    Shade { Colour::CameraBackground, 0x1b1f24, 0x000000 },
    Shade { Colour::CameraText, 0xe8eef4, 0xffffff },
    Shade { Colour::FaceAcceptable, 0x2ecc71, 0x00ff00 },
    Shade { Colour::FaceNotAcceptable, 0xf39c12, 0xffff00 },
    Shade { Colour::ConfidenceHigh, 0x1e7b34, 0x005a00 },
    Shade { Colour::ConfidenceMedium, 0xa05f00, 0x5c3a00 },
    Shade { Colour::ConfidenceNone, 0x6b6b6b, 0x000000 },
    Shade { Colour::ConfidenceText, 0xffffff, 0xffffff },
    Shade { Colour::PaperBackdrop, 0x8a8f96, 0x000000 },
    Shade { Colour::GuideLine, 0x9aa5b1, 0x000000 },
    Shade { Colour::GuideText, 0x7a8591, 0x000000 },
    Shade { Colour::AlertRow, 0xf8d7d7, 0xffff00 },
    Shade { Colour::OverdueText, 0xa61b1b, 0x8b0000 },
    Shade { Colour::DueSoonText, 0x8a5a00, 0x5c3a00 },
};

struct State {
    bool highContrast = false;
    bool largeText = false;
    bool saved = false; // the application's own font and palette, before any mode changed them
    QFont appFont;
    QPalette appPalette;
};

State &state()
{
    static State s;
    return s;
}

struct Follower {
    QPointer<QObject> context;
    std::function<void()> apply;
};

std::vector<Follower> &followers()
{
    static std::vector<Follower> list;
    return list;
}

Colour textColour(Tone tone)
{
    switch (tone) {
    case Tone::Muted: return Colour::MutedText;
    case Tone::Success: return Colour::SuccessText;
    case Tone::Warning: return Colour::WarningText;
    case Tone::Error: return Colour::ErrorText;
    case Tone::Plain:
    case Tone::Info: return Colour::InfoText;
    }
    return Colour::InfoText;
}

std::pair<Colour, Colour> boxColours(Tone tone)
{
    switch (tone) {
    case Tone::Success: return { Colour::SuccessBox, Colour::SuccessBorder };
    case Tone::Warning: return { Colour::WarningBox, Colour::WarningBorder };
    case Tone::Error: return { Colour::ErrorBox, Colour::ErrorBorder };
    case Tone::Plain:
    case Tone::Muted:
    case Tone::Info: return { Colour::InfoBox, Colour::InfoBorder };
    }
    return { Colour::InfoBox, Colour::InfoBorder };
}

QPalette highContrastPalette()
{
    QPalette p(Qt::black, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Button, Qt::white);
    p.setColor(QPalette::ButtonText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x00, 0x00, 0x8b));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x00, 0x00, 0x8b));
    p.setColor(QPalette::ToolTipBase, Qt::white);
    p.setColor(QPalette::ToolTipText, Qt::black);
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x59, 0x59, 0x59));
    return p;
}

void saveApplicationLook()
{
    State &s = state();
    if (s.saved)
        return;
    s.appFont = QApplication::font();
    s.appPalette = QApplication::palette();
    s.saved = true;
}

QFont baseFontOf(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->font() : QApplication::font();
}

int depth(const QWidget *widget)
{
    int d = 0;
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget())
        ++d;
    return d;
}

void applyTone(QWidget *widget)
{
    const auto tone = static_cast<Tone>(widget->property(kToneProperty).toInt());
    const auto look = static_cast<Look>(widget->property(kLookProperty).toInt());
    // A style sheet without a selector would reach the children of a container too.
    const QString selector = widget->inherits("QLabel") ? QStringLiteral("QLabel")
        : widget->objectName().isEmpty()                ? QString::fromLatin1(widget->metaObject()->className())
                                                        : QLatin1Char('#') + widget->objectName();
    widget->setStyleSheet(tone == Tone::Plain ? QString() : Theme::toneSheet(tone, look, selector));
}

void applyLink(QWidget *widget)
{
    widget->setStyleSheet(
        QStringLiteral("QPushButton { color: %1; text-decoration: underline; }").arg(Theme::hex(Colour::LinkText)));
}

} // namespace

Theme &Theme::instance()
{
    static Theme theme;
    return theme;
}

QFont Theme::font(TextStyle style, const QFont &base)
{
    QFont f = base;
    auto scaled = [&f](qreal factor, bool bold) {
        f.setPointSizeF(f.pointSizeF() * factor);
        f.setBold(bold);
    };
    switch (style) {
    case TextStyle::Body: break;
    case TextStyle::Strong: f.setBold(true); break;
    case TextStyle::Large: scaled(1.25, false); break;
    case TextStyle::LargeStrong: scaled(1.25, true); break;
    case TextStyle::Heading: scaled(1.4, true); break;
    case TextStyle::Title: scaled(1.8, true); break;
    case TextStyle::Code:
    case TextStyle::Key: {
        // Fixed width, never smaller than 10 pt: a key copied by hand must show every character clearly.
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        const qreal basePt = std::max<qreal>(std::max<qreal>(mono.pointSizeF(), 10), base.pointSizeF());
        mono.setPointSizeF(basePt * (style == TextStyle::Key ? 1.8 : 1.2));
        mono.setBold(style == TextStyle::Key);
        return mono;
    }
    }
    return f;
}

QColor Theme::colour(Colour role)
{
    const bool contrast = state().highContrast;
    for (const Shade &shade : kShades) {
        if (shade.role == role)
            return QColor::fromRgb(contrast ? shade.highContrast : shade.normal);
    }
    return contrast ? QColor(Qt::black) : QColor(0x55, 0x55, 0x55);
}

QString Theme::toneSheet(Tone tone, Look look, const QString &selector)
{
    if (look == Look::Text)
        return QStringLiteral("%1 { color: %2; }").arg(selector, hex(textColour(tone)));
    const auto [background, border] = boxColours(tone);
    return QStringLiteral("%1 { background: %2; color: %3; border: %4px solid %5; border-radius: 4px; padding: 8px; }")
        .arg(selector, hex(background), hex(textColour(tone)))
        .arg(state().highContrast ? 2 : 1)
        .arg(hex(border));
}

void Theme::setTextStyle(QWidget *widget, TextStyle style)
{
    saveApplicationLook();
    widget->setProperty(kTextStyleProperty, static_cast<int>(style));
    widget->setFont(font(style, baseFontOf(widget)));
}

QLabel *Theme::label(const QString &text, TextStyle style, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    setTextStyle(label, style);
    return label;
}

void Theme::setTone(QWidget *widget, Tone tone, Look look)
{
    saveApplicationLook();
    widget->setProperty(kToneProperty, static_cast<int>(tone));
    widget->setProperty(kLookProperty, static_cast<int>(look));
    applyTone(widget);
}

void Theme::setLink(QAbstractButton *button)
{
    saveApplicationLook();
    button->setProperty(kLinkProperty, true);
    applyLink(button);
}

void Theme::follow(QObject *context, std::function<void()> apply)
{
    saveApplicationLook();
    apply();
    auto &list = followers();
    list.erase(std::remove_if(list.begin(), list.end(), [](const Follower &f) { return !f.context; }), list.end());
    list.push_back({ context, std::move(apply) });
}

bool Theme::isHighContrast()
{
    return state().highContrast;
}

void Theme::setHighContrast(bool on)
{
    saveApplicationLook();
    if (state().highContrast == on)
        return;
    state().highContrast = on;
    QApplication::setPalette(on ? highContrastPalette() : state().appPalette);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationPaletteChange);
    instance().refresh();
}

bool Theme::isLargeText()
{
    return state().largeText;
}

void Theme::setLargeText(bool on)
{
    saveApplicationLook();
    if (state().largeText == on)
        return;
    state().largeText = on;
    QFont f = state().appFont;
    if (on)
        f.setPointSizeF(f.pointSizeF() * kLargeTextFactor);
    QApplication::setFont(f);
    // Qt posts the change to each widget; deliver it now, so the styles below start from the new size.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationFontChange);
    instance().refresh();
}

void Theme::refresh()
{
    // Parents before children: a style is relative to the font the widget inherits.
    QList<QWidget *> widgets = QApplication::allWidgets();
    std::stable_sort(widgets.begin(), widgets.end(),
                     [](const QWidget *a, const QWidget *b) { return depth(a) < depth(b); });
    for (QWidget *widget : std::as_const(widgets)) {
        if (const QVariant style = widget->property(kTextStyleProperty); style.isValid())
            widget->setFont(font(static_cast<TextStyle>(style.toInt()), baseFontOf(widget)));
        if (widget->property(kToneProperty).isValid())
            applyTone(widget);
        if (widget->property(kLinkProperty).toBool())
            applyLink(widget);
    }
    auto &list = followers();
    list.erase(std::remove_if(list.begin(), list.end(), [](const Follower &f) { return !f.context; }), list.end());
    const std::vector<Follower> current = list; // an apply() may follow something new
    for (const Follower &f : current) {
        if (f.context)
            f.apply();
    }
    for (QWidget *widget : std::as_const(widgets))
        widget->update();
    Q_EMIT changed();
}

} // namespace consentry::ui
