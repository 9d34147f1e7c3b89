#include "sharing/MergeDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHash>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hs {

namespace {

QString shown(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return MergeDialog::tr("(empty)");
    return value.toString();
}

// "Timeline event · text" rather than the file's "events · text".
QString describe(const MergeConflict& c)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("reviews"), QT_TRANSLATE_NOOP("hs::MergeDialog", "Review")},
        {QStringLiteral("sections"), QT_TRANSLATE_NOOP("hs::MergeDialog", "Section")},
        {QStringLiteral("participants"), QT_TRANSLATE_NOOP("hs::MergeDialog", "Participant")},
        {QStringLiteral("events"), QT_TRANSLATE_NOOP("hs::MergeDialog", "Timeline event")},
        {QStringLiteral("why_nodes"), QT_TRANSLATE_NOOP("hs::MergeDialog", "Cause")},
        {QStringLiteral("actions"), QT_TRANSLATE_NOOP("hs::MergeDialog", "Action")},
        {QStringLiteral("lessons"), QT_TRANSLATE_NOOP("hs::MergeDialog", "Lesson")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("hs::MergeDialog", "Note")},
    };
    const auto it = names.constFind(c.table);
    const QString what = it != names.constEnd() ? QCoreApplication::translate("hs::MergeDialog", *it) : c.table;
    if (c.kind != MergeConflict::Value || c.column.isEmpty())
        return what;
    return what + QStringLiteral(" · ") + QString(c.column).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    item->setToolTip(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

MergeDialog::MergeDialog(const MergePlan& plan, QWidget* parent)
    : QDialog(parent)
    , m_conflicts(plan.conflicts())
{
    setWindowTitle(tr("Import reviews from %1").arg(QFileInfo(plan.draftPath).fileName()));
    setObjectName(QStringLiteral("mergeDialog"));
    resize(900, 560);
    auto* layout = new QVBoxLayout(this);

    QStringList lines;
    for (const MergeReviewPlan& r : plan.reviews) {
        if (r.changes() == 0)
            continue;
        const QString title = r.title.toHtmlEscaped();
        if (r.isNew)
            lines.append(tr("<b>%1</b>: new here, %n row(s) copied", nullptr, r.inserted).arg(title));
        else
            lines.append(tr("<b>%1</b>: %2 added, %3 updated, %4")
                             .arg(title)
                             .arg(r.inserted)
                             .arg(r.updated)
                             .arg(tr("%n conflict(s)", nullptr, int(r.conflicts.size()))));
    }
    auto* summary = new QLabel(lines.join(QStringLiteral("<br>")), this);
    summary->setObjectName(QStringLiteral("mergeSummary"));
    summary->setTextFormat(Qt::RichText);
    summary->setWordWrap(true);
    layout->addWidget(summary);

    if (!m_conflicts.isEmpty()) {
        auto* hint = new QLabel(tr("Changed both here and in the draft since they parted. Choose what to keep for "
                                   "each; nothing is written until you press Merge."),
                                this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
        m_table = new QTableWidget(int(m_conflicts.size()), 4, this);
        m_table->setObjectName(QStringLiteral("mergeConflicts"));
        m_table->setHorizontalHeaderLabels({tr("What"), tr("Here"), tr("In the draft"), tr("Keep")});
        m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
        m_table->setWordWrap(true);
        for (int i = 0; i < m_conflicts.size(); ++i) {
            const MergeConflict& c = m_conflicts.at(i);
            const QString what = describe(c);
            QString mine = shown(c.mine);
            QString theirs = shown(c.theirs);
            if (c.kind == MergeConflict::DeletedHere) {
                mine = tr("(deleted here)");
                theirs = tr("changed: %1").arg(c.changedColumns.join(QStringLiteral(", ")));
            } else if (c.kind == MergeConflict::DeletedInDraft) {
                mine = tr("changed: %1").arg(c.changedColumns.join(QStringLiteral(", ")));
                theirs = tr("(deleted in the draft)");
            }
            m_table->setItem(i, 0, cell(what));
            m_table->setItem(i, 1, cell(mine));
            m_table->setItem(i, 2, cell(theirs));
            auto* choice = new QComboBox(m_table);
            choice->addItem(tr("Mine"), int(MergeResolution::KeepMine));
            choice->addItem(tr("The draft's"), int(MergeResolution::TakeTheirs));
            if (c.canKeepBoth)
                choice->addItem(tr("Both"), int(MergeResolution::KeepBoth));
            m_table->setCellWidget(i, 3, choice);
        }
        m_table->resizeColumnToContents(0);
        m_table->resizeRowsToContents();
        // Long text shows its start; the whole of it is in the tooltip.
        for (int i = 0; i < m_table->rowCount(); ++i)
            m_table->setRowHeight(i, std::min(m_table->rowHeight(i), 120));
        layout->addWidget(m_table, 1);
    } else {
        layout->addStretch(1);
    }

    auto* buttons = new QDialogButtonBox(this);
    if (!m_conflicts.isEmpty()) {
        QPushButton* mine = buttons->addButton(tr("All &mine"), QDialogButtonBox::ResetRole);
        QPushButton* theirs = buttons->addButton(tr("All the &draft's"), QDialogButtonBox::ResetRole);
        connect(mine, &QPushButton::clicked, this, [this] { setAll(MergeResolution::KeepMine); });
        connect(theirs, &QPushButton::clicked, this, [this] { setAll(MergeResolution::TakeTheirs); });
    }
    QPushButton* merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void MergeDialog::setAll(MergeResolution resolution)
{
    for (int i = 0; m_table && i < m_table->rowCount(); ++i) {
        auto* choice = static_cast<QComboBox*>(m_table->cellWidget(i, 3));
        choice->setCurrentIndex(std::max(0, choice->findData(int(resolution))));
    }
}

QList<ConflictChoice> MergeDialog::choices() const
{
    QList<ConflictChoice> out;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const MergeConflict& c = m_conflicts.at(i);
        auto* choice = m_table ? static_cast<QComboBox*>(m_table->cellWidget(i, 3)) : nullptr;
        const auto resolution = choice ? static_cast<MergeResolution>(choice->currentData().toInt()) : MergeResolution::KeepMine;
        out.append({c.table, c.rowId, c.column, resolution});
    }
    return out;
}

} // namespace hs
