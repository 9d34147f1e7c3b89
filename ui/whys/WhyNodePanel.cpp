#include "whys/WhyNodePanel.h"

#include "commands/Editor.h"
#include "common/AutoCommit.h"
#include "common/WordingHint.h"
#include "domain/Enums.h"
#include "timeline/KindStyle.h"
#include "util/TimeFormat.h"
#include "whys/CategoriesDialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hs {

namespace {

// The category chooser's last item opens the list editor; no category can be named this.
const char* const kEditList = "\x01" "edit-list";

QString eventLine(const TimelineEvent& e, const QString& zone)
{
    return QStringLiteral("%1  %2 — %3").arg(formatUserDateTime(e.atMs, zone), Vocabulary::label(Vocab::EventKind, e.kind), e.text);
}

} // namespace

WhyNodePanel::WhyNodePanel(Editor* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_title(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_notesCommit(new AutoCommit(m_notes))
    , m_notesHint(new WordingHintLabel(this))
    , m_mark(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_evidence(new QListWidget(this))
    , m_evidenceGone(new QLabel(this))
    , m_addEvidence(new QPushButton(tr("Link &events…"), this))
    , m_removeEvidence(new QPushButton(tr("Unlink"), this))
    , m_action(new QPushButton(tr("Create &action from this cause"), this))
{
    setObjectName(QStringLiteral("whyNodePanel"));
    m_title->setObjectName(QStringLiteral("whyNodeTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_notes->setObjectName(QStringLiteral("whyNotes"));
    m_notes->setPlaceholderText(tr("Notes: what the room said, what to check"));
    m_notes->setTabChangesFocus(true);
    m_mark->setObjectName(QStringLiteral("whyMark"));
    for (const QString& code : Vocabulary::codes(Vocab::WhyMark))
        m_mark->addItem(Vocabulary::label(Vocab::WhyMark, code), code);
    m_category->setObjectName(QStringLiteral("whyCategory"));
    m_evidence->setObjectName(QStringLiteral("whyEvidence"));
    m_evidence->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_evidence->setToolTip(tr("Double-click to see the event in the timeline"));
    m_evidenceGone->setObjectName(QStringLiteral("whyEvidenceGone"));
    m_evidenceGone->setWordWrap(true);
    m_addEvidence->setObjectName(QStringLiteral("whyLinkEvents"));
    m_removeEvidence->setObjectName(QStringLiteral("whyUnlinkEvents"));
    m_action->setObjectName(QStringLiteral("whyCreateAction"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Mark"), m_mark);
    form->addRow(tr("Cate&gory"), m_category);
    auto* evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_addEvidence);
    evidenceButtons->addWidget(m_removeEvidence);
    evidenceButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_notesHint);
    auto* evidenceLabel = new QLabel(tr("Evidence from the timeline"), this);
    evidenceLabel->setBuddy(m_evidence);
    layout->addWidget(evidenceLabel);
    layout->addWidget(m_evidence, 1);
    layout->addWidget(m_evidenceGone);
    layout->addLayout(evidenceButtons);
    layout->addWidget(m_action);

    connect(m_notesCommit, &AutoCommit::commit, this, [this](const QString& old, const QString& now) {
        const WhyNode* w = current();
        if (w && !m_editor->editField(Entity::WhyNode, w->id, QStringLiteral("notes"), old, now, w->rev, tr("Edit notes")))
            m_notesCommit->commitFailed(old, m_editor->lastEditConflicted());
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { m_notesHint->check(m_notes->toPlainText()); });
    connect(m_mark, &QComboBox::activated, this, [this] {
        const WhyNode* w = current();
        if (w)
            m_editor->editField(Entity::WhyNode, w->id, QStringLiteral("mark"), w->mark, m_mark->currentData().toString(),
                                w->rev, tr("Mark as %1").arg(m_mark->currentText()));
    });
    connect(m_category, &QComboBox::activated, this, [this] {
        const WhyNode* w = current();
        if (m_category->currentData().toString() == QLatin1String(kEditList)) {
            CategoriesDialog dialog(m_editor, this);
            dialog.exec();
            m_categories = m_editor->library()->categories();
            refresh();
            return;
        }
        if (w)
            m_editor->editField(Entity::WhyNode, w->id, QStringLiteral("category"), w->category,
                                m_category->currentData().toString(), w->rev, tr("Set category"));
    });
    connect(m_evidence, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT eventActivated(item->data(Qt::UserRole).toString()); });
    connect(m_evidence, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeEvidence->setEnabled(!m_readOnly && !m_evidence->selectedItems().isEmpty()); });
    connect(m_addEvidence, &QPushButton::clicked, this, &WhyNodePanel::chooseEvidence);
    connect(m_removeEvidence, &QPushButton::clicked, this, &WhyNodePanel::unlinkSelected);
    connect(m_action, &QPushButton::clicked, this, &WhyNodePanel::createAction);
    refresh();
}

void WhyNodePanel::setDocument(const ReviewDocument& doc, const QStringList& categories, bool readOnly)
{
    m_doc = doc;
    m_categories = categories;
    QStringList people;
    for (const Participant& p : doc.participants)
        people.append(p.name);
    m_notesHint->setPeople(people);
    m_readOnly = readOnly;
    refresh();
}

void WhyNodePanel::showNode(const QString& id)
{
    if (id != m_id)
        m_notesCommit->flush(); // what was typed for the last cause goes to it
    m_id = id;
    refresh();
}

const WhyNode* WhyNodePanel::current() const
{
    for (const WhyNode& w : m_doc.whys) {
        if (w.id == m_id)
            return &w;
    }
    return nullptr;
}

void WhyNodePanel::refresh()
{
    const WhyNode* w = current();
    setEnabled(w != nullptr);
    m_title->setText(w ? (w->text.isEmpty() ? tr("(a cause not yet written)") : w->text)
                       : tr("Choose a cause to see its notes and evidence."));
    m_notes->setReadOnly(m_readOnly);
    m_notesCommit->showValue(w ? w->notes : QString());
    m_mark->setCurrentIndex(std::max(0, m_mark->findData(w ? w->mark : QStringLiteral("cause"))));
    m_mark->setEnabled(!m_readOnly);
    m_category->clear();
    m_category->addItem(tr("(no category)"), QString());
    QStringList cats = m_categories;
    if (w && !w->category.isEmpty() && !cats.contains(w->category))
        cats.append(w->category); // one from another copy of the list keeps showing
    for (const QString& c : std::as_const(cats))
        m_category->addItem(c, c);
    m_category->insertSeparator(m_category->count());
    m_category->addItem(tr("Edit the list…"), QString::fromLatin1(kEditList));
    m_category->setCurrentIndex(std::max(0, m_category->findData(w ? w->category : QString())));
    m_category->setEnabled(!m_readOnly);

    m_evidence->clear();
    if (w) {
        for (const QString& eventId : w->evidenceEventIds) {
            for (const TimelineEvent& e : std::as_const(m_doc.events)) {
                if (e.id == eventId) {
                    auto* item = new QListWidgetItem(KindStyle::icon(e.kind), eventLine(e, m_doc.review.timeZone), m_evidence);
                    item->setData(Qt::UserRole, e.id);
                }
            }
        }
    }
    const int gone = w ? w->deletedEvidence : 0;
    m_evidenceGone->setVisible(gone > 0);
    m_evidenceGone->setText(tr("%n linked event(s) were deleted from the timeline; undo the deletion to bring the link back.",
                               nullptr, gone));
    m_addEvidence->setEnabled(!m_readOnly);
    m_removeEvidence->setEnabled(false);
    m_action->setEnabled(!m_readOnly && w && !w->text.isEmpty());
}

void WhyNodePanel::chooseEvidence()
{
    const WhyNode* w = current();
    if (!w || m_readOnly)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("evidencePicker"));
    dialog.setWindowTitle(tr("Link timeline events to “%1”").arg(w->text.left(60)));
    dialog.resize(760, 520);
    auto* search = new QLineEdit(&dialog);
    search->setPlaceholderText(tr("Search events"));
    search->setClearButtonEnabled(true);
    auto* list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("evidencePickerList"));
    for (const TimelineEvent& e : std::as_const(m_doc.events)) {
        if (w->evidenceEventIds.contains(e.id))
            continue;
        auto* item = new QListWidgetItem(KindStyle::icon(e.kind), eventLine(e, m_doc.review.timeZone), list);
        item->setData(Qt::UserRole, e.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(search);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    connect(search, &QLineEdit::textChanged, &dialog, [list](const QString& text) {
        const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 0; i < list->count(); ++i) {
            const QString line = list->item(i)->text().toLower();
            bool shown = true;
            for (const QString& word : words)
                shown = shown && line.contains(word);
            list->item(i)->setHidden(!shown);
        }
    });
    connect(list, &QListWidget::itemActivated, &dialog, [](QListWidgetItem* item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList chosen;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            chosen.append(list->item(i)->data(Qt::UserRole).toString());
    }
    linkEvents(chosen);
}

void WhyNodePanel::linkEvents(const QStringList& eventIds)
{
    const WhyNode* w = current();
    if (!w || m_readOnly)
        return;
    QList<RowInsert> rows;
    for (const QString& id : eventIds) {
        if (!w->evidenceEventIds.contains(id))
            rows.append(RowInsert{Entity::WhyEvidence, {{QStringLiteral("why_id"), w->id}, {QStringLiteral("event_id"), id}}});
    }
    if (!rows.isEmpty())
        m_editor->insertRows(rows, tr("Link %n event(s) as evidence", nullptr, int(rows.size())));
}

void WhyNodePanel::unlinkSelected()
{
    const WhyNode* w = current();
    if (!w || m_readOnly)
        return;
    QStringList eventIds;
    for (QListWidgetItem* item : m_evidence->selectedItems())
        eventIds.append(item->data(Qt::UserRole).toString());
    const QList<RowRef> links = m_editor->library()->whyEvidenceLinks(w->id, eventIds);
    if (!links.isEmpty())
        m_editor->removeRows(links, tr("Unlink %n event(s)", nullptr, int(links.size())));
}

QString WhyNodePanel::createAction()
{
    const WhyNode* w = current();
    if (!w || m_readOnly || w->text.isEmpty())
        return QString();
    const QString id = m_editor->addRow(Entity::Action,
                                        {{QStringLiteral("review_id"), m_doc.review.id},
                                         {QStringLiteral("why_id"), w->id},
                                         {QStringLiteral("title"), tr("Address: %1").arg(w->text.left(120))},
                                         {QStringLiteral("type"), QStringLiteral("prevent")}},
                                        tr("Create action from “%1”").arg(w->text.left(40)));
    if (!id.isEmpty())
        Q_EMIT message(tr("Action item created and linked to this cause; it is on the Actions tab."));
    return id;
}

} // namespace hs
