#include "export/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace hs {

namespace {

const QString kFormat = QStringLiteral("export/format");
const QString kPublic = QStringLiteral("export/public");
const QString kRoles = QStringLiteral("export/roles");
const QString kTranscript = QStringLiteral("export/transcript");
const QString kPaper = QStringLiteral("export/paper");
const QString kOpen = QStringLiteral("export/openWhenDone");

} // namespace

QPageSize::PageSizeId ExportDialog::localPaper()
{
    const QLocale::Territory t = QLocale().territory();
    return t == QLocale::UnitedStates || t == QLocale::Canada ? QPageSize::Letter : QPageSize::A4;
}

ExportDialog::ExportDialog(const ReviewDocument& doc, int transcriptMessages, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export review"));
    setObjectName(QStringLiteral("exportDialog"));
    for (const Note& n : doc.notes)
        m_internalNotes += n.internal ? 1 : 0;

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<b>%1</b>").arg(doc.review.title.toHtmlEscaped()), this);
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto* form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PDF document"), int(ReportFormat::Pdf));
    m_format->addItem(tr("Markdown (for wikis and repositories)"), int(ReportFormat::Markdown));
    m_format->addItem(tr("Web page (one self-contained HTML file)"), int(ReportFormat::Html));
    form->addRow(tr("&Format:"), m_format);

    m_public = new QCheckBox(tr("&Public version: leave out internal notes"), this);
    m_public->setObjectName(QStringLiteral("exportPublic"));
    m_publicNote = new QLabel(this);
    m_publicNote->setObjectName(QStringLiteral("exportPublicNote"));
    QPalette muted = m_publicNote->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_publicNote->setPalette(muted);
    m_roles = new QCheckBox(tr("Replace people's &names with their roles"), this);
    m_roles->setObjectName(QStringLiteral("exportRoles"));
    m_roles->setToolTip(tr("Participants' names become their roles everywhere in the report; a participant "
                           "without a role becomes “Participant 1”, “Participant 2”…"));
    m_transcript = new QCheckBox(tr("Add the &transcript as an appendix (%n message(s))", nullptr, transcriptMessages), this);
    m_transcript->setObjectName(QStringLiteral("exportTranscript"));
    m_transcript->setEnabled(transcriptMessages > 0);
    auto* version = new QVBoxLayout;
    version->addWidget(m_public);
    version->addWidget(m_publicNote);
    version->addWidget(m_roles);
    version->addWidget(m_transcript);
    form->addRow(tr("Content:"), version);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("exportPaper"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    form->addRow(tr("&Paper:"), m_paper);
    m_open = new QCheckBox(tr("&Open the file when it is written"), this);
    m_open->setObjectName(QStringLiteral("exportOpen"));
    form->addRow(QString(), m_open);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    QPushButton* preview = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("exportPreview"));
    QPushButton* print = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("exportPrint"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(exportButton, &QPushButton::clicked, this, [this] { finish(ExportFile); });
    connect(preview, &QPushButton::clicked, this, [this] { finish(Preview); });
    connect(print, &QPushButton::clicked, this, [this] { finish(Print); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QSettings settings;
    m_format->setCurrentIndex(std::max(0, m_format->findData(settings.value(kFormat, int(ReportFormat::Pdf)).toInt())));
    m_public->setChecked(settings.value(kPublic, false).toBool());
    m_roles->setChecked(settings.value(kRoles, false).toBool());
    m_transcript->setChecked(transcriptMessages > 0 && settings.value(kTranscript, false).toBool());
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(settings.value(kPaper, int(localPaper())).toInt())));
    m_open->setChecked(settings.value(kOpen, true).toBool());
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_public, &QCheckBox::toggled, this, &ExportDialog::updateState);
    updateState();
}

void ExportDialog::updateState()
{
    m_paper->setEnabled(format() == ReportFormat::Pdf);
    if (m_internalNotes == 0)
        m_publicNote->setText(tr("This review has no internal notes."));
    else if (m_public->isChecked())
        m_publicNote->setText(tr("%n internal note(s) will be left out.", nullptr, m_internalNotes));
    else
        m_publicNote->setText(tr("%n internal note(s) will be included.", nullptr, m_internalNotes));
}

void ExportDialog::finish(Outcome outcome)
{
    m_outcome = outcome;
    QSettings settings;
    settings.setValue(kFormat, int(format()));
    settings.setValue(kPublic, m_public->isChecked());
    settings.setValue(kRoles, m_roles->isChecked());
    if (m_transcript->isEnabled())
        settings.setValue(kTranscript, m_transcript->isChecked());
    settings.setValue(kPaper, m_paper->currentData().toInt());
    settings.setValue(kOpen, m_open->isChecked());
    accept();
}

ReportOptions ExportDialog::options() const
{
    ReportOptions o;
    o.publicVersion = m_public->isChecked();
    o.rolesForNames = m_roles->isChecked();
    o.includeTranscript = m_transcript->isEnabled() && m_transcript->isChecked();
    o.pageSize = static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
    return o;
}

ReportFormat ExportDialog::format() const
{
    return static_cast<ReportFormat>(m_format->currentData().toInt());
}

bool ExportDialog::openWhenDone() const
{
    return m_open->isChecked();
}

} // namespace hs
