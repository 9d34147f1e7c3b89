// The report of a review in PDF, Markdown and HTML: every part present, user text never taken as
// markup (scripts, Markdown control characters, long words, right-to-left and CJK text, emoji),
// the public version without internal notes, names replaced by roles, and the PDF checked by
// poppler (pdftotext, pdfinfo) and qpdf --check.

#include "TestSupport.h"

#include "export/HtmlReport.h"
#include "export/MarkdownReport.h"
#include "export/PdfReport.h"
#include "export/ReportExport.h"
#include "export/ReportSink.h"

#include <QDateTime>
#include <QProcess>
#include <QTimeZone>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace hs;

namespace {

const QString kScript = QStringLiteral("<script>alert('x')</script>");
const QString kRtl = QStringLiteral("مرحبا بالعالم");
const QString kCjk = QStringLiteral("数据库连接失败");
const QString kEmoji = QStringLiteral("🔥🚒");
const QString kSecret = QStringLiteral("SECRET-internal-note");

qint64 at(int minutes)
{
    return QDateTime(QDate(2026, 4, 14), QTime(9, 0), QTimeZone("Europe/Berlin")).toMSecsSinceEpoch() + minutes * 60000LL;
}

template<typename T>
T row(const QString& id, const QString& sortKey = QString())
{
    T t;
    t.id = id;
    t.reviewId = QStringLiteral("r1");
    if constexpr (requires { t.sortKey; })
        t.sortKey = sortKey.isEmpty() ? id : sortKey;
    return t;
}

Section section(const QString& key, const QString& title, const QString& body)
{
    Section s = row<Section>(QStringLiteral("s-") + key, QStringLiteral("s-") + key);
    s.key = key;
    s.title = title;
    s.body = body;
    return s;
}

// A review whose text tries every way of being taken for markup.
const QString kUnansweredQuestion = QStringLiteral("Only the facilitator's preparation, never answered");

ReviewDocument hostileReview(int events = 4)
{
    ReviewDocument d;
    Review& r = d.review;
    r.id = QStringLiteral("r1");
    r.title = QStringLiteral("Checkout outage %1 | *bold* _x_").arg(kScript);
    r.incidentRef = QStringLiteral("INC-42");
    r.severity = QStringLiteral("sev1");
    r.status = QStringLiteral("in_review");
    r.facilitator = QStringLiteral("Priya Raman");
    r.timeZone = QStringLiteral("Europe/Berlin");
    r.keyTimes[size_t(KeyTime::Started)] = at(0);
    r.keyTimes[size_t(KeyTime::Detected)] = at(14);
    r.keyTimes[size_t(KeyTime::Resolved)] = at(200);
    r.services = {QStringLiteral("checkout-api")};
    r.tags = {QStringLiteral("tls")};

    Participant p1 = row<Participant>(QStringLiteral("p1"), QStringLiteral("a"));
    p1.name = QStringLiteral("Priya Raman");
    p1.role = QStringLiteral("Incident commander");
    Participant p2 = row<Participant>(QStringLiteral("p2"), QStringLiteral("b"));
    p2.name = QStringLiteral("Will Smith");
    p2.role = QStringLiteral("SRE");
    Participant p3 = row<Participant>(QStringLiteral("p3"), QStringLiteral("c"));
    p3.name = QStringLiteral("李小龙");
    d.participants = {p1, p2, p3};

    const QString longWord = QString(600, QLatin1Char('w'));
    d.sections = {
        section(QStringLiteral("summary"), QStringLiteral("Summary"),
                QStringLiteral("Priya paged Will Smith. Priyanka was not involved.\n# not a heading\n- not a list\n1. not "
                               "numbered\n| a | b |\n%1 %2 %3 %4\n[link](javascript:alert(1)) &amp; ![img](x.png)\n%5")
                    .arg(kScript, kRtl, kCjk, kEmoji, longWord)),
        section(QStringLiteral("impact"), QStringLiteral("Impact"), QStringLiteral("36% of payments failed.")),
        section(QStringLiteral("trigger"), QStringLiteral("Trigger"), QString()),
        section(QStringLiteral("contributing_factors"), QStringLiteral("Contributing factors"),
                QStringLiteral("Several conditions lined up.")),
        section(QStringLiteral("detection"), QStringLiteral("Detection"), QStringLiteral("Alert after 14 minutes.")),
        section(QStringLiteral("resolution"), QStringLiteral("Resolution"), QStringLiteral("Pods restarted.")),
        section(QStringLiteral("supporting_information"), QStringLiteral("Supporting information"),
                QStringLiteral("Dashboards and chat archive.")),
    };
    for (int i = 0; i < events; ++i) {
        TimelineEvent e = row<TimelineEvent>(QStringLiteral("e%1").arg(i, 6, 10, QLatin1Char('0')));
        e.atMs = at(i * 200 / std::max(1, events - 1));
        e.kind = QStringLiteral("action");
        e.actor = i % 2 ? QStringLiteral("Will Smith") : QStringLiteral("Priya Raman");
        e.text = QStringLiteral("Event %1 by Priya: %2").arg(i).arg(i == 1 ? kScript : QStringLiteral("restart | pods"));
        if (i == 0)
            e.milestone = QStringLiteral("started");
        if (i == 1)
            e.link = QStringLiteral("https://example.com/dash?a=1&b=2");
        if (i == 2)
            e.link = QStringLiteral("javascript:alert(1)");
        d.events.append(e);
    }

    WhyNode w1 = row<WhyNode>(QStringLiteral("w1"), QStringLiteral("a"));
    w1.text = QStringLiteral("Old pods kept the old trust bundle %1").arg(kScript);
    w1.mark = QStringLiteral("contributing");
    w1.category = QStringLiteral("Technology");
    w1.evidenceEventIds = {d.events.first().id};
    WhyNode w2 = row<WhyNode>(QStringLiteral("w2"), QStringLiteral("a"));
    w2.parentId = QStringLiteral("w1");
    w2.text = QStringLiteral("The sidecar never reloads its bundle");
    w2.mark = QStringLiteral("root");
    w2.notes = QStringLiteral("Confirmed by Will Smith in debug logs.");
    WhyNode w3 = row<WhyNode>(QStringLiteral("w3"), QStringLiteral("b"));
    w3.text = QStringLiteral("Paging took 14 minutes");
    d.whys = {w3, w2, w1};

    ActionItem a1 = row<ActionItem>(QStringLiteral("a1"));
    a1.title = QStringLiteral("Reload trust bundles on change");
    a1.description = QStringLiteral("Watch the ConfigMap | reload");
    a1.type = QStringLiteral("prevent");
    a1.priority = QStringLiteral("p1");
    a1.owner = QStringLiteral("Will Smith");
    a1.dueDate = QDate(2026, 5, 1);
    a1.status = QStringLiteral("open");
    a1.trackerUrl = QStringLiteral("https://tracker.example.com/browse/OPS-2291");
    ActionItem a2 = row<ActionItem>(QStringLiteral("a2"));
    a2.title = QStringLiteral("Page on the latency warning");
    a2.status = QStringLiteral("done");
    a2.trackerUrl = QStringLiteral("javascript:alert(2)");
    d.actions = {a1, a2};

    const QStringList kinds = {QStringLiteral("went_well"), QStringLiteral("went_wrong"), QStringLiteral("got_lucky")};
    for (const QString& kind : kinds) {
        Lesson l = row<Lesson>(QStringLiteral("l-") + kind);
        l.kind = kind;
        l.text = QStringLiteral("Lesson about %1").arg(kind);
        d.lessons.append(l);
    }
    Note n1 = row<Note>(QStringLiteral("n1"));
    n1.kind = QStringLiteral("note");
    n1.text = kSecret;
    n1.internal = true;
    Note n2 = row<Note>(QStringLiteral("n2"));
    n2.kind = QStringLiteral("note");
    n2.text = QStringLiteral("Public note for everyone");
    Note n3 = row<Note>(QStringLiteral("n3"));
    n3.kind = QStringLiteral("parking");
    n3.text = QStringLiteral("Discuss paging policy elsewhere");
    d.notes = {n1, n2, n3};

    PreparedQuestion q1 = row<PreparedQuestion>(QStringLiteral("q1"), QStringLiteral("a"));
    q1.target = QStringLiteral("event");
    q1.targetId = d.events.isEmpty() ? QString() : d.events.first().id;
    q1.text = QStringLiteral("What did the dashboard show at this point?");
    q1.answer = QStringLiteral("Green everywhere; Priya Raman had the only <b>red</b> | panel");
    q1.answered = true;
    PreparedQuestion q2 = row<PreparedQuestion>(QStringLiteral("q2"), QStringLiteral("b"));
    q2.target = QStringLiteral("why");
    q2.targetId = QStringLiteral("w1");
    q2.text = kUnansweredQuestion;
    PreparedQuestion q3 = row<PreparedQuestion>(QStringLiteral("q3"), QStringLiteral("c"));
    q3.text = QStringLiteral("Who else knew the rotation was due?");
    q3.answer = QStringLiteral("Nobody outside the platform team");
    q3.answered = true;
    d.questions = {q3, q2, q1}; // out of order: the report follows sort_key
    return d;
}

Report makeReport(const ReviewDocument& d, ReportOptions options = {})
{
    return prepareReport(d, {}, options, at(60 * 24 * 30));
}

struct Tool {
    int exitCode = -1;
    QString out;
};

Tool runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

// Pipes in a Markdown table row that separate cells (not escaped ones).
int cellSeparators(const QString& line)
{
    int n = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (line.at(i) == QLatin1Char('|'))
            ++n;
    }
    return n;
}

