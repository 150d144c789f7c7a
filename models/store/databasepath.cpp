// Database::defaultPath() apart from database.cpp: the CLI names the store's file (for the
// spool beside it) on every run, and this object needs no Qt Sql, so a `call` loads none.
#include "database.h"

#include <QStandardPaths>

namespace mdesk::store {

QString Database::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("MESSENGER_DESK_STORE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/store.sqlite");
}

} // namespace mdesk::store
