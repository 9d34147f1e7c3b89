#pragma once

#include "domain/Review.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolButton;

namespace hs {

class Editor;
class TimelineChart;
class TimelineDelegate;
class TimelineFilter;
class TimelineModel;
class TranscriptPane;
class WordingHintLabel;

// The Timeline tab: the metrics strip, the chart, the event table with its quick-entry line,
// and the transcript beside it. Everything edits through the Editor, so it is undoable.
class TimelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePage(Editor* editor, QWidget* parent = nullptr);

    void setDocument(const ReviewDocument& doc, bool readOnly);
    void setTranscript(const QList<TranscriptMessage>& messages);

    // Selected events (by id), in time order.
    QStringList selectedEventIds() const;
    bool selectEvent(const QString& id);
    // Adds an event from a quick-entry line; false (with the reason shown) when it cannot.
    bool addFromQuickEntry(const QString& line);
    // Puts the keyboard in the quick-entry line (the meeting's timeline stage starts there).
    void focusQuickEntry();
    void deleteSelected();
    void copySelected() const;
    void markSelected(const QString& milestone);
    void toggleSuspectedTrigger();
    void promoteMessages(const QStringList& messageIds, const QString& kind);
    void attachMessages(const QStringList& messageIds, const QString& eventId);

    TimelineModel* model() const { return m_model; }
    TimelineChart* chart() const { return m_chart; }
    TranscriptPane* transcript() const { return m_transcript; }

Q_SIGNALS:
    void importRequested();
    void message(const QString& text);
    // The one selected event (empty for none or several), for the meeting's shared selection.
    void currentEventChanged(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilterMenu();
    void updateMetrics();
    void onSelectionChanged();
    void showError(const QString& text);
    void editLastEntry();
    std::optional<qint64> quickEntryReference() const;

    Editor* m_editor;
    ReviewDocument m_doc;
    bool m_readOnly = false;
    TimelineModel* m_model;
    TimelineFilter* m_filter;
    TimelineDelegate* m_delegate;
    TimelineChart* m_chart;
    QTableView* m_table;
    QLineEdit* m_quick;
    QLabel* m_quickHint;
    WordingHintLabel* m_wordingHint; // blameless wording of what is typed in the quick entry
    QLineEdit* m_search;
    QToolButton* m_kinds;
    QToolButton* m_mark;
    QToolButton* m_delete;
    QToolButton* m_import;
    QLabel* m_metrics;
    TranscriptPane* m_transcript;
    QSplitter* m_split;
    QString m_lastEntryId;
    std::optional<qint64> m_lastEntryMs;
};

} // namespace hs
