#include "actions/ActionQuery.h"

#include "domain/Enums.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace hs {

namespace {

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')) && value.trimmed() == value)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Jira's default priority names.
QString jiraPriority(const QString& p)
{
    if (p == QLatin1String("P1"))
        return QStringLiteral("High");
    if (p == QLatin1String("P3"))
        return QStringLiteral("Low");
    return QStringLiteral("Medium");
}

// Markdown control characters in user text are escaped, never interpreted. The text always sits
// inside a list item after other text, so line-start markers (-, +, 1.) need no escaping.
QString mdEscape(QString text)
{
    static const QString special = QStringLiteral("\\`*_[]<>|#~");
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text.replace(QLatin1Char('\n'), QLatin1Char(' '))) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

QDate todayIn(const QString& ianaZone, qint64 nowMs)
{
    return toZone(nowMs, ianaZone).date();
}

bool isOverdue(const ActionItem& action, const QDate& today)
{
    const bool open = action.status == QLatin1String("open") || action.status == QLatin1String("in_progress");
    return open && action.dueDate.isValid() && today.isValid() && action.dueDate < today;
}

std::pair<QDate, QDate> weekOf(const QDate& day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return {monday, monday.addDays(6)};
}

QString actionsToCsv(const QList<ActionRow>& rows)
{
    QStringList lines{QStringLiteral("Summary,Description,Issue Type,Priority,Assignee,Due Date,Labels,Status,Review")};
    for (const ActionRow& r : rows) {
        const ActionItem& a = r.action;
        QString description = a.description;
        if (!r.whyText.isEmpty())
            description += (description.isEmpty() ? QString() : QStringLiteral("\n\n")) + QStringLiteral("Cause: ") + r.whyText;
        if (!a.trackerUrl.isEmpty())
            description += (description.isEmpty() ? QString() : QStringLiteral("\n")) + a.trackerUrl;
        // Labels are one word each in Jira: the action type and the review's reference.
        QStringList labels{QStringLiteral("postmortem"), QStringLiteral("action-") + a.type};
        if (!r.reviewRef.isEmpty())
            labels.append(QString(r.reviewRef).replace(QLatin1Char(' '), QLatin1Char('-')));
        const QStringList fields = {a.title,
                                    description,
                                    QStringLiteral("Task"),
                                    jiraPriority(a.priority),
                                    a.owner,
                                    a.dueDate.isValid() ? a.dueDate.toString(Qt::ISODate) : QString(),
                                    labels.join(QLatin1Char(' ')),
                                    Vocabulary::label(Vocab::ActionStatus, a.status),
                                    r.reviewRef.isEmpty() ? r.reviewTitle : r.reviewRef + QStringLiteral(" ") + r.reviewTitle};
        QStringList quoted;
        for (const QString& f : fields)
            quoted.append(csvField(f));
        lines.append(quoted.join(QLatin1Char(',')));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString actionsToMarkdown(const QList<ActionRow>& rows, const QDate& today)
{
    QStringList lines;
    for (const ActionRow& r : rows) {
        const ActionItem& a = r.action;
        const bool done = a.status == QLatin1String("done") || a.status == QLatin1String("wont_do");
        QStringList facts;
        facts.append(a.owner.isEmpty() ? QCoreApplication::translate("hs::Actions", "no owner") : mdEscape(a.owner));
        if (a.dueDate.isValid()) {
            QString due = QCoreApplication::translate("hs::Actions", "due %1").arg(a.dueDate.toString(Qt::ISODate));
            if (isOverdue(a, today))
                due = QStringLiteral("**%1**").arg(QCoreApplication::translate("hs::Actions", "overdue since %1")
                                                      .arg(a.dueDate.toString(Qt::ISODate)));
            facts.append(due);
        }
        facts.append(a.priority + QStringLiteral(" ") + Vocabulary::label(Vocab::ActionType, a.type).toLower());
        if (a.status != QLatin1String("open"))
            facts.append(Vocabulary::label(Vocab::ActionStatus, a.status).toLower());
        lines.append(QStringLiteral("- [%1] %2 — %3 (%4)")
                         .arg(done ? QStringLiteral("x") : QStringLiteral(" "), mdEscape(a.title),
                              facts.join(QStringLiteral(", ")), mdEscape(r.reviewRef.isEmpty() ? r.reviewTitle : r.reviewRef)));
    }
    return lines.join(QLatin1Char('\n')) + (lines.isEmpty() ? QString() : QStringLiteral("\n"));
}

} // namespace hs
