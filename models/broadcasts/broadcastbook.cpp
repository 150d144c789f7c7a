#include "models/broadcasts/broadcastbook.h"

#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "models/store/labelindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mdesk::models {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant toMs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

AudiencePerson personOf(const store::Contact &contact)
{
    AudiencePerson person;
    person.psid = contact.psid;
    person.name = contact.name;
    if (contact.lastInbound)
        person.lastInbound = QDateTime::fromMSecsSinceEpoch(*contact.lastInbound, Qt::UTC);
    person.unavailable = contact.unavailable || contact.blocked;
    person.labels = contact.labels;
    return person;
}

// BEGIN IMMEDIATE ... COMMIT, rolled back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(db)
    {
        QSqlQuery query(m_db);
        m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = query.lastError().text();
    }
    ~Transaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT"))) {
            m_error = query.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }
    const QString &error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
    bool m_active = false;
};

} // namespace

QJsonObject AudienceChoice::toJson() const
{
    QJsonObject out;
    if (!labelIds.isEmpty())
        out.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labelIds));
    if (!psids.isEmpty())
        out.insert(QStringLiteral("psids"), int(psids.size())); // the rows keep who
    if (allOpen)
        out.insert(QStringLiteral("all_open"), true);
    return out;
}

AudienceChoice AudienceChoice::fromJson(const QJsonObject &object)
{
    AudienceChoice choice;
    for (const auto &value : object.value(QStringLiteral("labels")).toArray())
        choice.labelIds.append(value.toString());
    choice.allOpen = object.value(QStringLiteral("all_open")).toBool();
    return choice;
}

BroadcastBook::BroadcastBook(store::Database &database, QString appId, QString pageId)
    : m_database(database)
    , m_appId(std::move(appId))
    , m_pageId(std::move(pageId))
{
}

bool BroadcastBook::fail(const QString &what, QString *error)
{
    m_error = what;
    if (error)
        *error = what;
    return false;
}

std::optional<bool> BroadcastBook::knowsLabel(const QString &labelId)
{
    store::LabelIndex index(m_database, m_pageId);
    const auto labels = index.labels();
    if (!labels) {
        m_error = index.lastError();
        return std::nullopt;
    }
    for (const auto &label : *labels) {
        if (label.id == labelId)
            return true;
    }
    return false;
}

std::optional<AudiencePerson> BroadcastBook::person(const QString &psid)
{
    store::ContactStore contacts(m_database, m_pageId);
    const auto contact = contacts.contact(psid);
    if (!contact) {
        AudiencePerson unknown;
        unknown.psid = psid;
        unknown.known = false;
        return unknown;
    }
    return personOf(*contact);
}

QString BroadcastBook::skipReason(const QString &psid, const QDateTime &now)
{
    const auto found = person(psid);
    if (!found || !found->known)
        return {};
    if (found->unavailable)
        return QStringLiteral("unavailable");
    return found->windowOpen(now) ? QString() : QStringLiteral("window_closed");
}

std::optional<QList<AudiencePerson>> BroadcastBook::resolve(const AudienceChoice &choice,
                                                            qint64 now)
{
    store::ContactStore contacts(m_database, m_pageId);
    QList<AudiencePerson> out;
    const auto collect = [&](const store::ContactFilter &filter) {
        return contacts.forEach(filter, [&out](const store::Contact &contact) {
            out.append(personOf(contact));
            return true;
        });
    };
    if (choice.allOpen && !collect({{}, true, now, {}})) {
        m_error = contacts.lastError();
        return std::nullopt;
    }
    for (const QString &labelId : choice.labelIds) {
        if (!collect({labelId, false, now, {}})) {
            m_error = contacts.lastError();
            return std::nullopt;
        }
    }
    for (const QString &psid : choice.psids) {
        const auto contact = contacts.contact(psid);
        if (contact) {
            out.append(personOf(*contact));
        } else {
            AudiencePerson unknown;
            unknown.psid = psid;
            unknown.known = false;
            out.append(unknown);
        }
    }
    return out;
}

