#include "models/store/contactstore.h"

#include "models/store/database.h"
#include "models/store/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace mdesk::store {

namespace {

QVariant optionalTime(const std::optional<qint64> &time)
{
    return time ? QVariant(*time) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> timeAt(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// LIKE pattern for a substring, with the wildcards of the text itself escaped.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QLatin1String kBaseColumns(
    "c.psid, c.name, c.first_seen, c.last_inbound, c.last_outbound, c.unavailable, c.blocked, "
    "c.conversation_id, c.updated_time, c.page_id");
const QLatin1String kLabels("(SELECT group_concat(l.label_id, ',') FROM contact_labels l "
                            "WHERE l.page_id = c.page_id AND l.psid = c.psid)");
// Newest inbound message first, people who never wrote last (SQLite sorts NULL lowest),
// then by PSID: the order of the (page_id, last_inbound) index read backwards, so a page
// deep in a 100,000-row table is an index walk, not a sort.
const QLatin1String kOrder("ORDER BY c.last_inbound DESC, c.psid DESC");

} // namespace

ContactStore::ContactStore(Database &database, QString pageId)
    : m_database(database)
    , m_pageId(std::move(pageId))
{}

bool ContactStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

std::optional<bool> ContactStore::addPsid(const QString &psid, qint64 nowMs)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO contacts (page_id, psid, first_seen, "
                                 "unavailable, blocked) VALUES (?, ?, ?, 0, 0)"));
    query.addBindValue(m_pageId);
    query.addBindValue(psid);
    query.addBindValue(nowMs);
    if (!exec(query))
        return std::nullopt;
    return query.numRowsAffected() > 0;
}

std::optional<int> ContactStore::addPsids(const QStringList &psids, qint64 nowMs)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO contacts (page_id, psid, first_seen, "
                                 "unavailable, blocked) VALUES (?, ?, ?, 0, 0)"));
    int added = 0;
    for (const QString &psid : psids) {
        query.bindValue(0, m_pageId);
        query.bindValue(1, psid);
        query.bindValue(2, nowMs);
        if (!exec(query))
            return std::nullopt;
        added += query.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!transaction.commit()) {
        m_error = transaction.error();
        return std::nullopt;
    }
    return added;
}

bool ContactStore::upsertConversation(const ConversationRecord &record, qint64 nowMs)
{
    // max(coalesce(a, b), coalesce(b, a)) is the larger of two times where either may be
    // unknown (SQLite's max() of a NULL is NULL).
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO contacts (page_id, psid, name, first_seen, last_inbound, last_outbound, "
        "unavailable, blocked, conversation_id, updated_time) "
        "VALUES (:page, :psid, :name, :now, :inbound, :outbound, 0, 0, :conversation, :updated) "
        "ON CONFLICT (page_id, psid) DO UPDATE SET "
        " name = coalesce(excluded.name, name), "
        " unavailable = CASE WHEN excluded.last_inbound > coalesce(last_inbound, 0) THEN 0 "
        "   ELSE unavailable END, "
        " last_inbound = max(coalesce(last_inbound, excluded.last_inbound), "
        "   coalesce(excluded.last_inbound, last_inbound)), "
        " last_outbound = max(coalesce(last_outbound, excluded.last_outbound), "
        "   coalesce(excluded.last_outbound, last_outbound)), "
        " conversation_id = excluded.conversation_id, "
        " updated_time = excluded.updated_time"));
    query.bindValue(QStringLiteral(":page"), m_pageId);
    query.bindValue(QStringLiteral(":psid"), record.psid);
    query.bindValue(QStringLiteral(":name"), record.name.isEmpty()
                                                 ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(record.name));
    query.bindValue(QStringLiteral(":now"), nowMs);
    query.bindValue(QStringLiteral(":inbound"), optionalTime(record.lastInbound));
    query.bindValue(QStringLiteral(":outbound"), optionalTime(record.lastOutbound));
    query.bindValue(QStringLiteral(":conversation"), record.conversationId);
    query.bindValue(QStringLiteral(":updated"), record.updatedTime);
    return exec(query);
}

bool ContactStore::setUnavailable(const QString &psid, bool unavailable)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE contacts SET unavailable = ? WHERE page_id = ? AND psid = ?"));
    query.addBindValue(unavailable ? 1 : 0);
    query.addBindValue(m_pageId);
    query.addBindValue(psid);
    return exec(query);
}

bool ContactStore::setBlocked(const QString &psid, bool blocked)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE contacts SET blocked = ? WHERE page_id = ? AND psid = ?"));
    query.addBindValue(blocked ? 1 : 0);
    query.addBindValue(m_pageId);
    query.addBindValue(psid);
    return exec(query);
}

