#pragma once

#include "analysis/RecurringPatterns.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QTimer;
class QVBoxLayout;

namespace hs {

class Library;
struct Change;

// "This has happened before" on the Overview: the other reviews that share this one's
// contributing-factor categories, services or tags (RecurringPatternQuery), most shared first,
// each a link that opens it, with what it shares. It follows every change to the library
// (factors, labels, reviews — here or another facilitator's), coalesced.
class RecurringPanel : public QGroupBox
{
    Q_OBJECT

public:
    // How many matches are listed; the headline counts them all.
    static constexpr int kShown = 5;
    // A review counts as a recurrence when it shares at least this many traits.
    static constexpr int kMinShared = 2;

    explicit RecurringPanel(Library* library, QWidget* parent = nullptr);

    void setReview(const QString& reviewId);
    void refresh();
    // The review ids listed, in order (for tests).
    QStringList shownIds() const { return m_shown; }

Q_SIGNALS:
    void openReview(const QString& reviewId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onChanged(const Change& change);
    void showFound(const std::optional<RecurringPatterns>& found, const QString& error);

    Library* m_library;
    QString m_reviewId;
    QStringList m_shown;
    QLabel* m_headline;
    QWidget* m_list;
    QVBoxLayout* m_listLayout;
    QTimer* m_timer;
    bool m_stale = false; // changed while hidden (another tab): read when shown
    quint64 m_generation = 0; // the latest lookup; older answers are dropped
};

} // namespace hs
