// MainWindow: the open review as a report: export to a file (on a worker thread), print
// preview and printing.

#include "window/MainWindow.h"

#include "common/Dialogs.h"
#include "export/ExportDialog.h"
#include "export/PdfReport.h"
#include "export/ReportSink.h"
#include "export/ReportExport.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"

#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <memory>

namespace hs {

namespace {

// "INC-2026-0417 Card payments failed after mesh certificate rotation.pdf": what the file is,
// without characters file systems or mail programs trip over.
QString suggestedName(const Review& review, ReportFormat format)
{
    QString name = review.incidentRef.isEmpty() ? review.title : review.incidentRef + QLatin1Char(' ') + review.title;
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    name = name.replace(unsafe, QStringLiteral("-")).simplified().left(100).trimmed();
    if (name.isEmpty())
        name = QCoreApplication::translate("hs::MainWindow", "Review");
    return name + QLatin1Char('.') + reportFormatSuffix(format);
}

QString filterFor(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf: return QCoreApplication::translate("hs::MainWindow", "PDF document (*.pdf)");
    case ReportFormat::Markdown: return QCoreApplication::translate("hs::MainWindow", "Markdown (*.md)");
    case ReportFormat::Html: return QCoreApplication::translate("hs::MainWindow", "Web page (*.html)");
    }
    return QString();
}

} // namespace

bool MainWindow::prepareReportInteractive(ExportChoice* choice)
{
    if (!m_library || m_workspace->reviewId().isEmpty())
        return false;
    if (m_exportThread) {
        showMessage(tr("An export is still being written; try again when it is done."));
        return false;
    }
    if (QWidget* focus = QApplication::focusWidget())
        focus->clearFocus(); // a field being typed in belongs in the report
    const QString id = m_workspace->reviewId();
    ExportDialog dialog(m_workspace->document(), m_library->transcriptCount(id), this);
    if (choice->outcome == int(ExportDialog::Cancelled)) {
        if (dialog.exec() != QDialog::Accepted)
            return false;
        choice->outcome = dialog.outcome();
    }
    choice->format = dialog.format();
    choice->openWhenDone = dialog.openWhenDone();
    ReportOptions options = dialog.options();
    options.author = m_library->actor();
    const QList<TranscriptMessage> transcript = options.includeTranscript ? m_library->transcript(id) : QList<TranscriptMessage>();
    choice->report = prepareReport(m_workspace->document(), transcript, options, QDateTime::currentMSecsSinceEpoch());
    return true;
}

void MainWindow::exportInteractive()
{
    ExportChoice choice;
    if (!prepareReportInteractive(&choice))
        return;
    if (choice.outcome == int(ExportDialog::Preview))
        printPreview(choice.report);
    else if (choice.outcome == int(ExportDialog::Print))
        printReport(choice.report);
    else if (choice.outcome == int(ExportDialog::ExportFile))
        exportToFile(choice.report, choice.format, choice.openWhenDone);
}

void MainWindow::printInteractive()
{
    ExportChoice choice;
    choice.outcome = int(ExportDialog::Print); // the remembered options, no questions
    if (prepareReportInteractive(&choice))
        printReport(choice.report);
}

void MainWindow::exportToFile(const Report& report, ReportFormat format, bool openWhenDone)
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("export/dir"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QString path = Dialogs::saveFile(this, tr("Export review"), QDir(dir).filePath(suggestedName(report.doc.review, format)),
                                           filterFor(format), reportFormatSuffix(format));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/dir"), QFileInfo(path).absolutePath());

    // On a worker: a review with thousands of events takes seconds to typeset, and the window
    // stays usable meanwhile. The report is a copy, so later edits do not race with it.
    struct Outcome {
        bool ok = false;
        QString error;
        int pages = 0;
        qint64 ms = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    QThread* thread = QThread::create([report, format, path, outcome] {
        QElapsedTimer timer;
        timer.start();
        outcome->ok = exportReport(report, format, path, &outcome->error, &outcome->pages);
        outcome->ms = timer.elapsed();
    });
    m_exportThread = thread;
    showMessage(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    connect(thread, &QThread::finished, this, [this, thread, outcome, path, openWhenDone] {
        thread->deleteLater();
        m_exportThread = nullptr;
        if (!outcome->ok) {
            Dialogs::warning(this, tr("Export failed"), outcome->error);
            return;
        }
        const QString name = QDir::toNativeSeparators(path);
        showMessage(outcome->pages > 0 ? tr("Exported %1 (%n page(s)).", nullptr, outcome->pages).arg(name)
                                       : tr("Exported %1.").arg(name));
        if (openWhenDone && !Dialogs::testMode())
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        Q_EMIT reportExported(path);
    });
    thread->start();
}

namespace {

void setUpPrinter(QPrinter& printer, const Report& report)
{
    printer.setPageSize(QPageSize(report.options.pageSize));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true); // the report draws its own margins, header and footer
    printer.setDocName(reportDocumentTitle(report));
    printer.setCreator(QStringLiteral("Hindsight"));
}

} // namespace

void MainWindow::printPreview(const Report& report)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, report);
    QString error;
    int pages = 0;
    auto paint = [&](QPrinter* p) {
        error.clear();
        pages = paintReport(report, p, &error);
    };
    if (Dialogs::testMode()) {
        // No modal preview under test: paint into a PDF once, as the preview would.
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(QDir(QDir::tempPath()).filePath(QStringLiteral("hindsight-preview-test.pdf")));
        paint(&printer);
    } else {
        QPrintPreviewDialog preview(&printer, this);
        preview.setWindowTitle(tr("Print preview: %1").arg(report.doc.review.title));
        preview.resize(1000, 900);
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, paint);
        preview.exec();
    }
    if (!error.isEmpty())
        Dialogs::warning(this, tr("Print preview failed"), error);
    else
        showMessage(tr("Previewed %n page(s).", nullptr, pages));
}

void MainWindow::printReport(const Report& report)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, report);
    if (Dialogs::testMode()) {
        const QString target = Dialogs::saveFile(this, QString(), QString(), QString(), QStringLiteral("pdf"));
        if (target.isEmpty())
            return;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(target);
    } else {
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print review"));
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    QString error;
    const int pages = paintReport(report, &printer, &error);
    if (pages == 0) {
        Dialogs::warning(this, tr("Printing failed"), error);
        return;
    }
    showMessage(tr("Sent %n page(s) to %1.", nullptr, pages).arg(printer.outputFileName().isEmpty() ? printer.printerName()
                                                                                                   : printer.outputFileName()));
}

} // namespace hs
