#include "export/ReportTextDocument.h"

#include "export/ReportFigures.h"
#include "export/ReportSink.h"
#include "export/ReportStyle.h"
#include "export/ReportTableSetter.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextObjectInterface>
#include <QTextTable>

#include <array>
#include <cmath>

namespace hs {

using namespace paper;

namespace {

constexpr int kFigureObject = QTextFormat::UserObject + 1;
constexpr int kTableObject = QTextFormat::UserObject + 2;
constexpr int kObjectIndex = QTextFormat::UserProperty + 4;
constexpr double kTableGapPt = 4;     // above a table
constexpr int kFigureKind = QTextFormat::UserProperty + 1;
constexpr int kFigureWidth = QTextFormat::UserProperty + 2;
constexpr int kFigureHeight = QTextFormat::UserProperty + 3;

QTextCharFormat charFormat(const QStringList& families, double points, const QColor& colour, bool bold = false)
{
    QTextCharFormat f;
    f.setFontFamilies(families);
    f.setFontPointSize(points);
    f.setForeground(colour);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return f;
}

} // namespace

// Paints the drawn objects of a report document: the figures, and the tables a page at a time.
class ReportObjects : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    struct TablePage {
        std::shared_ptr<const ReportTable> table;
        int from = 0;
        int to = 0;
    };

    ReportObjects(const Report& report, const PaperGeometry& paper, QPaintDevice* device, QObject* parent)
        : QObject(parent)
        , m_report(report)
        , m_setter(paper, device)
    {
    }

    const ReportTableSetter& setter() const { return m_setter; }
    int addTable(TablePage page)
    {
        m_tables.append(std::move(page));
        return int(m_tables.size()) - 1;
    }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        return {format.doubleProperty(kFigureWidth), format.doubleProperty(kFigureHeight)};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (format.objectType() == kTableObject) {
            const TablePage& page = m_tables.at(format.intProperty(kObjectIndex));
            painter->setClipRect(rect.adjusted(-2, -2, 2, 2), Qt::IntersectClip);
            m_setter.paint(*painter, rect, *page.table, page.from, page.to);
        } else {
            paintReportFigure(*painter, rect, m_report, static_cast<ReportFigure>(format.intProperty(kFigureKind)));
        }
        painter->restore();
    }

private:
    const Report& m_report;
    ReportTableSetter m_setter;
    QList<TablePage> m_tables;
};

namespace {

class TextDocumentSink : public ReportSink
{
public:
    TextDocumentSink(const Report& report, QTextDocument* doc, const PaperGeometry& paper, ReportObjects* objects)
        : m_report(report)
        , m_doc(doc)
        , m_paper(paper)
        , m_cursor(doc)
        , m_objects(objects)
        , m_setter(objects->setter())
    {
        m_body = charFormat(serifFamilies(), 10.5, kInk);
    }

    void cover(const ReportCover& c) override
    {
        QTextBlockFormat kicker;
        kicker.setTopMargin(m_paper.fmt(80));
        QTextCharFormat kickerFormat = charFormat(sansFamilies(), 9.5, kMuted, true);
        kickerFormat.setFontCapitalization(QFont::AllUppercase);
        kickerFormat.setFontLetterSpacing(108);
        firstBlock(kicker, kickerFormat);
        m_cursor.insertText(c.kicker, kickerFormat);

        QTextBlockFormat title;
        title.setTopMargin(m_paper.fmt(8));
        title.setBottomMargin(m_paper.fmt(10));
        title.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        const QTextCharFormat titleFormat = charFormat(sansFamilies(), 26, kHeading, true);
        m_cursor.insertBlock(title, titleFormat);
        m_cursor.insertText(softBreaks(c.title), titleFormat);

        if (!c.badge.isEmpty()) {
            QTextBlockFormat badge;
            badge.setBottomMargin(m_paper.fmt(6));
            QTextCharFormat badgeFormat = charFormat(sansFamilies(), 9, QColor(0x6b, 0x45, 0x00), true);
            badgeFormat.setBackground(kBadge);
            m_cursor.insertBlock(badge, badgeFormat);
            m_cursor.insertText(QStringLiteral(" %1 ").arg(c.badge), badgeFormat);
        }
        QTextBlockFormat rule;
        rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
        rule.setBottomMargin(m_paper.fmt(14));
        m_cursor.insertBlock(rule, charFormat(sansFamilies(), 4, kHeading));
        factTable(c.facts, 11, 9.5);
        m_breakBeforeNext = true;
    }

    void heading(int level, const QString& text, const QString& anchor) override
    {
        QTextBlockFormat block;
        block.setTopMargin(m_paper.fmt(level == 1 ? 20 : 12));
        block.setBottomMargin(m_paper.fmt(level == 1 ? 6 : 3));
        if (m_breakBeforeNext)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBeforeNext = false;
        QTextCharFormat format = charFormat(sansFamilies(), level == 1 ? 15 : 11.5, kHeading, true);
        format.setAnchor(true);
        format.setAnchorNames({anchor});
        block.setHeadingLevel(level);
        m_cursor.insertBlock(block, format);
        m_cursor.insertText(softBreaks(text), format);
    }

