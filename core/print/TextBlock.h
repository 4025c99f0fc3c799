#pragma once

#include <QColor>
#include <QFont>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPainter;

namespace consentry {

// One paragraph laid out at a width: wraps at word boundaries (and anywhere inside a word too long for a
// line, such as a web address), measures itself and paints. What every text item of a PrintCanvas holds.
class TextBlock
{
public:
    TextBlock() = default;
    TextBlock(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment = Qt::AlignLeft,
              qreal lineSpacing = 1.0);
    // A run-in heading: the first `prefixLength` characters in bold and `prefixColor`, the rest as given.
    TextBlock(const QString &text, const QFont &font, qreal width, int prefixLength, const QColor &prefixColor);

    bool isEmpty() const { return !m_layout; }
    qreal height() const { return m_height; }
    qreal width() const { return m_width; }
    int lineCount() const;
    qreal naturalWidth() const; // the widest line
    qreal firstBaseline() const; // from the block's top
    bool wrapsInsideWord() const { return m_brokeWord; }
    // Height of the first `lines` lines.
    qreal heightOfLines(int lines) const;
    // The characters of lines [first, first + count) (count -1: to the last line).
    QString text(int first = 0, int count = -1) const;
    // Paints lines [first, first + count) with the first of them at `topLeft`.
    void draw(QPainter &painter, const QPointF &topLeft, const QColor &color, int first = 0, int count = -1) const;

private:
    void layout(qreal lineSpacing);
    std::shared_ptr<QTextLayout> m_layout; // shared: QTextLayout cannot be copied
    qreal m_width = 0;
    qreal m_height = 0;
    bool m_brokeWord = false;
};

} // namespace consentry
