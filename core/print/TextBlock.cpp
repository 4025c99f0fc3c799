#include "print/TextBlock.h"

#include <QPainter>
#include <QTextOption>

namespace consentry {

TextBlock::TextBlock(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment, qreal lineSpacing)
    : m_layout(std::make_shared<QTextLayout>(text, font))
    , m_width(width)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    layout(lineSpacing);
}

TextBlock::TextBlock(const QString &text, const QFont &font, qreal width, int prefixLength, const QColor &prefixColor)
    : m_layout(std::make_shared<QTextLayout>(text, font))
    , m_width(width)
{
    QTextOption option(Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    if (prefixLength > 0) {
        QTextLayout::FormatRange range;
        range.start = 0;
        range.length = prefixLength;
        range.format.setFontWeight(QFont::Bold);
        range.format.setForeground(prefixColor);
        m_layout->setFormats({ range });
    }
    layout(1.0);
}

void TextBlock::layout(qreal lineSpacing)
{
    const QString text = m_layout->text();
    const qreal width = m_width;
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    qreal y = 0;
    int previousEnd = 0;
    for (;;) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() * lineSpacing;
        // A line that ends between two letters of a word means the word itself was too long.
        const int end = line.textStart() + line.textLength();
        if (end < text.size() && end > previousEnd && text.at(end - 1).isLetterOrNumber()
            && text.at(end).isLetterOrNumber() && text.at(end).script() == QChar::Script_Latin)
            m_brokeWord = true;
        previousEnd = end;
    }
    m_layout->endLayout();
    m_height = m_layout->lineCount() > 0
        ? y - m_layout->lineAt(m_layout->lineCount() - 1).height() * (lineSpacing - 1.0)
        : 0;
}

int TextBlock::lineCount() const
{
    return m_layout ? m_layout->lineCount() : 0;
}

qreal TextBlock::naturalWidth() const
{
    qreal widest = 0;
    for (int i = 0; i < lineCount(); ++i)
        widest = std::max(widest, m_layout->lineAt(i).naturalTextWidth());
    return widest;
}

qreal TextBlock::firstBaseline() const
{
    if (lineCount() == 0)
        return 0;
    const QTextLine first = m_layout->lineAt(0);
    return first.y() + first.ascent();
}

qreal TextBlock::heightOfLines(int lines) const
{
    if (lines <= 0 || !m_layout)
        return 0;
    if (lines >= lineCount())
        return m_height;
    const QTextLine last = m_layout->lineAt(lines - 1);
    return last.y() + last.height();
}

QString TextBlock::text(int first, int count) const
{
    const int end = count < 0 ? lineCount() : std::min(lineCount(), first + count);
    if (first < 0 || first >= end)
        return QString();
    const QTextLine from = m_layout->lineAt(first);
    const QTextLine to = m_layout->lineAt(end - 1);
    return m_layout->text().mid(from.textStart(), to.textStart() + to.textLength() - from.textStart());
}

void TextBlock::draw(QPainter &painter, const QPointF &topLeft, const QColor &color, int first, int count) const
{
    if (!m_layout)
        return;
    const int end = count < 0 ? lineCount() : std::min(lineCount(), first + count);
    if (first >= end)
        return;
    painter.save();
    painter.setPen(color);
    const qreal shift = m_layout->lineAt(first).y();
    for (int i = first; i < end; ++i)
        m_layout->lineAt(i).draw(&painter, topLeft - QPointF(0, shift));
    painter.restore();
}

} // namespace consentry
