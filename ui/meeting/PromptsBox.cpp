#include "meeting/PromptsBox.h"

#include "commands/Editor.h"
#include "common/WordingHint.h"
#include "meeting/MeetingSession.h"
#include "meeting/Prompts.h"
#include "util/SortKey.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace hs {

PromptsBox::PromptsBox(MeetingSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_entry(new QLineEdit(this))
    , m_hint(new WordingHintLabel(this))
{
    setObjectName(QStringLiteral("promptsBox"));
    m_list->setObjectName(QStringLiteral("meetingPrompts"));
    m_list->setAccessibleName(tr("Facilitator prompts for this stage"));
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->installEventFilter(this);
    m_entry->setObjectName(QStringLiteral("newPrompt"));
    m_entry->setPlaceholderText(tr("Add a prompt for this stage, then Enter"));
    m_entry->setAccessibleName(tr("Add a prompt"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_entry);
    layout->addWidget(m_hint);
    connect(m_entry, &QLineEdit::textChanged, m_hint, &WordingHintLabel::check);
    connect(m_entry, &QLineEdit::returnPressed, this, [this] {
        if (addPrompt(m_entry->text()))
            m_entry->clear();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_filling)
            editPrompt(m_list->row(item), item->text());
    });
    connect(session, &MeetingSession::stageChanged, this, &PromptsBox::reload);
}

void PromptsBox::setEditor(Editor* editor)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_editor = editor;
    m_library = editor ? editor->library() : nullptr;
    if (editor) {
        connect(editor->library(), &Library::changed, this, [this](const Change& c) {
            if (c.entity == Entity::Prompt)
                reload();
        });
    }
    reload();
}

void PromptsBox::reload()
{
    m_own = m_editor && m_editor->library()->hasOwnPrompts();
    m_all = Prompts::effective(m_editor ? m_editor->library()->prompts() : QList<FacilitatorPrompt>(), m_own);
    m_shown = Prompts::forStage(m_all, m_session->stageCode());
    m_filling = true;
    m_list->clear();
    const bool editable = m_editor && !m_editor->library()->isReadOnly();
    for (const FacilitatorPrompt& p : std::as_const(m_shown)) {
        auto* item = new QListWidgetItem(p.text, m_list);
        if (editable)
            item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_filling = false;
    m_entry->setEnabled(editable);
}

bool PromptsBox::addPrompt(const QString& text)
{
    return !text.simplified().isEmpty() && change(-1, text.simplified());
}

bool PromptsBox::editPrompt(int row, const QString& text)
{
    if (row < 0 || row >= m_shown.size() || text.simplified().isEmpty() || text.simplified() == m_shown.at(row).text) {
        reload(); // an emptied prompt goes back to what it said; Delete removes it
        return false;
    }
    return change(row, text.simplified());
}

bool PromptsBox::removePrompt(int row)
{
    return row >= 0 && row < m_shown.size() && change(row, QString());
}

bool PromptsBox::change(int row, const QString& text)
{
    if (!m_editor || m_editor->library()->isReadOnly())
        return false;
    const QString stage = m_session->stageCode();
    if (m_own) {
        if (row < 0) {
            QString last;
            for (const FacilitatorPrompt& p : std::as_const(m_all))
                last = std::max(last, p.sortKey);
            return !m_editor
                        ->addRow(Entity::Prompt,
                                 {{QStringLiteral("stage"), stage}, {QStringLiteral("text"), text},
                                  {QStringLiteral("sort_key"), SortKey::after(last)}},
                                 tr("Add prompt"))
                        .isEmpty();
        }
        const FacilitatorPrompt& p = m_shown.at(row);
        if (text.isEmpty())
            return m_editor->removeRow(Entity::Prompt, p.id, p.rev, tr("Remove prompt"));
        return m_editor->editField(Entity::Prompt, p.id, QStringLiteral("text"), p.text, text, p.rev, tr("Edit prompt"));
    }
    // First edit: the built-in bank becomes the library's, with this change in it.
    QList<RowInsert> rows;
    QString key;
    int shownRow = -1;
    for (const FacilitatorPrompt& p : std::as_const(m_all)) {
        QString t = p.text;
        if (p.stage == stage && ++shownRow == row)
            t = text;
        if (t.isEmpty())
            continue;
        key = SortKey::after(key);
        rows.append(RowInsert{Entity::Prompt, {{QStringLiteral("stage"), p.stage}, {QStringLiteral("text"), t},
                                               {QStringLiteral("sort_key"), key}}});
    }
    if (row < 0)
        rows.append(RowInsert{Entity::Prompt, {{QStringLiteral("stage"), stage}, {QStringLiteral("text"), text},
                                               {QStringLiteral("sort_key"), SortKey::after(key)}}});
    return !m_editor->insertRows(rows, row < 0 ? tr("Add prompt") : text.isEmpty() ? tr("Remove prompt") : tr("Edit prompt"))
                .isEmpty();
}

bool PromptsBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removePrompt(m_list->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hs
