#include "signage/Document.h"

namespace consentry {

Document &Document::addHeading(const QString &text)
{
    blocks << DocumentBlock { DocumentBlock::Kind::Heading, text, QString(), QImage(), 0 };
    return *this;
}

Document &Document::addParagraph(const QString &text)
{
    blocks << DocumentBlock { DocumentBlock::Kind::Paragraph, text, QString(), QImage(), 0 };
    return *this;
}

Document &Document::addField(const QString &label, const QString &value)
{
    blocks << DocumentBlock { DocumentBlock::Kind::Field, label, value, QImage(), 0 };
    return *this;
}

Document &Document::addSignature(const QString &label, const QImage &image)
{
    blocks << DocumentBlock { DocumentBlock::Kind::Signature, label, QString(), image, 0 };
    return *this;
}

Document &Document::addPageBreak()
{
    blocks << DocumentBlock { DocumentBlock::Kind::PageBreak, QString(), QString(), QImage(), 0 };
    return *this;
}

Document &Document::addSpacer(qreal millimetres)
{
    blocks << DocumentBlock { DocumentBlock::Kind::Spacer, QString(), QString(), QImage(), millimetres };
    return *this;
}

} // namespace consentry
