#include "storage/Columns.h"

#include <QSet>

namespace hs::Columns {

QString table(Entity entity)
{
    switch (entity) {
    case Entity::Review: return QStringLiteral("reviews");
    case Entity::Participant: return QStringLiteral("participants");
    case Entity::Section: return QStringLiteral("sections");
    case Entity::Event: return QStringLiteral("events");
    case Entity::WhyNode: return QStringLiteral("why_nodes");
    case Entity::WhyEvidence: return QStringLiteral("why_evidence");
    case Entity::Action: return QStringLiteral("actions");
    case Entity::Lesson: return QStringLiteral("lessons");
    case Entity::Note: return QStringLiteral("notes");
    case Entity::AgendaItem: return QStringLiteral("agenda_items");
    case Entity::Template: return QStringLiteral("templates");
    case Entity::Category: return QStringLiteral("categories");
    case Entity::Label: return QStringLiteral("labels");
    case Entity::ReviewLabel: return QStringLiteral("review_labels");
    case Entity::Transcript: return QStringLiteral("transcript");
    case Entity::EventEvidence: return QStringLiteral("event_evidence");
    case Entity::Import: return QStringLiteral("imports");
    case Entity::PreparedQuestion: return QStringLiteral("prepared_questions");
    case Entity::Prompt: return QStringLiteral("prompts");
    }
    return QString();
}

bool entityForTable(const QString& name, Entity* entity)
{
    for (int i = 0; i <= static_cast<int>(kLastEntity); ++i) {
        if (table(static_cast<Entity>(i)) == name) {
            *entity = static_cast<Entity>(i);
            return true;
        }
    }
    return false;
}

const QStringList& editable(Entity entity)
{
    static const QStringList review = {
        QStringLiteral("title"), QStringLiteral("incident_ref"), QStringLiteral("severity"),
        QStringLiteral("status"), QStringLiteral("template_key"), QStringLiteral("facilitator"),
        QStringLiteral("time_zone"), QStringLiteral("started_ms"), QStringLiteral("detected_ms"),
        QStringLiteral("acknowledged_ms"), QStringLiteral("mitigated_ms"), QStringLiteral("resolved_ms")};
    static const QStringList participant = {QStringLiteral("name"), QStringLiteral("role"),
                                            QStringLiteral("attended"), QStringLiteral("sort_key")};
    static const QStringList section = {QStringLiteral("title"), QStringLiteral("help"), QStringLiteral("body"),
                                        QStringLiteral("sort_key")};
    static const QStringList event = {QStringLiteral("at_ms"), QStringLiteral("kind"), QStringLiteral("actor"),
                                      QStringLiteral("text"), QStringLiteral("source"), QStringLiteral("link"),
                                      QStringLiteral("milestone"), QStringLiteral("suspected_trigger")};
    static const QStringList why = {QStringLiteral("parent_id"), QStringLiteral("sort_key"), QStringLiteral("text"),
                                    QStringLiteral("notes"), QStringLiteral("mark"), QStringLiteral("category")};
    static const QStringList action = {
        QStringLiteral("why_id"), QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("type"),
        QStringLiteral("priority"), QStringLiteral("owner"), QStringLiteral("due_date"), QStringLiteral("status"),
        QStringLiteral("tracker_url"), QStringLiteral("follow_up_date"), QStringLiteral("effectiveness"),
        QStringLiteral("effectiveness_note")};
    static const QStringList lesson = {QStringLiteral("kind"), QStringLiteral("text"), QStringLiteral("sort_key")};
    static const QStringList note = {QStringLiteral("kind"), QStringLiteral("text"), QStringLiteral("internal"),
                                     QStringLiteral("sort_key")};
    static const QStringList agenda = {QStringLiteral("title"), QStringLiteral("minutes"), QStringLiteral("stage"),
                                       QStringLiteral("sort_key")};
    static const QStringList templ = {QStringLiteral("name"), QStringLiteral("body"), QStringLiteral("sort_key")};
    static const QStringList category = {QStringLiteral("name"), QStringLiteral("sort_key")};
    static const QStringList label = {QStringLiteral("name")};
    static const QStringList question = {QStringLiteral("text"), QStringLiteral("answer"), QStringLiteral("answered"),
                                         QStringLiteral("sort_key")};
    static const QStringList prompt = {QStringLiteral("stage"), QStringLiteral("text"), QStringLiteral("sort_key")};
    static const QStringList none;
    switch (entity) {
    case Entity::Review: return review;
    case Entity::Participant: return participant;
    case Entity::Section: return section;
    case Entity::Event: return event;
    case Entity::WhyNode: return why;
    case Entity::Action: return action;
    case Entity::Lesson: return lesson;
    case Entity::Note: return note;
    case Entity::AgendaItem: return agenda;
    case Entity::Template: return templ;
    case Entity::Category: return category;
    case Entity::Label: return label;
    case Entity::PreparedQuestion: return question;
    case Entity::Prompt: return prompt;
    case Entity::WhyEvidence:
    case Entity::ReviewLabel:
    case Entity::Transcript:
    case Entity::EventEvidence:
    case Entity::Import: return none;
    }
    return none;
}

bool isEditable(Entity entity, const QString& column)
{
    return editable(entity).contains(column);
}

QString reviewColumn(Entity entity)
{
    switch (entity) {
    case Entity::Review: return QStringLiteral("id");
    case Entity::Template:
    case Entity::Category:
    case Entity::Label:
    case Entity::Prompt: return QString();
    case Entity::WhyEvidence: return QString();   // reached through its why-node
    case Entity::EventEvidence: return QString(); // reached through its event
    default: return QStringLiteral("review_id");
    }
}

bool isFreeText(const QString& column)
{
    static const QSet<QString> columns = {QStringLiteral("text"),        QStringLiteral("body"),
                                          QStringLiteral("notes"),       QStringLiteral("description"),
                                          QStringLiteral("effectiveness_note"), QStringLiteral("help")};
    return columns.contains(column);
}

} // namespace hs::Columns
