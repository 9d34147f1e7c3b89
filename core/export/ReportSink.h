#pragma once

#include "export/Report.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace hs {

// The report's content as a sequence of typed blocks, so PDF, Markdown and HTML show the same
// things in the same order and differ only in how they set them. Every string here is plain
// text: user text is never markup, and each format escapes it its own way.

struct ReportCell {
    ReportCell() = default;
    ReportCell(QString text_, QString href_ = {}, QString detail_ = {}, bool strong_ = false) // NOLINT: implicit on purpose
        : text(std::move(text_)), href(std::move(href_)), detail(std::move(detail_)), strong(strong_)
    {
    }
    QString text;
    QString href;        // http(s) only; the text is the link
    QString detail;      // a smaller second line (an action's description)
    bool strong = false; // milestones, root causes
};

struct ReportTable {
    QString name;                   // "timeline", "actions": a class name in HTML
    QStringList headers;
    QList<int> widths;              // relative column widths (percent-ish), one per header
    QList<QList<ReportCell>> rows;
    QList<bool> numeric;            // right-aligned columns; may be empty
};

struct ReportListItem {
    ReportListItem() = default;
    ReportListItem(QString text_, QString label_ = {}) // NOLINT: implicit on purpose
        : text(std::move(text_)), label(std::move(label_))
    {
    }
    QString text;
    QString label;      // "Why 2", "Root cause": set before the text
    QString detail;     // notes, evidence: a second muted line
    int depth = 0;      // nesting, 0 = top
    bool strong = false;
};

enum class ReportFigure { TimelineChart, WhyDiagram };

struct ReportCover {
    QString title;
    QString kicker;                         // "Post-incident review · INC-1234"
    QString badge;                          // "Public version", or empty
    QList<QPair<QString, QString>> facts;   // label, value
};

class ReportSink
{
public:
    virtual ~ReportSink() = default;
    virtual void cover(const ReportCover& cover) = 0;
    // level 1 = a part of the report, 2 = within a part.
    virtual void heading(int level, const QString& text, const QString& anchor) = 0;
    virtual void paragraph(const QString& text) = 0;   // line breaks in text are kept
    virtual void muted(const QString& text) = 0;       // "Not written yet.", captions
    virtual void facts(const QList<QPair<QString, QString>>& rows) = 0;
    virtual void list(const QList<ReportListItem>& items) = 0;
    virtual void table(const ReportTable& table) = 0;
    virtual void figure(ReportFigure figure, const QString& caption) = 0;
};

// Sends the report, part by part, to the sink.
void writeReport(const Report& report, ReportSink& sink);

// The report's own words, in one translation context for every format.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(hs::Report)
};

QString reportDocumentTitle(const Report& report);   // "Post-incident review: <title>"
bool isWebLink(const QString& url);                  // http or https with a host

} // namespace hs
