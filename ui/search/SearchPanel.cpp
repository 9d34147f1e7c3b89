#include "search/SearchPanel.h"

#include "search/SearchResultsModel.h"
#include "storage/Library.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hs {

namespace {

constexpr int kLimit = 100; // more than anyone reads; a narrower query is the way on
constexpr int kPad = 4;

// Draws a review row as its title in bold with the match count after it, and a match as its
// kind (small, muted) over the snippet as rich text: the text is escaped by the model, only
// the <b> around matched words is markup.
class SearchResultDelegate : public QStyledItemDelegate
{
public:
    explicit SearchResultDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    // The snippet laid out at width, at most three lines.
    static void layOut(QTextDocument& doc, const QStyleOptionViewItem& option, const QModelIndex& index, int width)
    {
        doc.setDefaultFont(option.font);
        doc.setDocumentMargin(0);
        doc.setTextWidth(width);
        doc.setHtml(index.data(SearchResultsModel::SnippetHtmlRole).toString());
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        const QRect r = opt.rect.adjusted(kPad, kPad, -kPad, -kPad);
        painter->save();
        if (index.data(SearchResultsModel::IsReviewRole).toBool()) {
            QFont bold = opt.font;
            bold.setBold(true);
            const QString count = index.data(SearchResultsModel::KindRole).toString();
            const QFontMetrics fm(opt.font);
            const int countWidth = fm.horizontalAdvance(count) + 2 * kPad;
            painter->setFont(bold);
            painter->setPen(text);
            const QRect titleRect = r.adjusted(0, 0, -countWidth, 0);
            painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(bold).elidedText(title, Qt::ElideRight, titleRect.width()));
            painter->setFont(opt.font);
            painter->setPen(muted);
            painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, count);
        } else {
            QFont small = opt.font;
            small.setPointSizeF(opt.font.pointSizeF() * 0.85);
            const QFontMetrics sfm(small);
            painter->setFont(small);
            painter->setPen(muted);
            painter->drawText(QRect(r.left(), r.top(), r.width(), sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              sfm.elidedText(index.data(SearchResultsModel::KindRole).toString(), Qt::ElideRight, r.width()));
            QTextDocument doc;
            layOut(doc, opt, index, r.width());
            const QRect textRect(r.left(), r.top() + sfm.height() + 2, r.width(), r.bottom() - r.top() - sfm.height() - 2);
            painter->translate(textRect.topLeft());
            painter->setClipRect(QRect(QPoint(0, 0), textRect.size()));
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette = opt.palette;
            context.palette.setColor(QPalette::Text, text);
            doc.documentLayout()->draw(painter, context);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QFontMetrics fm(option.font);
        if (index.data(SearchResultsModel::IsReviewRole).toBool())
            return QSize(200, fm.height() + 2 * kPad + 4);
        // The kind on one line, then the snippet as wide as the view shows it (at most three
        // lines; the panel relayouts when it is resized).
        const int width = std::max(80, m_view->viewport()->width() - m_view->indentation() - 2 * kPad);
        QTextDocument doc;
        layOut(doc, option, index, width);
        const int text = std::min(static_cast<int>(std::ceil(doc.size().height())), 3 * fm.lineSpacing());
        return QSize(200, static_cast<int>(fm.height() * 0.85) + 2 + text + 2 * kPad);
    }

private:
    QTreeView* m_view;
};

} // namespace

SearchPanel::SearchPanel(QWidget* parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new SearchResultsModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search all reviews"));
    m_field->setAccessibleName(tr("Search all reviews"));
    m_field->setToolTip(tr("Words are found anywhere in a review: titles, overview, timeline, causes, actions, "
                           "lessons and notes. \"Quoted words\" must appear together."));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_status->setPalette(muted);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setIndentation(8);
    m_view->setUniformRowHeights(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->viewport()->installEventFilter(this); // row heights follow the width
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150); // a pause in typing, or a burst of edits, searches once
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::refresh);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_view, &QTreeView::activated, this, &SearchPanel::activate);
    connect(m_view, &QTreeView::clicked, this, &SearchPanel::activate);
}

void SearchPanel::setLibrary(Library* library)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (m_library)
        connect(m_library, &Library::changed, this, &SearchPanel::onChanged);
    refresh();
}

void SearchPanel::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

QString SearchPanel::query() const
{
    return m_field->text();
}

void SearchPanel::onChanged(const Change&)
{
    // Our own edits, undo and other facilitators' changes alike; only while it shows something.
    if (isVisible() && !Search::ftsQuery(m_field->text()).isEmpty())
        m_debounce->start();
}

void SearchPanel::refresh()
{
    m_debounce->stop();
    const QString text = m_field->text();
    if (!m_library || Search::ftsQuery(text).isEmpty()) {
        m_model->setResults(SearchResults());
        m_status->setText(m_library ? QString() : tr("No library is open."));
        return;
    }
    const SearchResults results = m_library->search(text, kLimit);
    m_model->setResults(results);
    m_view->expandAll();
    if (!results.ok)
        m_status->setText(results.error);
    else if (results.hitCount == 0)
        m_status->setText(tr("Nothing matches “%1”.").arg(text.simplified()));
    else if (results.hitCount >= kLimit || results.capped)
        m_status->setText(tr("The best %n matches among the most recent; add a word to narrow them.", nullptr,
                             results.hitCount));
    else
        m_status->setText(tr("%n match(es)", nullptr, results.hitCount) + QLatin1Char(' ')
                          + tr("in %n review(s)", nullptr, static_cast<int>(results.groups.size())));
}

QModelIndex SearchPanel::firstHit() const
{
    const QModelIndex group = m_model->index(0, 0);
    return group.isValid() && m_model->rowCount(group) > 0 ? m_model->index(0, 0, group) : group;
}

void SearchPanel::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    Q_EMIT itemActivated(index.data(SearchResultsModel::ReviewIdRole).toString(),
                         static_cast<Entity>(index.data(SearchResultsModel::EntityRole).toInt()),
                         index.data(SearchResultsModel::ItemIdRole).toString());
}

bool SearchPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, m_view, &QTreeView::doItemsLayout);
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_debounce->isActive())
                refresh();
            const QModelIndex current = m_view->currentIndex();
            activate(current.isValid() ? current : firstHit());
            return true;
        }
        if (key->key() == Qt::Key_Down && m_debounce->isActive())
            refresh(); // what was typed, not the results of a few keys ago
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            m_view->setCurrentIndex(firstHit());
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT closeRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hs
