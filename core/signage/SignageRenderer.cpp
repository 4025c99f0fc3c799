#include "signage/SignageRenderer.h"

#include "platform/Application.h"
#include "signage/QrCode.h"
#include "signage/SignageFonts.h"
#include "signage/SignageLayout.h"
#include "signage/SignageText.h"
#include "signage/TextBlock.h"

#include <QGuiApplication>
#include <QHash>
#include <QImageReader>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>
#include <optional>

namespace consentry {

namespace {

using namespace SignageUnits;

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kSecondaryInk(0x4a, 0x4a, 0x4a);
const QColor kAccent(0x0b, 0x3d, 0x6b);
const QColor kHighlight(0xe4, 0xef, 0xf9);
const QColor kFootnote(0x66, 0x66, 0x66);

// One thing to paint; the composition is a list of them, so measuring and painting share one layout.
struct Item {
    enum Kind { Text, Fill, Icon, Qr, Image, Line, CutMarks } kind = Text;
    TextBlock text;
    QPointF at;
    QColor color;
    QRectF rect;
    qreal radius = 0;
    qreal penWidth = 0;
    QImage image;
    std::optional<QRectF> clip;
};

struct Paragraph {
    QString text;
    QString field; // the profile field it shows, empty for the sign's own words
    bool secondary = false;
    bool bold = false;
    bool bullet = false;
};

struct Section {
    QString key;
    QString label;
    QList<Paragraph> paragraphs;
    bool highlight = false;
};

struct BodyLayout {
    QList<Item> items; // positions relative to the body's top-left
    qreal height = 0;
    QHash<QString, qreal> fieldHeights;
};

QString joined(SignageText::Phrase phrase, const QStringList &languages, const QString &separator)
{
    QStringList parts;
    for (const QString &language : languages)
        parts << SignageText::text(phrase, language);
    return parts.join(separator);
}

// "电话 Tel.: " / "电话：" / "Tel.: "
QString inlineLabel(SignageText::Phrase phrase, const QStringList &languages)
{
    const QString label = joined(phrase, languages, QStringLiteral(" "));
    const bool chineseOnly = languages.size() == 1 && languages.constFirst() == QLatin1String("zh_CN");
    return label + (chineseOnly ? QStringLiteral("：") : QStringLiteral(": "));
}

QList<Section> buildSections(const SignageSpec &spec)
{
    const QStringList languages = SignageSpec::languageCodes(spec.language);
    const QString labelSeparator = QStringLiteral("  ·  ");
    const SiteProfile &p = spec.profile;
    auto fixed = [&languages](SignageText::Phrase phrase) {
        QList<Paragraph> list;
        for (int i = 0; i < languages.size(); ++i)
            list << Paragraph { SignageText::text(phrase, languages.at(i)), QString(), i > 0, false, false };
        return list;
    };

    QList<Section> sections;
    sections << Section { QStringLiteral("purpose"),
                          joined(SignageText::PurposeLabel, languages, labelSeparator),
                          { Paragraph { p.purpose, QStringLiteral("purpose"), false, false, false } },
                          false };

    Section operatorSection { QStringLiteral("operator"),
                              joined(SignageText::OperatorLabel, languages, labelSeparator),
                              { Paragraph { p.operatorName, QStringLiteral("operator_name"), false, true, false } },
                              false };
    if (!p.contactPhone.isEmpty())
        operatorSection.paragraphs << Paragraph { inlineLabel(SignageText::PhoneLabel, languages) + p.contactPhone,
                                                  QStringLiteral("contact_phone"), false, false, false };
    if (!p.contactEmail.isEmpty())
        operatorSection.paragraphs << Paragraph { inlineLabel(SignageText::EmailLabel, languages) + p.contactEmail,
                                                  QStringLiteral("contact_email"), false, false, false };
    if (!p.contactAddress.isEmpty())
        operatorSection.paragraphs << Paragraph { inlineLabel(SignageText::AddressLabel, languages) + p.contactAddress,
                                                  QStringLiteral("contact_address"), false, false, false };
    sections << operatorSection;

    sections << Section { QStringLiteral("local"), joined(SignageText::LocalLabel, languages, labelSeparator),
                          fixed(SignageText::LocalText), true };

    Section retention {
        QStringLiteral("retention"), joined(SignageText::RetentionLabel, languages, labelSeparator), {}, false
    };
    for (int i = 0; i < languages.size(); ++i)
        retention.paragraphs << Paragraph { SignageText::retention(p.retentionDays, languages.at(i)),
                                            QStringLiteral("retention_days"), i > 0, false, false };
    sections << retention;

    Section alternatives { QStringLiteral("alternatives"),
                           joined(SignageText::AlternativeLabel, languages, labelSeparator),
                           fixed(SignageText::AlternativeText), false };
    for (const QString &alternative : p.alternatives)
        alternatives.paragraphs << Paragraph { alternative, QStringLiteral("alternatives"), false, true, true };
    sections << alternatives;

    sections << Section { QStringLiteral("withdraw"), joined(SignageText::WithdrawLabel, languages, labelSeparator),
                          fixed(SignageText::WithdrawText), false };
    return sections;
}

// Lays out the body at `bodyPt` (secondary-language text a little smaller, never below `minPt`).
// `compact` runs each section's label into its first paragraph instead of giving it a line of its own.
BodyLayout layoutBody(const QList<Section> &sections, qreal width, qreal bodyPt, qreal labelPt, qreal minPt,
                      bool compact)
{
    const SignageFonts &fonts = SignageFonts::instance();
    const qreal body = fromPt(bodyPt);
    const qreal secondaryPt = std::max(minPt, bodyPt * 0.88);
    const qreal sectionGap = body * (compact ? 0.35 : 0.75);
    const qreal labelGap = body * 0.15;
    const qreal paragraphGap = body * 0.15;
    const qreal pad = body * (compact ? 0.3 : 0.5);
    const qreal bulletIndent = body * 1.1;

    BodyLayout out;
    qreal y = 0;
    for (int s = 0; s < sections.size(); ++s) {
        const Section &section = sections.at(s);
        const qreal inset = section.highlight ? pad : 0;
        const qreal top = y;
        y += inset;
        if (!compact) {
            const TextBlock label(section.label, fonts.font(labelPt, true), width - 2 * inset);
            Item labelItem;
            labelItem.text = label;
            labelItem.at = QPointF(inset, y);
            labelItem.color = kAccent;
            out.items << labelItem;
            y += label.height() + labelGap;
        }
        for (int i = 0; i < section.paragraphs.size(); ++i) {
            const Paragraph &paragraph = section.paragraphs.at(i);
            const qreal size = paragraph.secondary ? secondaryPt : bodyPt;
            const qreal indent = inset + (paragraph.bullet ? bulletIndent : 0);
            TextBlock block;
            if (compact && i == 0) {
                const QString prefix = section.label + QStringLiteral(": ");
                block = TextBlock(prefix + paragraph.text, fonts.font(size, paragraph.bold), width - indent - inset,
                                  static_cast<int>(prefix.size()), kAccent);
            } else {
                block = TextBlock(paragraph.text, fonts.font(size, paragraph.bold), width - indent - inset);
            }
            if (paragraph.bullet) {
                // A drawn dot centred on the first line's lower-case letters, whatever face the line uses.
                const qreal r = fromPt(size) * 0.16;
                const QPointF centre(inset + bulletIndent * 0.4, y + block.firstBaseline() - fromPt(size) * 0.33);
                Item bullet;
                bullet.kind = Item::Fill;
                bullet.rect = QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r));
                bullet.radius = r;
                bullet.color = kAccent;
                out.items << bullet;
            }
            Item item;
            item.text = block;
            item.at = QPointF(indent, y);
            item.color = paragraph.secondary ? kSecondaryInk : kInk;
            out.items << item;
            if (!paragraph.field.isEmpty())
                out.fieldHeights[paragraph.field] += block.height();
            y += block.height() + (i + 1 < section.paragraphs.size() ? paragraphGap : 0);
        }
        y += inset;
        if (section.highlight) {
            Item fill;
            fill.kind = Item::Fill;
            fill.rect = QRectF(0, top, width, y - top);
            fill.radius = body * 0.4;
            fill.color = kHighlight;
            out.items.prepend(fill);
        }
        if (s + 1 < sections.size())
            y += sectionGap;
    }
    out.height = y;
    return out;
}

