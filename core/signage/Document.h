#pragma once

#include "signage/SignageSpec.h"

#include <QImage>
#include <QList>
#include <QString>

namespace consentry {

// One piece of a printed document.
struct DocumentBlock {
    enum class Kind {
        Heading, // bold, kept with what follows
        Paragraph, // wraps, may continue on the next page
        Field, // "label: value", or "label:" and a line to write on when value is empty
        Signature, // label and a box to sign in, or the signature image when there is one
        PageBreak,
        Spacer, // `space` millimetres of nothing
    };
    Kind kind = Kind::Paragraph;
    QString text; // heading or paragraph text, or a field's label
    QString value; // a field's value; empty leaves a blank to fill in by hand
    QImage image; // a signature
    qreal space = 0;
};

// A simple printable document: a title, blocks, a header and footer on every page with page numbers.
// Paper notices, consent forms and the resident's copy of a signed consent are built as Documents.
struct Document {
    QString title;
    QString header; // small, at the top of every page
    QString footer; // small, at the bottom left of every page
    QString language = QStringLiteral("zh_CN"); // words of the page numbers: zh_CN, en or zh_CN+en
    PaperSize paper = PaperSize::A4;
    QList<DocumentBlock> blocks;

    Document &addHeading(const QString &text);
    Document &addParagraph(const QString &text);
    Document &addField(const QString &label, const QString &value = QString());
    Document &addSignature(const QString &label, const QImage &image = QImage());
    Document &addPageBreak();
    Document &addSpacer(qreal millimetres);
};

} // namespace consentry
