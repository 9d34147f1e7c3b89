#include "library/LibrarySidebar.h"

#include "domain/Enums.h"
#include "library/ReviewListDelegate.h"
#include "library/ReviewListModel.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace hs {

// Every word typed must appear in the title, reference, severity or status; the status
// chooser narrows further.
class ReviewFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString& text)
    {
        m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateFilter();
    }
    void setStatus(const QString& status)
    {
        m_status = status;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (m_status == QLatin1String("@overdue")) {
            if (!i.data(ReviewListModel::OverdueRole).toBool())
                return false;
        } else if (!m_status.isEmpty() && i.data(ReviewListModel::StatusRole).toString() != m_status) {
            return false;
        }
        const QString text = i.data(ReviewListModel::SearchTextRole).toString();
        for (const QString& w : m_words) {
            if (!text.contains(w, Qt::CaseInsensitive))
                return false;
        }
        return true;
    }
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        return left.data(ReviewListModel::SortDateRole).toLongLong() < right.data(ReviewListModel::SortDateRole).toLongLong();
    }

private:
    QStringList m_words;
    QString m_status;
};

LibrarySidebar::LibrarySidebar(QWidget* parent)
    : QWidget(parent)
    , m_model(new ReviewListModel(this))
    , m_proxy(new ReviewFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_list(new QListView(this))
    , m_count(new QLabel(this))
    , m_actions(new QLabel(this))
{
    setObjectName(QStringLiteral("librarySidebar"));
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->setPlaceholderText(tr("Filter reviews"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter reviews"));
    m_status->setObjectName(QStringLiteral("reviewStatusFilter"));
    m_status->setAccessibleName(tr("Show reviews with status"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& code : Vocabulary::codes(Vocab::ReviewStatus))
        m_status->addItem(Vocabulary::label(Vocab::ReviewStatus, code), code);
    m_status->addItem(tr("Review overdue"), QStringLiteral("@overdue"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(0, Qt::DescendingOrder);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setAccessibleName(tr("Reviews"));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new ReviewListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_count->setObjectName(QStringLiteral("reviewCount"));
    m_count->setContentsMargins(4, 0, 4, 0);
    m_actions->setObjectName(QStringLiteral("sidebarActions"));
    m_actions->setContentsMargins(4, 0, 4, 0);
    m_actions->setTextFormat(Qt::RichText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_actions);
    // Under the list, where someone looking at many reviews thinks "what do they say together?"
    auto* insights = new QPushButton(tr("Insights across reviews…"), this);
    insights->setObjectName(QStringLiteral("sidebarInsights"));
    insights->setFlat(true);
    insights->setCursor(Qt::PointingHandCursor);
    insights->setStyleSheet(QStringLiteral("QPushButton { text-align: left; color: palette(link); padding: 2px 4px; }"));
    insights->setToolTip(tr("Trends, recurring factors and actions over all reviews (Ctrl+Shift+I)"));
    connect(insights, &QPushButton::clicked, this, &LibrarySidebar::insightsRequested);
    layout->addWidget(insights);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setWords(text);
        updateCount();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(m_status->currentData().toString());
        updateCount();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &LibrarySidebar::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LibrarySidebar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LibrarySidebar::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LibrarySidebar::updateCount);
    // The proxy takes its rows away while the source still has them (it does so on
    // rowsAboutToBeRemoved), so the total is only right once the source has finished.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LibrarySidebar::updateCount);
}

void LibrarySidebar::setLibrary(Library* library)
{
    m_model->setLibrary(library);
    updateCount();
}

QString LibrarySidebar::currentReviewId() const
{
    return m_list->currentIndex().data(ReviewListModel::IdRole).toString();
}

bool LibrarySidebar::selectReview(const QString& id)
{
    QModelIndex source = m_model->indexOfReview(id);
    QModelIndex proxy = m_proxy->mapFromSource(source);
    if (source.isValid() && !proxy.isValid()) {
        // Hidden by the filter: clear it rather than select something invisible.
        m_filter->clear();
        m_status->setCurrentIndex(0);
        proxy = m_proxy->mapFromSource(source);
    }
    if (!proxy.isValid())
        return false;
    m_list->setCurrentIndex(proxy);
    m_list->scrollTo(proxy);
    return true;
}

void LibrarySidebar::setActionCounts(int open, int overdue)
{
    QString text = tr("%n open action(s)", nullptr, open);
    if (overdue > 0)
        text += QStringLiteral(" · <span style=\"color:#b3261e\">%1</span>").arg(tr("%n overdue", nullptr, overdue));
    m_actions->setText(text);
}

void LibrarySidebar::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void LibrarySidebar::onCurrentChanged()
{
    Q_EMIT currentReviewChanged(currentReviewId());
}

void LibrarySidebar::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n review(s)", nullptr, total)
                                    : tr("%1 of %n review(s)", nullptr, total).arg(shown));
}

void LibrarySidebar::setPresence(const QHash<QString, QStringList>& presence)
{
    m_model->setPresence(presence);
}

} // namespace hs
