#pragma once

#include "domain/Review.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace hs {

class TranscriptFilter;
class TranscriptModel;

// The transcript beside the timeline: searchable, and the place evidence comes from. P (or
// Enter) promotes the selected messages into events, asking for the kind; E attaches them to
// the selected event as evidence; messages can also be dragged onto the table.
class TranscriptPane : public QWidget
{
    Q_OBJECT

public:
    explicit TranscriptPane(QWidget* parent = nullptr);

    void setMessages(const QList<TranscriptMessage>& messages, const QString& timeZone);
    void setCited(const QSet<QString>& ids);
    // The selected event's evidence: highlighted, and what "only evidence" shows.
    void setEventEvidence(const QStringList& ids, bool hasEvent);
    void setReadOnly(bool readOnly);
    void showOnlyEvidence(bool only);
    void focusSearch();

    QStringList selectedMessageIds() const;
    const TranscriptModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

Q_SIGNALS:
    void promoteRequested(const QStringList& messageIds, const QString& kind);
    void attachRequested(const QStringList& messageIds);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();
    void updateButtons();
    void showPromoteMenu();

    TranscriptModel* m_model;
    TranscriptFilter* m_filter;
    QLineEdit* m_search;
    QCheckBox* m_onlyEvidence;
    QLabel* m_count;
    QTableView* m_view;
    QToolButton* m_promote;
    QToolButton* m_attach;
    QLabel* m_empty;
    bool m_readOnly = false;
    bool m_hasEvent = false;
};

} // namespace hs
