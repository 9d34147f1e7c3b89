#include "review/OverviewPage.h"

#include "commands/Editor.h"
#include "common/AutoCommit.h"
#include "domain/Enums.h"
#include "review/ParticipantsModel.h"
#include "review/RecurringPanel.h"
#include "util/SortKey.h"
#include "util/TimeFormat.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hs {

namespace {

const char* const kKeyTimeColumns[kKeyTimeCount] = {"started_ms", "detected_ms", "acknowledged_ms", "mitigated_ms",
                                                   "resolved_ms"};

QString keyTimeLabel(int i)
{
    return Vocabulary::label(Vocab::Milestone, QString::fromLatin1(kMilestones[i]));
}

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.simplified();
        if (!p.isEmpty())
            out.append(p);
    }
    return out;
}

} // namespace

OverviewPage::OverviewPage(Editor* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(12);

    m_title = new QLineEdit(content);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setAccessibleName(tr("Review title"));
    m_title->setPlaceholderText(tr("Title of the review"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_titleCommit = new AutoCommit(m_title);
    connect(m_titleCommit, &AutoCommit::commit, this, [this](const QString& oldValue, const QString& newValue) {
        if (newValue.trimmed().isEmpty()) {
            Q_EMIT message(tr("A review needs a title; the previous title was kept."));
            m_titleCommit->showValue(oldValue);
            m_title->setText(oldValue);
            return;
        }
        commitReviewField(QStringLiteral("title"), oldValue, newValue.trimmed(), tr("Rename review"));
    });
    layout->addWidget(m_title);

    // Facts about the incident, in two columns.
    auto* facts = new QHBoxLayout;
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    facts->addLayout(left, 1);
    facts->addSpacing(24);
    facts->addLayout(right, 1);
    layout->addLayout(facts);

    addLine(left, tr("&Reference"), QStringLiteral("incidentRef"), QStringLiteral("incident_ref"))
        ->setPlaceholderText(tr("e.g. INC-2026-0412"));
    QStringList labels;
    const QStringList severities = Vocabulary::codes(Vocab::Severity);
    for (const QString& c : severities)
        labels.append(Vocabulary::label(Vocab::Severity, c));
    addChoice(left, tr("&Severity"), QStringLiteral("severity"), severities, labels, QStringLiteral("severity"));
    labels.clear();
    const QStringList statuses = Vocabulary::codes(Vocab::ReviewStatus);
    for (const QString& c : statuses)
        labels.append(Vocabulary::label(Vocab::ReviewStatus, c));
    addChoice(left, tr("S&tatus"), QStringLiteral("status"), statuses, labels, QStringLiteral("status"));
    addLine(left, tr("&Facilitator"), QStringLiteral("facilitator"), QStringLiteral("facilitator"));

    m_timeZone = new QComboBox(content);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->setToolTip(tr("Times in this review are shown and entered in this time zone."));
    connect(m_timeZone, &QComboBox::activated, this, &OverviewPage::commitTimeZone);
    connect(m_timeZone->lineEdit(), &QLineEdit::editingFinished, this, &OverviewPage::commitTimeZone);
    right->addRow(tr("Time &zone"), m_timeZone);

    m_services = new QLineEdit(content);
    m_services->setObjectName(QStringLiteral("services"));
    m_services->setPlaceholderText(tr("Services affected, separated by commas"));
    connect(m_services, &QLineEdit::editingFinished, this,
            [this] { commitLabels(QStringLiteral("service"), m_services->text()); });
    right->addRow(tr("Ser&vices"), m_services);
    m_tags = new QLineEdit(content);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    connect(m_tags, &QLineEdit::editingFinished, this, [this] { commitLabels(QStringLiteral("tag"), m_tags->text()); });
    right->addRow(tr("T&ags"), m_tags);
    m_template = new QLabel(content);
    m_template->setObjectName(QStringLiteral("templateName"));
    right->addRow(tr("Template"), m_template);

    // Key times and the metrics they give.
    auto* timesBox = new QGroupBox(tr("Key times"), content);
    auto* timesLayout = new QVBoxLayout(timesBox);
    auto* timesForm = new QFormLayout;
    timesLayout->addLayout(timesForm);
    for (int i = 0; i < kKeyTimeCount; ++i) {
        auto* edit = new QLineEdit(timesBox);
        edit->setObjectName(QStringLiteral("keyTime_%1").arg(QLatin1String(kMilestones[i])));
        edit->setPlaceholderText(tr("yyyy-mm-dd hh:mm"));
        edit->setAccessibleName(tr("%1 at").arg(keyTimeLabel(i)));
        auto* commit = new AutoCommit(edit);
        connect(commit, &AutoCommit::commit, this,
                [this, i](const QString& oldText, const QString& newText) { commitKeyTime(i, oldText, newText); });
        m_keyTimes[i] = KeyTimeField{edit, commit};
        timesForm->addRow(keyTimeLabel(i), edit);
    }
    m_keyTimeError = new QLabel(timesBox);
    m_keyTimeError->setObjectName(QStringLiteral("keyTimeError"));
    m_keyTimeError->setWordWrap(true);
    m_keyTimeError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_keyTimeError->hide();
    timesLayout->addWidget(m_keyTimeError);
    auto* metrics = new QHBoxLayout;
    for (int i = 0; i < 4; ++i) {
        m_metrics[i] = new QLabel(timesBox);
        m_metrics[i]->setObjectName(QStringLiteral("metric%1").arg(i));
        m_metrics[i]->setTextFormat(Qt::RichText);
        m_metrics[i]->setFrameShape(QFrame::StyledPanel);
        m_metrics[i]->setContentsMargins(8, 4, 8, 4);
        metrics->addWidget(m_metrics[i], 1);
    }
    timesLayout->addLayout(metrics);

    // Participants.
    auto* peopleBox = new QGroupBox(tr("Participants"), content);
    auto* peopleLayout = new QVBoxLayout(peopleBox);
    m_participants = new ParticipantsModel(editor, this);
    m_participantView = new QTableView(peopleBox);
    m_participantView->setObjectName(QStringLiteral("participants"));
    m_participantView->setAccessibleName(tr("Participants"));
    m_participantView->setModel(m_participants);
    m_participantView->verticalHeader()->hide();
    m_participantView->horizontalHeader()->setSectionResizeMode(ParticipantsModel::NameColumn, QHeaderView::Stretch);
    m_participantView->horizontalHeader()->setSectionResizeMode(ParticipantsModel::RoleColumn, QHeaderView::Stretch);
    m_participantView->horizontalHeader()->setSectionResizeMode(ParticipantsModel::AttendedColumn,
                                                                QHeaderView::ResizeToContents);
    m_participantView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participantView->setMinimumHeight(150);
    peopleLayout->addWidget(m_participantView);
    auto* addRow = new QHBoxLayout;
    m_newParticipant = new QLineEdit(peopleBox);
    m_newParticipant->setObjectName(QStringLiteral("newParticipant"));
    m_newParticipant->setPlaceholderText(tr("Add a person: name, role — then Enter"));
    m_newParticipant->setAccessibleName(tr("Add a participant"));
    connect(m_newParticipant, &QLineEdit::returnPressed, this, &OverviewPage::addParticipant);
    auto* remove = new QPushButton(tr("Remove"), peopleBox);
    remove->setObjectName(QStringLiteral("removeParticipant"));
    connect(remove, &QPushButton::clicked, this, &OverviewPage::removeParticipants);
    addRow->addWidget(m_newParticipant, 1);
    addRow->addWidget(remove);
    peopleLayout->addLayout(addRow);

    auto* columns = new QHBoxLayout;
    columns->addWidget(timesBox, 1);
    columns->addWidget(peopleBox, 1);
    layout->addLayout(columns);

    m_recurring = new RecurringPanel(editor ? editor->library() : nullptr, content);
    connect(m_recurring, &RecurringPanel::openReview, this, &OverviewPage::openReview);
    layout->addWidget(m_recurring);

    m_sectionsLayout = new QVBoxLayout;
    m_sectionsLayout->setSpacing(6);
    layout->addLayout(m_sectionsLayout);
    layout->addStretch(1);
}

QLineEdit* OverviewPage::addLine(QFormLayout* form, const QString& label, const QString& objectName, const QString& column)
{
    auto* edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(objectName);
    auto* commit = new AutoCommit(edit);
    connect(commit, &AutoCommit::commit, this, [this, column, label](const QString& oldValue, const QString& newValue) {
        commitReviewField(column, oldValue, newValue.trimmed(), tr("Edit %1").arg(QString(label).remove(QLatin1Char('&'))));
    });
    m_lineCommits.insert(column, commit);
    form->addRow(label, edit);
    return edit;
}

QComboBox* OverviewPage::addChoice(QFormLayout* form, const QString& label, const QString& objectName,
                                   const QStringList& codes, const QStringList& labels, const QString& column)
{
    auto* box = new QComboBox(form->parentWidget());
    box->setObjectName(objectName);
    for (int i = 0; i < codes.size(); ++i)
        box->addItem(labels.at(i), codes.at(i));
    connect(box, &QComboBox::activated, this, [this, box, column, label] {
        const QString now = box->currentData().toString();
        const QString old = column == QLatin1String("severity") ? m_doc.review.severity : m_doc.review.status;
        commitReviewField(column, old, now,
                          column == QLatin1String("severity") ? tr("Change severity") : tr("Change status"));
    });
    m_choices.insert(column, box);
    form->addRow(label, box);
    return box;
}

void OverviewPage::commitReviewField(const QString& column, const QVariant& oldValue, const QVariant& newValue,
                                     const QString& label)
{
    if (m_doc.review.id.isEmpty())
        return;
    const bool ok = m_editor->editField(Entity::Review, m_doc.review.id, column, oldValue, newValue, m_doc.review.rev, label);
    if (!ok) {
        if (AutoCommit* c = m_lineCommits.value(column))
            c->commitFailed(oldValue.toString(), m_editor->lastEditConflicted());
        else if (column == QLatin1String("title"))
            m_titleCommit->commitFailed(oldValue.toString(), m_editor->lastEditConflicted());
    }
}

void OverviewPage::commitKeyTime(int index, const QString& oldText, const QString& newText)
{
    const QString zone = m_doc.review.timeZone;
    std::optional<qint64> value;
    if (!newText.trimmed().isEmpty()) {
        value = parseUserDateTime(newText, zone);
        if (!value) {
            m_keyTimeError->setText(tr("“%1” is not a date and time Hindsight can read. Write it like %2 (in %3).")
                                        .arg(newText.trimmed(),
                                             QDateTime::currentDateTimeUtc().toTimeZone(zoneOrUtc(zone)).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                             zone));
            m_keyTimeError->show();
            m_keyTimes[index].edit->setStyleSheet(QStringLiteral("border: 2px solid #c62828;"));
            m_keyTimes[index].commit->commitFailed(oldText);
            return;
        }
    }
    m_keyTimeError->hide();
    m_keyTimes[index].edit->setStyleSheet(QString());
    const std::optional<qint64> old = m_doc.review.keyTimes[static_cast<size_t>(index)];
    const QVariant oldValue = old ? QVariant(*old) : QVariant();
    const QVariant newValue = value ? QVariant(*value) : QVariant();
    if (old == value)
        return;
    if (!m_editor->editField(Entity::Review, m_doc.review.id, QString::fromLatin1(kKeyTimeColumns[index]), oldValue,
                             newValue, m_doc.review.rev, tr("Set time %1").arg(keyTimeLabel(index).toLower())))
        m_keyTimes[index].commit->commitFailed(oldText, m_editor->lastEditConflicted());
}

void OverviewPage::commitLabels(const QString& kind, const QString& text)
{
    if (m_doc.review.id.isEmpty() || m_readOnly)
        return;
    const QStringList old = kind == QLatin1String("service") ? m_doc.review.services : m_doc.review.tags;
    QStringList now = splitList(text);
    if (now == old)
        return;
    m_editor->setLabels(m_doc.review.id, kind, old, now,
                        kind == QLatin1String("service") ? tr("Change services") : tr("Change tags"));
}

void OverviewPage::commitTimeZone()
{
    if (m_doc.review.id.isEmpty() || m_readOnly)
        return;
    const QString zone = m_timeZone->currentText().trimmed();
    if (zone == m_doc.review.timeZone)
        return;
    if (!QTimeZone(zone.toUtf8()).isValid()) {
        Q_EMIT message(tr("“%1” is not a time zone Hindsight knows; choose one from the list, such as Europe/Berlin.")
                           .arg(zone));
        m_timeZone->setCurrentText(m_doc.review.timeZone);
        return;
    }
    commitReviewField(QStringLiteral("time_zone"), m_doc.review.timeZone, zone, tr("Change time zone"));
}

void OverviewPage::addParticipant()
{
    const QString text = m_newParticipant->text().trimmed();
    if (text.isEmpty() || m_doc.review.id.isEmpty())
        return;
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    const QString name = (comma < 0 ? text : text.left(comma)).simplified();
    const QString role = comma < 0 ? QString() : text.mid(comma + 1).simplified();
    if (name.isEmpty())
        return;
    const QString last = m_doc.participants.isEmpty() ? QString() : m_doc.participants.last().sortKey;
    const QString id = m_editor->addRow(Entity::Participant,
                                        {{QStringLiteral("review_id"), m_doc.review.id},
                                         {QStringLiteral("name"), name},
                                         {QStringLiteral("role"), role},
                                         {QStringLiteral("attended"), 1},
                                         {QStringLiteral("sort_key"), SortKey::after(last)}},
                                        tr("Add participant %1").arg(name));
    if (!id.isEmpty())
        m_newParticipant->clear();
}

void OverviewPage::removeParticipants()
{
    const QModelIndexList rows = m_participantView->selectionModel()->selectedRows();
    QList<Participant> doomed;
    for (const QModelIndex& i : rows)
        doomed.append(m_participants->rowAt(i.row()));
    if (doomed.isEmpty())
        return;
    m_editor->undoStack()->beginMacro(tr("Remove %n participant(s)", nullptr, static_cast<int>(doomed.size())));
    for (const Participant& p : std::as_const(doomed))
        m_editor->removeRow(Entity::Participant, p.id, p.rev, tr("Remove participant %1").arg(p.name));
    m_editor->undoStack()->endMacro();
}

void OverviewPage::setDocument(const ReviewDocument& doc, bool readOnly)
{
    const bool sameSections = [&] {
        if (doc.sections.size() != m_sections.size())
            return false;
        for (int i = 0; i < m_sections.size(); ++i) {
            if (m_sections.at(i).id != doc.sections.at(i).id)
                return false;
        }
        return true;
    }();
    m_doc = doc;
    m_readOnly = readOnly;
    const Review& r = doc.review;
    m_titleCommit->showValue(r.title);
    m_title->setReadOnly(readOnly);
    m_lineCommits.value(QStringLiteral("incident_ref"))->showValue(r.incidentRef);
    m_lineCommits.value(QStringLiteral("facilitator"))->showValue(r.facilitator);
    for (auto it = m_lineCommits.cbegin(); it != m_lineCommits.cend(); ++it)
        qobject_cast<QLineEdit*>(it.value()->parent())->setReadOnly(readOnly);
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const QString code = it.key() == QLatin1String("severity") ? r.severity : r.status;
        it.value()->setCurrentIndex(it.value()->findData(code));
        it.value()->setEnabled(!readOnly);
    }
    if (!m_timeZone->hasFocus())
        m_timeZone->setCurrentText(r.timeZone);
    m_timeZone->setEnabled(!readOnly);
    if (!m_services->hasFocus())
        m_services->setText(r.services.join(QStringLiteral(", ")));
    if (!m_tags->hasFocus())
        m_tags->setText(r.tags.join(QStringLiteral(", ")));
    m_services->setReadOnly(readOnly);
    m_tags->setReadOnly(readOnly);
    const std::optional<Template> templ = r.templateKey.isEmpty() ? std::nullopt : m_editor->library()->templateByKey(r.templateKey);
    m_template->setText(templ ? templ->name : r.templateKey);
    for (int i = 0; i < kKeyTimeCount; ++i) {
        m_keyTimes[i].commit->showValue(formatUserDateTime(r.keyTimes[static_cast<size_t>(i)], r.timeZone));
        m_keyTimes[i].edit->setReadOnly(readOnly);
    }
    updateMetrics();
    m_recurring->setReview(r.id);
    m_participants->setReadOnly(readOnly);
    m_participants->setRows(doc.participants);
    m_newParticipant->setEnabled(!readOnly);
    if (!sameSections)
        rebuildSections();
    for (int i = 0; i < m_sections.size(); ++i) {
        const Section& s = doc.sections.at(i);
        m_sections[i].title->setText(s.title);
        m_sections[i].edit->setPlaceholderText(s.help);
        m_sections[i].edit->setToolTip(s.help);
        m_sections[i].commit->showValue(s.body);
        m_sections[i].edit->setReadOnly(readOnly);
    }
}

void OverviewPage::rebuildSections()
{
    for (const SectionField& f : std::as_const(m_sections)) {
        f.commit->flush();
        delete f.title;
        delete f.edit;
    }
    m_sections.clear();
    for (const Section& s : std::as_const(m_doc.sections)) {
        SectionField f;
        f.id = s.id;
        f.title = new QLabel(this);
        QFont bold = f.title->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.15);
        f.title->setFont(bold);
        f.edit = new QPlainTextEdit(this);
        f.edit->setObjectName(QStringLiteral("section_%1").arg(s.key));
        f.edit->setAccessibleName(s.title);
        f.edit->setTabChangesFocus(true);
        f.edit->setMinimumHeight(90);
        f.title->setBuddy(f.edit);
        f.commit = new AutoCommit(f.edit);
        const QString sectionId = s.id;
        connect(f.commit, &AutoCommit::commit, this, [this, sectionId](const QString& oldValue, const QString& newValue) {
            for (const Section& sec : std::as_const(m_doc.sections)) {
                if (sec.id != sectionId)
                    continue;
                if (!m_editor->editField(Entity::Section, sec.id, QStringLiteral("body"), oldValue, newValue, sec.rev,
                                         tr("Edit %1").arg(sec.title))) {
                    for (SectionField& field : m_sections) {
                        if (field.id == sectionId)
                            field.commit->commitFailed(oldValue, m_editor->lastEditConflicted());
                    }
                }
            }
        });
        m_sectionsLayout->addWidget(f.title);
        m_sectionsLayout->addWidget(f.edit);
        m_sections.append(f);
    }
}

void OverviewPage::updateMetrics()
{
    const ReviewMetrics m = metricsOf(m_doc.review);
    const std::optional<qint64> values[4] = {m.timeToDetect, m.timeToAcknowledge, m.timeToMitigate, m.timeToResolve};
    const QString names[4] = {tr("Time to detect"), tr("Time to acknowledge"), tr("Time to mitigate"),
                              tr("Time to resolve")};
    for (int i = 0; i < 4; ++i) {
        const QString value = values[i] ? formatDuration(values[i]) : QStringLiteral("—");
        m_metrics[i]->setText(QStringLiteral("<small>%1</small><br><b style='font-size:large'>%2</b>")
                                  .arg(names[i].toHtmlEscaped(), value.toHtmlEscaped()));
        m_metrics[i]->setAccessibleName(QStringLiteral("%1: %2").arg(names[i], value));
    }
}

void OverviewPage::clear()
{
    setDocument(ReviewDocument(), true);
}

bool OverviewPage::focusSection(const QString& id)
{
    for (const SectionField& f : std::as_const(m_sections)) {
        if (f.id != id)
            continue;
        if (auto* scroll = findChild<QScrollArea*>())
            scroll->ensureWidgetVisible(f.edit);
        f.edit->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

} // namespace hs
