#include "export/HtmlReport.h"

#include "export/ReportFigures.h"
#include "export/ReportSink.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <QUrl>

namespace hs {

namespace {

const char* const kStyle = R"(
:root { color-scheme: light; }
body { margin: 0; background: #f4f5f7; color: #1a1a1a; font: 15px/1.55 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 60rem; margin: 2rem auto; background: #fff; padding: 2.5rem 3rem; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
header.cover { border-bottom: 3px solid #1f3a5f; padding-bottom: 1.2rem; margin-bottom: 1.5rem; }
.kicker { text-transform: uppercase; letter-spacing: .08em; color: #5a6b80; font-size: .8rem; margin: 0; }
h1 { font-size: 2rem; line-height: 1.2; margin: .3rem 0 .8rem; color: #10243f; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; color: #1f3a5f; border-bottom: 1px solid #d5dbe3; padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; color: #1f3a5f; margin-top: 1.4rem; }
.badge { display: inline-block; background: #fdecc8; color: #6b4500; border-radius: 3px; padding: .05rem .5rem; font-size: .8rem; font-weight: bold; }
p, li, td, dd { overflow-wrap: anywhere; }
p.text { white-space: pre-wrap; }
p.muted, figcaption, .detail { color: #5f6b7a; }
p.muted { font-style: italic; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.2rem; margin: 0; }
dl.facts dt { color: #5a6b80; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .6rem 0 1rem; }
th { text-align: left; background: #e8edf3; color: #10243f; border-bottom: 2px solid #b9c4d2; }
th, td { padding: .3rem .45rem; vertical-align: top; }
td { border-bottom: 1px solid #e3e7ec; white-space: pre-wrap; }
tr:nth-child(even) td { background: #f8f9fb; }
td.num, th.num { text-align: right; white-space: nowrap; }
.detail { display: block; font-size: .8rem; }
strong.mark { color: #8a2d07; }
ul.causes { list-style: none; padding-left: 0; }
ul.causes ul { list-style: none; border-left: 2px solid #d5dbe3; padding-left: 1rem; margin-left: .3rem; }
.label { font-weight: bold; color: #1f3a5f; margin-right: .4rem; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #e3e7ec; }
footer { margin-top: 3rem; color: #8a94a3; font-size: .8rem; }
@media print { body { background: #fff; } main { box-shadow: none; margin: 0; max-width: none; padding: 0; } thead { display: table-header-group; } tr { break-inside: avoid; } }
)";

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

class HtmlSink : public ReportSink
{
public:
    explicit HtmlSink(const Report& report)
        : m_report(report)
    {
    }

    QString out;

    void cover(const ReportCover& c) override
    {
        out += QStringLiteral("<header class=\"cover\">\n<p class=\"kicker\" dir=\"auto\">%1</p>\n").arg(esc(c.kicker));
        out += QStringLiteral("<h1 dir=\"auto\">%1</h1>\n").arg(esc(c.title));
        if (!c.badge.isEmpty())
            out += QStringLiteral("<p><span class=\"badge\">%1</span></p>\n").arg(esc(c.badge));
        facts(c.facts);
        out += QStringLiteral("</header>\n");
    }

    void heading(int level, const QString& text, const QString& anchor) override
    {
        const int h = level + 1;
        out += QStringLiteral("<h%1 id=\"%2\" dir=\"auto\">%3</h%1>\n").arg(h).arg(esc(anchor), esc(text));
    }

    void paragraph(const QString& text) override
    {
        out += QStringLiteral("<p class=\"text\" dir=\"auto\">%1</p>\n").arg(esc(text));
    }

    void muted(const QString& text) override
    {
        out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(text));
    }

    void facts(const QList<QPair<QString, QString>>& rows) override
    {
        out += QStringLiteral("<dl class=\"facts\">\n");
        for (const auto& [name, value] : rows)
            out += QStringLiteral("<dt>%1</dt><dd dir=\"auto\">%2</dd>\n").arg(esc(name), esc(value));
        out += QStringLiteral("</dl>\n");
    }

    void list(const QList<ReportListItem>& items) override
    {
        // Nested lists from the depths: a deeper item opens a list inside the open item.
        out += QStringLiteral("<ul class=\"causes\">\n");
        int depth = 0;
        bool itemOpen = false;
        for (const ReportListItem& item : items) {
            const int d = std::max(0, item.depth);
            if (d > depth) {
                for (; depth < d; ++depth) {
                    if (!itemOpen)
                        out += QStringLiteral("<li>");
                    out += QStringLiteral("\n<ul>\n");
                    itemOpen = false;
                }
            } else {
                if (itemOpen)
                    out += QStringLiteral("</li>\n");
                for (; depth > d; --depth)
                    out += QStringLiteral("</ul>\n</li>\n");
            }
            out += QStringLiteral("<li>");
            if (!item.label.isEmpty())
                out += QStringLiteral("<span class=\"label\">%1</span>").arg(esc(item.label));
            out += item.strong ? QStringLiteral("<strong class=\"mark\" dir=\"auto\">%1</strong>").arg(esc(item.text))
                               : QStringLiteral("<span dir=\"auto\">%1</span>").arg(esc(item.text));
            if (!item.detail.isEmpty())
                out += QStringLiteral("<span class=\"detail\" dir=\"auto\">%1</span>")
                           .arg(esc(item.detail).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
            itemOpen = true;
        }
        if (itemOpen)
            out += QStringLiteral("</li>\n");
        for (; depth > 0; --depth)
            out += QStringLiteral("</ul>\n</li>\n");
        out += QStringLiteral("</ul>\n");
    }

    void table(const ReportTable& t) override
    {
        out += QStringLiteral("<table class=\"%1\">\n<colgroup>").arg(esc(t.name));
        for (const int w : t.widths)
            out += QStringLiteral("<col style=\"width:%1%\">").arg(w);
        out += QStringLiteral("</colgroup>\n<thead><tr>");
        for (qsizetype i = 0; i < t.headers.size(); ++i)
            out += QStringLiteral("<th%1>%2</th>").arg(numeric(t, i) ? QStringLiteral(" class=\"num\"") : QString(), esc(t.headers.at(i)));
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QList<ReportCell>& row : t.rows) {
            out += QStringLiteral("<tr>");
            for (qsizetype i = 0; i < row.size(); ++i) {
                const ReportCell& c = row.at(i);
                QString body = esc(c.text);
                if (!c.href.isEmpty())
                    body = QStringLiteral("<a href=\"%1\" rel=\"noopener noreferrer\">%2</a>")
                               .arg(esc(QString::fromLatin1(QUrl(c.href).toEncoded())), body);
                if (c.strong)
                    body = QStringLiteral("<strong>%1</strong>").arg(body);
                if (!c.detail.isEmpty())
                    body += QStringLiteral("<span class=\"detail\">%1</span>").arg(esc(c.detail));
                out += QStringLiteral("<td%1 dir=\"auto\">%2</td>").arg(numeric(t, i) ? QStringLiteral(" class=\"num\"") : QString(), body);
            }
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody>\n</table>\n");
    }

    void figure(ReportFigure figure, const QString& caption) override
    {
        const QSizeF size = reportFigureSize(m_report, figure, 860, 2400);
        if (size.isEmpty())
            return;
        const QByteArray svg = reportFigureSvg(m_report, figure, size);
        if (svg.isEmpty())
            return;
        // As an image, so nothing inside the drawing can ever run or style the page.
        out += QStringLiteral("<figure><img alt=\"%1\" width=\"%2\" height=\"%3\" src=\"data:image/svg+xml;base64,%4\">"
                              "<figcaption>%1</figcaption></figure>\n")
                   .arg(esc(caption))
                   .arg(qRound(size.width()))
                   .arg(qRound(size.height()))
                   .arg(QString::fromLatin1(svg.toBase64()));
    }

private:
    static bool numeric(const ReportTable& t, qsizetype i) { return i < t.numeric.size() && t.numeric.at(i); }

    const Report& m_report;
};

} // namespace

QString reportToHtml(const Report& report)
{
    HtmlSink sink(report);
    writeReport(report, sink);
    const QString lang = QLocale().bcp47Name();
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'; img-src data:\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta name=\"generator\" content=\"Hindsight\">\n<title>%2</title>\n<style>%3</style>\n"
                          "</head>\n<body>\n<main>\n%4<footer>%5</footer>\n</main>\n</body>\n</html>\n")
        .arg(esc(lang), esc(reportDocumentTitle(report)), QString::fromLatin1(kStyle), sink.out,
             esc(ReportText::tr("Written with Hindsight, blameless post-incident reviews.")));
}

} // namespace hs
