#pragma once

#include "export/Report.h"
#include "export/ReportExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace hs {

// Export review: the format (PDF, Markdown, web page), the version (public: without internal
// notes; names replaced by roles), the transcript appendix and the paper size. The choices are
// remembered. It ends with what the user asked for: write a file, preview the print, or print.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome { Cancelled = 0, ExportFile, Preview, Print };

    ExportDialog(const ReviewDocument& doc, int transcriptMessages, QWidget* parent = nullptr);

    ReportOptions options() const;
    ReportFormat format() const;
    bool openWhenDone() const;
    Outcome outcome() const { return m_outcome; }

    // The paper size a reader in this locale expects: Letter in the US and Canada, else A4.
    static QPageSize::PageSizeId localPaper();

private:
    void finish(Outcome outcome);
    void updateState();

    QComboBox* m_format;
    QCheckBox* m_public;
    QLabel* m_publicNote;
    QCheckBox* m_roles;
    QCheckBox* m_transcript;
    QComboBox* m_paper;
    QCheckBox* m_open;
    int m_internalNotes = 0;
    Outcome m_outcome = Cancelled;
};

} // namespace hs
