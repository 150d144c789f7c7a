#pragma once

#include <QSqlDatabase>
#include <QString>

namespace mdesk::store {

// The numbered migrations. Migration N takes a file from user_version N-1 to N; every one
// runs inside the caller's transaction. Tables and column names are a contract: other
// areas code against them (see design.md, "The local store").
class Schema
{
public:
    static int latestVersion();
    // Applies the migrations after `from` up to `to` (latestVersion() by default) and sets
    // user_version. false with *error on the first failing statement.
    static bool migrate(QSqlDatabase &db, int from, QString *error, int to = -1);
    // Whether this SQLite has FTS5 (the events_fts table is made only then).
    static bool sqliteHasFts5(QSqlDatabase &db);
};

} // namespace mdesk::store
