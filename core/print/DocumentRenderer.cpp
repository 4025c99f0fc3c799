#include "print/DocumentRenderer.h"

#include "platform/Formats.h"
#include "print/PrintFonts.h"
#include "print/PrintPalette.h"
#include "print/SignageText.h"
#include "print/TextBlock.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace consentry {

namespace {

using namespace PrintUnits;
using namespace PrintPalette;

constexpr qreal kMarginMm = 20;
constexpr qreal kBodyPt = 11;
constexpr qreal kHeadingPt = 13;
constexpr qreal kSubheadingPt = 11.5;
constexpr qreal kTitlePt = 17;
constexpr qreal kTablePt = 9.5;
constexpr qreal kSmallPt = 8;
constexpr qreal kCellPadXMm = 1.5;
constexpr qreal kCellPadYMm = 1.2;

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

// Lays a Document's blocks out top to bottom, starting a new page whenever the next piece does not fit.
class Paginator
{
public:
    explicit Paginator(const Document &document);
    PrintCanvas run();

private:
    struct Place {
        int page = 0;
        qreal y = 0;
    };

    qreal room() const { return m_content.bottom() - m_y; }
    bool atTop() const { return m_y == m_content.top(); }
    PrintPage &page() { return m_pages.last(); }
    void newPage();
    // Paints `block` line by line from the current position, continuing on new pages; where line one went.
    Place placeText(const TextBlock &block, qreal x, const QColor &color);

    void title();
    void heading(int index);
    void paragraph(const DocumentBlock &block);
    void bullet(const DocumentBlock &block);
    void field(const DocumentBlock &block);
    void signature(const DocumentBlock &block);
    void picture(const DocumentBlock &block);
    // A table being laid out: its columns, its header row, and where rows start on the current page.
    struct Table {
        Table(const DocumentTable &source, const QRectF &content);
        QList<qreal> left;
        QList<qreal> width;
        QList<TextBlock> head;
        qreal headHeight = 0;
        qreal bodyTop = 0;
    };
    void table(const DocumentTable &source);
    QList<TextBlock> cells(const Table &table, const QStringList &texts, bool bold) const;
    void grid(const Table &table, qreal top, qreal bottom);
    void tableHeader(Table &table);
    void tableRow(Table &table, const QStringList &row);
    // Header, header rule, page numbers and footer of page `index` of `pages`.
    PrintPage furniture(int index, int pages) const;

