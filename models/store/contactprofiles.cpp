#include "models/store/contactprofiles.h"

#include "models/store/database.h"
#include "models/store/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mdesk::store {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

ContactProfiles::ContactProfiles(Database &database, QString pageId)
    : m_database(database)
    , m_pageId(std::move(pageId))
{}

std::optional<QStringList> ContactProfiles::unread(int limit)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT psid FROM contacts WHERE page_id = ? AND "
                                 "profile_read_at IS NULL ORDER BY psid LIMIT ?"));
    query.addBindValue(m_pageId);
    query.addBindValue(limit < 0 ? -1 : limit);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QStringList psids;
    while (query.next())
        psids.append(query.value(0).toString());
    return psids;
}

std::optional<int> ContactProfiles::unreadCount()
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM contacts WHERE page_id = ? AND profile_read_at IS NULL"));
    query.addBindValue(m_pageId);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<int> ContactProfiles::save(const QList<ContactProfile> &profiles, qint64 readAtMs)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE contacts SET locale = ?, timezone = ?, gender = ?, "
                                 "profile_read_at = ? WHERE page_id = ? AND psid = ?"));
    int written = 0;
    for (const ContactProfile &profile : profiles) {
        query.addBindValue(textOrNull(profile.locale));
        query.addBindValue(profile.timezone ? QVariant(*profile.timezone)
                                            : QVariant(QMetaType::fromType<double>()));
        query.addBindValue(textOrNull(profile.gender));
        query.addBindValue(readAtMs);
        query.addBindValue(m_pageId);
        query.addBindValue(profile.psid);
        if (!query.exec()) {
            m_error = query.lastError().text();
            return std::nullopt;
        }
        written += query.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!transaction.commit()) {
        m_error = transaction.error();
        return std::nullopt;
    }
    return written;
}

std::optional<QList<ContactProfile>> ContactProfiles::read()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT psid, locale, timezone, gender, profile_read_at FROM "
                                 "contacts WHERE page_id = ? AND profile_read_at IS NOT NULL "
                                 "ORDER BY psid"));
    query.addBindValue(m_pageId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<ContactProfile> profiles;
    while (query.next()) {
        ContactProfile profile;
        profile.psid = query.value(0).toString();
        profile.locale = query.value(1).toString();
        if (!query.value(2).isNull())
            profile.timezone = query.value(2).toDouble();
        profile.gender = query.value(3).toString();
        profile.readAt = query.value(4).toLongLong();
        profiles.append(profile);
    }
    return profiles;
}

} // namespace mdesk::store
