#include "print/SignageComposer.h"

#include "print/PrintFonts.h"
#include "print/PrintPalette.h"
#include "print/QrCode.h"
#include "print/SignageText.h"
#include "print/TextBlock.h"

#include <QHash>
#include <QImageReader>
#include <QPainterPath>

#include <functional>

namespace consentry {

namespace {

using namespace PrintUnits;
using namespace PrintPalette;

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
    PrintPage items; // positions relative to the body's top-left
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
        retention.paragraphs << Paragraph { SignageText::retention(p, languages.at(i)),
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
    const PrintFonts &fonts = PrintFonts::instance();
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
            out.items.addText(label, QPointF(inset, y), kAccent);
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
                out.items.addFill(QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r)), kAccent, r);
            }
            out.items.addText(block, QPointF(indent, y), paragraph.secondary ? kSecondaryInk : kInk);
            if (!paragraph.field.isEmpty())
                out.fieldHeights[paragraph.field] += block.height();
            y += block.height() + (i + 1 < section.paragraphs.size() ? paragraphGap : 0);
        }
        y += inset;
        if (section.highlight) {
            // Behind the section: first in the body, painted before any of its text.
            PrintPage fill;
            fill.addFill(QRectF(0, top, width, y - top), kHighlight, body * 0.4);
            out.items.items.prepend(fill.items.constFirst());
        }
        if (s + 1 < sections.size())
            y += sectionGap;
    }
    out.height = y;
    return out;
}

// Shrinks `make(size)` from `preferred` towards `minimum` until `good(block)`; returns the last block.
TextBlock shrinkToFit(const std::function<TextBlock(qreal)> &make, const std::function<bool(const TextBlock &)> &good,
                      qreal preferred, qreal minimum)
{
    qreal size = preferred;
    TextBlock block = make(size);
    while (!good(block) && size > minimum) {
        size = std::max(minimum, size * 0.94);
        block = make(size);
    }
    return block;
}

