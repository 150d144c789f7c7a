#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mdesk::store {

class Database;

// What fetch_user_profile said of one contact. Fields Graph did not give (the Page's
// feature review does not allow them, or the person has none) are empty / nullopt.
struct ContactProfile
{
    QString psid;
    QString locale;                 // ll_CC
    std::optional<double> timezone; // hours from UTC
    QString gender;
    std::optional<qint64> readAt; // ms since the epoch; nullopt: never read
};

// The profile columns of the contacts table (schema migration 3) for one Page. Methods
// return false / nullopt with lastError() when SQLite refused.
class ContactProfiles
{
public:
    ContactProfiles(Database &database, QString pageId);

    const QString &lastError() const { return m_error; }

    // Contacts whose profile was never read, in PSID order; limit < 0: all.
    std::optional<QStringList> unread(int limit = -1);
    std::optional<int> unreadCount();
    // Stores the answers in one transaction, profile_read_at = readAtMs for each; PSIDs the
    // store does not know are left out. The number of rows written.
    std::optional<int> save(const QList<ContactProfile> &profiles, qint64 readAtMs);
    // Every contact of the Page whose profile was read.
    std::optional<QList<ContactProfile>> read();

private:
    Database &m_database;
    QString m_pageId;
    QString m_error;
};

} // namespace mdesk::store
