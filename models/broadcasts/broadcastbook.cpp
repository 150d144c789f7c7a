#include "models/broadcasts/broadcastbook.h"

#include "models/store/attachmentcache.h"
#include "models/store/broadcastjournal.h"
#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "models/store/labelindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mdesk::models {

namespace {

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
    , m_journal(std::make_unique<store::BroadcastJournal>(database))
    , m_appId(std::move(appId))
    , m_pageId(std::move(pageId))
{}

BroadcastBook::~BroadcastBook() = default;

bool BroadcastBook::claim(qint64 id)
{
    if (m_journal->claim(id))
        return true;
    m_error = QCoreApplication::translate("mdesk::models::BroadcastBook",
                                          "Broadcast %1 is being sent by another window or "
                                          "command right now.")
                  .arg(id);
    return false;
}

void BroadcastBook::release(qint64 id)
{
    m_journal->release(id);
}

bool BroadcastBook::fail(const QString &what, QString *error)
{
    m_error = what;
    return refuse(what, error);
}

bool BroadcastBook::refuse(const QString &what, QString *error)
{
    if (error)
        *error = what;
    return false;
}

void BroadcastBook::releaseThread()
{
    m_database.closeThreadConnection();
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
    Q_UNUSED(now)
    store::BroadcastRecord record;
    record.appId = m_appId;
    record.pageId = m_pageId;
    record.name = draft.name;
    record.message = draft.message;
    record.audience = draft.audience.toJson();
    if (!draft.personaId.isEmpty())
        record.audience.insert(QStringLiteral("persona_id"), draft.personaId);
    record.messagingType = draft.messagingType;
    record.tag = draft.tag;
    record.scheduledFor = draft.scheduledFor;
    QList<store::BroadcastRecipient> recipients;
    recipients.reserve(eligibility.total());
    const auto add = [&recipients](const QList<AudiencePerson> &people, store::RecipientState state,
                                   const QString &reason) {
        for (const auto &person : people) {
            store::BroadcastRecipient recipient;
            recipient.psid = person.psid;
            recipient.name = person.name;
            recipient.state = state;
            recipient.reason = reason;
            recipients.append(recipient);
        }
    };
    add(eligibility.reachable, store::RecipientState::Pending, {});
    add(eligibility.outsideWindow, store::RecipientState::Skipped, QStringLiteral("window_closed"));
    add(eligibility.unavailable, store::RecipientState::Skipped, QStringLiteral("unavailable"));
    add(eligibility.unknown, store::RecipientState::Skipped, QStringLiteral("unknown_contact"));
    const qint64 id = m_journal->create(record, recipients);
    if (!id) {
        m_error = QCoreApplication::translate("mdesk::models::BroadcastBook",
                                              "The broadcast could not be stored in the local "
                                              "store.");
        return std::nullopt;
    }
    if (draft.scheduledFor.isValid())
        m_journal->setState(id, BroadcastState::Scheduled);
    return id;
}

namespace {

QString noSuchBroadcast(qint64 id)
{
    return QCoreApplication::translate("mdesk::models::BroadcastBook",
                                       "There is no broadcast %1 for this Page.")
        .arg(id);
}

BroadcastReport headOf(const store::BroadcastRecord &record)
{
    BroadcastReport report;
    report.id = record.id;
    report.name = record.name;
    report.state = record.state == QLatin1String("created") ? BroadcastState::Draft : record.state;
    report.note = record.note;
    report.created = record.created;
    report.scheduledFor = record.scheduledFor;
    return report;
}

} // namespace

std::optional<BroadcastDraft> BroadcastBook::draft(qint64 id)
{
    const auto record = m_journal->broadcast(id);
    if (!record || record->pageId != m_pageId) {
        m_error = noSuchBroadcast(id);
        return std::nullopt;
    }
    BroadcastDraft draft;
    draft.name = record->name;
    draft.message = record->message;
    draft.audience = AudienceChoice::fromJson(record->audience);
    draft.personaId = record->audience.value(QStringLiteral("persona_id")).toString();
    draft.messagingType = record->messagingType;
    draft.tag = record->tag;
    draft.scheduledFor = record->scheduledFor;
    return draft;
}

std::optional<BroadcastReport> BroadcastBook::report(qint64 id)
{
    const auto record = m_journal->broadcast(id);
    if (!record || record->pageId != m_pageId) {
        m_error = noSuchBroadcast(id);
        return std::nullopt;
    }
    BroadcastReport report = headOf(*record);
    const auto rows = m_journal->recipients(id);
    report.rows.reserve(rows.size());
    for (const auto &row : rows) {
        ReportRow out;
        out.result = {row.psid, store::recipientStateName(row.state), row.messageId, row.reason,
                      row.error};
        out.name = row.name;
        out.updated = QDateTime::fromMSecsSinceEpoch(row.updated, Qt::UTC);
        report.rows.append(out);
    }
    return report;
}

std::optional<QList<BroadcastReport>> BroadcastBook::list()
{
    QList<BroadcastReport> out;
    for (const auto &record : m_journal->list(m_pageId, 1000)) {
        BroadcastReport report = headOf(record);
        const auto counts = m_journal->counts(record.id);
        for (auto it = counts.begin(); it != counts.end(); ++it)
            report.tally.insert(store::recipientStateName(it.key()), it.value());
        out.append(report);
    }
    return out;
}

std::optional<QStringList> BroadcastBook::psidsIn(qint64 id, const QString &state)
{
    const auto wanted = store::recipientStateFromName(state);
    if (!wanted) {
        m_error = state;
        return std::nullopt;
    }
    QStringList out;
    for (const auto &row : m_journal->recipients(id, *wanted))
        out.append(row.psid);
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
    return m_journal->recoverInterrupted().recipients;
}

std::optional<QStringList> BroadcastBook::markSending(qint64 broadcastId, const QStringList &psids,
                                                      QString *error)
{
    // The journal commits the `sending` rows with synchronous=FULL; without a claim or on
    // a database error it marks nothing.
    const QStringList marked = m_journal->markSending(broadcastId, psids);
    if (marked.isEmpty() && !psids.isEmpty()) {
        refuse(QCoreApplication::translate("mdesk::models::BroadcastBook",
                                           "the journal marked none of %n person(s) as sending",
                                           nullptr, int(psids.size())),
               error);
        return std::nullopt;
    }
    return marked;
}

bool BroadcastBook::markPending(qint64 broadcastId, const QStringList &psids, QString *error)
{
    QList<store::RecipientResult> results;
    for (const QString &psid : psids)
        results.append(
            {psid, store::RecipientState::Pending, {}, QStringLiteral("rate_limited"), {}});
    if (!m_journal->recordResults(broadcastId, results))
        return refuse(QStringLiteral("pending"), error);
    return true;
}

bool BroadcastBook::skip(qint64 broadcastId, const QList<RecipientResult> &results, QString *error)
{
    QList<store::RecipientResult> rows;
    for (const auto &result : results)
        rows.append({result.psid, store::RecipientState::Skipped, {}, result.reason, result.error});
    if (!m_journal->recordSkipped(broadcastId, rows))
        return refuse(QCoreApplication::translate("mdesk::models::BroadcastBook",
                                                  "a result could not be recorded"),
                      error);
    store::ContactStore contacts(m_database, m_pageId);
    for (const auto &result : results) {
        // Graph said 551: the store remembers, so the next summary counts them right.
        if (result.reason == QLatin1String("unavailable") && !result.error.isEmpty() &&
            !contacts.setUnavailable(result.psid, true))
            return refuse(contacts.lastError(), error);
    }
    return true;
}

bool BroadcastBook::record(qint64 broadcastId, const QList<RecipientResult> &results,
                           QString *error)
{
    QList<RecipientResult> skipped;
    QList<store::RecipientResult> others;
    for (const auto &result : results) {
        if (result.state == RecipientState::Skipped) {
            skipped.append(result);
            continue;
        }
        const auto state = store::recipientStateFromName(result.state);
        others.append({result.psid, state.value_or(store::RecipientState::Unknown),
                       result.messageId, result.reason, result.error});
    }
    if (!skipped.isEmpty() && !skip(broadcastId, skipped, error))
        return false;
    if (!others.isEmpty() && !m_journal->recordResults(broadcastId, others))
        return refuse(QCoreApplication::translate("mdesk::models::BroadcastBook",
                                                  "a result could not be recorded"),
                      error);
    return true;
}

bool BroadcastBook::setBroadcastState(qint64 broadcastId, const QString &state, const QString &note,
                                      QString *error)
{
    bool ok = true;
    if (state == BroadcastState::Running)
        ok = m_journal->markStarted(broadcastId);
    else if (state == BroadcastState::Finished)
        ok = m_journal->markFinished(broadcastId);
    else
        ok = m_journal->setState(broadcastId, state, note);
    if (!ok)
        return refuse(QCoreApplication::translate("mdesk::models::BroadcastBook",
                                                  "the broadcast's state could not be stored"),
                      error);
    return true;
}

QString BroadcastBook::cachedAttachment(const QString &sourceKey, qint64 now)
{
    store::AttachmentCache cache(m_database);
    const auto cached =
        cache.get(m_pageId, sourceKey, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
    return cached ? cached->attachmentId : QString();
}

bool BroadcastBook::rememberAttachment(const QString &sourceKey, const QString &type,
                                       const QString &attachmentId, qint64 now)
{
    store::AttachmentCache cache(m_database);
    return cache.put(m_pageId, sourceKey, type, attachmentId,
                     QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
}

} // namespace mdesk::models
