#pragma once

#include "actions/ActionQuery.h"
#include "common/RowListModel.h"
#include "domain/Review.h"

#include <QDate>

namespace hs {

class Editor;

// The action items of one review as an editable table: title, type, priority, owner, due date,
// status, the cause it came from. Overdue items say so. Edits go through the Editor.
class ActionsModel : public RowListModel<ActionItem>
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        TypeColumn,
        PriorityColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        LinkColumn,     // the issue in the team's tracker
        CauseColumn,
        ReviewColumn,   // the library-wide tracker only
        FollowUpColumn, // the library-wide tracker only
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, OverdueRole, CodeRole, SortRole, ReviewIdRole, WhyIdRole, SearchRole, TagsRole };

    explicit ActionsModel(Editor* editor, QObject* parent = nullptr);

    void setDocument(const ReviewDocument& doc, bool readOnly);
    // The tracker: action items of every review, each with its review and cause.
    void setLibraryRows(const QList<ActionRow>& rows, bool readOnly);
    // Days from marking done to the effectiveness check.
    void setFollowUpDays(int days) { m_followUpDays = days; }
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const { return m_today; }
    int overdueCount() const;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Sets one column (status or owner) on several actions as one undo step.
    bool setForRows(const QList<int>& rows, Column column, const QVariant& value);
    // Distinct owners of the rows, for completing names.
    QStringList owners() const;

Q_SIGNALS:
    void editRejected(const QString& message);

private:
    QString columnName(Column column) const;

    QString causeOf(const ActionItem& a) const;

    Editor* m_editor;
    ReviewDocument m_doc;
    QHash<QString, QString> m_reviewTitles; // tracker: review id -> "INC-1 Title"
    QHash<QString, QString> m_causes;       // tracker: action id -> cause text
    QHash<QString, QStringList> m_tags;     // tracker: review id -> its tags
    int m_followUpDays = kDefaultFollowUpDays;
    bool m_readOnly = false;
    QDate m_today;
};

} // namespace hs
