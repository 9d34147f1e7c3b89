#pragma once

#include "common/RowListModel.h"
#include "domain/Review.h"

namespace hs {

class Editor;

// The events of one review, always in time order (equal times keep the order they were
// entered). Edits go through the Editor; changing an event's time moves it, and a milestone's
// key time with it (TimelineEdits).
class TimelineModel : public RowListModel<TimelineEvent>
{
    Q_OBJECT

public:
    enum Column { TimeColumn, OffsetColumn, KindColumn, ActorColumn, TextColumn, SourceColumn, EvidenceColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        AtMsRole,
        MilestoneRole,
        EvidenceCountRole,
        SuspectedTriggerRole,
        SearchTextRole,
    };

    explicit TimelineModel(Editor* editor, QObject* parent = nullptr);

    void setDocument(const ReviewDocument& doc, bool readOnly);
    const ReviewDocument& document() const { return m_doc; }
    bool isReadOnly() const { return m_readOnly; }

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction | Qt::LinkAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    // A typed value was refused (a time that is not a time); the message says why.
    void editRejected(const QString& message);
    // Transcript messages were dropped: on an event (attach as evidence) or between rows
    // (promote them). The page does the work, since promoting asks for a kind.
    void messagesDropped(const QStringList& messageIds, const QString& onEventId);

protected:
    bool sameContent(const TimelineEvent& shown, const TimelineEvent& fresh) const override
    {
        return shown.rev == fresh.rev && shown.evidenceMessageIds == fresh.evidenceMessageIds;
    }

private:
    bool showsDate(int row) const;

    Editor* m_editor;
    ReviewDocument m_doc;
    bool m_readOnly = false;
};

// The mime types transcript messages and timeline events are dragged as: ids, one per line.
inline constexpr const char* kMessageMimeType = "application/x-hindsight-transcript-messages";
inline constexpr const char* kEventMimeType = "application/x-hindsight-timeline-events";

} // namespace hs
