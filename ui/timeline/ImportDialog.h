#pragma once

#include "domain/Review.h"
#include "import/ImportRunner.h"
#include "storage/Library.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QThread;

namespace hs {

// Import into a review: choose the source and its options, read it on a worker thread (with
// progress and Cancel), look at a preview (what is new, what is already there, problems with
// their file and line, the time zone) and only then import, as one undo step.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const Library* library, const ReviewDocument& doc, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Sets the source (tests and the command line's "open with" use these); reads it at once.
    void setSource(ImportFormat format, const QString& path);
    void setPastedText(const QString& text);
    void setRolesInsteadOfNames(bool roles);
    // The result to apply after exec() returned Accepted.
    const ImportResult& result() const { return m_result; }
    bool isReading() const { return m_reading; }

Q_SIGNALS:
    // The preview shows a fresh reading (or its problems).
    void previewReady();

private:
    void browse();
    void onFormatChanged();
    void onPathChanged();
    void fillCsvColumns();
    ImportRequest request() const;
    void startReading();
    void cancelReading();
    void finishReading(ImportResult result, bool cancelled);
    void showPreview();

    const Library* m_library;
    ReviewDocument m_doc;
    ImportResult m_result;
    QComboBox* m_format;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QComboBox* m_channel;
    QLabel* m_channelLabel;
    QComboBox* m_zone;
    QDateEdit* m_day;
    QLabel* m_dayLabel;
    QPlainTextEdit* m_paste;
    QWidget* m_csvBox;
    QComboBox* m_csvTime;
    QComboBox* m_csvAuthor;
    QComboBox* m_csvText;
    QComboBox* m_csvKind;
    QCheckBox* m_csvEvents;
    QCheckBox* m_roles;
    QLabel* m_summary;
    QTableWidget* m_preview;
    QListWidget* m_problems;
    QProgressBar* m_progress;
    QPushButton* m_cancelRead;
    QDialogButtonBox* m_buttons;
    QThread* m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_reading = false;
    bool m_restartAfter = false;
};

} // namespace hs
