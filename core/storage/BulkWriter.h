#pragma once

#include "domain/Review.h"
#include "domain/Template.h"

#include <QHash>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace hs {

class Database;

// Fast inserts for whole documents (a new library's content, imports, generated test data):
// one transaction, prepared statements reused through SQLite's C API on the connection Qt
// opened. It pauses the change_log triggers for its transaction, logs one "reload" row instead
// and sends no change signals: callers use it where nobody is watching row by row (a new
// library, generated data), and tell their views to reload afterwards.
class BulkWriter
{
public:
    explicit BulkWriter(const Database& db, const QString& actor = QString());
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    bool begin(QString* error);
    bool commit(QString* error);
    void rollback();

    bool insertTemplate(const Template& t, int order, QString* error);
    bool insertCategory(const QString& name, int order, QString* error);
    // Inserts the review and everything in it; empty ids are generated. Labels are linked by
    // name, creating them as needed.
    bool insertDocument(const ReviewDocument& doc, QString* error);
    bool insertEvent(const TimelineEvent& e, QString* error);

private:
    sqlite3_stmt* statement(const char* sql, QString* error);
    bool finishRow(sqlite3_stmt* stmt, QString* error);
    bool bindMeta(sqlite3_stmt* stmt, const QString& id);
    bool linkLabel(const QString& reviewId, const QString& kind, const QString& name, QString* error);

    sqlite3* m_db = nullptr;
    QString m_actor;
    qint64 m_now = 0;
    bool m_active = false;
    QHash<const char*, sqlite3_stmt*> m_statements;
    QHash<QString, QString> m_labelIds; // "kind\nname" -> id
};

} // namespace hs