const QStringList& partTitles()
{
    static const QStringList titles = {QStringLiteral("Summary"), QStringLiteral("Impact"), QStringLiteral("Trigger"),
                                       QStringLiteral("Detection"), QStringLiteral("Resolution"),
                                       QStringLiteral("Key times and metrics"), QStringLiteral("Timeline"),
                                       QStringLiteral("Root cause analysis"), QStringLiteral("Contributing factors"),
                                       QStringLiteral("Action items"), QStringLiteral("Lessons"),
                                       QStringLiteral("What went well"), QStringLiteral("What went wrong"),
                                       QStringLiteral("Where we got lucky"), QStringLiteral("Questions answered in the meeting"),
                                       QStringLiteral("Supporting information"),
                                       QStringLiteral("Notes"), QStringLiteral("Parking lot")};
    return titles;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString pdf(const Report& report, const QString& name, int* pages = nullptr)
    {
        const QString path = m_dir->filePath(name);
        QString error;
        if (!writeReportPdf(report, path, &error, pages))
            qWarning("%s", qPrintable(error));
        return path;
    }

    static QString pdfText(const QString& path, const QStringList& extra = {})
    {
        return runTool(QStringLiteral("pdftotext"), extra + QStringList{QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                                                        QStringLiteral("-")})
            .out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* tool : {"pdftotext", "pdfinfo", "qpdf"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: run scripts/deps.sh").arg(QLatin1String(tool))));
    }
    void init() { m_dir = test::tempDir(); }

    void prepareOrdersAndSplitsTheParts()
    {
        const Report r = makeReport(hostileReview());
        QStringList narrative;
        for (const Section& s : r.narrative)
            narrative.append(s.key);
        QCOMPARE(narrative, (QStringList{QStringLiteral("detection"), QStringLiteral("impact"), QStringLiteral("resolution"),
                                         QStringLiteral("summary"), QStringLiteral("trigger")}));
        QVERIFY(r.factorsSection && r.supportingSection);
        // The tree in reading order with depths; factors: root causes first.
        QCOMPARE(r.causes.size(), 3);
        QCOMPARE(r.causes.at(0).node.id, QStringLiteral("w1"));
        QCOMPARE(r.causes.at(1).node.id, QStringLiteral("w2"));
        QCOMPARE(r.causes.at(1).depth, 2);
        QCOMPARE(r.causes.at(2).node.id, QStringLiteral("w3"));
        QCOMPARE(r.factors.size(), 2);
        QCOMPARE(r.factors.at(0).node.mark, QStringLiteral("root"));
        QCOMPARE(r.factors.at(1).node.mark, QStringLiteral("contributing"));
        QVERIFY(r.metrics.timeToDetect && *r.metrics.timeToDetect == 14 * 60000);
    }

    void publicVersionLeavesOutInternalNotes()
    {
        ReportOptions options;
        options.publicVersion = true;
        const Report pub = makeReport(hostileReview(), options);
        QCOMPARE(pub.internalNotesLeftOut, 1);
        QCOMPARE(pub.doc.notes.size(), 2);
        QVERIFY(!reportToMarkdown(pub).contains(kSecret));
        QVERIFY(!reportToHtml(pub).contains(kSecret));
        QVERIFY(!pdfText(pdf(pub, QStringLiteral("public.pdf"))).contains(kSecret));
        QVERIFY(pdfText(pdf(pub, QStringLiteral("public.pdf"))).contains(QStringLiteral("Public version")));

        // The full version has it, marked internal.
        const Report full = makeReport(hostileReview());
        const QString md = reportToMarkdown(full);
        QVERIFY(md.contains(QStringLiteral("**Internal:** ") + kSecret));
        QVERIFY(pdfText(pdf(full, QStringLiteral("full.pdf"))).contains(kSecret));
    }

    void rolesReplaceNamesEverywhere()
    {
        ReportOptions options;
        options.rolesForNames = true;
        const Report r = makeReport(hostileReview(), options);
        QCOMPARE(r.doc.review.facilitator, QStringLiteral("Incident commander"));
        QCOMPARE(r.doc.participants.at(2).name, QStringLiteral("Participant 1"));
        QCOMPARE(r.doc.actions.at(0).owner, QStringLiteral("SRE"));
        QCOMPARE(r.doc.events.at(1).actor, QStringLiteral("SRE"));
        QCOMPARE(r.doc.whys.at(1).notes, QStringLiteral("Confirmed by SRE in debug logs."));
        const QString summary = r.narrative.at(3).body;
        // Whole names, and a first name that only one participant has; never part of a word.
        QVERIFY2(summary.startsWith(QStringLiteral("Incident commander paged SRE. Priyanka was not involved.")),
                 qPrintable(summary.left(80)));
        for (const QString& out : {reportToMarkdown(r), reportToHtml(r)}) {
            QVERIFY(!out.contains(QStringLiteral("Priya Raman")));
            QVERIFY(!out.contains(QStringLiteral("Will Smith")));
            QVERIFY(!out.contains(QStringLiteral("李小龙")));
        }
        const QString text = pdfText(pdf(r, QStringLiteral("roles.pdf")));
        QVERIFY(!text.contains(QStringLiteral("Priya Raman")));
        QVERIFY(!text.contains(QStringLiteral("Will Smith")));
    }

    void nameReplacerKeepsWordsAndLongestNamesFirst()
    {
        Participant a;
        a.name = QStringLiteral("Ann");
        a.role = QStringLiteral("Scribe");
        Participant b;
        b.name = QStringLiteral("Ann Lee");
        b.role = QStringLiteral("Lead");
        const NameReplacer names({a, b});
        QCOMPARE(names.text(QStringLiteral("Ann Lee and Ann met Annabel.")), QStringLiteral("Lead and Scribe met Annabel."));
        QCOMPARE(names.person(QStringLiteral(" Ann ")), QStringLiteral("Scribe"));
        QCOMPARE(names.text(QString()), QString());
        QVERIFY(NameReplacer({}).isEmpty());
    }

    void markdownHasEveryPartAndSoundTables()
    {
        const QString md = reportToMarkdown(makeReport(hostileReview()));
        qsizetype last = -1;
        for (const QString& title : partTitles()) {
            const QRegularExpression heading(QStringLiteral("^#{2,3} %1$").arg(QRegularExpression::escape(title)),
                                             QRegularExpression::MultilineOption);
            const QRegularExpressionMatch m = heading.match(md);
            QVERIFY2(m.hasMatch(), qPrintable(title));
            if (title != QLatin1String("Summary") && title != QLatin1String("Impact") && title != QLatin1String("Trigger")
                && title != QLatin1String("Detection") && title != QLatin1String("Resolution")) {
                QVERIFY2(m.capturedStart() > last, qPrintable(title)); // in reading order
                last = m.capturedStart();
            }
        }
        // Every table row has as many cells as its header: escaped pipes in text do not split cells.
        const QStringList lines = md.split(QLatin1Char('\n'));
        int tables = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (!lines.at(i + 1).startsWith(QStringLiteral("| ---")))
                continue;
            ++tables;
            const int cells = cellSeparators(lines.at(i));
            QCOMPARE(cellSeparators(lines.at(i + 1)), cells);
            for (qsizetype j = i + 2; j < lines.size() && lines.at(j).startsWith(QLatin1Char('|')); ++j)
                QVERIFY2(cellSeparators(lines.at(j)) == cells, qPrintable(lines.at(j)));
        }
        QCOMPARE(tables, 4); // key times, timeline, actions, answered questions
        QVERIFY(md.contains(QStringLiteral("[dash](<https://example.com/dash?a=1&b=2>)")) == false);
        QVERIFY(md.contains(QStringLiteral("](<https://example.com/dash?a=1&b=2>)")));
        QVERIFY(md.contains(QStringLiteral("[OPS-2291](<https://tracker.example.com/browse/OPS-2291>)")));
        QVERIFY(!md.contains(QStringLiteral("(<javascript:")));
    }

    void markdownNeverTakesUserTextForMarkup()
    {
        const QString md = reportToMarkdown(makeReport(hostileReview()));
        // Every "<" is escaped, except the line breaks and link targets the export writes itself.
        QVERIFY(!md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<(?!br>|https://)"))));
        QVERIFY(md.contains(QStringLiteral("\\<script\\>")));
        QVERIFY(md.contains(QStringLiteral("\n\\# not a heading")));
        QVERIFY(md.contains(QStringLiteral("\n\\- not a list")));
        QVERIFY(md.contains(QStringLiteral("\n1\\. not numbered")));
        QVERIFY(md.contains(QStringLiteral("\\[link\\](javascript:alert(1)) \\&amp;")));
        QVERIFY(md.contains(QStringLiteral("\\*bold\\* \\_x\\_")));
        for (const QString& s : {kRtl, kCjk, kEmoji, QString(600, QLatin1Char('w'))})
            QVERIFY(md.contains(s));

        QCOMPARE(markdownEscape(QStringLiteral("a|b\nc"), true), QStringLiteral("a\\|b<br>c"));
        QCOMPARE(markdownEscape(QStringLiteral("line one\nline two\n\nnext")),
                 QStringLiteral("line one\\\nline two\n\nnext"));
        QCOMPARE(markdownEscape(QStringLiteral("R&D costs 5 + 3 = 8 (approx.)")), QStringLiteral("R&D costs 5 + 3 = 8 (approx.)"));
        QCOMPARE(markdownEscape(QStringLiteral("    indented")), QString(4, QChar(0x00A0)) + QStringLiteral("indented"));
    }

    void htmlIsSelfContainedAndEscaped()
    {
        const QString html = reportToHtml(makeReport(hostileReview()));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("javascript:")) || !html.contains(QStringLiteral("href=\"javascript")));
        QVERIFY(!html.contains(QStringLiteral("href=\"javascript")));
        QVERIFY(html.contains(QStringLiteral("href=\"https://example.com/dash?a=1&amp;b=2\"")));
        QVERIFY(!html.contains(QStringLiteral("src=\"http"))); // nothing loaded from elsewhere
        for (const QString& s : {kRtl, kCjk, kEmoji})
            QVERIFY(html.contains(s));
        for (const QString& title : partTitles())
            QVERIFY2(html.contains(QStringLiteral(">%1</h").arg(title)), qPrintable(title));
        // Balanced structure.
        for (const char* tag : {"ul", "li", "table", "tr", "thead", "tbody", "dl", "figure", "h2", "h3"}) {
            const QString t = QString::fromLatin1(tag);
            const QRegularExpression open(QStringLiteral("<%1[ >]").arg(t));
            QCOMPARE(html.count(open), html.count(QStringLiteral("</%1>").arg(t)));
        }
        QCOMPARE(html.count(QStringLiteral("<thead>")), 4); // key times, timeline, actions, questions
        // The figures are SVG images; nothing inside them can run.
        const QRegularExpression image(QStringLiteral("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\""));
        auto it = image.globalMatch(html);
        int figures = 0;
        while (it.hasNext()) {
            const QByteArray svg = QByteArray::fromBase64(it.next().captured(1).toLatin1());
            QVERIFY(svg.contains("<svg"));
            QVERIFY(!svg.contains("<script"));
            ++figures;
        }
        QCOMPARE(figures, 2); // the timeline chart and the why diagram
    }

    void pdfHasEveryPartAndPassesChecks()
    {
        int pages = 0;
        const QString path = pdf(makeReport(hostileReview()), QStringLiteral("review.pdf"), &pages);
        QVERIFY(QFileInfo::exists(path));
        const Tool check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
        const Tool info = runTool(QStringLiteral("pdfinfo"), {path});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains(QStringLiteral("Pages:           %1\n").arg(pages)));
        QVERIFY2(pages >= 3 && pages <= 12, qPrintable(QString::number(pages)));
        QVERIFY(info.out.contains(QStringLiteral("Title:           Post-incident review: Checkout outage <script>")));
        QVERIFY(info.out.contains(QStringLiteral("595 x 842 pts (A4)")));
        const Tool meta = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
        QVERIFY(meta.out.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>Priya Raman</rdf:li>")));

        const QString text = pdfText(path);
        for (const QString& title : partTitles())
            QVERIFY2(text.contains(title), qPrintable(title));
        QVERIFY(text.contains(kScript));                       // shown as text
        QVERIFY(text.contains(QStringLiteral("# not a heading")));
        QVERIFY(text.contains(kCjk));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        // Links are clickable, and only web links are links.
        const QByteArray bytes = test::readFile(path);
        QVERIFY(bytes.contains("/URI (https://example.com/dash?a=1&b=2)"));
        QVERIFY(bytes.contains("/URI (https://tracker.example.com/browse/OPS-2291)"));
        QVERIFY(!bytes.contains("/URI (javascript"));
    }

    void pdfKeepsLongWordsOnThePage()
    {
        const QString path = pdf(makeReport(hostileReview()), QStringLiteral("long.pdf"));
        const QString boxes = pdfText(path, {QStringLiteral("-bbox")});
        const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\""));
        auto it = word.globalMatch(boxes);
        int words = 0;
        while (it.hasNext()) {
            const auto m = it.next();
            QVERIFY2(m.captured(1).toDouble() >= 0 && m.captured(2).toDouble() <= 595.5, qPrintable(m.captured(0)));
            ++words;
        }
        QVERIFY(words > 100);
    }

    void pdfRepeatsTableHeadersAndTakesLetter()
    {
        ReportOptions options;
        options.pageSize = QPageSize::Letter;
        int pages = 0;
        const QString path = pdf(makeReport(hostileReview(400), options), QStringLiteral("long-timeline.pdf"), &pages);
        QVERIFY(runTool(QStringLiteral("pdfinfo"), {path}).out.contains(QStringLiteral("612 x 792 pts (letter)")));
        QVERIFY(pages > 8);
        int pagesWithHeader = 0;
        for (int page = 2; page <= pages; ++page) {
            const QString text = pdfText(path, {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page)});
            if (text.contains(QStringLiteral("What happened")) && text.contains(QStringLiteral("Event ")))
                ++pagesWithHeader;
        }
        QVERIFY2(pagesWithHeader >= 5, qPrintable(QString::number(pagesWithHeader)));
        QCOMPARE(runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).exitCode, 0);
    }

    void emptyReviewStillMakesADocument()
    {
        ReviewDocument d;
        d.review.id = QStringLiteral("empty");
        const Report r = makeReport(d);
        const QString md = reportToMarkdown(r);
        QVERIFY(md.startsWith(QStringLiteral("# Untitled review")));
        QVERIFY(md.contains(QStringLiteral("*No events recorded.*")));
        int pages = 0;
        const QString path = pdf(r, QStringLiteral("empty.pdf"), &pages);
        QCOMPARE(pages, 2);
        QCOMPARE(runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).exitCode, 0);
    }

    void answeredQuestionsAreInTheRecord()
    {
        const Report r = makeReport(hostileReview());
        QCOMPARE(r.doc.questions.size(), 2); // the unanswered one is preparation only
        QCOMPARE(r.doc.questions.at(0).id, QStringLiteral("q1"));
        const QString md = reportToMarkdown(r);
        const qsizetype at = md.indexOf(QStringLiteral("# Questions answered in the meeting"));
        QVERIFY(at > 0);
        const QString part = md.mid(at, md.indexOf(QStringLiteral("\n# "), at + 1) - at);
        QVERIFY2(part.contains(QStringLiteral("What did the dashboard show at this point?")), qPrintable(part));
        QVERIFY(part.contains(QStringLiteral("Nobody outside the platform team")));
        QVERIFY(part.contains(QStringLiteral("The whole review")));
        QVERIFY(part.indexOf(QStringLiteral("dashboard")) < part.indexOf(QStringLiteral("Who else knew")));
        QVERIFY(!md.contains(kUnansweredQuestion));
        const QString html = reportToHtml(r);
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;red&lt;/b&gt;")));
        QVERIFY(!html.contains(kUnansweredQuestion));
        const QString text = pdfText(pdf(r, QStringLiteral("questions.pdf")));
        QVERIFY(text.contains(QStringLiteral("Questions answered in the meeting")));
        QVERIFY(text.contains(QStringLiteral("Nobody outside the platform team")));
        QVERIFY(!text.contains(QStringLiteral("never answered")));

        // Names give way to roles in questions and answers too.
        ReportOptions roles;
        roles.rolesForNames = true;
        const Report anonymous = makeReport(hostileReview(), roles);
        QVERIFY(anonymous.doc.questions.at(0).answer.contains(QStringLiteral("Incident commander had the only")));
    }

    void transcriptOnlyWhenAsked()
    {
        TranscriptMessage m;
        m.id = QStringLiteral("m1");
        m.atMs = at(3);
        m.author = QStringLiteral("Will Smith");
        m.text = QStringLiteral("seeing 503s | *again*");
        ReportOptions options;
        QVERIFY(!reportToMarkdown(prepareReport(hostileReview(), {m}, options, 0)).contains(QStringLiteral("## Transcript")));
        options.includeTranscript = true;
        options.rolesForNames = true;
        const QString md = reportToMarkdown(prepareReport(hostileReview(), {m}, options, 0));
        QVERIFY(md.contains(QStringLiteral("## Transcript")));
        QVERIFY(md.contains(QStringLiteral("| SRE | seeing 503s \\| \\*again\\* |")));
    }

    void failuresSayWhatAndKeepTheOldFile()
    {
        const Report r = makeReport(hostileReview());
        QString error;
        const QString missingDir = m_dir->filePath(QStringLiteral("no/such/folder/report.pdf"));
        QVERIFY(!writeReportPdf(r, missingDir, &error));
        QVERIFY2(error.contains(QStringLiteral("report.pdf")), qPrintable(error));
        error.clear();
        QVERIFY(!exportReport(r, ReportFormat::Markdown, m_dir->path(), &error));
        QVERIFY(!error.isEmpty());

        // A successful export replaces the file whole.
        const QString path = m_dir->filePath(QStringLiteral("r.md"));
        QVERIFY(test::writeFile(path, "old"));
        QVERIFY(exportReport(r, ReportFormat::Markdown, path, &error));
        QVERIFY(test::readFile(path).startsWith("# Checkout outage"));

        QCOMPARE(reportFormatFromName(QStringLiteral("PDF")), std::optional<ReportFormat>(ReportFormat::Pdf));
        QCOMPARE(reportFormatFromName(QStringLiteral("markdown")), std::optional<ReportFormat>(ReportFormat::Markdown));
        QVERIFY(!reportFormatFromName(QStringLiteral("docx")));
        QVERIFY(isWebLink(QStringLiteral("https://a.example/x")));
        QVERIFY(!isWebLink(QStringLiteral("javascript:alert(1)")));
        QVERIFY(!isWebLink(QStringLiteral("file:///etc/passwd")));
        QVERIFY(!isWebLink(QStringLiteral("https://")));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
