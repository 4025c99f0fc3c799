#include "print/Document.h"

#include <algorithm>

namespace consentry {

namespace {

DocumentBlock block(DocumentBlock::Kind kind, const QString &text = QString(), const QString &value = QString())
{
    DocumentBlock b;
    b.kind = kind;
    b.text = text;
    b.value = value;
    return b;
}

} // namespace

int DocumentTable::columnCount() const
{
    qsizetype columns = header.size();
    for (const QStringList &row : rows)
        columns = std::max(columns, row.size());
    return static_cast<int>(columns);
}

Document &Document::addHeading(const QString &text, int level)
{
    DocumentBlock b = block(DocumentBlock::Kind::Heading, text);
    b.level = std::clamp(level, 1, 2);
    blocks << b;
    return *this;
}

Document &Document::addParagraph(const QString &text)
{
    blocks << block(DocumentBlock::Kind::Paragraph, text);
    return *this;
}

Document &Document::addBullet(const QString &text)
{
    blocks << block(DocumentBlock::Kind::Bullet, text);
    return *this;
}

Document &Document::addField(const QString &label, const QString &value)
{
    blocks << block(DocumentBlock::Kind::Field, label, value);
    return *this;
}

Document &Document::addSignature(const QString &label, const QImage &image)
{
    DocumentBlock b = block(DocumentBlock::Kind::Signature, label);
    b.image = image;
    blocks << b;
    return *this;
}

Document &Document::addTable(const DocumentTable &table)
{
    DocumentBlock b = block(DocumentBlock::Kind::Table);
    b.table = table;
    blocks << b;
    return *this;
}

Document &Document::addPageBreak()
{
    blocks << block(DocumentBlock::Kind::PageBreak);
    return *this;
}

Document &Document::addImage(const QImage &image, qreal maxHeightMm)
{
    DocumentBlock b = block(DocumentBlock::Kind::Image);
    b.image = image;
    b.space = maxHeightMm;
    blocks << b;
    return *this;
}

Document &Document::addSpacer(qreal millimetres)
{
    DocumentBlock b = block(DocumentBlock::Kind::Spacer);
    b.space = millimetres;
    blocks << b;
    return *this;
}

} // namespace consentry