// Shrinks `make(size)` from `preferred` towards `minimum` until `good(block)`; returns the last block.
TextBlock shrinkToFit(const std::function<TextBlock(qreal)> &make, const std::function<bool(const TextBlock &)> &good,
                      qreal preferred, qreal minimum, qreal *sizeOut = nullptr)
{
    qreal size = preferred;
    TextBlock block = make(size);
    while (!good(block) && size > minimum) {
        size = std::max(minimum, size * 0.94);
        block = make(size);
    }
    if (sizeOut)
        *sizeOut = size;
    return block;
}

QString fieldTitle(const QString &field)
{
    return field;
}

struct Composition {
    SignageFrame frame;
    QList<Item> items;
    SignageReport report;
};

Composition compose(const SignageSpec &spec)
{
    const SignageFonts &fonts = SignageFonts::instance();
    Composition c;
    c.frame = SignageFrame::compute(spec);
    const SignageMetrics m = SignageMetrics::forLayout(spec.layout).scaled(c.frame.scale);
    const QRectF content = c.frame.content;
    const QStringList languages = SignageSpec::languageCodes(spec.language);
    const bool bilingual = languages.size() > 1;
    const QString layoutName = SignageSpec::layoutTitle(spec.layout);
    c.report.pages = 1;
    if (languages.contains(QStringLiteral("zh_CN")) && !fonts.warning().isEmpty())
        c.report.warnings << fonts.warning();

    auto overflow = [&c, &layoutName](const QString &field) {
        for (const SignageIssue &issue : std::as_const(c.report.overflows)) {
            if (issue.field == field)
                return;
        }
        c.report.overflows << SignageIssue {
            field,
            SignageRenderer::tr("The text of \"%1\" does not fit on the %2 even at the smallest legible "
                                "size; shorten it or choose a larger layout.")
                .arg(fieldTitle(field), layoutName)
        };
    };

    // Header band: pictogram and headline, white on the accent colour, the first thing anyone reads.
    const qreal icon = fromMm(m.iconMm);
    const qreal pad = icon * 0.22;
    const qreal headlineWidth = content.width() - icon - 3 * pad;
    QList<TextBlock> headlines;
    qreal headlineHeight = 0;
    for (int i = 0; i < languages.size(); ++i) {
        const qreal preferred = !bilingual ? m.headlinePt : (i == 0 ? m.headlineZhPt : m.headlineEnPt);
        const QString text = SignageText::text(SignageText::Headline, languages.at(i));
        TextBlock block
            = shrinkToFit([&](qreal size) { return TextBlock(text, fonts.font(size, true), headlineWidth); },
                          [](const TextBlock &b) { return b.lineCount() <= 1; }, preferred, preferred * 0.6);
        headlineHeight += block.height();
        headlines << block;
    }
    const qreal headlineGap = bilingual ? icon * 0.06 : 0;
    headlineHeight += headlineGap * (headlines.size() - 1);
    const qreal bandHeight = std::max(icon, headlineHeight) + 2 * pad;
    const QRectF band(content.left(), content.top(), content.width(), bandHeight);
    {
        Item fill;
        fill.kind = Item::Fill;
        fill.rect = band;
        fill.radius = pad * 0.6;
        fill.color = kAccent;
        c.items << fill;
        Item pictogram;
        pictogram.kind = Item::Icon;
        pictogram.rect = QRectF(band.left() + pad, band.center().y() - icon / 2, icon, icon);
        pictogram.color = Qt::white;
        c.items << pictogram;
        qreal y = band.center().y() - headlineHeight / 2;
        for (const TextBlock &block : std::as_const(headlines)) {
            Item text;
            text.text = block;
            text.at = QPointF(band.left() + icon + 2 * pad, y);
            text.color = Qt::white;
            c.items << text;
            y += block.height() + headlineGap;
        }
    }
    qreal top = band.bottom() + fromPt(m.bodyPt) * 0.8;

    // Site name, with the logo at the right.
    QImage logo;
    QSizeF logoSize;
    if (!spec.logoPath.isEmpty()) {
        QImageReader reader(spec.logoPath);
        reader.setAutoTransform(true);
        logo = reader.read();
        if (logo.isNull()) {
            c.report.warnings
                << SignageRenderer::tr("The logo \"%1\" could not be read and is left out.").arg(spec.logoPath);
        } else {
            logoSize = logo.size().scaled(QSizeF(content.width() * 0.35, fromMm(m.logoMaxHeightMm)).toSize(),
                                          Qt::KeepAspectRatio);
        }
    }
    const qreal siteWidth = content.width() - (logo.isNull() ? 0 : logoSize.width() + pad);
    qreal sitePt = m.siteNamePt;
    const TextBlock site
        = shrinkToFit([&](qreal size) { return TextBlock(spec.profile.siteName, fonts.font(size, true), siteWidth); },
                      [](const TextBlock &b) { return b.lineCount() <= 2; }, m.siteNamePt, m.minBodyPt, &sitePt);
    if (site.lineCount() > 2)
        overflow(QStringLiteral("site_name"));
    const qreal rowHeight = std::max(site.heightOfLines(2), logo.isNull() ? 0.0 : logoSize.height());
    {
        Item text;
        text.text = site;
        text.at = QPointF(content.left(), top + (rowHeight - site.heightOfLines(2)) / 2);
        text.color = kInk;
        text.clip = QRectF(content.left(), top, siteWidth, rowHeight);
        c.items << text;
        if (!logo.isNull()) {
            Item image;
            image.kind = Item::Image;
            image.image = logo;
            image.rect = QRectF(QPointF(content.right() - logoSize.width(), top + (rowHeight - logoSize.height()) / 2),
                                logoSize);
            c.items << image;
        }
    }
    top += rowHeight + fromPt(m.bodyPt) * 0.6;

    // Bottom: the QR code with its caption and address beside it, and the legal basis under the caption
    // when it fits there (otherwise across the foot of the sign).
    const Result<QrCode> qr = QrCode::encode(spec.profile.noticeUrl);
    // A long address needs more modules; keep each at least 0.55 mm so any phone reads it at arm's length,
    // growing the code up to half the sign's width.
    const int modules = qr.ok() ? qr->size() + 2 * QrCode::kQuietZone : 1;
    const qreal qrMm = std::min(std::max(m.qrMm, modules * 0.55), m.nominalMm.width() * c.frame.scale / 2);
    const qreal qrSide = fromMm(qrMm);
    if (!qr.ok()) {
        // An empty address is reported as missing by SignageSpec::validate(); only a real one can overflow.
        if (!spec.profile.noticeUrl.isEmpty())
            overflow(QStringLiteral("notice_url"));
    } else if (qrMm / modules < 0.4) {
        // Below about 0.4 mm per module phone cameras start to struggle.
        c.report.overflows << SignageIssue {
            QStringLiteral("notice_url"),
            SignageRenderer::tr("The notice web address is too long for a QR code that phones can scan on the "
                                "%1; use a shorter address.")
                .arg(layoutName)
        };
    }
    // The quiet zone is white paper anyway: let it reach into the margin so the dark modules line up with
    // the text above.
    const qreal quiet = qrSide * QrCode::kQuietZone / modules;
    const qreal visibleQr = qrSide - 2 * quiet;
    const qreal captionLeft = content.left() + visibleQr + pad * 0.8;
    const qreal captionWidth = content.right() - captionLeft;

    QList<Item> captionItems; // positions relative to the caption column's top
    qreal captionHeight = 0;
    for (int i = 0; i < languages.size(); ++i) {
        const qreal size = i == 0 ? m.captionPt : m.captionPt * 0.85;
        const TextBlock block(SignageText::text(SignageText::QrCaption, languages.at(i)), fonts.font(size, i == 0),
                              captionWidth);
        Item text;
        text.text = block;
        text.at = QPointF(captionLeft, captionHeight);
        text.color = i == 0 ? kAccent : kSecondaryInk;
        captionItems << text;
        captionHeight += block.height();
    }
    captionHeight += fromPt(m.urlPt) * 0.4;
    const TextBlock url
        = shrinkToFit([&](qreal size) { return TextBlock(spec.profile.noticeUrl, fonts.font(size), captionWidth); },
                      [](const TextBlock &b) { return b.lineCount() <= 3; }, m.urlPt, std::min(m.urlPt, 5.0));
    if (url.lineCount() > 4)
        overflow(QStringLiteral("notice_url"));
    {
        Item text;
        text.text = url;
        text.at = QPointF(captionLeft, captionHeight);
        text.color = kInk;
        captionItems << text;
        captionHeight += std::min(url.height(), url.heightOfLines(4));
    }

    auto footnotesAt = [&](qreal width, qreal *height) {
        QList<TextBlock> blocks;
        *height = 0;
        for (const QString &language : languages) {
            blocks << TextBlock(SignageText::text(SignageText::LegalBasis, language), fonts.font(m.footnotePt), width);
            *height += blocks.constLast().height();
        }
        return blocks;
    };
    const qreal footGap = fromPt(m.footnotePt) * 0.8;
    qreal footHeight = 0;
    QList<TextBlock> footnotes = footnotesAt(captionWidth, &footHeight);
    const bool footInColumn = captionHeight + footGap + footHeight <= visibleQr;
    qreal bottom = content.bottom();
    qreal footLeft = captionLeft;
    if (!footInColumn) {
        footnotes = footnotesAt(content.width(), &footHeight);
        footLeft = content.left();
        bottom -= footHeight + footGap;
    }
    const qreal qrTop = bottom - visibleQr;
    const QRectF qrRect(content.left() - quiet, qrTop - quiet, qrSide, qrSide);
    {
        // Caption and address centred beside the code (or at its top when the legal basis is under them).
        const qreal captionTop = footInColumn ? qrTop : qrTop + std::max(0.0, (visibleQr - captionHeight) / 2);
        const QRectF column(captionLeft, qrTop, captionWidth, visibleQr);
        for (Item item : std::as_const(captionItems)) {
            item.at += QPointF(0, captionTop);
            item.clip = column;
            c.items << item;
        }
        qreal y = footInColumn ? bottom - footHeight : content.bottom() - footHeight;
        for (const TextBlock &block : std::as_const(footnotes)) {
            Item text;
            text.text = block;
            text.at = QPointF(footLeft, y);
            text.color = kFootnote;
            c.items << text;
            y += block.height();
        }
    }
    if (qr.ok()) {
        Item code;
        code.kind = Item::Qr;
        code.rect = qrRect;
        c.items.prepend(code); // first, so its white quiet zone never covers text
    }
    bottom = qrTop - fromPt(m.bodyPt) * 0.7;
    {
        Item rule;
        rule.kind = Item::Line;
        rule.rect = QRectF(QPointF(content.left(), bottom), QPointF(content.right(), bottom));
        rule.penWidth = fromPt(std::max(0.5, m.bodyPt * 0.06));
        rule.color = kAccent;
        c.items << rule;
    }
    bottom -= fromPt(m.bodyPt) * 0.7;

    // The body: as large as fits between the site name and the QR code, never below the legible minimum.
    const QRectF bodyRect(content.left(), top, content.width(), std::max(0.0, bottom - top));
    const QList<Section> sections = buildSections(spec);
    const qreal labelRatio = m.labelPt / m.bodyPt;
    auto layoutAt = [&](qreal bodyPt, bool compact) {
        return layoutBody(sections, bodyRect.width(), bodyPt, std::max(m.minBodyPt, bodyPt * labelRatio), m.minBodyPt,
                          compact);
    };
    // The largest body size from minBodyPt to bodyPt at which the body fits (0 when it does not fit at all).
    auto bestFit = [&](bool compact, BodyLayout *best) -> qreal {
        BodyLayout trial = layoutAt(m.bodyPt, compact);
        if (trial.height <= bodyRect.height()) {
            *best = std::move(trial);
            return m.bodyPt;
        }
        trial = layoutAt(m.minBodyPt, compact);
        if (trial.height > bodyRect.height()) {
            *best = std::move(trial);
            return 0;
        }
        *best = std::move(trial);
        qreal lo = m.minBodyPt;
        qreal hi = m.bodyPt;
        while (hi - lo > 0.1) {
            const qreal mid = (lo + hi) / 2;
            BodyLayout candidate = layoutAt(mid, compact);
            if (candidate.height <= bodyRect.height()) {
                lo = mid;
                *best = std::move(candidate);
            } else {
                hi = mid;
            }
        }
        return lo;
    };
    // Labels on lines of their own read best; when that forces the text much smaller, run them in.
    BodyLayout body;
    qreal bodyPt = bestFit(false, &body);
    if (bodyPt < m.bodyPt) {
        BodyLayout compactBody;
        const qreal compactPt = bestFit(true, &compactBody);
        if (bodyPt == 0 || compactPt >= bodyPt * 1.2) {
            body = std::move(compactBody);
            bodyPt = compactPt;
        }
    }
    if (bodyPt == 0) {
        bodyPt = m.minBodyPt;
        // Name the profile field that takes the most room: that is the one to shorten.
        QString worst;
        qreal most = -1;
        for (auto it = body.fieldHeights.cbegin(); it != body.fieldHeights.cend(); ++it) {
            if (it.key() != QLatin1String("retention_days") && it.value() > most) {
                most = it.value();
                worst = it.key();
            }
        }
        overflow(worst);
    }
    c.report.bodyPointSize = bodyPt;
    // Spare room goes between the sections' top and the rule, not into a gap at the bottom: centre it.
    const qreal spare = std::max(0.0, bodyRect.height() - body.height);
    const QPointF offset(bodyRect.left(), bodyRect.top() + std::min(spare / 2, fromPt(bodyPt) * 1.5));
    for (Item item : std::as_const(body.items)) {
        item.at += offset;
        item.rect.translate(offset);
        item.clip = bodyRect;
        c.items << item;
    }

    if (c.frame.cutMarks) {
        Item marks;
        marks.kind = Item::CutMarks;
        marks.rect = c.frame.sign;
        marks.penWidth = fromPt(0.5);
        marks.color = QColor(0x88, 0x88, 0x88);
        c.items << marks;
    }
    return c;
}

