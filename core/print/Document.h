#pragma once

#include "print/SignageSpec.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace consentry {

// A table of a printed document: a header row repeated on every page the table runs over, then rows of
// cells that wrap. Rows are kept whole on a page unless one is taller than a page.
struct DocumentTable {
    QStringList header; // column titles; may be empty (no header row)
    QList<QStringList> rows; // each as many cells as there are columns; missing cells are blank
    QList<qreal> columnWeights; // relative column widths; empty: all equal

    int columnCount() const;
};

// One piece of a printed document.
struct DocumentBlock {
    enum class Kind {
        Heading, // bold, kept with what follows; `level` 1 (section) or 2 (subsection)
        Paragraph, // wraps, may continue on the next page
        Field, // "label: value", or "label:" and a line to write on when value is empty
        Signature, // label and a box to sign in, or the signature image when there is one
        PageBreak,
        Spacer, // `space` millimetres of nothing
        Bullet, // a paragraph of a list, with a dot before it
        Table, // `table`
        Image, // `image` across the text width (at most `space` millimetres high when set), kept whole on a page
    };
    Kind kind = Kind::Paragraph;
    QString text; // heading, paragraph or bullet text, or a field's label
    QString value; // a field's value; empty leaves a blank to fill in by hand
    QImage image; // a signature or a picture
    qreal space = 0;
    int level = 1;
    DocumentTable table;
};

// A printable document of any length: a title, blocks, and on every page a header, a footer and page
// numbers. Paper notices, consent forms, copies, receipts, access packages and reports are Documents;
// DocumentRenderer lays them out on pages.
struct Document {
    QString title;
    QString header; // small, at the top of every page
    QString footer; // small, at the bottom left of every page
    QString language = QStringLiteral("zh_CN"); // words of the page numbers: zh_CN, en or zh_CN+en
    PaperSize paper = PaperSize::A4;
    QList<DocumentBlock> blocks;

    Document &addHeading(const QString &text, int level = 1);
    Document &addParagraph(const QString &text);
    Document &addBullet(const QString &text);
    Document &addField(const QString &label, const QString &value = QString());
    Document &addSignature(const QString &label, const QImage &image = QImage());
    Document &addTable(const DocumentTable &table);
    // A picture (a chart) scaled to the text width, or to `maxHeightMm` when it would be taller. A picture
    // has no text layer: put what it says in words or a table next to it.
    Document &addImage(const QImage &image, qreal maxHeightMm = 0);
    Document &addPageBreak();
    Document &addSpacer(qreal millimetres);
};

} // namespace consentry
