#include "help/ManualContent.h"

#include "main/Section.h"
#include "platform/Application.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextDocument>

namespace consentry::ui {

namespace {

constexpr qint64 kMaxSectionBytes = 256 * 1024;

QString genericDataDir()
{
    return ManualContent::tr("`~/.local/share/consentry` on Linux, `%LOCALAPPDATA%\\consentry` on Windows (or the "
                             "folder given with `--data-dir`); the status bar shows it");
}

QString genericModelDirs()
{
    return ManualContent::tr("the folder given with `--model-dir`, the folder in the environment variable "
                             "`CONSENTRY_MODEL_DIR`, `/usr/share/consentry/models` (Linux) or `models` beside "
                             "the program (Windows), and `models` inside the data folder");
}

QString codeList(const QStringList &items, bool chinese)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted << QStringLiteral("`%1`").arg(QDir::toNativeSeparators(item));
    return quoted.join(chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

} // namespace

QStringList ManualContent::languages()
{
    return QDir(QStringLiteral(":/manual")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QString ManualContent::plainLabel(const QString &label)
{
    QString text = label;
    text.remove(QRegularExpression(QStringLiteral("\\(&[^)]\\)"))); // Chinese: "打印(&P)…"
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

QString ManualContent::resolve(const QString &text, const QString &language, const Facts &facts,
                               QStringList *unresolved)
{
    // Names on screen stand out: in bold in English, in quotation marks in Chinese (Markdown's ** does not
    // close after "…" when a Chinese character follows, so bold would show its asterisks there).
    const bool chinese = language.startsWith(QLatin1String("zh"));
    const auto name = [chinese](const QString &label) {
        return chinese ? QStringLiteral("“%1”").arg(label) : QStringLiteral("**%1**").arg(label);
    };
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)(?::([^}]*))?\\}\\}"));
    QString out;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        const QString kind = match.captured(1);
        const QString argument = match.captured(2);
        QString value;
        if (kind == QLatin1String("version")) {
            value = Application::version();
        } else if (kind == QLatin1String("data_dir")) {
            value = facts.dataDir.isEmpty() ? genericDataDir()
                                            : QStringLiteral("`%1`").arg(QDir::toNativeSeparators(facts.dataDir));
        } else if (kind == QLatin1String("model_dirs")) {
            value = facts.modelDirs.isEmpty() ? genericModelDirs() : codeList(facts.modelDirs, chinese);
        } else if (kind == QLatin1String("section")) {
            for (ui::Section section : Sections::all()) {
                if (Sections::key(section) == argument)
                    value = name(Sections::title(section));
            }
        } else if (kind == QLatin1String("ui")) {
            const qsizetype bar = argument.indexOf(QLatin1Char('|'));
            if (bar > 0) {
                const QByteArray context = argument.left(bar).toUtf8();
                const QByteArray source = argument.mid(bar + 1).toUtf8();
                value = name(plainLabel(QCoreApplication::translate(context.constData(), source.constData())));
            }
        }
        if (value.isEmpty()) {
            if (unresolved)
                *unresolved << match.captured(0);
            value = match.captured(0);
        }
        out += value;
    }
    out += text.mid(from);
    return out;
}

QList<ManualContent::Section> ManualContent::sections(const QString &language, const Facts &facts,
                                                      QStringList *unresolved)
{
    const QString lang = QDir(QStringLiteral(":/manual/") + language).exists() ? language : QStringLiteral("en");
    const QDir dir(QStringLiteral(":/manual/") + lang);
    QList<Section> list;
    for (const QString &file : dir.entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name)) {
        QFile in(dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const QString raw = QString::fromUtf8(in.read(kMaxSectionBytes));
        Section section;
        section.file = file;
        section.markdown = resolve(raw, lang, facts, unresolved);
        const QString firstLine = section.markdown.section(QLatin1Char('\n'), 0, 0).trimmed();
        section.title = firstLine.startsWith(QLatin1String("# ")) ? firstLine.mid(2).trimmed() : file;
        list << section;
    }
    return list;
}

QString ManualContent::toHtml(const QString &language, const Facts &facts)
{
    QStringList parts;
    for (const Section &section : sections(language, facts)) {
        QString markdown = section.markdown;
        // Links between sections become links inside the one page.
        markdown.replace(QRegularExpression(QStringLiteral("\\]\\((\\d\\d-[a-z-]+)\\.md\\)")),
                         QStringLiteral("](#\\1)"));
        QTextDocument document;
        document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
        QString body = document.toHtml();
        body = body.mid(body.indexOf(QLatin1String("<body")));
        body = body.mid(body.indexOf(QLatin1Char('>')) + 1);
        body.truncate(body.lastIndexOf(QLatin1String("</body>")));
        parts << QStringLiteral("<section id=\"%1\">%2</section>").arg(section.file.chopped(3), body);
    }
    const QString title = tr("%1 user manual").arg(Application::name());
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                          "<style>body{max-width:60em;margin:2em auto;padding:0 1em;font-family:sans-serif;"
                          "line-height:1.5}table{border-collapse:collapse}td,th{border:1px solid #bbb;"
                          "padding:.3em .5em;vertical-align:top}</style></head><body>\n%3\n</body></html>\n")
        .arg(QString(language).replace(QLatin1Char('_'), QLatin1Char('-')), title.toHtmlEscaped(),
             parts.join(QLatin1Char('\n')));
}

} // namespace consentry::ui