void paintIcon(QPainter &painter, const QRectF &r, const QColor &color)
{
    // A face inside the four corners of a viewfinder: the usual pictogram for face recognition.
    painter.save();
    const qreal a = r.width();
    QPen pen(color, a * 0.065, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal arm = a * 0.26;
    const qreal inset = a * 0.06;
    const QRectF f = r.adjusted(inset, inset, -inset, -inset);
    QPainterPath corners;
    corners.moveTo(f.left(), f.top() + arm);
    corners.lineTo(f.left(), f.top());
    corners.lineTo(f.left() + arm, f.top());
    corners.moveTo(f.right() - arm, f.top());
    corners.lineTo(f.right(), f.top());
    corners.lineTo(f.right(), f.top() + arm);
    corners.moveTo(f.right(), f.bottom() - arm);
    corners.lineTo(f.right(), f.bottom());
    corners.lineTo(f.right() - arm, f.bottom());
    corners.moveTo(f.left() + arm, f.bottom());
    corners.lineTo(f.left(), f.bottom());
    corners.lineTo(f.left(), f.bottom() - arm);
    painter.drawPath(corners);
    const QPointF c = r.center();
    pen.setWidthF(a * 0.05);
    painter.setPen(pen);
    painter.drawEllipse(c, a * 0.2, a * 0.25);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(c + QPointF(-a * 0.075, -a * 0.05), a * 0.03, a * 0.03);
    painter.drawEllipse(c + QPointF(a * 0.075, -a * 0.05), a * 0.03, a * 0.03);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(QRectF(c.x() - a * 0.08, c.y() + a * 0.01, a * 0.16, a * 0.12), 200 * 16, 140 * 16);
    painter.restore();
}

void paintCutMarks(QPainter &painter, const QRectF &sign, qreal penWidth, const QColor &color)
{
    painter.save();
    painter.setPen(QPen(color, penWidth));
    const qreal gap = fromMm(2);
    const qreal length = fromMm(6);
    for (const QPointF &corner : { sign.topLeft(), sign.topRight(), sign.bottomLeft(), sign.bottomRight() }) {
        const qreal sx = corner.x() == sign.left() ? -1 : 1;
        const qreal sy = corner.y() == sign.top() ? -1 : 1;
        painter.drawLine(corner + QPointF(sx * gap, 0), corner + QPointF(sx * (gap + length), 0));
        painter.drawLine(corner + QPointF(0, sy * gap), corner + QPointF(0, sy * (gap + length)));
    }
    painter.restore();
}

void paintComposition(QPainter &painter, const Composition &c, const SignageSpec &spec)
{
    for (const Item &item : c.items) {
        painter.save();
        if (item.clip)
            painter.setClipRect(*item.clip, Qt::IntersectClip);
        switch (item.kind) {
        case Item::Text: item.text.draw(painter, item.at, item.color); break;
        case Item::Fill:
            painter.setPen(Qt::NoPen);
            painter.setBrush(item.color);
            painter.drawRoundedRect(item.rect, item.radius, item.radius);
            break;
        case Item::Icon: paintIcon(painter, item.rect, item.color); break;
        case Item::Qr: {
            const Result<QrCode> qr = QrCode::encode(spec.profile.noticeUrl);
            if (qr.ok())
                qr->paint(painter, item.rect);
            break;
        }
        case Item::Image:
            painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter.drawImage(item.rect, item.image);
            break;
        case Item::Line:
            painter.setPen(QPen(item.color, item.penWidth));
            painter.drawLine(item.rect.topLeft(), item.rect.bottomRight());
            break;
        case Item::CutMarks: paintCutMarks(painter, item.rect, item.penWidth, item.color); break;
        }
        painter.restore();
    }
}

bool haveGuiApplication()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

Error noGuiError()
{
    return makeError(ErrorKind::Internal,
                     SignageRenderer::tr("Signs can only be drawn by a program that has loaded its fonts; this "
                                         "is a bug, please report it."));
}

} // namespace