std::optional<qint64> BroadcastBook::create(const BroadcastDraft &draft,
                                            const Eligibility &eligibility, qint64 now)
{
    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (!tx.isActive()) {
        m_error = tx.error();
        return std::nullopt;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO broadcasts (app_id, page_id, name, message_json, audience_json,"
        " messaging_type, tag, state, created, scheduled_for, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QJsonObject audience = draft.audience.toJson();
    if (!draft.personaId.isEmpty())
        audience.insert(QStringLiteral("persona_id"), draft.personaId);
    insert.addBindValue(m_appId);
    insert.addBindValue(m_pageId);
    insert.addBindValue(draft.name);
    insert.addBindValue(compact(draft.message));
    insert.addBindValue(compact(audience));
    insert.addBindValue(draft.messagingType);
    insert.addBindValue(draft.tag);
    insert.addBindValue(draft.scheduledFor.isValid() ? BroadcastState::Scheduled
                                                     : BroadcastState::Draft);
    insert.addBindValue(now);
    insert.addBindValue(toMs(draft.scheduledFor));
    insert.addBindValue(QString());
    if (!insert.exec()) {
        m_error = insert.lastError().text();
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery row(db);
    row.prepare(QStringLiteral("INSERT OR IGNORE INTO broadcast_recipients (broadcast_id, psid,"
                               " name, state, reason, updated) VALUES (?, ?, ?, ?, ?, ?)"));
    const auto add = [&](const QList<AudiencePerson> &people, const QString &state,
                         const QString &reason) {
        for (const auto &person : people) {
            row.addBindValue(id);
            row.addBindValue(person.psid);
            row.addBindValue(person.name);
            row.addBindValue(state);
            row.addBindValue(reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : reason);
            row.addBindValue(now);
            if (!row.exec()) {
                m_error = row.lastError().text();
                return false;
            }
        }
        return true;
    };
    if (!add(eligibility.reachable, RecipientState::Pending, {}) ||
        !add(eligibility.outsideWindow, RecipientState::Skipped, QStringLiteral("window_closed")) ||
        !add(eligibility.unavailable, RecipientState::Skipped, QStringLiteral("unavailable")) ||
        !add(eligibility.unknown, RecipientState::Skipped, QStringLiteral("unknown_contact")))
        return std::nullopt;
    if (!tx.commit()) {
        m_error = tx.error();
        return std::nullopt;
    }
    return id;
}

std::optional<BroadcastDraft> BroadcastBook::draft(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT name, message_json, audience_json, messaging_type, tag,"
                                 " scheduled_for FROM broadcasts WHERE id = ? AND page_id = ?"));
    query.addBindValue(id);
    query.addBindValue(m_pageId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        m_error = QCoreApplication::translate("mdesk::models::BroadcastBook",
                                              "There is no broadcast %1 for this Page.")
                      .arg(id);
        return std::nullopt;
    }
    BroadcastDraft draft;
    draft.name = query.value(0).toString();
    draft.message = parse(query.value(1));
    const QJsonObject audience = parse(query.value(2));
    draft.audience = AudienceChoice::fromJson(audience);
    draft.personaId = audience.value(QStringLiteral("persona_id")).toString();
    draft.messagingType = query.value(3).toString();
    draft.tag = query.value(4).toString();
    draft.scheduledFor = fromMs(query.value(5));
    return draft;
}

std::optional<BroadcastReport> BroadcastBook::report(qint64 id)
{
    QSqlQuery head(m_database.connection());
    head.prepare(QStringLiteral("SELECT name, state, note, created, scheduled_for FROM broadcasts"
                                " WHERE id = ? AND page_id = ?"));
    head.addBindValue(id);
    head.addBindValue(m_pageId);
    if (!head.exec()) {
        m_error = head.lastError().text();
        return std::nullopt;
    }
    if (!head.next()) {
        m_error = QCoreApplication::translate("mdesk::models::BroadcastBook",
                                              "There is no broadcast %1 for this Page.")
                      .arg(id);
        return std::nullopt;
    }
    BroadcastReport report;
    report.id = id;
    report.name = head.value(0).toString();
    report.state = head.value(1).toString();
    report.note = head.value(2).toString();
    report.created = fromMs(head.value(3));
    report.scheduledFor = fromMs(head.value(4));
    QSqlQuery rows(m_database.connection());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT psid, name, state, message_id, reason, error_json, updated"
                                " FROM broadcast_recipients WHERE broadcast_id = ?"
                                " ORDER BY rowid"));
    rows.addBindValue(id);
    if (!rows.exec()) {
        m_error = rows.lastError().text();
        return std::nullopt;
    }
    while (rows.next()) {
        ReportRow row;
        row.result.psid = rows.value(0).toString();
        row.name = rows.value(1).toString();
        row.result.state = rows.value(2).toString();
        row.result.messageId = rows.value(3).toString();
        row.result.reason = rows.value(4).toString();
        row.result.error = parse(rows.value(5));
        row.updated = fromMs(rows.value(6));
        report.rows.append(row);
    }
    return report;
}