std::optional<Contact> ContactStore::contact(const QString &psid)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1, %2 FROM contacts c WHERE c.page_id = ? AND c.psid = ?")
                      .arg(kBaseColumns, kLabels));
    query.addBindValue(m_pageId);
    query.addBindValue(psid);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<std::optional<qint64>> ContactStore::syncedUpdatedTime(const QString &psid)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT updated_time FROM contacts WHERE page_id = ? AND psid = ?"));
    query.addBindValue(m_pageId);
    query.addBindValue(psid);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return timeAt(query, 0);
}

std::optional<qint64> ContactStore::newestUpdatedTime()
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT max(updated_time) FROM contacts WHERE page_id = ?"));
    query.addBindValue(m_pageId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return timeAt(query, 0);
}

bool ContactStore::prepareSelect(QSqlQuery &query, const ContactFilter &filter,
                                 const QString &statement)
{
    // With a label the join starts from the label's members (an index range), so a small
    // label on a large Page never scans every contact.
    QString sql = filter.labelId.isEmpty()
                      ? QStringLiteral("FROM contacts c WHERE c.page_id = :page")
                      : QStringLiteral("FROM contact_labels m JOIN contacts c "
                                       "ON c.page_id = m.page_id AND c.psid = m.psid "
                                       "WHERE m.page_id = :page AND m.label_id = :label");
    if (filter.openOnly)
        sql += QStringLiteral(" AND c.last_inbound > :since");
    if (!filter.text.isEmpty())
        sql += QStringLiteral(" AND (c.psid LIKE :text ESCAPE '\\' OR c.name LIKE :text2 "
                              "ESCAPE '\\')");
    query.setForwardOnly(true);
    if (!query.prepare(QString(statement).replace(QLatin1String("%1"), sql))) {
        m_error = query.lastError().text();
        return false;
    }
    query.bindValue(QStringLiteral(":page"), m_pageId);
    if (!filter.labelId.isEmpty())
        query.bindValue(QStringLiteral(":label"), filter.labelId);
    if (filter.openOnly)
        query.bindValue(QStringLiteral(":since"), filter.nowMs - kMessagingWindowMs);
    if (!filter.text.isEmpty()) {
        query.bindValue(QStringLiteral(":text"), likePattern(filter.text));
        query.bindValue(QStringLiteral(":text2"), likePattern(filter.text));
    }
    return true;
}

QString ContactStore::pickedStatement(int offset, int limit)
{
    // The keys are picked first from the indexes alone ((page_id, last_inbound) and the
    // label memberships cover them), so rows an offset skips or the filter drops cost an
    // index step, not a table read and a label lookup each; only the picked rows are read
    // whole.
    return QStringLiteral("WITH p AS MATERIALIZED (SELECT c.page_id AS page_id, c.psid AS psid "
                          "%1 ") +
           kOrder +
           QStringLiteral(" LIMIT %1 OFFSET %2) ")
               .arg(limit < 0 ? -1 : limit)
               .arg(std::max(0, offset)) +
           QStringLiteral("SELECT ") + kBaseColumns + QStringLiteral(", ") + kLabels +
           QStringLiteral(" FROM p JOIN contacts c ON c.page_id = p.page_id AND c.psid = p.psid ") +
           kOrder;
}

std::optional<QList<Contact>> ContactStore::list(const ContactFilter &filter, int offset, int limit)
{
    QSqlQuery query(m_database.connection());
    const QString picked = pickedStatement(offset, limit);
    if (!prepareSelect(query, filter, picked) || !exec(query))
        return std::nullopt;
    QList<Contact> contacts;
    while (query.next())
        contacts.append(fromRow(query));
    return contacts;
}

bool ContactStore::forEach(const ContactFilter &filter,
                           const std::function<bool(const Contact &)> &visit)
{
    QSqlQuery query(m_database.connection());
    if (!prepareSelect(query, filter, pickedStatement(0, -1)) || !exec(query))
        return false;
    while (query.next()) {
        if (!visit(fromRow(query)))
            break;
    }
    return true;
}

std::optional<int> ContactStore::count(const ContactFilter &filter)
{
    QSqlQuery query(m_database.connection());
    if (!prepareSelect(query, filter, QStringLiteral("SELECT count(*) %1")) || !exec(query) ||
        !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

Contact ContactStore::fromRow(const QSqlQuery &query)
{
    Contact contact;
    contact.psid = query.value(0).toString();
    contact.name = query.value(1).toString();
    contact.firstSeen = timeAt(query, 2);
    contact.lastInbound = timeAt(query, 3);
    contact.lastOutbound = timeAt(query, 4);
    contact.unavailable = query.value(5).toInt() != 0;
    contact.blocked = query.value(6).toInt() != 0;
    contact.conversationId = query.value(7).toString();
    contact.updatedTime = timeAt(query, 8);
    const QString labels = query.value(10).toString();
    if (!labels.isEmpty()) {
        contact.labels = labels.split(QLatin1Char(','));
        contact.labels.sort();
    }
    return contact;
}

} // namespace mdesk::store
