#include "timeline/ImportDialog.h"

#include "common/Dialogs.h"
#include "domain/Enums.h"
#include "import/SlackImport.h"
#include "util/TimeFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

namespace hs {

namespace {

constexpr int kPreviewRows = 500;

QComboBox* columnBox(QWidget* parent, const QString& name)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    return box;
}

} // namespace

ImportDialog::ImportDialog(const Library* library, const ReviewDocument& doc, QWidget* parent)
    : QDialog(parent)
    , m_library(library)
    , m_doc(doc)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_channel(new QComboBox(this))
    , m_channelLabel(new QLabel(tr("&Channel"), this))
    , m_zone(new QComboBox(this))
    , m_day(new QDateEdit(this))
    , m_dayLabel(new QLabel(tr("&Day of the chat"), this))
    , m_paste(new QPlainTextEdit(this))
    , m_csvBox(new QWidget(this))
    , m_csvTime(columnBox(m_csvBox, QStringLiteral("csvTime")))
    , m_csvAuthor(columnBox(m_csvBox, QStringLiteral("csvAuthor")))
    , m_csvText(columnBox(m_csvBox, QStringLiteral("csvText")))
    , m_csvKind(columnBox(m_csvBox, QStringLiteral("csvKind")))
    , m_csvEvents(new QCheckBox(tr("Rows are timeline &events, not chat messages"), m_csvBox))
    , m_roles(new QCheckBox(tr("Show people as their &roles instead of their names"), this))
    , m_summary(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_problems(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_cancelRead(new QPushButton(tr("Stop reading"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import into “%1”").arg(doc.review.title));
    resize(980, 700);

    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(tr("Slack export (folder)"), static_cast<int>(ImportFormat::Slack));
    m_format->addItem(tr("PagerDuty incident log (JSON)"), static_cast<int>(ImportFormat::PagerDuty));
    m_format->addItem(tr("CSV file"), static_cast<int>(ImportFormat::Csv));
    m_format->addItem(tr("Chat lines ([14:32] name: text)"), static_cast<int>(ImportFormat::Chat));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("A file, or for Slack the export's folder"));
    m_channel->setObjectName(QStringLiteral("importChannel"));
    m_channelLabel->setBuddy(m_channel);
    m_zone->setObjectName(QStringLiteral("importTimeZone"));
    m_zone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(doc.review.timeZone);
    m_zone->setToolTip(tr("Times in the file without an offset are read in this zone"));
    m_day->setObjectName(QStringLiteral("importDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const std::optional<qint64> started = doc.review.keyTime(KeyTime::Started);
    m_day->setDate(started ? toZone(*started, doc.review.timeZone).date() : QDate::currentDate());
    m_dayLabel->setBuddy(m_day);
    m_paste->setObjectName(QStringLiteral("importPaste"));
    m_paste->setPlaceholderText(tr("…or paste chat lines here, e.g.\n[14:32] Priya Raman: checkout errors are up\n[14:33] Tomás: rolling back"));
    m_roles->setObjectName(QStringLiteral("importRoles"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setMaximumHeight(110);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancelRead->setObjectName(QStringLiteral("importStop"));

    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setColumnCount(5);
    m_preview->setHorizontalHeaderLabels({tr("Time"), tr("Who"), tr("Goes to"), tr("Text"), tr("Status")});
    m_preview->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);

    auto* csvLayout = new QFormLayout(m_csvBox);
    csvLayout->setContentsMargins(0, 0, 0, 0);
    csvLayout->addRow(tr("&Time column"), m_csvTime);
    csvLayout->addRow(tr("&Author column"), m_csvAuthor);
    csvLayout->addRow(tr("Te&xt column"), m_csvText);
    csvLayout->addRow(tr("&Kind column"), m_csvKind);
    csvLayout->addRow(QString(), m_csvEvents);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Format"), m_format);
    auto* sourceLabel = new QLabel(tr("&Source"), this);
    sourceLabel->setBuddy(m_path); // a row holding a layout gets no buddy by itself
    form->addRow(sourceLabel, pathRow);
    form->addRow(m_channelLabel, m_channel);
    form->addRow(tr("&Time zone"), m_zone);
    form->addRow(m_dayLabel, m_day);
    form->addRow(QString(), m_roles);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelRead);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_paste);
    layout->addWidget(m_csvBox);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importOk"));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::onFormatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportDialog::onPathChanged);
    connect(m_channel, &QComboBox::activated, this, &ImportDialog::startReading);
    connect(m_zone, &QComboBox::currentTextChanged, this, [this] {
        if (zoneOrUtc(m_zone->currentText()).isValid() && QTimeZone::isTimeZoneIdAvailable(m_zone->currentText().toUtf8()))
            startReading();
    });
    connect(m_day, &QDateEdit::dateChanged, this, &ImportDialog::startReading);
    connect(m_paste, &QPlainTextEdit::textChanged, this, [this] {
        if (m_path->text().isEmpty())
            startReading();
    });
    for (QComboBox* box : {m_csvTime, m_csvAuthor, m_csvText, m_csvKind})
        connect(box, &QComboBox::activated, this, &ImportDialog::startReading);
    connect(m_csvEvents, &QCheckBox::toggled, this, &ImportDialog::startReading);
    connect(m_roles, &QCheckBox::toggled, this, &ImportDialog::startReading);
    connect(m_cancelRead, &QPushButton::clicked, this, &ImportDialog::cancelReading);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_format->setCurrentIndex(0);
    onFormatChanged();
}

ImportDialog::~ImportDialog()
{
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
    }
}

void ImportDialog::setSource(ImportFormat format, const QString& path)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
    m_path->setText(path);
    onPathChanged();
}

void ImportDialog::setPastedText(const QString& text)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(ImportFormat::Chat)));
    m_path->clear();
    m_paste->setPlainText(text);
}

