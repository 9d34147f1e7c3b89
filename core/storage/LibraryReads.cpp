#include "storage/Library.h"

#include "storage/Query.h"
#include "storage/RowReaders.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace hs {

namespace {

// Every read below runs its statements to the end before returning: an unfinished statement
// holds a SHARED lock that would stall another facilitator's commit.

using RowReaders::kMetaColumns;
using RowReaders::readMeta;

template <typename T, typename Fill>
QList<T> readRows(const QSqlDatabase& db, const QString& sql, const QString& reviewId, Fill fill)
{
    QList<T> rows;
    Query q(db, sql);
    q.bind(reviewId);
    if (!q.exec())
        return rows;
    while (q.next()) {
        T row;
        readMeta(q, 0, &row);
        row.reviewId = reviewId;
        fill(q, row);
        rows.append(row);
    }
    return rows;
}

// Runs sql (bound to the review id) and hands each result row whose first column is the id of
// one of rows to apply, with that row: links (evidence) read in one query per review.
template <typename T, typename Apply>
void forEachLinked(const QSqlDatabase& db, const char* sql, const QString& reviewId, QList<T>& rows, Apply apply)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).id, i);
    Query q(db, sql);
    q.bind(reviewId);
    if (!q.exec())
        return;
    while (q.next()) {
        const auto it = index.constFind(q.text(0));
        if (it != index.constEnd())
            apply(rows[*it], q);
    }
}

QString childSql(const char* columns, const char* table, const char* order)
{
    return QStringLiteral("SELECT %1, %2 FROM %3 WHERE review_id = ? AND deleted_ms IS NULL ORDER BY %4")
        .arg(QLatin1String(kMetaColumns), QLatin1String(columns), QLatin1String(table), QLatin1String(order));
}

} // namespace

namespace {

const char* const kSummarySql = "SELECT id, title, incident_ref, severity, status, started_ms, resolved_ms, updated_ms, "
                                "time_zone FROM reviews WHERE deleted_ms IS NULL";

ReviewSummary readSummary(const Query& q)
{
    ReviewSummary s;
    s.id = q.text(0);
    s.title = q.text(1);
    s.incidentRef = q.text(2);
    s.severity = q.text(3);
    s.status = q.text(4);
    s.startedMs = q.optInteger(5);
    s.resolvedMs = q.optInteger(6);
    s.updatedMs = q.integer(7);
    s.timeZone = q.text(8);
    return s;
}

} // namespace

QList<ReviewSummary> Library::reviewSummaries() const
{
    QList<ReviewSummary> out;
    Query q(m_db->connection(), QString::fromLatin1(kSummarySql)
                                    + QStringLiteral(" ORDER BY coalesce(started_ms, created_ms) DESC, id DESC"));
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readSummary(q));
    return out;
}

std::optional<ReviewSummary> Library::reviewSummary(const QString& id) const
{
    Query q(m_db->connection(), QString::fromLatin1(kSummarySql) + QStringLiteral(" AND id = ?"));
    q.bind(id);
    if (q.exec() && q.next())
        return readSummary(q);
    return std::nullopt;
}

int Library::reviewCount() const
{
    Query q(m_db->connection(), "SELECT count(*) FROM reviews WHERE deleted_ms IS NULL");
    return q.exec() && q.next() ? static_cast<int>(q.integer(0)) : 0;
}