    const Document &m_doc;
    const PrintFonts &m_fonts;
    PrintCanvas m_canvas;
    QRectF m_content;
    qreal m_width = 0;
    qreal m_minLine = 0;
    qreal m_y = 0;
    QList<PrintPage> m_pages;
};

Paginator::Paginator(const Document &document)
    : m_doc(document)
    , m_fonts(PrintFonts::instance())
    , m_canvas(SignageSpec::pageSize(document.paper))
{
    const qreal margin = fromMm(kMarginMm);
    // Room for the header and the footer line inside the margins.
    const qreal smallLine = fromPt(kSmallPt) * 1.6;
    m_content = m_canvas.pageRect().adjusted(margin, margin + smallLine + fromMm(3), -margin,
                                             -margin - smallLine - fromMm(3));
    m_width = m_content.width();
    m_minLine = fromPt(kBodyPt) * 1.5;
    m_pages.append(PrintPage());
    m_y = m_content.top();
}

void Paginator::newPage()
{
    m_pages.append(PrintPage());
    m_y = m_content.top();
}

Paginator::Place Paginator::placeText(const TextBlock &block, qreal x, const QColor &color)
{
    Place first { static_cast<int>(m_pages.size()) - 1, m_y };
    int line = 0;
    while (line < block.lineCount()) {
        int n = 0;
        while (line + n < block.lineCount() && rangeHeight(block, line, n + 1) <= room())
            ++n;
        if (n == 0) {
            if (atTop()) {
                n = 1; // a line taller than a page: paint it anyway rather than loop
            } else {
                newPage();
                continue;
            }
        }
        if (line == 0)
            first = { static_cast<int>(m_pages.size()) - 1, m_y };
        page().addText(block, QPointF(x, m_y), color, line, n);
        m_y += rangeHeight(block, line, n);
        line += n;
        if (line < block.lineCount())
            newPage();
    }
    return first;
}

void Paginator::title()
{
    if (m_doc.title.isEmpty())
        return;
    placeText(TextBlock(m_doc.title, m_fonts.font(kTitlePt, true), m_width), m_content.left(), kAccent);
    m_y += fromMm(6);
}

void Paginator::heading(int index)
{
    const DocumentBlock &block = m_doc.blocks.at(index);
    const bool section = block.level <= 1;
    const TextBlock heading(block.text, m_fonts.font(section ? kHeadingPt : kSubheadingPt, true), m_width);
    // A section of blanks to fill in (name, signature, date) stays on one page with its heading, so
    // nobody signs a page that does not say what the signature is for.
    qreal group = heading.height() + fromMm(4);
    bool onlyBlanks = true;
    int j = index + 1;
    for (; j < m_doc.blocks.size(); ++j) {
        const DocumentBlock &next = m_doc.blocks.at(j);
        if (next.kind == DocumentBlock::Kind::Field)
            group += next.value.isEmpty() ? fromMm(13) : m_minLine + fromMm(3);
        else if (next.kind == DocumentBlock::Kind::Signature)
            group += m_minLine + fromMm(30);
        else
            break;
    }
    if (j < m_doc.blocks.size() && m_doc.blocks.at(j).kind == DocumentBlock::Kind::Paragraph)
        onlyBlanks = false;
    // What must follow on the same page: a line of text, or a table's header row and first row.
    const bool table = index + 1 < m_doc.blocks.size() && m_doc.blocks.at(index + 1).kind == DocumentBlock::Kind::Table;
    const qreal following = table ? 2 * (fromPt(kTablePt) * 1.5 + 2 * fromMm(kCellPadYMm)) : m_minLine;
    if ((onlyBlanks && j > index + 1 && group > room() && group <= m_content.height())
        || heading.height() + following > room())
        newPage(); // never a heading alone at the foot of a page
    m_y += !atTop() ? fromMm(section ? 2 : 1) : 0;
    placeText(heading, m_content.left(), kAccent);
    m_y += fromMm(section ? 2 : 1.5);
}

void Paginator::paragraph(const DocumentBlock &block)
{
    placeText(TextBlock(block.text, m_fonts.font(kBodyPt), m_width), m_content.left(), kInk);
    m_y += fromMm(3);
}

void Paginator::bullet(const DocumentBlock &block)
{
    const qreal body = fromPt(kBodyPt);
    const qreal indent = body * 1.2;
    const TextBlock text(block.text, m_fonts.font(kBodyPt), m_width - indent);
    const Place first = placeText(text, m_content.left() + indent, kInk);
    // A drawn dot centred on the first line's lower-case letters, whatever face the line uses.
    const qreal r = body * 0.16;
    const QPointF centre(m_content.left() + indent * 0.4, first.y + text.firstBaseline() - body * 0.33);
    QPainterPath dot;
    dot.addEllipse(centre, r, r);
    m_pages[first.page].addPath(dot, kInk);
    m_y += fromMm(1.5);
}

void Paginator::field(const DocumentBlock &block)
{
    const QString label = Formats::withColon(block.text);
    if (!block.value.isEmpty()) {
        const TextBlock field(label + block.value, m_fonts.font(kBodyPt), m_width, static_cast<int>(label.size()),
                              kInk);
        if (field.height() > room())
            newPage();
        placeText(field, m_content.left(), kInk);
        m_y += fromMm(3);
        return;
    }
    // A blank to write on: the label, then a line with room for handwriting above it.
    const TextBlock labelBlock(label, m_fonts.font(kBodyPt, true), m_width * 0.45);
    const qreal height = std::max(labelBlock.height(), fromMm(9));
    if (height > room())
        newPage();
    const qreal baseline = m_y + height;
    page().addText(labelBlock, QPointF(m_content.left(), baseline - labelBlock.height()), kInk);
    page().addLine(QPointF(m_content.left() + labelBlock.naturalWidth() + fromMm(2), baseline),
                   QPointF(m_content.right(), baseline), kInk, fromPt(0.6));
    m_y = baseline + fromMm(4);
}

void Paginator::signature(const DocumentBlock &block)
{
    const TextBlock labelBlock(Formats::withColon(block.text).trimmed(), m_fonts.font(kBodyPt, true), m_width);
    const QRectF box(0, 0, fromMm(75), fromMm(25));
    if (labelBlock.height() + fromMm(1) + box.height() > room())
        newPage();
    page().addText(labelBlock, QPointF(m_content.left(), m_y), kInk);
    m_y += labelBlock.height() + fromMm(1);
    const QRectF frame = box.translated(m_content.left(), m_y);
    page().addFrame(frame, kInk, fromPt(0.6));
    if (!block.image.isNull()) {
        QRectF image(QPointF(0, 0), QSizeF(block.image.size()).scaled(frame.size() * 0.92, Qt::KeepAspectRatio));
        image.moveCenter(frame.center());
        page().addImage(image, block.image);
    }
    m_y += box.height() + fromMm(4);
}

void Paginator::picture(const DocumentBlock &block)
{
    if (block.image.isNull())
        return;
    QSizeF size = QSizeF(block.image.size()).scaled(QSizeF(m_width, m_content.height()), Qt::KeepAspectRatio);
    if (block.space > 0 && size.height() > fromMm(block.space))
        size = size.scaled(QSizeF(m_width, fromMm(block.space)), Qt::KeepAspectRatio);
    if (size.height() > room() && !atTop())
        newPage();
    page().addImage(QRectF(QPointF(m_content.left(), m_y), size), block.image);
    m_y += size.height() + fromMm(4);
}

Paginator::Table::Table(const DocumentTable &source, const QRectF &content)
{
    const int columns = source.columnCount();
    bool weighted = source.columnWeights.size() == columns;
    qreal total = 0;
    for (int c = 0; weighted && c < columns; ++c) {
        weighted = source.columnWeights.at(c) > 0;
        total += source.columnWeights.value(c);
    }
    qreal x = content.left();
    for (int c = 0; c < columns; ++c) {
        width << content.width() * (weighted ? source.columnWeights.at(c) / total : 1.0 / columns);
        left << x;
        x += width.last();
    }
}

QList<TextBlock> Paginator::cells(const Table &table, const QStringList &texts, bool bold) const
{
    QList<TextBlock> blocks;
    for (int c = 0; c < table.left.size(); ++c)
        blocks << TextBlock(texts.value(c), m_fonts.font(kTablePt, bold), table.width.at(c) - 2 * fromMm(kCellPadXMm));
    return blocks;
}

// The grid around one band of a table: its top and bottom and the lines between columns.
void Paginator::grid(const Table &table, qreal top, qreal bottom)
{
    const qreal pen = fromPt(0.5);
    for (const qreal y : { top, bottom })
        page().addLine(QPointF(m_content.left(), y), QPointF(m_content.right(), y), kGrid, pen);
    for (int c = 0; c <= table.left.size(); ++c) {
        const qreal at = c < table.left.size() ? table.left.at(c) : m_content.right();
        page().addLine(QPointF(at, top), QPointF(at, bottom), kGrid, pen);
    }
}

// The header row, shaded, on every page the table runs over.
void Paginator::tableHeader(Table &table)
{
    if (table.headHeight > 0) {
        const qreal padY = fromMm(kCellPadYMm);
        page().addFill(QRectF(m_content.left(), m_y, m_width, table.headHeight), kHighlight);
        for (int c = 0; c < table.head.size(); ++c)
            page().addText(table.head.at(c), QPointF(table.left.at(c) + fromMm(kCellPadXMm), m_y + padY), kInk);
        grid(table, m_y, m_y + table.headHeight);
        m_y += table.headHeight;
    }
    table.bodyTop = m_y;
}

// One row in bands of lines: whole on the next page when it fits on one, split only when taller than a page.
void Paginator::tableRow(Table &table, const QStringList &row)
{
    const int columns = static_cast<int>(table.left.size());
    const qreal padY = fromMm(kCellPadYMm);
    const QList<TextBlock> blocks = cells(table, row, false);
    QList<int> done(columns, 0);
    const auto continueOnNewPage = [&] {
        newPage();
        tableHeader(table);
    };
    for (;;) {
        qreal rest = 0;
        bool more = false;
        for (int c = 0; c < columns; ++c) {
            rest = std::max(rest, rangeHeight(blocks.at(c), done.at(c), blocks.at(c).lineCount()));
            more = more || done.at(c) < blocks.at(c).lineCount();
        }
        if (!more)
            return;
        if (rest > room() - 2 * padY && m_y > table.bodyTop && rest <= m_content.bottom() - table.bodyTop - 2 * padY) {
            continueOnNewPage();
            continue;
        }
        QList<int> take(columns, 0);
        bool any = false;
        for (int c = 0; c < columns; ++c) {
            const TextBlock &block = blocks.at(c);
            while (done.at(c) + take.at(c) < block.lineCount()
                   && rangeHeight(block, done.at(c), take.at(c) + 1) <= room() - 2 * padY)
                ++take[c];
            any = any || take.at(c) > 0;
        }
        if (!any && m_y > table.bodyTop) {
            continueOnNewPage();
            continue;
        }
        qreal band = 0;
        for (int c = 0; c < columns; ++c) {
            if (!any) // a line taller than a page: paint it anyway
                take[c] = done.at(c) < blocks.at(c).lineCount() ? 1 : 0;
            if (take.at(c) == 0)
                continue;
            band = std::max(band, rangeHeight(blocks.at(c), done.at(c), take.at(c)));
            page().addText(blocks.at(c), QPointF(table.left.at(c) + fromMm(kCellPadXMm), m_y + padY), kInk, done.at(c),
                           take.at(c));
            done[c] += take.at(c);
        }
        grid(table, m_y, m_y + band + 2 * padY);
        m_y += band + 2 * padY;
        bool unfinished = false;
        for (int c = 0; c < columns; ++c)
            unfinished = unfinished || done.at(c) < blocks.at(c).lineCount();
        if (unfinished)
            continueOnNewPage();
    }
}

void Paginator::table(const DocumentTable &source)
{
    if (source.columnCount() == 0)
        return;
    Table table(source, m_content);
    table.head = cells(table, source.header, true);
    for (const TextBlock &block : std::as_const(table.head))
        table.headHeight = std::max(table.headHeight, block.height());
    table.headHeight = source.header.isEmpty() ? 0 : table.headHeight + 2 * fromMm(kCellPadYMm);
    if (table.headHeight + fromPt(kTablePt) * 1.5 + 2 * fromMm(kCellPadYMm) > room())
        newPage(); // the header row and a line of the first row, or nothing, at the foot of a page
    tableHeader(table);
    for (const QStringList &row : source.rows)
        tableRow(table, row);
    m_y += fromMm(3);
}

PrintPage Paginator::furniture(int index, int pages) const
{
    PrintPage furniture;
    const qreal margin = fromMm(kMarginMm);
    if (!m_doc.header.isEmpty()) {
        const TextBlock header(m_doc.header, m_fonts.font(kSmallPt), m_content.width());
        furniture.addText(header, QPointF(m_content.left(), margin), kMuted, 0, 1);
        const qreal line = margin + header.heightOfLines(1) + fromMm(1);
        furniture.addLine(QPointF(m_content.left(), line), QPointF(m_content.right(), line), kMuted, fromPt(0.4));
    }
    const qreal footTop = m_canvas.pageRect().bottom() - margin - fromPt(kSmallPt) * 1.4;
    const TextBlock numbers(pageNumbers(m_doc.language, index + 1, pages), m_fonts.font(kSmallPt), m_content.width(),
                            Qt::AlignRight);
    furniture.addText(numbers, QPointF(m_content.left(), footTop), kMuted, 0, 1);
    if (!m_doc.footer.isEmpty()) {
        const TextBlock footer(m_doc.footer, m_fonts.font(kSmallPt),
                               m_content.width() - numbers.naturalWidth() - fromMm(5));
        furniture.addText(footer, QPointF(m_content.left(), footTop), kMuted, 0, 1);
    }
    return furniture;
}

PrintCanvas Paginator::run()
{
    title();
    for (int i = 0; i < m_doc.blocks.size(); ++i) {
        const DocumentBlock &block = m_doc.blocks.at(i);
        switch (block.kind) {
        case DocumentBlock::Kind::Heading: heading(i); break;
        case DocumentBlock::Kind::Paragraph: paragraph(block); break;
        case DocumentBlock::Kind::Bullet: bullet(block); break;
        case DocumentBlock::Kind::Field: field(block); break;
        case DocumentBlock::Kind::Signature: signature(block); break;
        case DocumentBlock::Kind::Table: table(block.table); break;
        case DocumentBlock::Kind::Image: picture(block); break;
        case DocumentBlock::Kind::PageBreak:
            if (!page().items.isEmpty())
                newPage();
            break;
        case DocumentBlock::Kind::Spacer:
            m_y += fromMm(block.space);
            if (m_y > m_content.bottom())
                newPage();
            break;
        }
    }
    m_canvas.setTitle(m_doc.title);
    const int pages = static_cast<int>(m_pages.size());
    for (int i = 0; i < pages; ++i)
        m_canvas.addPage().items = furniture(i, pages).items + m_pages.at(i).items; // furniture first, as ever
    return m_canvas;
}

} // namespace