    void paragraph(const QString& text) override
    {
        static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
        QString t = text;
        t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        for (const QString& chunk : t.split(blankLines, Qt::SkipEmptyParts)) {
            QTextBlockFormat block;
            block.setBottomMargin(m_paper.fmt(6));
            block.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
            m_cursor.insertBlock(block, m_body);
            m_cursor.insertText(softBreaks(chunk.trimmed()), m_body);
        }
    }

    void muted(const QString& text) override
    {
        QTextBlockFormat block;
        block.setBottomMargin(m_paper.fmt(6));
        QTextCharFormat format = charFormat(serifFamilies(), 10, kMuted);
        format.setFontItalic(true);
        m_cursor.insertBlock(block, format);
        m_cursor.insertText(softBreaks(text), format);
    }

    void facts(const QList<QPair<QString, QString>>& rows) override
    {
        factTable(rows, 10.5, 9);
    }

    void list(const QList<ReportListItem>& items) override
    {
        std::array<QTextList*, 12> lists{};
        const QTextCharFormat labelFormat = charFormat(sansFamilies(), 8.5, kHeading, true);
        QTextCharFormat strong = m_body;
        strong.setFontWeight(QFont::Bold);
        strong.setForeground(kMark);
        for (const ReportListItem& item : items) {
            const int depth = std::clamp(item.depth, 0, int(lists.size()) - 1);
            for (size_t d = size_t(depth) + 1; d < lists.size(); ++d)
                lists[d] = nullptr;
            QTextBlockFormat block;
            block.setBottomMargin(m_paper.fmt(3));
            block.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
            m_cursor.insertBlock(block, m_body);
            if (lists[size_t(depth)]) {
                lists[size_t(depth)]->add(m_cursor.block());
            } else {
                QTextListFormat listFormat;
                listFormat.setIndent(depth + 1);
                listFormat.setStyle(depth == 0 ? QTextListFormat::ListDisc : QTextListFormat::ListCircle);
                lists[size_t(depth)] = m_cursor.createList(listFormat);
            }
            if (!item.label.isEmpty())
                m_cursor.insertText(item.label + QStringLiteral("  "), labelFormat);
            m_cursor.insertText(softBreaks(item.text), item.strong ? strong : m_body);
            if (!item.detail.isEmpty()) {
                m_cursor.insertText(QString(QChar::LineSeparator), m_body);
                m_cursor.insertText(softBreaks(item.detail), charFormat(sansFamilies(), 8.5, kMuted));
            }
        }
        // Whatever follows is not part of the list.
        QTextBlockFormat after;
        after.setBottomMargin(m_paper.fmt(2));
        m_cursor.insertBlock(after, charFormat(sansFamilies(), 4, kInk));
    }

    void table(const ReportTable& t) override
    {
        if (t.headers.isEmpty())
            return;
        // A page of rows at a time, each a drawn object with the header row on top: measured
        // and painted with the same text layouts, so each page holds exactly what fits.
        const auto shared = std::make_shared<const ReportTable>(t);
        const int rows = int(t.rows.size());
        QList<double> heights;
        heights.reserve(rows);
        for (int r = 0; r < rows; ++r)
            heights.append(m_setter.rowHeight(t, r));
        const double header = m_setter.headerHeight(t);
        // A line under the page: the text layout sets the object on a line of its own, which may
        // add a little to its height, and a page that is overfull by a hair would push the
        // whole object on to the next page.
        const double slack = m_paper.device(12);
        const double page = m_paper.body().height() - slack;
        double space = remainingOnPage() - m_paper.device(kTableGapPt) - slack;
        bool breakBefore = false;
        if (space < header + (rows > 0 ? heights.first() : 0)) {
            space = page;
            breakBefore = true;
        }
        int from = 0;
        do {
            double used = header;
            int to = from;
            while (to < rows && (to == from || used + heights.at(to) <= space)) {
                used += heights.at(to);
                ++to;
            }
            insertTableObject(shared, from, to, std::min(used, page), breakBefore, to == rows);
            from = to;
            space = page;
            breakBefore = true;
        } while (from < rows);
    }

    void figure(ReportFigure figure, const QString& caption) override
    {
        const QSizeF body = m_paper.body();
        const QSizeF points(body.width() * 72.0 / m_paper.dpi, body.height() * 72.0 / m_paper.dpi);
        const QSizeF size = reportFigureSize(m_report, figure, points.width(), points.height() * 0.8);
        if (size.isEmpty())
            return;
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        block.setTopMargin(m_paper.fmt(6));
        m_cursor.insertBlock(block, m_body);
        QTextCharFormat object;
        object.setObjectType(kFigureObject);
        object.setProperty(kFigureKind, int(figure));
        object.setProperty(kFigureWidth, m_paper.device(size.width()));
        object.setProperty(kFigureHeight, m_paper.device(size.height()));
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        QTextBlockFormat captionBlock;
        captionBlock.setAlignment(Qt::AlignHCenter);
        captionBlock.setBottomMargin(m_paper.fmt(10));
        QTextCharFormat captionFormat = charFormat(sansFamilies(), 8, kMuted);
        captionFormat.setFontItalic(true);
        m_cursor.insertBlock(captionBlock, captionFormat);
        m_cursor.insertText(caption, captionFormat);
    }

private:
    void firstBlock(const QTextBlockFormat& block, const QTextCharFormat& format)
    {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(format);
    }

