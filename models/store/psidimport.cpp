#include "models/store/psidimport.h"

#include "models/store/database.h"
#include "models/store/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mdesk::store {

namespace {

const QLatin1String kTable("temp.mdesk_psid_import");

} // namespace

PsidImport::PsidImport(Database &database, QString pageId)
    : m_database(database)
    , m_pageId(std::move(pageId))
{}

PsidImport::~PsidImport()
{
    discard();
}

bool PsidImport::exec(const QString &statement)
{
    QSqlQuery query(m_database.connection());
    if (query.exec(statement))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool PsidImport::begin()
{
    discard();
    m_distinct = 0;
    m_active =
        exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(kTable)) &&
        exec(QStringLiteral("CREATE TABLE %1 (psid TEXT PRIMARY KEY) WITHOUT ROWID").arg(kTable));
    if (!m_active)
        return false;
    m_insert = std::make_unique<QSqlQuery>(m_database.connection());
    if (!m_insert->prepare(
            QStringLiteral("INSERT OR IGNORE INTO %1 (psid) VALUES (?)").arg(kTable))) {
        m_error = m_insert->lastError().text();
        discard();
        return false;
    }
    return true;
}

std::optional<bool> PsidImport::add(const QString &psid)
{
    if (!m_insert)
        return std::nullopt;
    m_insert->bindValue(0, psid);
    if (!m_insert->exec()) {
        m_error = m_insert->lastError().text();
        return std::nullopt;
    }
    const bool added = m_insert->numRowsAffected() > 0;
    m_distinct += added ? 1 : 0;
    return added;
}

std::optional<int> PsidImport::commit(qint64 nowMs)
{
    if (!m_active)
        return std::nullopt;
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO contacts (page_id, psid, first_seen, "
                                 "unavailable, blocked) SELECT ?, psid, ?, 0, 0 FROM %1")
                      .arg(kTable));
    query.addBindValue(m_pageId);
    query.addBindValue(nowMs);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    const int added = query.numRowsAffected();
    if (!transaction.commit()) {
        m_error = transaction.error();
        return std::nullopt;
    }
    discard();
    return added;
}

void PsidImport::discard()
{
    if (!m_active)
        return;
    m_active = false;
    m_insert.reset();
    exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(kTable));
}

} // namespace mdesk::store
