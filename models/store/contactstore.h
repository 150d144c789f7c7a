#pragma once

#include "models/store/contact.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QSqlQuery;

namespace mdesk::store {

class Database;

// The contacts of one Page in the store: the people the app knows, filled by conversation
// sync, imports and label calls. A thin repository over the contacts table: every method
// runs its statements on the given connection (one per thread) and returns false / nullopt
// with lastError() when SQLite refused. Single-statement writes autocommit; callers that
// need several writes to land together wrap them in a WriteTransaction.
class ContactStore
{
public:
    ContactStore(Database &database, QString pageId);

    const QString &pageId() const { return m_pageId; }
    const QString &lastError() const { return m_error; }

    // Adds the person if unknown (first_seen = nowMs); true when a row was added, false when
    // the person was known; nullopt on a database error.
    std::optional<bool> addPsid(const QString &psid, qint64 nowMs);
    // addPsid for many, in one transaction; the number of people added (the rest were
    // known), nullopt on a database error (then none is added).
    std::optional<int> addPsids(const QStringList &psids, qint64 nowMs);
    // Adds or updates the person of a synced thread: name, conversation, updated_time; the
    // inbound and outbound times only move forward. A newer inbound message clears
    // "unavailable" (the person wrote again, so they can be reached).
    bool upsertConversation(const ConversationRecord &record, qint64 nowMs);
    bool setUnavailable(const QString &psid, bool unavailable);
    bool setBlocked(const QString &psid, bool blocked);

    std::optional<Contact> contact(const QString &psid);
    // Whether the person is known and the thread's updated_time it was synced at (nullopt
    // inside when known but never synced); nullopt when unknown or on an error.
    std::optional<std::optional<qint64>> syncedUpdatedTime(const QString &psid);
    // The newest updated_time of any synced thread of the Page; nullopt when none.
    std::optional<qint64> newestUpdatedTime();

    // Contacts matching filter, newest inbound message first (unknown last), then by PSID
    // (descending);
    // rows [offset, offset + limit), limit < 0: all. A table model pages with this.
    std::optional<QList<Contact>> list(const ContactFilter &filter, int offset = 0, int limit = -1);
    // Calls visit for every match in list() order without holding them all; visit returns
    // false to stop. False on a database error.
    bool forEach(const ContactFilter &filter, const std::function<bool(const Contact &)> &visit);
    std::optional<int> count(const ContactFilter &filter);

private:
    // Prepares statement with its %1 replaced by the filter's FROM and WHERE, and binds
    // the filter's values.
    bool prepareSelect(QSqlQuery &query, const ContactFilter &filter, const QString &statement);
    // The statement of list() and forEach(): %1 stands for the filter's FROM and WHERE.
    static QString pickedStatement(int offset, int limit);
    bool exec(QSqlQuery &query);
    static Contact fromRow(const QSqlQuery &query);

    Database &m_database;
    QString m_pageId;
    QString m_error;
};

} // namespace mdesk::store
