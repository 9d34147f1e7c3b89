#include "export/MarkdownReport.h"

#include "export/ReportSink.h"

#include <QRegularExpression>
#include <QUrl>

namespace hs {

namespace {

// Characters that start emphasis, code, links, raw HTML, table cells or strike-through
// anywhere in a line. "(", "!" and "{" only mean something next to an (escaped) "[", so they
// stay as written and the file stays readable.
bool needsEscape(QChar c)
{
    static const QString special = QStringLiteral("\\`*_[]<>|~");
    return special.contains(c);
}

// "&amp;", "&#60;", "&#x3c;": an ampersand that starts an entity ("R&D" does not).
bool startsEntity(const QString& line, qsizetype i)
{
    static const QRegularExpression entity(QStringLiteral("&(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"));
    return entity.match(line, i, QRegularExpression::NormalMatch,
                            QRegularExpression::AnchorAtOffsetMatchOption)
        .hasMatch();
}

QString escapeLine(const QString& line)
{
    QString out;
    out.reserve(line.size() + 8);
    // Block markers at the start of a line: "- ", "+ ", "= " (setext), "1. ", "1) ".
    qsizetype lead = 0;
    while (lead < line.size() && line.at(lead) == QLatin1Char(' '))
        ++lead;
    qsizetype digits = lead;
    while (digits < line.size() && line.at(digits).isDigit())
        ++digits;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const bool blockMarker = (i == lead && (c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('=')
                                                || c == QLatin1Char('#')))
            || (i == digits && digits > lead && (c == QLatin1Char('.') || c == QLatin1Char(')')));
        if (needsEscape(c) || blockMarker || (c == QLatin1Char('&') && startsEntity(line, i)))
            out += QLatin1Char('\\');
        out += c;
    }
    // Leading spaces would make an indented code block; a non-breaking space keeps the look.
    if (lead >= 4)
        out.replace(0, lead, QString(lead, QChar(0x00A0)));
    return out;
}

QString link(const QString& text, const QString& href)
{
    const QByteArray url = QUrl(href.trimmed()).toEncoded();
    return QStringLiteral("[%1](<%2>)").arg(markdownEscape(text, true), QString::fromLatin1(url));
}

class MarkdownSink : public ReportSink
{
public:
    QString out;

    void cover(const ReportCover& c) override
    {
        out += QStringLiteral("# %1\n\n").arg(markdownEscape(c.title).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        out += QStringLiteral("*%1*").arg(markdownEscape(c.kicker));
        if (!c.badge.isEmpty())
            out += QStringLiteral(" · **%1**").arg(markdownEscape(c.badge));
        out += QStringLiteral("\n\n");
        facts(c.facts);
    }

    void heading(int level, const QString& text, const QString&) override
    {
        out += QString(level + 1, QLatin1Char('#')) + QLatin1Char(' ')
            + markdownEscape(text).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QStringLiteral("\n\n");
    }

    void paragraph(const QString& text) override
    {
        out += markdownEscape(text) + QStringLiteral("\n\n");
    }

    void muted(const QString& text) override
    {
        out += QStringLiteral("*%1*\n\n").arg(markdownEscape(text));
    }

    void facts(const QList<QPair<QString, QString>>& rows) override
    {
        for (const auto& [name, value] : rows)
            out += QStringLiteral("- **%1:** %2\n").arg(markdownEscape(name), markdownEscape(value, true));
        out += QLatin1Char('\n');
    }

    void list(const QList<ReportListItem>& items) override
    {
        for (const ReportListItem& item : items) {
            const QString indent(item.depth * 2, QLatin1Char(' '));
            out += indent + QStringLiteral("- ");
            if (!item.label.isEmpty())
                out += QStringLiteral("**%1:** ").arg(markdownEscape(item.label, true));
            out += markdownEscape(item.text, true);
            if (!item.detail.isEmpty())
                out += QStringLiteral("<br>*%1*").arg(markdownEscape(item.detail, true));
            out += QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }

    void table(const ReportTable& t) override
    {
        auto row = [this](const QStringList& cells) { out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n"); };
        QStringList head;
        QStringList rule;
        for (qsizetype i = 0; i < t.headers.size(); ++i) {
            head.append(markdownEscape(t.headers.at(i), true));
            rule.append(i < t.numeric.size() && t.numeric.at(i) ? QStringLiteral("---:") : QStringLiteral("---"));
        }
        row(head);
        row(rule);
        for (const QList<ReportCell>& cells : t.rows) {
            QStringList texts;
            for (const ReportCell& c : cells) {
                QString s = c.href.isEmpty() ? markdownEscape(c.text, true) : link(c.text, c.href);
                if (c.strong && !s.isEmpty())
                    s = QStringLiteral("**%1**").arg(s);
                if (!c.detail.isEmpty())
                    s += QStringLiteral("<br>*%1*").arg(markdownEscape(c.detail, true));
                texts.append(s);
            }
            row(texts);
        }
        out += QLatin1Char('\n');
    }

    void figure(ReportFigure, const QString&) override
    {
        // The timeline table and the list of causes that follow carry the same content.
    }
};

} // namespace

QString markdownEscape(const QString& text, bool inTable)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = t.split(QLatin1Char('\n'));
    QStringList escaped;
    escaped.reserve(lines.size());
    for (const QString& line : lines)
        escaped.append(escapeLine(line));
    if (inTable)
        return escaped.join(QStringLiteral("<br>"));
    // A line break inside a paragraph is a hard break (backslash at the end); blank lines stay
    // paragraph breaks.
    QString out;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        out += escaped.at(i);
        if (i + 1 < escaped.size()) {
            const bool paragraphEnd = escaped.at(i).trimmed().isEmpty() || escaped.at(i + 1).trimmed().isEmpty();
            out += paragraphEnd ? QStringLiteral("\n") : QStringLiteral("\\\n");
        }
    }
    return out;
}

QString reportToMarkdown(const Report& report)
{
    MarkdownSink sink;
    writeReport(report, sink);
    return sink.out;
}

} // namespace hs