void ImportDialog::setRolesInsteadOfNames(bool roles)
{
    m_roles->setChecked(roles);
}

void ImportDialog::browse()
{
    const auto format = static_cast<ImportFormat>(m_format->currentData().toInt());
    QString path;
    if (format == ImportFormat::Slack) {
        path = Dialogs::existingDirectory(this, tr("Choose the Slack export folder or a channel folder in it"), m_path->text());
    } else {
        const QString filter = format == ImportFormat::Csv         ? tr("CSV files (*.csv *.tsv *.txt);;All files (*)")
                               : format == ImportFormat::PagerDuty ? tr("JSON files (*.json);;All files (*)")
                                                                   : tr("Text files (*.txt *.log);;All files (*)");
        path = Dialogs::openFile(this, tr("Choose the file to import"), m_path->text(), filter);
    }
    if (path.isEmpty())
        return;
    m_path->setText(path);
    onPathChanged();
}

void ImportDialog::onFormatChanged()
{
    const auto format = static_cast<ImportFormat>(m_format->currentData().toInt());
    const bool chat = format == ImportFormat::Chat;
    m_paste->setVisible(chat);
    m_day->setVisible(chat);
    m_dayLabel->setVisible(chat);
    m_csvBox->setVisible(format == ImportFormat::Csv);
    m_zone->setEnabled(format == ImportFormat::Csv || chat);
    m_channel->setVisible(format == ImportFormat::Slack && m_channel->count() > 0);
    m_channelLabel->setVisible(m_channel->isVisible());
    onPathChanged();
}