std::optional<QList<BroadcastReport>> BroadcastBook::list()
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, name, state, note, created, scheduled_for FROM"
                                 " broadcasts WHERE page_id = ? ORDER BY id DESC"));
    query.addBindValue(m_pageId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<BroadcastReport> out;
    while (query.next()) {
        BroadcastReport report;
        report.id = query.value(0).toLongLong();
        report.name = query.value(1).toString();
        report.state = query.value(2).toString();
        report.note = query.value(3).toString();
        report.created = fromMs(query.value(4));
        report.scheduledFor = fromMs(query.value(5));
        out.append(report);
    }
    // Counts: one grouped query per broadcast keeps rows out of memory.
    QSqlQuery counts(m_database.connection());
    counts.prepare(QStringLiteral("SELECT state, count(*) FROM broadcast_recipients"
                                  " WHERE broadcast_id = ? GROUP BY state"));
    for (auto &report : out) {
        counts.addBindValue(report.id);
        if (!counts.exec()) {
            m_error = counts.lastError().text();
            return std::nullopt;
        }
        while (counts.next())
            report.tally.insert(counts.value(0).toString(), counts.value(1).toInt());
    }
    return out;
}

std::optional<QStringList> BroadcastBook::psidsIn(qint64 id, const QString &state)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT psid FROM broadcast_recipients WHERE broadcast_id = ?"
                                 " AND state = ? ORDER BY rowid"));
    query.addBindValue(id);
    query.addBindValue(state);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QStringList out;
    while (query.next())
        out.append(query.value(0).toString());
    return out;
}

std::optional<QList<qint64>> BroadcastBook::dueSchedules(qint64 now)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM broadcasts WHERE page_id = ? AND state = ?"
                                 " AND scheduled_for <= ? ORDER BY scheduled_for"));
    query.addBindValue(m_pageId);
    query.addBindValue(BroadcastState::Scheduled);
    query.addBindValue(now);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<qint64> out;
    while (query.next())
        out.append(query.value(0).toLongLong());
    return out;
}

std::optional<int> BroadcastBook::recoverInterrupted()
{
    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (!tx.isActive()) {
        m_error = tx.error();
        return std::nullopt;
    }
    QSqlQuery broadcasts(db);
    broadcasts.prepare(QStringLiteral(
        "UPDATE broadcasts SET state = ? WHERE page_id = ? AND (state IN (?, ?) OR id IN"
        " (SELECT broadcast_id FROM broadcast_recipients WHERE state = ?))"));
    broadcasts.addBindValue(BroadcastState::Interrupted);
    broadcasts.addBindValue(m_pageId);
    broadcasts.addBindValue(BroadcastState::Running);
    broadcasts.addBindValue(BroadcastState::Paused);
    broadcasts.addBindValue(RecipientState::Sending);
    QSqlQuery rows(db);
    rows.prepare(QStringLiteral(
        "UPDATE broadcast_recipients SET state = ?, reason = 'interrupted', updated = ?"
        " WHERE state = ? AND broadcast_id IN (SELECT id FROM broadcasts WHERE page_id = ?)"));
    rows.addBindValue(RecipientState::Unknown);
    rows.addBindValue(nowMs());
    rows.addBindValue(RecipientState::Sending);
    rows.addBindValue(m_pageId);
    if (!broadcasts.exec() || !rows.exec()) {
        m_error = (broadcasts.lastError().isValid() ? broadcasts : rows).lastError().text();
        return std::nullopt;
    }
    const int changed = rows.numRowsAffected();
    if (!tx.commit()) {
        m_error = tx.error();
        return std::nullopt;
    }
    return changed;
}

