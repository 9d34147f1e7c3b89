#pragma once

#include "storage/Columns.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace hs {

class Library;
class SearchResultsModel;
struct Change;

// Search all reviews: a field, and the matches grouped by review with the matched words
// marked. Results follow typing (debounced) and changes to the library; Enter or a click
// on a match asks the window to show that item (itemActivated).
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget* parent = nullptr);

    void setLibrary(Library* library);
    // Puts the cursor in the field with its text selected, so typing replaces the last query.
    void focusField();
    QString query() const;
    // Runs the search now instead of after the typing pause (tests, Enter).
    void refresh();
    SearchResultsModel* model() const { return m_model; }

Q_SIGNALS:
    void itemActivated(const QString& reviewId, hs::Entity entity, const QString& itemId);
    void closeRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onChanged(const Change& change);
    void activate(const QModelIndex& index);
    QModelIndex firstHit() const;

    Library* m_library = nullptr;
    QLineEdit* m_field;
    QLabel* m_status;
    QTreeView* m_view;
    SearchResultsModel* m_model;
    QTimer* m_debounce;
};

} // namespace hs
