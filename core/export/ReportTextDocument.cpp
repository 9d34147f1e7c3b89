#include "export/ReportTextDocument.h"

#include "export/ReportFigures.h"
#include "export/ReportSink.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextObjectInterface>
#include <QTextTable>

#include <array>

namespace hs {

namespace {

// The report's colours on paper.
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kHeading(0x1f, 0x3a, 0x5f);
const QColor kMuted(0x5f, 0x6b, 0x7a);
const QColor kRule(0xc8, 0xd0, 0xda);
const QColor kHeaderFill(0xe8, 0xed, 0xf3);
const QColor kZebra(0xf6, 0xf8, 0xfa);
const QColor kMark(0x8a, 0x2d, 0x07);
const QColor kLink(0x1f, 0x5f, 0xa8);
const QColor kBadge(0xfd, 0xec, 0xc8);

constexpr int kFigureObject = QTextFormat::UserObject + 1;
constexpr int kFigureKind = QTextFormat::UserProperty + 1;
constexpr int kFigureWidth = QTextFormat::UserProperty + 2;
constexpr int kFigureHeight = QTextFormat::UserProperty + 3;

const QStringList& serif()
{
    static const QStringList f{QStringLiteral("DejaVu Serif"), QStringLiteral("Noto Serif"), QStringLiteral("Serif")};
    return f;
}

const QStringList& sans()
{
    static const QStringList f{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Sans Serif")};
    return f;
}

QTextCharFormat charFormat(const QStringList& families, double points, const QColor& colour, bool bold = false)
{
    QTextCharFormat f;
    f.setFontFamilies(families);
    f.setFontPointSize(points);
    f.setForeground(colour);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return f;
}

// Line breaks inside a paragraph stay line breaks, not new paragraphs.
QString softBreaks(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

} // namespace

// Paints the figure objects of a report document.
class ReportFigureObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ReportFigureObject(const Report& report, QObject* parent)
        : QObject(parent)
        , m_report(report)
    {
    }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        return {format.doubleProperty(kFigureWidth), format.doubleProperty(kFigureHeight)};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        paintReportFigure(*painter, rect, m_report, static_cast<ReportFigure>(format.intProperty(kFigureKind)));
        painter->restore();
    }

private:
    const Report& m_report;
};

namespace {

class TextDocumentSink : public ReportSink
{
public:
    TextDocumentSink(const Report& report, QTextDocument* doc, const PaperGeometry& paper)
        : m_report(report)
        , m_doc(doc)
        , m_paper(paper)
        , m_cursor(doc)
    {
        m_body = charFormat(serif(), 10.5, kInk);
        m_small = charFormat(sans(), 8.5, kInk);
        m_mutedSmall = charFormat(sans(), 7.5, kMuted);
    }

    void cover(const ReportCover& c) override
    {
        QTextBlockFormat kicker;
        kicker.setTopMargin(m_paper.fmt(80));
        QTextCharFormat kickerFormat = charFormat(sans(), 9.5, kMuted, true);
        kickerFormat.setFontCapitalization(QFont::AllUppercase);
        kickerFormat.setFontLetterSpacing(108);
        firstBlock(kicker, kickerFormat);
        m_cursor.insertText(c.kicker, kickerFormat);

        QTextBlockFormat title;
        title.setTopMargin(m_paper.fmt(8));
        title.setBottomMargin(m_paper.fmt(10));
        title.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        const QTextCharFormat titleFormat = charFormat(sans(), 26, kHeading, true);
        m_cursor.insertBlock(title, titleFormat);
        m_cursor.insertText(softBreaks(c.title), titleFormat);

        if (!c.badge.isEmpty()) {
            QTextBlockFormat badge;
            badge.setBottomMargin(m_paper.fmt(6));
            QTextCharFormat badgeFormat = charFormat(sans(), 9, QColor(0x6b, 0x45, 0x00), true);
            badgeFormat.setBackground(kBadge);
            m_cursor.insertBlock(badge, badgeFormat);
            m_cursor.insertText(QStringLiteral(" %1 ").arg(c.badge), badgeFormat);
        }
        QTextBlockFormat rule;
        rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
        rule.setBottomMargin(m_paper.fmt(14));
        m_cursor.insertBlock(rule, charFormat(sans(), 4, kHeading));
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
        QTextCharFormat format = charFormat(sans(), level == 1 ? 15 : 11.5, kHeading, true);
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
        QTextCharFormat format = charFormat(serif(), 10, kMuted);
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
        const QTextCharFormat labelFormat = charFormat(sans(), 8.5, kHeading, true);
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
                m_cursor.insertText(softBreaks(item.detail), charFormat(sans(), 8.5, kMuted));
            }
        }
        // Whatever follows is not part of the list.
        QTextBlockFormat after;
        after.setBottomMargin(m_paper.fmt(2));
        m_cursor.insertBlock(after, charFormat(sans(), 4, kInk));
    }