bool BroadcastBook::setStates(qint64 broadcastId, const QStringList &psids, const QString &state,
                              QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return fail(tx.error(), error);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE broadcast_recipients SET state = ?, updated = ?"
                                 " WHERE broadcast_id = ? AND psid = ?"));
    const qint64 now = nowMs();
    for (const QString &psid : psids) {
        query.addBindValue(state);
        query.addBindValue(now);
        query.addBindValue(broadcastId);
        query.addBindValue(psid);
        if (!query.exec())
            return fail(query.lastError().text(), error);
    }
    if (!tx.commit())
        return fail(tx.error(), error);
    return true;
}

bool BroadcastBook::markSending(qint64 broadcastId, const QStringList &psids, QString *error)
{
    // A committed `sending` row is a promise: FULL syncs the WAL on this commit, so a power
    // cut after the request left cannot lose the mark.
    QSqlDatabase db = m_database.connection();
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return fail(pragma.lastError().text(), error);
    const bool ok = setStates(broadcastId, psids, RecipientState::Sending, error);
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return ok;
}

bool BroadcastBook::markPending(qint64 broadcastId, const QStringList &psids, QString *error)
{
    return setStates(broadcastId, psids, RecipientState::Pending, error);
}

bool BroadcastBook::record(qint64 broadcastId, const QList<RecipientResult> &results,
                           QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return fail(tx.error(), error);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE broadcast_recipients SET state = ?, message_id = ?,"
                                 " reason = ?, error_json = ?, updated = ?"
                                 " WHERE broadcast_id = ? AND psid = ?"));
    QSqlQuery unavailable(db);
    unavailable.prepare(QStringLiteral("UPDATE contacts SET unavailable = 1 WHERE page_id = ?"
                                       " AND psid = ?"));
    const qint64 now = nowMs();
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
    };
    for (const auto &result : results) {
        query.addBindValue(result.state);
        query.addBindValue(orNull(result.messageId));
        query.addBindValue(orNull(result.reason));
        query.addBindValue(result.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                  : QVariant(compact(result.error)));
        query.addBindValue(now);
        query.addBindValue(broadcastId);
        query.addBindValue(result.psid);
        if (!query.exec())
            return fail(query.lastError().text(), error);
        if (result.reason == QLatin1String("unavailable") && !result.error.isEmpty()) {
            // Graph said 551: the store remembers, so the next summary counts them right.
            unavailable.addBindValue(m_pageId);
            unavailable.addBindValue(result.psid);
            if (!unavailable.exec())
                return fail(unavailable.lastError().text(), error);
        }
    }
    if (!tx.commit())
        return fail(tx.error(), error);
    return true;
}

bool BroadcastBook::setBroadcastState(qint64 broadcastId, const QString &state,
                                      const QString &note, QString *error)
{
    QSqlQuery query(m_database.connection());
    const bool starting = state == BroadcastState::Running;
    const bool ending = state == BroadcastState::Finished || state == BroadcastState::Stopped ||
                        state == BroadcastState::Cancelled;
    query.prepare(QStringLiteral("UPDATE broadcasts SET state = ?, note = ?,"
                                 " started = CASE WHEN ? AND started IS NULL THEN ? ELSE started END,"
                                 " finished = CASE WHEN ? THEN ? ELSE finished END"
                                 " WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(note);
    query.addBindValue(starting);
    query.addBindValue(nowMs());
    query.addBindValue(ending);
    query.addBindValue(nowMs());
    query.addBindValue(broadcastId);
    if (!query.exec())
        return fail(query.lastError().text(), error);
    return true;
}

QString BroadcastBook::cachedAttachment(const QString &sourceKey, qint64 now)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT attachment_id FROM attachments WHERE page_id = ? AND"
                                 " source_key = ? AND uploaded_at > ?"));
    query.addBindValue(m_pageId);
    query.addBindValue(sourceKey);
    query.addBindValue(now - kAttachmentLifetimeMs);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool BroadcastBook::rememberAttachment(const QString &sourceKey, const QString &type,
                                       const QString &attachmentId, qint64 now)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO attachments (page_id, source_key, type,"
                                 " attachment_id, uploaded_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(m_pageId);
    query.addBindValue(sourceKey);
    query.addBindValue(type);
    query.addBindValue(attachmentId);
    query.addBindValue(now);
    if (!query.exec())
        return fail(query.lastError().text(), nullptr);
    return true;
}

} // namespace mdesk::models
