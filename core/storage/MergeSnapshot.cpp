// MergeEngine: the merge base recorded in a copy made to be worked on elsewhere.

#include "storage/MergeEngine.h"
#include "storage/MergeSupport.h"

#include "storage/Query.h"
#include "util/SortKey.h"
#include "util/Uuid.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <sqlite3.h>

#include <iterator>
#include <memory>
#include <vector>

namespace hs {

using namespace merge;

namespace {

QVariant fromSqlite(sqlite3_value* v)
{
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER: return QVariant(qlonglong(sqlite3_value_int64(v)));
    case SQLITE_FLOAT: return QVariant(sqlite3_value_double(v));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(v)), sqlite3_value_bytes(v)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_value_blob(v)), sqlite3_value_bytes(v)));
    default: return QVariant();
    }
}

} // namespace

void MergeEngine::sqlRow(sqlite3_context* ctx, int argc, sqlite3_value** argv, bool hash)
{
    const auto* tables = static_cast<const QList<Table>*>(sqlite3_user_data(ctx));
    const int spec = sqlite3_value_int(argv[0]);
    if (spec < 0 || spec >= tables->size()) {
        sqlite3_result_error(ctx, "bad table", -1);
        return;
    }
    const Table& t = tables->at(spec);
    QVariantList values;
    values.reserve(argc - 1);
    for (int i = 1; i < argc; ++i)
        values.append(fromSqlite(argv[i]));
    const QStringList tokens = rowTokens(t, values);
    const QByteArray out = (hash ? rowHash(tokens) : baseJson(t, tokens)).toUtf8();
    sqlite3_result_text(ctx, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

// hs_merge_base(spec, col0, col1, …) over a whole row gives its merge_base values, and
// hs_merge_hash(…) its row_hash: the same tokens as a merge computes, by the same code.
bool MergeEngine::snapshotBase(sqlite3* copy, const QString& sourceFileId, QString* error)
{
    auto sqlError = [&] {
        *error = QString::fromUtf8(sqlite3_errmsg(copy));
        return false;
    };
    {
        sqlite3_stmt* has = nullptr;
        if (sqlite3_prepare_v2(copy, "SELECT 1 FROM sqlite_schema WHERE name = 'merge_base'", -1, &has, nullptr) != SQLITE_OK)
            return sqlError();
        const bool present = sqlite3_step(has) == SQLITE_ROW;
        sqlite3_finalize(has);
        if (!present)
            return true;
    }
    QList<Table> tables;
    for (int spec = 0; spec < int(std::size(kTables)); ++spec) {
        const QString name = Columns::table(kTables[spec].entity);
        sqlite3_stmt* info = nullptr;
        const QByteArray sql = QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(name).toUtf8();
        if (sqlite3_prepare_v2(copy, sql.constData(), -1, &info, nullptr) != SQLITE_OK)
            return sqlError();
        QStringList columns;
        while (sqlite3_step(info) == SQLITE_ROW)
            columns.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(info, 0))));
        sqlite3_finalize(info);
        tables.append(describe(spec, columns));
    }
    auto base = [](sqlite3_context* ctx, int argc, sqlite3_value** argv) { sqlRow(ctx, argc, argv, false); };
    auto hash = [](sqlite3_context* ctx, int argc, sqlite3_value** argv) { sqlRow(ctx, argc, argv, true); };
    if (sqlite3_create_function(copy, "hs_merge_base", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, &tables, base, nullptr,
                                nullptr) != SQLITE_OK
        || sqlite3_create_function(copy, "hs_merge_hash", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, &tables, hash, nullptr,
                                   nullptr) != SQLITE_OK)
        return sqlError();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool ok = true;
    for (int spec = 0; ok && spec < tables.size(); ++spec) {
        const Table& t = tables.at(spec);
        const QString args = QString::number(spec) + QLatin1Char(',') + t.columns.join(QLatin1Char(','));
        const QByteArray sql = QStringLiteral("INSERT OR REPLACE INTO merge_base(peer_file_id, tbl, row_id, row_hash, "
                                              "base_values, merged_ms) SELECT ?, '%1', id, hs_merge_hash(%2), "
                                              "hs_merge_base(%2), %3 FROM %1")
                                   .arg(t.name, args)
                                   .arg(now)
                                   .toUtf8();
        sqlite3_stmt* insert = nullptr;
        if (sqlite3_prepare_v2(copy, sql.constData(), -1, &insert, nullptr) != SQLITE_OK) {
            ok = sqlError();
            break;
        }
        const QByteArray peer = sourceFileId.toUtf8();
        sqlite3_bind_text(insert, 1, peer.constData(), int(peer.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(insert) != SQLITE_DONE)
            ok = sqlError();
        sqlite3_finalize(insert);
    }
    sqlite3_create_function(copy, "hs_merge_base", -1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr);
    sqlite3_create_function(copy, "hs_merge_hash", -1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr);
    return ok;
}

bool MergeEngine::readRows(const QSqlDatabase& db, const Table& t, const QString& reviewId, QHash<QString, Row>* rows,
                           QStringList* order, QString* error) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY id")
                       .arg(t.columns.join(QLatin1Char(',')), t.name, t.filter))) {
        *error = q.lastError().text();
        return false;
    }
    q.bindValue(0, reviewId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const int n = static_cast<int>(t.columns.size());
    while (q.next()) {
        Row row;
        row.values.reserve(n);
        for (int i = 0; i < n; ++i)
            row.values.append(q.value(i));
        const QString id = row.values.at(t.idColumn).toString();
        if (order)
            order->append(id);
        rows->insert(id, std::move(row));
    }
    return true;
}


} // namespace hs