QStringList SignageReport::overflowFields() const
{
    QStringList fields;
    for (const SignageIssue &issue : overflows)
        fields << issue.field;
    return fields;
}

QStringList SignageReport::messages() const
{
    QStringList list;
    for (const SignageIssue &issue : overflows)
        list << issue.message;
    return list + warnings;
}

SignageRenderer::SignageRenderer(SignageSpec spec)
    : m_spec(std::move(spec))
{
}

QPageLayout SignageRenderer::pageLayout() const
{
    QPageLayout layout(SignageSpec::pageSize(m_spec.paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

SignageReport SignageRenderer::check() const
{
    if (!haveGuiApplication())
        return SignageReport {};
    return compose(m_spec).report;
}

SignageReport SignageRenderer::paint(QPainter &painter, const QRectF &target) const
{
    const Composition c = compose(m_spec);
    const QRectF page = c.frame.page;
    const qreal scale = std::min(target.width() / page.width(), target.height() / page.height());
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintComposition(painter, c, m_spec);
    painter.restore();
    return c.report;
}

Result<SignageReport> SignageRenderer::render(QPagedPaintDevice &device) const
{
    if (!haveGuiApplication())
        return noGuiError();
    device.setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorKind::IO,
                         tr("The printer or file could not be opened for drawing; check that it "
                            "is available and try again."));
    const SignageReport report = paint(painter, QRectF(0, 0, device.width(), device.height()));
    if (!painter.end())
        return makeError(ErrorKind::IO,
                         tr("The sign could not be finished on the printer or in the file; check "
                            "the printer or the disk and try again."));
    return report;
}

QImage SignageRenderer::renderImage(qreal dpi, SignageReport *report) const
{
    if (!haveGuiApplication())
        return QImage();
    const QSizeF mm = SignageSpec::pageSize(m_spec.paper).size(QPageSize::Millimeter);
    const QSize pixels(static_cast<int>(std::lround(mm.width() / 25.4 * dpi)),
                       static_cast<int>(std::lround(mm.height() / 25.4 * dpi)));
    QImage image(pixels, QImage::Format_RGB32);
    image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    const SignageReport result = paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    if (report)
        *report = result;
    return image;
}

Result<SignageReport> SignageRenderer::writePdf(const QString &path) const
{
    if (!haveGuiApplication())
        return noGuiError();
    const Status valid = m_spec.validate();
    if (!valid.ok())
        return valid.error();
    const SignageReport report = check();
    if (!report.fits())
        return makeError(ErrorKind::Data, report.overflows.constFirst().message);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::IO,
                         tr("Cannot write \"%1\": %2. Choose another file or folder.").arg(path, file.errorString()));
    Result<SignageReport> rendered = makeError(ErrorKind::Internal, QString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(static_cast<int>(kPerInch));
        writer.setCreator(Application::versionLine());
        writer.setTitle(
            SignageText::text(SignageText::Headline, SignageSpec::languageCodes(m_spec.language).constFirst())
            + QStringLiteral(" — ") + m_spec.profile.siteName);
        rendered = render(writer);
    }
    if (!rendered.ok()) {
        file.cancelWriting();
        return rendered;
    }
    if (!file.commit())
        return makeError(ErrorKind::IO,
                         tr("Cannot write \"%1\": %2. Choose another file or folder.").arg(path, file.errorString()));
    return rendered;
}

} // namespace consentry