// The usual pictogram for face recognition: a face inside the four corners of a viewfinder, in `color`.
void pictogram(PrintPage &page, const QRectF &r, const QColor &color)
{
    const qreal a = r.width();
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
    const QPointF c = r.center();
    QPainterPath face;
    face.addEllipse(c, a * 0.2, a * 0.25);
    QPainterPath eyes;
    eyes.addEllipse(c + QPointF(-a * 0.075, -a * 0.05), a * 0.03, a * 0.03);
    eyes.addEllipse(c + QPointF(a * 0.075, -a * 0.05), a * 0.03, a * 0.03);
    const QRectF smile(c.x() - a * 0.08, c.y() + a * 0.01, a * 0.16, a * 0.12);
    QPainterPath mouth;
    mouth.arcMoveTo(smile, 200);
    mouth.arcTo(smile, 200, 140);

    page.addPath(corners, color, a * 0.065);
    page.addPath(face, color, a * 0.05);
    page.addPath(eyes, color);
    page.addPath(mouth, color, a * 0.05);
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

SignageComposer::SignageComposer(const SignageSpec &spec)
    : m_spec(spec)
    , m_fonts(PrintFonts::instance())
    , m_frame(SignageFrame::compute(spec))
    , m_metrics(SignageMetrics::forLayout(spec.layout).scaled(m_frame.scale))
    , m_languages(SignageSpec::languageCodes(spec.language))
{
}

void SignageComposer::overflow(const QString &field)
{
    for (const SignageIssue &issue : std::as_const(m_report.overflows)) {
        if (issue.field == field)
            return;
    }
    m_report.overflows << SignageIssue {
        field,
        tr("The text of \"%1\" does not fit on the %2 even at the smallest legible size; shorten it or "
           "choose a larger layout.")
            .arg(field, SignageSpec::layoutTitle(m_spec.layout))
    };
}

SignageComposition SignageComposer::compose()
{
    m_report.pages = 1;
    if (m_languages.contains(QStringLiteral("zh_CN")) && !m_fonts.warning().isEmpty())
        m_report.warnings << m_fonts.warning();
    const qreal top = siteRow(headerBand() + fromPt(m_metrics.bodyPt) * 0.8);
    body(top, foot());
    cutMarks();

    SignageComposition out { PrintCanvas(SignageSpec::pageSize(m_spec.paper)), m_report };
    out.canvas.setTitle(SignageText::text(SignageText::Headline, m_languages.constFirst()) + QStringLiteral(" — ")
                        + m_spec.profile.siteName);
    out.canvas.addPage().items = m_underlay.items + m_page.items;
    return out;
}

// Pictogram and headline, white on the accent colour: the first thing anyone reads.
qreal SignageComposer::headerBand()
{
    const QRectF content = m_frame.content;
    const bool bilingual = m_languages.size() > 1;
    const qreal icon = fromMm(m_metrics.iconMm);
    m_pad = icon * 0.22;
    const qreal headlineWidth = content.width() - icon - 3 * m_pad;
    QList<TextBlock> headlines;
    qreal headlineHeight = 0;
    for (int i = 0; i < m_languages.size(); ++i) {
        const qreal preferred
            = !bilingual ? m_metrics.headlinePt : (i == 0 ? m_metrics.headlineZhPt : m_metrics.headlineEnPt);
        const QString text = SignageText::text(SignageText::Headline, m_languages.at(i));
        TextBlock block
            = shrinkToFit([&](qreal size) { return TextBlock(text, m_fonts.font(size, true), headlineWidth); },
                          [](const TextBlock &b) { return b.lineCount() <= 1; }, preferred, preferred * 0.6);
        headlineHeight += block.height();
        headlines << block;
    }
    const qreal headlineGap = bilingual ? icon * 0.06 : 0;
    headlineHeight += headlineGap * (headlines.size() - 1);
    const QRectF band(content.left(), content.top(), content.width(), std::max(icon, headlineHeight) + 2 * m_pad);
    m_page.addFill(band, kAccent, m_pad * 0.6);
    pictogram(m_page, QRectF(band.left() + m_pad, band.center().y() - icon / 2, icon, icon), Qt::white);
    qreal y = band.center().y() - headlineHeight / 2;
    for (const TextBlock &block : std::as_const(headlines)) {
        m_page.addText(block, QPointF(band.left() + icon + 2 * m_pad, y), Qt::white);
        y += block.height() + headlineGap;
    }
    return band.bottom();
}

// The site's name on up to two lines, with the logo at the right.
qreal SignageComposer::siteRow(qreal top)
{
    const QRectF content = m_frame.content;
    QImage logo;
    QSizeF logoSize;
    if (!m_spec.logoPath.isEmpty()) {
        QImageReader reader(m_spec.logoPath);
        reader.setAutoTransform(true);
        logo = reader.read();
        if (logo.isNull()) {
            m_report.warnings << tr("The logo \"%1\" could not be read and is left out.").arg(m_spec.logoPath);
        } else {
            logoSize = logo.size().scaled(QSizeF(content.width() * 0.35, fromMm(m_metrics.logoMaxHeightMm)).toSize(),
                                          Qt::KeepAspectRatio);
        }
    }
    const qreal siteWidth = content.width() - (logo.isNull() ? 0 : logoSize.width() + m_pad);
    const TextBlock site = shrinkToFit(
        [&](qreal size) { return TextBlock(m_spec.profile.siteName, m_fonts.font(size, true), siteWidth); },
        [](const TextBlock &b) { return b.lineCount() <= 2; }, m_metrics.siteNamePt, m_metrics.minBodyPt);
    if (site.lineCount() > 2)
        overflow(QStringLiteral("site_name"));
    const qreal rowHeight = std::max(site.heightOfLines(2), logo.isNull() ? 0.0 : logoSize.height());
    m_page.addText(site, QPointF(content.left(), top + (rowHeight - site.heightOfLines(2)) / 2), kInk).clip
        = QRectF(content.left(), top, siteWidth, rowHeight);
    if (!logo.isNull())
        m_page.addImage(
            QRectF(QPointF(content.right() - logoSize.width(), top + (rowHeight - logoSize.height()) / 2), logoSize),
            logo);
    return top + rowHeight + fromPt(m_metrics.bodyPt) * 0.6;
}

void SignageComposer::qrCode(const QrCode &code, const QRectF &rect)
{
    // As QrCode::paint: white quiet zone, black modules, no antialiasing so the modules stay crisp.
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF square(rect.topLeft(), QSizeF(side, side));
    m_underlay.addFill(square, Qt::white).antialias = false;
    m_underlay.addPath(code.path(square), Qt::black).antialias = false;
}

// "Scan to read the full notice" in each language and the notice's address, in a column `width` wide at
// `left`; positions relative to the column's top, whose height goes to `height`.
PrintPage SignageComposer::qrCaption(qreal left, qreal width, qreal *height)
{
    PrintPage caption;
    *height = 0;
    for (int i = 0; i < m_languages.size(); ++i) {
        const qreal size = i == 0 ? m_metrics.captionPt : m_metrics.captionPt * 0.85;
        const TextBlock block(SignageText::text(SignageText::QrCaption, m_languages.at(i)), m_fonts.font(size, i == 0),
                              width);
        caption.addText(block, QPointF(left, *height), i == 0 ? kAccent : kSecondaryInk);
        *height += block.height();
    }
    *height += fromPt(m_metrics.urlPt) * 0.4;
    const TextBlock url = shrinkToFit(
        [&](qreal size) { return TextBlock(m_spec.profile.noticeUrl, m_fonts.font(size), width); },
        [](const TextBlock &b) { return b.lineCount() <= 3; }, m_metrics.urlPt, std::min(m_metrics.urlPt, 5.0));
    if (url.lineCount() > 4)
        overflow(QStringLiteral("notice_url"));
    caption.addText(url, QPointF(left, *height), kInk);
    *height += std::min(url.height(), url.heightOfLines(4));
    return caption;
}

// The QR code at the bottom left with its caption and address beside it, and the legal basis under the
// caption when it fits there (otherwise across the foot of the sign); then the rule above them.
qreal SignageComposer::foot()
{
    const QRectF content = m_frame.content;
    const QString layoutName = SignageSpec::layoutTitle(m_spec.layout);
    const Result<QrCode> qr = QrCode::encode(m_spec.profile.noticeUrl);
    // A long address needs more modules; keep each at least 0.55 mm so any phone reads it at arm's length,
    // growing the code up to half the sign's width.
    const int modules = qr.ok() ? qr->size() + 2 * QrCode::kQuietZone : 1;
    const qreal qrMm
        = std::min(std::max(m_metrics.qrMm, modules * 0.55), m_metrics.nominalMm.width() * m_frame.scale / 2);
    const qreal qrSide = fromMm(qrMm);
    if (!qr.ok()) {
        // An empty address is reported as missing by SignageSpec::validate(); only a real one can overflow.
        if (!m_spec.profile.noticeUrl.isEmpty())
            overflow(QStringLiteral("notice_url"));
    } else if (qrMm / modules < 0.4) {
        // Below about 0.4 mm per module phone cameras start to struggle.
        m_report.overflows << SignageIssue {
            QStringLiteral("notice_url"),
            tr("The notice web address is too long for a QR code that phones can scan on the %1; use a shorter "
               "address.")
                .arg(layoutName)
        };
    }
    // The quiet zone is white paper anyway: let it reach into the margin so the dark modules line up with
    // the text above.
    const qreal quiet = qrSide * QrCode::kQuietZone / modules;
    const qreal visibleQr = qrSide - 2 * quiet;
    const qreal captionLeft = content.left() + visibleQr + m_pad * 0.8;
    const qreal captionWidth = content.right() - captionLeft;

    qreal captionHeight = 0;
    const PrintPage caption = qrCaption(captionLeft, captionWidth, &captionHeight);
    const auto footnotesAt = [&](qreal width, qreal *height) {
        QList<TextBlock> blocks;
        *height = 0;
        for (const QString &language : std::as_const(m_languages)) {
            blocks << TextBlock(SignageText::text(SignageText::LegalBasis, language),
                                m_fonts.font(m_metrics.footnotePt), width);
            *height += blocks.constLast().height();
        }
        return blocks;
    };
    const qreal footGap = fromPt(m_metrics.footnotePt) * 0.8;
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
    // Caption and address centred beside the code (or at its top when the legal basis is under them).
    const qreal captionTop = footInColumn ? qrTop : qrTop + std::max(0.0, (visibleQr - captionHeight) / 2);
    const QRectF column(captionLeft, qrTop, captionWidth, visibleQr);
    for (PrintItem item : std::as_const(caption.items)) {
        item.at += QPointF(0, captionTop);
        item.clip = column;
        m_page.items << item;
    }
    qreal y = footInColumn ? bottom - footHeight : content.bottom() - footHeight;
    for (const TextBlock &block : std::as_const(footnotes)) {
        m_page.addText(block, QPointF(footLeft, y), kMuted);
        y += block.height();
    }
    if (qr.ok())
        qrCode(*qr, QRectF(content.left() - quiet, qrTop - quiet, qrSide, qrSide));

    const qreal rule = qrTop - fromPt(m_metrics.bodyPt) * 0.7;
    m_page.addLine(QPointF(content.left(), rule), QPointF(content.right(), rule), kAccent,
                   fromPt(std::max(0.5, m_metrics.bodyPt * 0.06)));
    return rule - fromPt(m_metrics.bodyPt) * 0.7;
}

// The body: as large as fits between the site name and the QR code, never below the legible minimum.
void SignageComposer::body(qreal top, qreal bottom)
{
    const SignageMetrics &m = m_metrics;
    const QRectF bodyRect(m_frame.content.left(), top, m_frame.content.width(), std::max(0.0, bottom - top));
    const QList<Section> sections = buildSections(m_spec);
    const qreal labelRatio = m.labelPt / m.bodyPt;
    const auto layoutAt = [&](qreal bodyPt, bool compact) {
        return layoutBody(sections, bodyRect.width(), bodyPt, std::max(m.minBodyPt, bodyPt * labelRatio), m.minBodyPt,
                          compact);
    };
    // The largest body size from minBodyPt to bodyPt at which the body fits (0 when it does not fit at all).
    const auto bestFit = [&](bool compact, BodyLayout *best) -> qreal {
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
    BodyLayout layout;
    qreal bodyPt = bestFit(false, &layout);
    if (bodyPt < m.bodyPt) {
        BodyLayout compactLayout;
        const qreal compactPt = bestFit(true, &compactLayout);
        if (bodyPt == 0 || compactPt >= bodyPt * 1.2) {
            layout = std::move(compactLayout);
            bodyPt = compactPt;
        }
    }
    if (bodyPt == 0) {
        bodyPt = m.minBodyPt;
        // Name the profile field that takes the most room: that is the one to shorten.
        QString worst;
        qreal most = -1;
        for (auto it = layout.fieldHeights.cbegin(); it != layout.fieldHeights.cend(); ++it) {
            if (it.key() != QLatin1String("retention_days") && it.value() > most) {
                most = it.value();
                worst = it.key();
            }
        }
        overflow(worst);
    }
    m_report.bodyPointSize = bodyPt;
    // Spare room goes between the sections' top and the rule, not into a gap at the bottom: centre it.
    const qreal spare = std::max(0.0, bodyRect.height() - layout.height);
    const QPointF offset(bodyRect.left(), bodyRect.top() + std::min(spare / 2, fromPt(bodyPt) * 1.5));
    for (PrintItem item : std::as_const(layout.items.items)) {
        item.at += offset;
        item.rect.translate(offset);
        item.clip = bodyRect;
        m_page.items << item;
    }
}

// A sign on larger paper than its own: marks at its corners to cut along.
void SignageComposer::cutMarks()
{
    if (!m_frame.cutMarks)
        return;
    const QRectF &sign = m_frame.sign;
    const qreal gap = fromMm(2);
    const qreal length = fromMm(6);
    for (const QPointF &corner : { sign.topLeft(), sign.topRight(), sign.bottomLeft(), sign.bottomRight() }) {
        const qreal sx = corner.x() == sign.left() ? -1 : 1;
        const qreal sy = corner.y() == sign.top() ? -1 : 1;
        m_page.addLine(corner + QPointF(sx * gap, 0), corner + QPointF(sx * (gap + length), 0), kCutMarks, fromPt(0.5));
        m_page.addLine(corner + QPointF(0, sy * gap), corner + QPointF(0, sy * (gap + length)), kCutMarks, fromPt(0.5));
    }
}

} // namespace consentry