    void table(const ReportTable& t) override
    {
        const int columns = int(t.headers.size());
        if (columns == 0)
            return;
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setBorderCollapse(true);
        format.setBorder(m_paper.fmt(0.5));
        format.setBorderBrush(kRule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellPadding(m_paper.fmt(3));
        format.setCellSpacing(0);
        format.setTopMargin(m_paper.fmt(4));
        format.setBottomMargin(m_paper.fmt(10));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (int c = 0; c < columns; ++c)
            widths.append(QTextLength(QTextLength::PercentageLength, c < t.widths.size() ? t.widths.at(c) : 100.0 / columns));
        format.setColumnWidthConstraints(widths);
        QTextTable* table = m_cursor.insertTable(int(t.rows.size()) + 1, columns, format);

        QTextCharFormat head = charFormat(sans(), 8.5, kHeading, true);
        QTextTableCellFormat headCell;
        headCell.setBackground(kHeaderFill);
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            cell.setFormat(headCell);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setBlockFormat(cellBlock(t, c));
            cursor.insertText(t.headers.at(c), head);
        }
        QTextCharFormat strong = m_small;
        strong.setFontWeight(QFont::Bold);
        QTextTableCellFormat zebra;
        zebra.setBackground(kZebra);
        for (int r = 0; r < t.rows.size(); ++r) {
            const QList<ReportCell>& row = t.rows.at(r);
            for (int c = 0; c < columns && c < row.size(); ++c) {
                QTextTableCell cell = table->cellAt(r + 1, c);
                if (r % 2 == 1)
                    cell.setFormat(zebra);
                const ReportCell& value = row.at(c);
                QTextCursor cursor = cell.firstCursorPosition();
                if (c < t.numeric.size() && t.numeric.at(c))
                    cursor.setBlockFormat(cellBlock(t, c));
                QTextCharFormat text = value.strong ? strong : m_small;
                if (!value.href.isEmpty()) {
                    text.setAnchor(true);
                    text.setAnchorHref(value.href);
                    text.setForeground(kLink);
                    text.setFontUnderline(true);
                }
                cursor.insertText(softBreaks(value.text), text);
                if (!value.detail.isEmpty()) {
                    cursor.insertText(QString(QChar::LineSeparator), m_small);
                    cursor.insertText(softBreaks(value.detail), m_mutedSmall);
                }
            }
        }
        m_cursor.movePosition(QTextCursor::End);
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
        QTextCharFormat captionFormat = charFormat(sans(), 8, kMuted);
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

    static QTextBlockFormat cellBlock(const ReportTable& t, int column)
    {
        QTextBlockFormat b;
        if (column < t.numeric.size() && t.numeric.at(column))
            b.setAlignment(Qt::AlignRight);
        return b;
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
        const QTextCharFormat label = charFormat(sans(), labelPoints, kMuted);
        const QTextCharFormat value = charFormat(serif(), valuePoints, kInk);
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
    QTextCharFormat m_small;
    QTextCharFormat m_mutedSmall;
    bool m_breakBeforeNext = false;
};

} // namespace

std::unique_ptr<QTextDocument> buildReportDocument(const Report& report, QPaintDevice* device, const PaperGeometry& paper)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->documentLayout()->setPaintDevice(device);
    doc->documentLayout()->registerHandler(kFigureObject, new ReportFigureObject(report, doc.get()));
    QFont base;
    base.setFamilies(serif());
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
    TextDocumentSink sink(report, doc.get(), paper);
    writeReport(report, sink);
    block.endEditBlock();

    return doc;
}

} // namespace hs

#include "ReportTextDocument.moc"
