#include "models/store/labelindex.h"

#include "models/store/writetransaction.h"

#include "models/store/database.h"
#include <QSet>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mdesk::store {

namespace {

bool run(QSqlQuery &query, QString &error)
{
    if (query.exec())
        return true;
    error = query.lastError().text();
    return false;
}

} // namespace

LabelIndex::LabelIndex(Database &database, QString pageId)
    : m_database(database)
    , m_pageId(std::move(pageId))
{}

bool LabelIndex::ensureLabel(const QString &labelId, const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO labels (page_id, label_id, name) VALUES (?, ?, ?) "
        "ON CONFLICT (page_id, label_id) DO UPDATE SET name = coalesce(excluded.name, name)"));
    query.addBindValue(m_pageId);
    query.addBindValue(labelId);
    query.addBindValue(name.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : name);
    return run(query, m_error);
}

bool LabelIndex::removeLabel(const QString &labelId)
{
    QSqlQuery members(m_database.connection());
    members.prepare(
        QStringLiteral("DELETE FROM contact_labels WHERE page_id = ? AND label_id = ?"));
    members.addBindValue(m_pageId);
    members.addBindValue(labelId);
    QSqlQuery label(m_database.connection());
    label.prepare(QStringLiteral("DELETE FROM labels WHERE page_id = ? AND label_id = ?"));
    label.addBindValue(m_pageId);
    label.addBindValue(labelId);
    return run(members, m_error) && run(label, m_error);
}

bool LabelIndex::label(const QString &labelId, const QStringList &psids, qint64 nowMs)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return false;
    }
    if (!ensureLabel(labelId, {}))
        return false;
    QSqlQuery contact(m_database.connection());
    contact.prepare(QStringLiteral("INSERT OR IGNORE INTO contacts (page_id, psid, first_seen, "
                                   "unavailable, blocked) VALUES (?, ?, ?, 0, 0)"));
    QSqlQuery member(m_database.connection());
    member.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO contact_labels (page_id, label_id, psid) VALUES (?, ?, ?)"));
    for (const QString &psid : psids) {
        contact.bindValue(0, m_pageId);
        contact.bindValue(1, psid);
        contact.bindValue(2, nowMs);
        member.bindValue(0, m_pageId);
        member.bindValue(1, labelId);
        member.bindValue(2, psid);
        if (!run(contact, m_error) || !run(member, m_error))
            return false;
    }
    if (transaction.commit())
        return true;
    m_error = transaction.error();
    return false;
}

bool LabelIndex::unlabel(const QString &labelId, const QStringList &psids)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return false;
    }
    QSqlQuery member(m_database.connection());
    member.prepare(QStringLiteral(
        "DELETE FROM contact_labels WHERE page_id = ? AND label_id = ? AND psid = ?"));
    for (const QString &psid : psids) {
        member.bindValue(0, m_pageId);
        member.bindValue(1, labelId);
        member.bindValue(2, psid);
        if (!run(member, m_error))
            return false;
    }
    if (transaction.commit())
        return true;
    m_error = transaction.error();
    return false;
}

bool LabelIndex::deleteLabel(const QString &labelId)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return false;
    }
    if (!removeLabel(labelId))
        return false;
    if (transaction.commit())
        return true;
    m_error = transaction.error();
    return false;
}

bool LabelIndex::setLabelsOf(const QString &psid, const QList<KnownLabel> &labels, bool complete,
                             qint64 nowMs)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return false;
    }
    if (complete) {
        QSqlQuery clear(m_database.connection());
        clear.prepare(QStringLiteral("DELETE FROM contact_labels WHERE page_id = ? AND psid = ?"));
        clear.addBindValue(m_pageId);
        clear.addBindValue(psid);
        if (!run(clear, m_error))
            return false;
    }
    QSqlQuery contact(m_database.connection());
    contact.prepare(QStringLiteral("INSERT OR IGNORE INTO contacts (page_id, psid, first_seen, "
                                   "unavailable, blocked) VALUES (?, ?, ?, 0, 0)"));
    contact.addBindValue(m_pageId);
    contact.addBindValue(psid);
    contact.addBindValue(nowMs);
    if (!run(contact, m_error))
        return false;
    QSqlQuery member(m_database.connection());
    member.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO contact_labels (page_id, label_id, psid) VALUES (?, ?, ?)"));
    for (const KnownLabel &label : labels) {
        if (!ensureLabel(label.id, label.name))
            return false;
        member.bindValue(0, m_pageId);
        member.bindValue(1, label.id);
        member.bindValue(2, psid);
        if (!run(member, m_error))
            return false;
    }
    if (transaction.commit())
        return true;
    m_error = transaction.error();
    return false;
}

bool LabelIndex::rememberLabels(const QList<KnownLabel> &labels, bool complete)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return false;
    }
    QSet<QString> listed;
    for (const KnownLabel &label : labels) {
        listed.insert(label.id);
        if (!ensureLabel(label.id, label.name))
            return false;
    }
    if (complete) {
        const auto known =
            strings(QStringLiteral("SELECT label_id FROM labels WHERE page_id = ?"), {m_pageId});
        if (!known)
            return false;
        for (const QString &labelId : *known) {
            if (!listed.contains(labelId) && !removeLabel(labelId))
                return false;
        }
    }
    if (transaction.commit())
        return true;
    m_error = transaction.error();
    return false;
}

std::optional<QStringList> LabelIndex::strings(const QString &sql, const QStringList &values)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QString &value : values)
        query.addBindValue(value);
    if (!run(query, m_error))
        return std::nullopt;
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

std::optional<QList<KnownLabel>> LabelIndex::labels()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT label_id, name FROM labels WHERE page_id = ? ORDER BY label_id"));
    query.addBindValue(m_pageId);
    if (!run(query, m_error))
        return std::nullopt;
    QList<KnownLabel> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
}

std::optional<QStringList> LabelIndex::members(const QString &labelId)
{
    return strings(QStringLiteral("SELECT psid FROM contact_labels WHERE page_id = ? AND "
                                  "label_id = ? ORDER BY psid"),
                   {m_pageId, labelId});
}

std::optional<int> LabelIndex::memberCount(const QString &labelId)
{
    const auto counted = strings(QStringLiteral("SELECT count(*) FROM contact_labels WHERE "
                                                "page_id = ? AND label_id = ?"),
                                 {m_pageId, labelId});
    if (!counted)
        return std::nullopt;
    return counted->value(0).toInt();
}

std::optional<QStringList> LabelIndex::labelsOf(const QString &psid)
{
    return strings(QStringLiteral("SELECT label_id FROM contact_labels WHERE page_id = ? AND "
                                  "psid = ? ORDER BY label_id"),
                   {m_pageId, psid});
}

} // namespace mdesk::store
