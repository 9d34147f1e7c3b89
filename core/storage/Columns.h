#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hs {

// The kinds of shared row. Each maps to one table; its editable columns are listed in
// Columns.cpp, and a generic edit names one of them (anything else is refused, so no caller
// can build SQL from user input).
enum class Entity {
    Review,
    Participant,
    Section,
    Event,
    WhyNode,
    WhyEvidence,
    Action,
    Lesson,
    Note,
    AgendaItem,
    Template,
    Category,
    Label,
    ReviewLabel,
    Transcript,
    EventEvidence,
    Import,
    PreparedQuestion, // schema 5: a question prepared for the meeting, on an event or why-node
    Prompt,           // schema 5: a facilitator prompt of the library, per meeting stage
};
inline constexpr Entity kLastEntity = Entity::Prompt;

namespace Columns {

QString table(Entity entity);
// The entity stored in table; false for a table that holds no shared rows.
bool entityForTable(const QString& table, Entity* entity);
// Columns a generic field edit may change.
const QStringList& editable(Entity entity);
bool isEditable(Entity entity, const QString& column);
// The column that names the owning review ("id" for reviews; empty for library-wide rows).
QString reviewColumn(Entity entity);
// Free-text columns, where a conflict can keep both versions one after the other.
bool isFreeText(const QString& column);

} // namespace Columns
} // namespace hs

Q_DECLARE_METATYPE(hs::Entity)