    void insertTableObject(const std::shared_ptr<const ReportTable>& table, int from, int to, double height,
                           bool breakBefore, bool last)
    {
        QTextBlockFormat block;
        block.setTopMargin(breakBefore ? 0 : m_paper.fmt(kTableGapPt));
        block.setBottomMargin(last ? m_paper.fmt(10) : 0);
        block.setLineHeight(100, QTextBlockFormat::SingleHeight);
        if (breakBefore)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        const QTextCharFormat tiny = charFormat(sansFamilies(), 1, kInk);
        m_cursor.insertBlock(block, tiny);
        QTextCharFormat object;
        object.setObjectType(kTableObject);
        object.setVerticalAlignment(QTextCharFormat::AlignBottom);
        object.setProperty(kObjectIndex, m_objects->addTable({table, from, to}));
        object.setProperty(kFigureWidth, m_paper.body().width());
        object.setProperty(kFigureHeight, height);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    // Room left on the page the document has reached, in device pixels: lays out what is there
    // so far (the edit block is closed and reopened; what follows is laid out at the end).
    double remainingOnPage()
    {
        if (m_editBlock) {
            m_editBlock->endEditBlock();
            m_editBlock->beginEditBlock();
        }
        const QRectF last = m_doc->documentLayout()->blockBoundingRect(m_doc->lastBlock());
        const double pageHeight = m_paper.page.height();
        const double y = last.bottom();
        const double pageEnd = (std::floor(y / pageHeight) + 1) * pageHeight - m_paper.margins.bottom();
        return std::max(0.0, pageEnd - y);
    }

    void factTable(const QList<QPair<QString, QString>>& rows, double valuePoints, double labelPoints)
    {
        if (rows.isEmpty())
            return;
        QTextTableFormat format;
        format.setBorder(0);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        format.setCellPadding(m_paper.fmt(2.5));
        format.setCellSpacing(0);
        format.setBottomMargin(m_paper.fmt(8));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 28),
                                          QTextLength(QTextLength::PercentageLength, 72)});
        QTextTable* table = m_cursor.insertTable(int(rows.size()), 2, format);
        const QTextCharFormat label = charFormat(sansFamilies(), labelPoints, kMuted);
        const QTextCharFormat value = charFormat(serifFamilies(), valuePoints, kInk);
        for (int r = 0; r < rows.size(); ++r) {
            table->cellAt(r, 0).firstCursorPosition().insertText(rows.at(r).first, label);
            table->cellAt(r, 1).firstCursorPosition().insertText(softBreaks(rows.at(r).second), value);
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    const Report& m_report;
    QTextDocument* m_doc;
    PaperGeometry m_paper;
    QTextCursor m_cursor;
    QTextCharFormat m_body;
    bool m_breakBeforeNext = false;
    ReportObjects* m_objects;
    const ReportTableSetter& m_setter;

public:
    QTextCursor* m_editBlock = nullptr;   // the build's edit block, closed to measure the page
};

} // namespace

std::unique_ptr<QTextDocument> buildReportDocument(const Report& report, QPaintDevice* device, const PaperGeometry& paper)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->documentLayout()->setPaintDevice(device);
    auto* objects = new ReportObjects(report, paper, device, doc.get());
    doc->documentLayout()->registerHandler(kFigureObject, objects);
    doc->documentLayout()->registerHandler(kTableObject, objects);
    QFont base;
    base.setFamilies(serifFamilies());
    base.setPointSizeF(10.5);
    doc->setDefaultFont(base);
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // very long words and links wrap
    doc->setDefaultTextOption(option);
    doc->setIndentWidth(PaperGeometry::fmt(16));
    doc->setDocumentMargin(0);

    QTextFrameFormat root = doc->rootFrame()->frameFormat();
    root.setLeftMargin(paper.deviceToFmt(paper.margins.left()));
    root.setRightMargin(paper.deviceToFmt(paper.margins.right()));
    root.setTopMargin(paper.deviceToFmt(paper.margins.top()));
    root.setBottomMargin(paper.deviceToFmt(paper.margins.bottom()));
    doc->rootFrame()->setFrameFormat(root);
    doc->setPageSize(paper.page);

    // One edit block: the layout runs once at the end, not after every insert (3.4 s -> ms).
    QTextCursor block(doc.get());
    block.beginEditBlock();
    TextDocumentSink sink(report, doc.get(), paper, objects);
    sink.m_editBlock = &block;
    writeReport(report, sink);
    block.endEditBlock();

    return doc;
}

} // namespace hs

#include "ReportTextDocument.moc"