DocumentRenderer::DocumentRenderer(Document document)
    : m_document(std::move(document))
{
}

const PrintCanvas &DocumentRenderer::canvas() const
{
    if (!m_canvas)
        m_canvas = PrintCanvas::canPaint() ? Paginator(m_document).run()
                                           : PrintCanvas(SignageSpec::pageSize(m_document.paper));
    return *m_canvas;
}

QPageLayout DocumentRenderer::pageLayout() const
{
    return PrintCanvas(SignageSpec::pageSize(m_document.paper)).pageLayout();
}

int DocumentRenderer::pageCount() const
{
    return canvas().pageCount();
}

void DocumentRenderer::paintPage(QPainter &painter, int index, const QRectF &target) const
{
    canvas().paintPage(painter, index, target);
}

Result<int> DocumentRenderer::render(QPagedPaintDevice &device) const
{
    if (!PrintCanvas::canPaint())
        return PrintCanvas::cannotPaintError();
    return canvas().render(device);
}

QImage DocumentRenderer::renderPageImage(int index, qreal dpi) const
{
    return canvas().pageImage(index, dpi);
}

Result<int> DocumentRenderer::writePdf(const QString &path) const
{
    if (!PrintCanvas::canPaint())
        return PrintCanvas::cannotPaintError();
    return canvas().writePdf(path);
}

Result<QByteArray> DocumentRenderer::toPdf() const
{
    if (!PrintCanvas::canPaint())
        return PrintCanvas::cannotPaintError();
    return canvas().toPdf();
}

} // namespace consentry