void ImportDialog::onPathChanged()
{
    const auto format = static_cast<ImportFormat>(m_format->currentData().toInt());
    m_channel->clear();
    if (format == ImportFormat::Slack && !m_path->text().isEmpty()) {
        const QStringList channels = slackChannels(m_path->text());
        m_channel->addItems(channels);
        // Prefer the channel named like an incident channel.
        for (int i = 0; i < channels.size(); ++i) {
            if (channels.at(i).startsWith(QLatin1String("inc")))
                m_channel->setCurrentIndex(i);
        }
    }
    m_channel->setVisible(m_channel->count() > 0);
    m_channelLabel->setVisible(m_channel->count() > 0);
    if (format == ImportFormat::Csv)
        fillCsvColumns();
    startReading();
}

void ImportDialog::fillCsvColumns()
{
    QString error;
    const CsvTable table = m_path->text().isEmpty() ? CsvTable() : readCsv(m_path->text(), &error);
    const CsvMapping guess = guessCsvMapping(table);
    auto fill = [&](QComboBox* box, int chosen, bool optional) {
        box->clear();
        if (optional)
            box->addItem(tr("(none)"), -1);
        for (int i = 0; i < table.header.size(); ++i)
            box->addItem(table.header.at(i), i);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    fill(m_csvTime, guess.timeColumn, false);
    fill(m_csvAuthor, guess.authorColumn, true);
    fill(m_csvText, guess.textColumn, false);
    fill(m_csvKind, guess.kindColumn, true);
    const QSignalBlocker block(m_csvEvents);
    m_csvEvents->setChecked(guess.asEvents);
}

ImportRequest ImportDialog::request() const
{
    ImportRequest r;
    r.format = static_cast<ImportFormat>(m_format->currentData().toInt());
    r.path = m_path->text().trimmed();
    r.pastedText = m_paste->toPlainText();
    r.channel = m_channel->count() > 0 ? m_channel->currentText() : QString();
    r.timeZone = m_zone->currentText();
    r.day = m_day->date();
    if (r.format == ImportFormat::Csv && m_csvTime->count() > 0) {
        CsvMapping mapping;
        mapping.timeColumn = m_csvTime->currentData().toInt();
        mapping.authorColumn = m_csvAuthor->currentData().toInt();
        mapping.textColumn = m_csvText->currentData().toInt();
        mapping.kindColumn = m_csvKind->currentData().toInt();
        mapping.asEvents = m_csvEvents->isChecked();
        mapping.timeZone = r.timeZone;
        r.csvMapping = mapping;
    }
    r.rolesInsteadOfNames = m_roles->isChecked();
    for (const Participant& p : m_doc.participants) {
        if (!p.role.isEmpty())
            r.knownRoles.insert(p.name, p.role);
    }
    return r;
}

void ImportDialog::startReading()
{
    if (m_reading) {
        // Read again with the new choices once the current reading stops.
        m_restartAfter = true;
        m_cancel->store(true);
        return;
    }
    const ImportRequest req = request();
    m_result = ImportResult();
    if (req.path.isEmpty() && (req.format != ImportFormat::Chat || req.pastedText.trimmed().isEmpty())) {
        m_summary->setText(tr("Choose what to import."));
        m_preview->setRowCount(0);
        m_problems->clear();
        m_problems->hide();
        m_progress->hide();
        m_cancelRead->hide();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        Q_EMIT previewReady();
        return;
    }
    m_reading = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelRead->show();
    m_summary->setText(tr("Reading…"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    const QPointer<ImportDialog> self(this);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_worker = QThread::create([self, cancel, req] {
        qint64 lastShown = -1;
        const ImportProgress progress = [self, cancel, &lastShown](qint64 done, qint64 total) {
            // A few updates a second are plenty.
            if (total > 0 && done * 100 / total != lastShown) {
                lastShown = done * 100 / total;
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total] {
                        if (self) {
                            self->m_progress->setRange(0, 100);
                            self->m_progress->setValue(static_cast<int>(done * 100 / total));
                        }
                    },
                    Qt::QueuedConnection);
            }
            return !cancel->load();
        };
        ImportResult result = runImport(req, progress);
        const bool cancelled = cancel->load() || result.cancelled;
        QMetaObject::invokeMethod(
            self.data(),
            [self, result = std::move(result), cancelled]() mutable {
                if (self)
                    self->finishReading(std::move(result), cancelled);
            },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start();
}

void ImportDialog::cancelReading()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportDialog::finishReading(ImportResult result, bool cancelled)
{
    m_worker = nullptr; // it deletes itself
    m_reading = false;
    m_progress->hide();
    m_cancelRead->hide();
    if (m_restartAfter) {
        m_restartAfter = false;
        startReading();
        return;
    }
    m_result = std::move(result);
    if (cancelled) {
        m_result = ImportResult();
        m_summary->setText(tr("Reading stopped; nothing will be imported."));
        m_preview->setRowCount(0);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        Q_EMIT previewReady();
        return;
    }
    showPreview();
    Q_EMIT previewReady();
}

void ImportDialog::showPreview()
{
    m_problems->clear();
    m_problems->setVisible(!m_result.problems.isEmpty());
    if (!m_result.problems.isEmpty()) {
        for (const ImportProblem& p : std::as_const(m_result.problems))
            m_problems->addItem(p.toString());
        m_summary->setText(tr("<b>This cannot be imported as it is.</b> Nothing will be added until the problems below "
                              "are fixed (a file and line are named for each)."));
        m_preview->setRowCount(0);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    const ImportPlan plan = m_library->planImport(m_doc.review.id, m_result);
    const QString zone = m_doc.review.timeZone;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const ImportedMessage& m : std::as_const(m_result.messages)) {
        first = std::min(first, m.atMs);
        last = std::max(last, m.atMs);
    }
    for (const ImportedEvent& e : std::as_const(m_result.events)) {
        first = std::min(first, e.atMs);
        last = std::max(last, e.atMs);
    }
    const bool anything = plan.newMessages + plan.newEvents > 0;
    QString text = tr("<b>%1</b>: %2 for the transcript and %3 for the timeline, new to this review.")
                       .arg(m_result.sourceName.toHtmlEscaped(), tr("%n message(s)", nullptr, plan.newMessages),
                            tr("%n event(s)", nullptr, plan.newEvents));
    if (plan.duplicateMessages + plan.duplicateEvents > 0)
        text += QLatin1Char(' ')
            + tr("%n item(s) are already in the review and will be left out.", nullptr,
                 plan.duplicateMessages + plan.duplicateEvents);
    if (first <= last)
        text += QStringLiteral("<br>")
            + tr("From %1 to %2, shown in the review's time zone (%3).")
                  .arg(formatUserDateTime(first, zone), formatUserDateTime(last, zone), zone.toHtmlEscaped());
    if (!anything)
        text += QStringLiteral("<br>") + tr("Nothing new to import.");
    m_summary->setText(text);

    // The preview: events and messages together in time order, the first few hundred.
    struct Row {
        qint64 at;
        QString who;
        QString target;
        QString text;
        bool duplicate;
    };
    QList<Row> rows;
    for (const ImportedEvent& e : std::as_const(m_result.events))
        rows.append({e.atMs, e.actor, tr("Timeline: %1").arg(Vocabulary::label(Vocab::EventKind, e.kind)), e.text,
                     plan.duplicateIds.contains(e.externalId)});
    for (const ImportedMessage& m : std::as_const(m_result.messages))
        rows.append({m.atMs, m.author, tr("Transcript"), m.text, plan.duplicateIds.contains(m.externalId)});
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.at < b.at; });
    const int shown = static_cast<int>(std::min<qsizetype>(rows.size(), kPreviewRows));
    m_preview->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const Row& r = rows.at(i);
        QString body = r.text;
        body.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        const QStringList cells = {formatUserDateTime(r.at, zone), r.who, r.target, body,
                                   r.duplicate ? tr("already there") : tr("new")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (r.duplicate)
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_preview->setItem(i, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_preview->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(anything);
}

} // namespace hs
