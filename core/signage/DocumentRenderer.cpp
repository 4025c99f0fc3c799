#include "signage/DocumentRenderer.h"

#include "platform/Application.h"
#include "platform/Formats.h"
#include "signage/SignageFonts.h"
#include "signage/SignageText.h"
#include "signage/TextBlock.h"

#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace consentry {

namespace {

using namespace SignageUnits;

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kAccent(0x0b, 0x3d, 0x6b);

constexpr qreal kMarginMm = 20;
constexpr qreal kBodyPt = 11;
constexpr qreal kHeadingPt = 13;
constexpr qreal kTitlePt = 17;
constexpr qreal kSmallPt = 8;

struct Piece {
    enum Kind { Text, Rule, Box, Image } kind = Text;
    TextBlock text;
    int first = 0;
    int count = -1;
    QPointF at;
    QRectF rect;
    QImage image;
    QColor color = kInk;
};

struct Layout {
    QRectF page;
    QRectF content;
    QList<QList<Piece>> pages;
};

qreal rangeHeight(const TextBlock &block, int first, int count)
{
    return block.heightOfLines(first + count) - block.heightOfLines(first);
}

QString pageNumbers(const QString &language, int page, int pages)
{
    QStringList parts;
    for (const QString &code : language.split(QLatin1Char('+')))
        parts << SignageText::text(SignageText::PageOfPages, code).arg(page).arg(pages);
    return parts.join(QStringLiteral(" · "));
}

Layout paginate(const Document &doc)
{
    const SignageFonts &fonts = SignageFonts::instance();
    Layout out;
    const QSizeF mm = SignageSpec::pageSize(doc.paper).size(QPageSize::Millimeter);
    out.page = QRectF(0, 0, fromMm(mm.width()), fromMm(mm.height()));
    const qreal margin = fromMm(kMarginMm);
    // Room for the header and the footer line inside the margins.
    const qreal smallLine = fromPt(kSmallPt) * 1.6;
    out.content = out.page.adjusted(margin, margin + smallLine + fromMm(3), -margin, -margin - smallLine - fromMm(3));
    const qreal width = out.content.width();
    const qreal bottom = out.content.bottom();
    const qreal minLine = fromPt(kBodyPt) * 1.5;

    out.pages.append(QList<Piece>());
    qreal y = out.content.top();
    auto newPage = [&] {
        out.pages.append(QList<Piece>());
        y = out.content.top();
    };
    auto room = [&] { return bottom - y; };
    auto placeText = [&](const TextBlock &block, qreal x, const QColor &color) {
        int first = 0;
        while (first < block.lineCount()) {
            int n = 0;
            while (first + n < block.lineCount() && rangeHeight(block, first, n + 1) <= room())
                ++n;
            if (n == 0) {
                if (y == out.content.top())
                    n = 1; // a line taller than a page: paint it anyway rather than loop
                else {
                    newPage();
                    continue;
                }
            }
            Piece piece;
            piece.text = block;
            piece.first = first;
            piece.count = n;
            piece.at = QPointF(x, y);
            piece.color = color;
            out.pages.last() << piece;
            y += rangeHeight(block, first, n);
            first += n;
            if (first < block.lineCount())
                newPage();
        }
    };

    if (!doc.title.isEmpty()) {
        const TextBlock title(doc.title, fonts.font(kTitlePt, true), width);
        placeText(title, out.content.left(), kAccent);
        y += fromMm(6);
    }
    for (int i = 0; i < doc.blocks.size(); ++i) {
        const DocumentBlock &block = doc.blocks.at(i);
        switch (block.kind) {
        case DocumentBlock::Kind::Heading: {
            const TextBlock heading(block.text, fonts.font(kHeadingPt, true), width);
            // A section of blanks to fill in (name, signature, date) stays on one page with its heading, so
            // nobody signs a page that does not say what the signature is for.
            qreal group = heading.height() + fromMm(4);
            bool onlyBlanks = true;
            int j = i + 1;
            for (; j < doc.blocks.size(); ++j) {
                const DocumentBlock &next = doc.blocks.at(j);
                if (next.kind == DocumentBlock::Kind::Field)
                    group += next.value.isEmpty() ? fromMm(13) : minLine + fromMm(3);
                else if (next.kind == DocumentBlock::Kind::Signature)
                    group += minLine + fromMm(30);
                else
                    break;
            }
            if (j < doc.blocks.size() && doc.blocks.at(j).kind == DocumentBlock::Kind::Paragraph)
                onlyBlanks = false;
            if ((onlyBlanks && j > i + 1 && group > room() && group <= out.content.height())
                || heading.height() + minLine > room())
                newPage(); // never a heading alone at the foot of a page
            y += y > out.content.top() ? fromMm(2) : 0;
            placeText(heading, out.content.left(), kAccent);
            y += fromMm(2);
            break;
        }
        case DocumentBlock::Kind::Paragraph:
            placeText(TextBlock(block.text, fonts.font(kBodyPt), width), out.content.left(), kInk);
            y += fromMm(3);
            break;
        case DocumentBlock::Kind::Field: {
            const QString label = Formats::withColon(block.text);
            if (!block.value.isEmpty()) {
                const TextBlock field(label + block.value, fonts.font(kBodyPt), width, static_cast<int>(label.size()),
                                      kInk);
                if (field.height() > room())
                    newPage();
                placeText(field, out.content.left(), kInk);
                y += fromMm(3);
            } else {
                // A blank to write on: the label, then a line with room for handwriting above it.
                const TextBlock labelBlock(label, fonts.font(kBodyPt, true), width * 0.45);
                const qreal height = std::max(labelBlock.height(), fromMm(9));
                if (height > room())
                    newPage();
                const qreal baseline = y + height;
                Piece text;
                text.text = labelBlock;
                text.at = QPointF(out.content.left(), baseline - labelBlock.height());
                out.pages.last() << text;
                Piece rule;
                rule.kind = Piece::Rule;
                rule.rect = QRectF(QPointF(out.content.left() + labelBlock.naturalWidth() + fromMm(2), baseline),
                                   QPointF(out.content.right(), baseline));
                out.pages.last() << rule;
                y = baseline + fromMm(4);
            }
            break;
        }
        case DocumentBlock::Kind::Signature: {
            const TextBlock labelBlock(Formats::withColon(block.text).trimmed(), fonts.font(kBodyPt, true), width);
            const QRectF box(0, 0, fromMm(75), fromMm(25));
            if (labelBlock.height() + fromMm(1) + box.height() > room())
                newPage();
            Piece text;
            text.text = labelBlock;
            text.at = QPointF(out.content.left(), y);
            out.pages.last() << text;
            y += labelBlock.height() + fromMm(1);
            Piece frame;
            frame.kind = Piece::Box;
            frame.rect = box.translated(out.content.left(), y);
            out.pages.last() << frame;
            if (!block.image.isNull()) {
                Piece image;
                image.kind = Piece::Image;
                const QSizeF size = QSizeF(block.image.size()).scaled(frame.rect.size() * 0.92, Qt::KeepAspectRatio);
                image.rect = QRectF(QPointF(0, 0), size);
                image.rect.moveCenter(frame.rect.center());
                image.image = block.image;
                out.pages.last() << image;
            }
            y += box.height() + fromMm(4);
            break;
        }
        case DocumentBlock::Kind::PageBreak:
            if (!out.pages.last().isEmpty())
                newPage();
            break;
        case DocumentBlock::Kind::Spacer:
            y += fromMm(block.space);
            if (y > bottom)
                newPage();
            break;
        }
    }
    return out;
}

void paintLaidOutPage(QPainter &painter, const Document &doc, const Layout &layout, int index)
{
    const SignageFonts &fonts = SignageFonts::instance();
    const QRectF &content = layout.content;
    const qreal margin = fromMm(kMarginMm);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    // Header and footer with page numbers.
    if (!doc.header.isEmpty()) {
        const TextBlock header(doc.header, fonts.font(kSmallPt), content.width());
        header.draw(painter, QPointF(content.left(), margin), kMuted, 0, 1);
        painter.setPen(QPen(kMuted, fromPt(0.4)));
        const qreal line = margin + header.heightOfLines(1) + fromMm(1);
        painter.drawLine(QPointF(content.left(), line), QPointF(content.right(), line));
    }
    const qreal footTop = layout.page.bottom() - margin - fromPt(kSmallPt) * 1.4;
    const TextBlock numbers(pageNumbers(doc.language, index + 1, static_cast<int>(layout.pages.size())),
                            fonts.font(kSmallPt), content.width(), Qt::AlignRight);
    numbers.draw(painter, QPointF(content.left(), footTop), kMuted, 0, 1);
    if (!doc.footer.isEmpty()) {
        const TextBlock footer(doc.footer, fonts.font(kSmallPt), content.width() - numbers.naturalWidth() - fromMm(5));
        footer.draw(painter, QPointF(content.left(), footTop), kMuted, 0, 1);
    }

    for (const Piece &piece : layout.pages.at(index)) {
        switch (piece.kind) {
        case Piece::Text: piece.text.draw(painter, piece.at, piece.color, piece.first, piece.count); break;
        case Piece::Rule:
            painter.setPen(QPen(kInk, fromPt(0.6)));
            painter.drawLine(piece.rect.topLeft(), piece.rect.bottomRight());
            break;
        case Piece::Box:
            painter.setPen(QPen(kInk, fromPt(0.6)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(piece.rect);
            break;
        case Piece::Image:
            painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter.drawImage(piece.rect, piece.image);
            break;
        }
    }
}

bool haveGuiApplication()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

DocumentRenderer::DocumentRenderer(Document document)
    : m_document(std::move(document))
{
}

QPageLayout DocumentRenderer::pageLayout() const
{
    QPageLayout layout(SignageSpec::pageSize(m_document.paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

int DocumentRenderer::pageCount() const
{
    return haveGuiApplication() ? static_cast<int>(paginate(m_document).pages.size()) : 0;
}

void DocumentRenderer::paintPage(QPainter &painter, int index, const QRectF &target) const
{
    const Layout layout = paginate(m_document);
    if (index < 0 || index >= layout.pages.size())
        return;
    const qreal scale = std::min(target.width() / layout.page.width(), target.height() / layout.page.height());
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    paintLaidOutPage(painter, m_document, layout, index);
    painter.restore();
}

Result<int> DocumentRenderer::render(QPagedPaintDevice &device) const
{
    if (!haveGuiApplication())
        return makeError(ErrorKind::Internal,
                         tr("Documents can only be drawn by a program that has loaded its "
                            "fonts; this is a bug, please report it."));
    const Layout layout = paginate(m_document);
    device.setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorKind::IO,
                         tr("The printer or file could not be opened for drawing; check that it "
                            "is available and try again."));
    const qreal scale = std::min(device.width() / layout.page.width(), device.height() / layout.page.height());
    for (int i = 0; i < layout.pages.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return makeError(ErrorKind::IO, tr("A new page could not be started on the printer or in the file."));
        }
        painter.save();
        painter.scale(scale, scale);
        paintLaidOutPage(painter, m_document, layout, i);
        painter.restore();
    }
    if (!painter.end())
        return makeError(ErrorKind::IO,
                         tr("The document could not be finished on the printer or in the file; "
                            "check the printer or the disk and try again."));
    return static_cast<int>(layout.pages.size());
}

QImage DocumentRenderer::renderPageImage(int index, qreal dpi) const
{
    if (!haveGuiApplication())
        return QImage();
    const QSizeF mm = SignageSpec::pageSize(m_document.paper).size(QPageSize::Millimeter);
    QImage image(QSize(qRound(mm.width() / 25.4 * dpi), qRound(mm.height() / 25.4 * dpi)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(painter, index, QRectF(QPointF(0, 0), QSizeF(image.size())));
    return image;
}

Result<int> DocumentRenderer::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::IO,
                         tr("Cannot write \"%1\": %2. Choose another file or folder.").arg(path, file.errorString()));
    Result<int> pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(static_cast<int>(kPerInch));
        writer.setCreator(Application::versionLine());
        writer.setTitle(m_document.title);
        pages = render(writer);
    }
    if (!pages.ok()) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit())
        return makeError(ErrorKind::IO,
                         tr("Cannot write \"%1\": %2. Choose another file or folder.").arg(path, file.errorString()));
    return pages;
}

} // namespace consentry
