#pragma once

#include "domain/Review.h"
#include "storage/Columns.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QVBoxLayout;

namespace hs {

class AutoCommit;
class Editor;
class ParticipantsModel;
class RecurringPanel;

// The Overview tab: what happened, how bad, who was there, the key times and the metrics
// derived from them, and the narrative sections of the review's template. Every field saves
// itself (see AutoCommit) through the Editor, so each change is one undoable step.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(Editor* editor, QWidget* parent = nullptr);
    // Puts the cursor in a narrative section and scrolls to it; false for an unknown section.
    bool focusSection(const QString& id);

    void setDocument(const ReviewDocument& doc, bool readOnly);
    void clear();

Q_SIGNALS:
    void message(const QString& text);
    // A link in "This has happened before" was clicked.
    void openReview(const QString& reviewId);

private:
    struct KeyTimeField {
        QLineEdit* edit = nullptr;
        AutoCommit* commit = nullptr;
    };
    struct SectionField {
        QString id;
        QLabel* title = nullptr;
        QPlainTextEdit* edit = nullptr;
        AutoCommit* commit = nullptr;
    };

    QLineEdit* addLine(QFormLayout* form, const QString& label, const QString& objectName, const QString& column);
    QComboBox* addChoice(QFormLayout* form, const QString& label, const QString& objectName, const QStringList& codes,
                         const QStringList& labels, const QString& column);
    void commitReviewField(const QString& column, const QVariant& oldValue, const QVariant& newValue, const QString& label);
    void commitKeyTime(int index, const QString& oldText, const QString& newText);
    void commitLabels(const QString& kind, const QString& text);
    void commitTimeZone();
    void addParticipant();
    void removeParticipants();
    void rebuildSections();
    void updateMetrics();

    Editor* m_editor;
    ReviewDocument m_doc;
    bool m_readOnly = false;

    QLineEdit* m_title;
    AutoCommit* m_titleCommit;
    QHash<QString, AutoCommit*> m_lineCommits; // column -> commit helper
    QHash<QString, QComboBox*> m_choices;      // column -> chooser
    QComboBox* m_timeZone;
    QLabel* m_template;
    QLineEdit* m_services;
    QLineEdit* m_tags;
    KeyTimeField m_keyTimes[kKeyTimeCount];
    QLabel* m_keyTimeError;
    QLabel* m_metrics[4];
    ParticipantsModel* m_participants;
    QTableView* m_participantView;
    QLineEdit* m_newParticipant;
    RecurringPanel* m_recurring;
    QVBoxLayout* m_sectionsLayout;
    QList<SectionField> m_sections;
};

} // namespace hs