std::optional<Review> Library::review(const QString& id) const
{
    Query q(m_db->connection(),
            QStringLiteral("SELECT %1, title, incident_ref, severity, status, template_key, facilitator, time_zone, "
                           "started_ms, detected_ms, acknowledged_ms, mitigated_ms, resolved_ms "
                           "FROM reviews WHERE id = ? AND deleted_ms IS NULL")
                .arg(QLatin1String(kMetaColumns)));
    q.bind(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Review r;
    readMeta(q, 0, &r);
    r.title = q.text(5);
    r.incidentRef = q.text(6);
    r.severity = q.text(7);
    r.status = q.text(8);
    r.templateKey = q.text(9);
    r.facilitator = q.text(10);
    r.timeZone = q.text(11);
    for (int i = 0; i < kKeyTimeCount; ++i)
        r.keyTimes[static_cast<size_t>(i)] = q.optInteger(12 + i);
    q.finish();

    Query labels(m_db->connection(), "SELECT l.kind, l.name FROM review_labels rl JOIN labels l ON l.id = rl.label_id "
                                     "WHERE rl.review_id = ? AND rl.deleted_ms IS NULL AND l.deleted_ms IS NULL "
                                     "ORDER BY l.name COLLATE NOCASE");
    labels.bind(id);
    if (labels.exec()) {
        while (labels.next()) {
            if (labels.text(0) == QLatin1String("service"))
                r.services.append(labels.text(1));
            else if (labels.text(0) == QLatin1String("tag"))
                r.tags.append(labels.text(1));
        }
    }
    return r;
}

std::optional<ReviewDocument> Library::document(const QString& reviewId) const
{
    const std::optional<Review> r = review(reviewId);
    if (!r)
        return std::nullopt;
    const QSqlDatabase& db = m_db->connection();
    ReviewDocument d;
    d.review = *r;
    d.participants = readRows<Participant>(db, childSql("name, role, attended, sort_key", "participants", "sort_key, id"),
                                           reviewId, [](const Query& q, Participant& p) {
                                               p.name = q.text(5);
                                               p.role = q.text(6);
                                               p.attended = q.integer(7) != 0;
                                               p.sortKey = q.text(8);
                                           });
    d.sections = readRows<Section>(db, childSql("key, title, help, body, sort_key", "sections", "sort_key, id"), reviewId,
                                   [](const Query& q, Section& s) {
                                       s.key = q.text(5);
                                       s.title = q.text(6);
                                       s.help = q.text(7);
                                       s.body = q.text(8);
                                       s.sortKey = q.text(9);
                                   });
    d.events = readRows<TimelineEvent>(
        db,
        childSql("at_ms, kind, actor, text, source, link, milestone, suspected_trigger, external_id", "events",
                 "at_ms, created_ms, id"),
        reviewId, [](const Query& q, TimelineEvent& e) {
            e.atMs = q.integer(5);
            e.kind = q.text(6);
            e.actor = q.text(7);
            e.text = q.text(8);
            e.source = q.text(9);
            e.link = q.text(10);
            e.milestone = q.text(11);
            e.suspectedTrigger = q.integer(12) != 0;
            e.externalId = q.text(13);
        });
    forEachLinked(db,
                  "SELECT e.event_id, e.message_id FROM event_evidence e JOIN events ev ON ev.id = e.event_id "
                  "JOIN transcript m ON m.id = e.message_id WHERE ev.review_id = ? AND e.deleted_ms IS NULL "
                  "AND ev.deleted_ms IS NULL AND m.deleted_ms IS NULL ORDER BY m.at_ms, m.id",
                  reviewId, d.events, [](TimelineEvent& e, const Query& q) { e.evidenceMessageIds.append(q.text(1)); });
    d.whys = readRows<WhyNode>(db, childSql("parent_id, sort_key, text, notes, mark, category", "why_nodes", "sort_key, id"),
                               reviewId, [](const Query& q, WhyNode& w) {
                                   w.parentId = q.text(5);
                                   w.sortKey = q.text(6);
                                   w.text = q.text(7);
                                   w.notes = q.text(8);
                                   w.mark = q.text(9);
                                   w.category = q.text(10);
                               });
    {
        // Removing a cause removes its branch: its tombstone hides every node below it, and
        // undoing the removal brings the branch back as it was.
        QSet<QString> removed;
        Query q(db, "SELECT id FROM why_nodes WHERE review_id = ? AND deleted_ms IS NOT NULL");
        q.bind(reviewId);
        if (q.exec()) {
            while (q.next())
                removed.insert(q.text(0));
        }
        bool dropped = !removed.isEmpty();
        while (dropped) {
            dropped = false;
            for (qsizetype i = d.whys.size() - 1; i >= 0; --i) {
                if (!d.whys.at(i).parentId.isEmpty() && removed.contains(d.whys.at(i).parentId)) {
                    removed.insert(d.whys.at(i).id);
                    d.whys.removeAt(i);
                    dropped = true;
                }
            }
        }
    }
    forEachLinked(db,
                  "SELECT e.why_id, e.event_id FROM why_evidence e JOIN why_nodes w ON w.id = e.why_id "
                  "JOIN events ev ON ev.id = e.event_id WHERE w.review_id = ? AND e.deleted_ms IS NULL "
                  "AND ev.deleted_ms IS NULL ORDER BY ev.at_ms",
                  reviewId, d.whys, [](WhyNode& w, const Query& q) { w.evidenceEventIds.append(q.text(1)); });
    forEachLinked(db,
                  "SELECT e.why_id, count(*) FROM why_evidence e JOIN why_nodes w ON w.id = e.why_id "
                  "JOIN events ev ON ev.id = e.event_id WHERE w.review_id = ? AND e.deleted_ms IS NULL "
                  "AND ev.deleted_ms IS NOT NULL GROUP BY e.why_id",
                  reviewId, d.whys, [](WhyNode& w, const Query& q) { w.deletedEvidence = static_cast<int>(q.integer(1)); });
    d.actions = readRows<ActionItem>(
        db,
        QStringLiteral("SELECT %1, %2 FROM actions WHERE review_id = ? AND deleted_ms IS NULL "
                       "ORDER BY coalesce(due_date, '9999'), id")
            .arg(QLatin1String(kMetaColumns), RowReaders::actionColumns()),
        reviewId, [](const Query& q, ActionItem& a) { RowReaders::readActionFields(q, 5, a); });
    d.lessons = readRows<Lesson>(db, childSql("kind, text, sort_key", "lessons", "sort_key, id"), reviewId,
                                 [](const Query& q, Lesson& l) {
                                     l.kind = q.text(5);
                                     l.text = q.text(6);
                                     l.sortKey = q.text(7);
                                 });
    d.notes = readRows<Note>(db, childSql("kind, text, internal, sort_key", "notes", "sort_key, id"), reviewId,
                             [](const Query& q, Note& n) {
                                 n.kind = q.text(5);
                                 n.text = q.text(6);
                                 n.internal = q.integer(7) != 0;
                                 n.sortKey = q.text(8);
                             });
    d.agenda = readRows<AgendaItem>(db, childSql("title, minutes, stage, sort_key", "agenda_items", "sort_key, id"),
                                    reviewId, [](const Query& q, AgendaItem& a) {
                                        a.title = q.text(5);
                                        a.minutes = static_cast<int>(q.integer(6));
                                        a.stage = q.text(7);
                                        a.sortKey = q.text(8);
                                    });
    d.questions = readRows<PreparedQuestion>(
        db, childSql("target, target_id, text, answer, answered, sort_key", "prepared_questions", "sort_key, id"),
        reviewId, [](const Query& q, PreparedQuestion& p) {
            p.target = q.text(5);
            p.targetId = q.text(6);
            p.text = q.text(7);
            p.answer = q.text(8);
            p.answered = q.integer(9) != 0;
            p.sortKey = q.text(10);
        });
    return d;
}

QList<TranscriptMessage> Library::transcript(const QString& reviewId) const
{
    return readRows<TranscriptMessage>(
        m_db->connection(),
        childSql("at_ms, author, author_id, text, thread_id, kind, source, external_id, coalesce(import_id, ''), edited",
                 "transcript", "at_ms, id"),
        reviewId, [](const Query& q, TranscriptMessage& m) {
            m.atMs = q.integer(5);
            m.author = q.text(6);
            m.authorId = q.text(7);
            m.text = q.text(8);
            m.threadId = q.text(9);
            m.kind = q.text(10);
            m.source = q.text(11);
            m.externalId = q.text(12);
            m.importId = q.text(13);
            m.edited = q.integer(14) != 0;
        });
}

QList<RowRef> Library::whyEvidenceLinks(const QString& whyId, const QStringList& eventIds) const
{
    QList<RowRef> out;
    Query q(m_db->connection(), "SELECT id, rev, event_id FROM why_evidence WHERE why_id = ? AND deleted_ms IS NULL");
    q.bind(whyId);
    if (q.exec()) {
        while (q.next()) {
            if (eventIds.contains(q.text(2)))
                out.append(RowRef{Entity::WhyEvidence, q.text(0), q.integer(1)});
        }
    }
    return out;
}

int Library::transcriptCount(const QString& reviewId) const
{
    Query q(m_db->connection(), "SELECT count(*) FROM transcript WHERE review_id = ? AND deleted_ms IS NULL");
    q.bind(reviewId);
    return q.exec() && q.next() ? static_cast<int>(q.integer(0)) : 0;
}

QList<Template> Library::templates() const
{
    QList<Template> out;
    Query q(m_db->connection(), "SELECT id, rev, body FROM templates WHERE deleted_ms IS NULL ORDER BY sort_key, id");
    if (!q.exec())
        return out;
    while (q.next()) {
        QString error;
        if (std::optional<Template> t = parseTemplate(q.value(2).toByteArray(), &error)) {
            t->id = q.text(0);
            t->rev = q.integer(1);
            out.append(*t);
        } else {
            qWarning("Skipping template %s: %s", qPrintable(q.text(0)), qPrintable(error));
        }
    }
    // A library made by another tool (or emptied by hand) still offers the built-in templates.
    if (out.isEmpty())
        out = builtInTemplates();
    return out;
}

std::optional<Template> Library::templateByKey(const QString& key) const
{
    for (const Template& t : templates()) {
        if (t.key == key)
            return t;
    }
    return std::nullopt;
}

QList<FacilitatorPrompt> Library::prompts() const
{
    QList<FacilitatorPrompt> out;
    Query q(m_db->connection(), QStringLiteral("SELECT %1, stage, text, sort_key FROM prompts WHERE deleted_ms IS NULL "
                                               "ORDER BY sort_key, id")
                                    .arg(QLatin1String(kMetaColumns)));
    if (q.exec()) {
        while (q.next()) {
            FacilitatorPrompt p;
            readMeta(q, 0, &p);
            p.stage = q.text(5);
            p.text = q.text(6);
            p.sortKey = q.text(7);
            out.append(p);
        }
    }
    return out;
}

bool Library::hasOwnPrompts() const
{
    // Live rows only: undoing the edit that first copied the bank into the file (its rows
    // tombstoned) must bring the built-in bank back, not leave the facilitator with none.
    Query q(m_db->connection(), "SELECT EXISTS (SELECT 1 FROM prompts WHERE deleted_ms IS NULL)");
    return q.exec() && q.next() && q.integer(0) != 0;
}

QList<Category> Library::categoryRows() const
{
    QList<Category> out;
    Query q(m_db->connection(), QStringLiteral("SELECT %1, name, sort_key FROM categories WHERE deleted_ms IS NULL "
                                               "ORDER BY sort_key, name")
                                    .arg(QLatin1String(kMetaColumns)));
    if (q.exec()) {
        while (q.next()) {
            Category c;
            readMeta(q, 0, &c);
            c.name = q.text(5);
            c.sortKey = q.text(6);
            out.append(c);
        }
    }
    return out;
}

QStringList Library::categories() const
{
    QStringList out;
    Query q(m_db->connection(), "SELECT name FROM categories WHERE deleted_ms IS NULL ORDER BY sort_key, name");
    if (q.exec()) {
        while (q.next())
            out.append(q.text(0));
    }
    return out;
}

QStringList Library::labelNames(const QString& kind) const
{
    QStringList out;
    Query q(m_db->connection(), "SELECT name FROM labels WHERE kind = ? AND deleted_ms IS NULL ORDER BY name COLLATE NOCASE");
    q.bind(kind);
    if (q.exec()) {
        while (q.next())
            out.append(q.text(0));
    }
    return out;
}

QString Library::resolveReview(const QString& idOrTitle, QString* message, int* matchCount) const
{
    auto tr = [](const char* text) { return QCoreApplication::translate("hs::Library", text); };
    const QString needle = idOrTitle.trimmed();
    QStringList matches;
    {
        Query q(m_db->connection(), "SELECT id FROM reviews WHERE deleted_ms IS NULL AND (id = ? OR title = ? "
                                    "OR (length(?) >= 8 AND id LIKE ? || '%'))");
        q.bind(needle).bind(needle).bind(needle).bind(needle);
        if (q.exec()) {
            while (q.next())
                matches.append(q.text(0));
        }
    }
    if (matchCount)
        *matchCount = static_cast<int>(matches.size());
    if (matches.size() == 1)
        return matches.first();
    if (message) {
        *message = matches.isEmpty() ? tr("No review matches “%1”.").arg(needle)
                                     : QCoreApplication::translate("hs::Library",
                                                                   "%n reviews match “%1”; give the review's id instead.",
                                                                   nullptr, int(matches.size()))
                                           .arg(needle);
    }
    return QString();
}

std::optional<qint64> Library::revisionOf(Entity entity, const QString& id) const
{
    Query q(m_db->connection(), QStringLiteral("SELECT rev FROM %1 WHERE id = ?").arg(Columns::table(entity)));
    q.bind(id);
    if (q.exec() && q.next())
        return q.integer(0);
    return std::nullopt;
}

std::optional<FieldState> Library::fieldState(Entity entity, const QString& id, const QString& column) const
{
    if (!Columns::isEditable(entity, column))
        return std::nullopt;
    Query q(m_db->connection(), QStringLiteral("SELECT %1, rev, updated_by, updated_ms, deleted_ms IS NOT NULL FROM %2 "
                                               "WHERE id = ?")
                                    .arg(column, Columns::table(entity)));
    q.bind(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    FieldState state;
    state.value = q.value(0);
    state.rev = q.integer(1);
    state.updatedBy = q.text(2);
    state.updatedMs = q.integer(3);
    state.deleted = q.integer(4) != 0;
    return state;
}

} // namespace hs
