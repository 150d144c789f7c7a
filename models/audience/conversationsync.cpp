#include "models/audience/conversationsync.h"

#include "api/pager.h"
#include "models/audience/threadscan.h"
#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "models/store/syncstatestore.h"
#include "models/store/writetransaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>
#include <QUuid>

namespace mdesk::models {

namespace {

constexpr int kConcurrentReads = 4;
constexpr int kMessagesPerRead = 25;
// A thread whose newest 100 messages are all the Page's gives up: no inbound time known.
constexpr int kMaxMessagePages = 4;

} // namespace

ConversationSync::ConversationSync(api::GraphClient *client, store::Database &database,
                                   api::CallOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_database(database)
    , m_options(std::move(options))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    if (m_options.txId.isEmpty())
        m_options.txId = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ConversationSync::start()
{
    if (m_started)
        return;
    m_started = true;
    // Deferred like GraphClient::call, so callers connect first.
    QTimer::singleShot(0, this, [this] {
        if (!m_done)
            begin();
    });
}

void ConversationSync::cancel()
{
    if (m_done)
        return;
    // Nothing of the page in progress is written: its threads are read again next time.
    m_done = true;
    m_outcome = Outcome::Cancelled;
    const auto replies = m_inFlight;
    m_inFlight.clear();
    for (api::GraphReply *reply : replies) {
        reply->disconnect(this);
        reply->cancel();
    }
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(Outcome::Cancelled); });
}

void ConversationSync::begin()
{
    store::SyncStateStore states(m_database, m_options.pageId);
    const auto state = states.load();
    if (!state) {
        failDatabase(states.lastError());
        return;
    }
    m_stopBelow = state->newestUpdatedTime;
    m_resumingTail = !state->finished && !state->resumeAfter.isEmpty();
    m_summary.resumed = m_resumingTail;
    m_cursor = m_resumingTail ? state->resumeAfter : QString();
    fetchList();
}

void ConversationSync::track(api::GraphReply *reply)
{
    m_inFlight.insert(reply);
    connect(reply, &QObject::destroyed, this, [this, reply] { m_inFlight.remove(reply); });
}

void ConversationSync::fetchList()
{
    QJsonObject input{{QStringLiteral("fields"), ThreadScan::listFields()},
                      {QStringLiteral("limit"), m_pageSize}};
    if (!m_cursor.isEmpty())
        input.insert(QStringLiteral("after"), m_cursor);
    ++m_summary.listRequests;
    api::GraphReply *reply = m_client->call(QStringLiteral("list_conversations"), input, m_options);
    track(reply);
    connect(reply, &api::GraphReply::finished, this, [this, reply](const api::GraphResult &r) {
        m_inFlight.remove(reply);
        onList(r);
    });
}

void ConversationSync::onList(const api::GraphResult &result)
{
    if (m_done)
        return;
    if (!result.isOk()) {
        // A resume cursor Graph no longer takes: walk again from the top down to what the
        // last finished sync held (threads stored since are skipped, not read again).
        if (m_resumingTail && result.error().category == api::ErrorCategory::InvalidParameter) {
            m_resumingTail = false;
            m_cursor.clear();
            fetchList();
            return;
        }
        failGraph(result.error());
        return;
    }
    const QJsonObject answer = result.body().toObject();
    m_nextCursor = api::Pager::nextCursor(answer);
    m_reachedHeld = false;
    m_threads.clear();
    m_toRead.clear();
    store::ContactStore contacts(m_database, m_options.pageId);
    const QJsonArray data = answer.value(QStringLiteral("data")).toArray();
    for (const QJsonValue &value : data) {
        const auto listed = ThreadScan::listedThread(value.toObject(), m_options.pageId);
        if (!listed)
            continue;
        const qint64 updated = listed->record.updatedTime;
        if (m_stopBelow && updated < *m_stopBelow) {
            m_reachedHeld = true; // newest first: everything after this is held
            break;
        }
        ++m_summary.threadsListed;
        const auto held = contacts.syncedUpdatedTime(listed->record.psid);
        if (held && *held && **held >= updated)
            continue; // unchanged since it was stored
        Thread thread{listed->record, {}, {}, 0};
        if (listed->needsRead) {
            const auto known = contacts.contact(listed->record.psid);
            if (known)
                thread.knownInbound = known->lastInbound;
            m_toRead.append(int(m_threads.size()));
        }
        m_threads.append(thread);
    }
    if (m_toRead.isEmpty())
        commitPage();
    else
        readNextThread();
}

void ConversationSync::readNextThread()
{
    while (!m_done && m_readsInFlight < kConcurrentReads && !m_toRead.isEmpty()) {
        const int index = m_toRead.takeFirst();
        Thread &thread = m_threads[index];
        QJsonObject input{{QStringLiteral("conversation_id"), thread.record.conversationId},
                          {QStringLiteral("fields"), QStringLiteral("from,created_time")},
                          {QStringLiteral("limit"), kMessagesPerRead}};
        if (!thread.messagesAfter.isEmpty())
            input.insert(QStringLiteral("after"), thread.messagesAfter);
        ++thread.messagePages;
        ++m_summary.messageRequests;
        ++m_readsInFlight;
        api::GraphReply *reply =
            m_client->call(QStringLiteral("fetch_conversation_messages"), input, m_options);
        track(reply);
        connect(reply, &api::GraphReply::finished, this,
                [this, reply, index](const api::GraphResult &r) {
                    m_inFlight.remove(reply);
                    --m_readsInFlight;
                    onMessages(index, r);
                });
    }
}

void ConversationSync::onMessages(int index, const api::GraphResult &result)
{
    if (m_done)
        return;
    if (!result.isOk()) {
        failGraph(result.error());
        return;
    }
    Thread &thread = m_threads[index];
    const QJsonObject answer = result.body().toObject();
    std::optional<qint64> oldest;
    const bool inbound = ThreadScan::foldMessages(answer.value(QStringLiteral("data")).toArray(),
                                                  m_options.pageId, thread.record, &oldest);
    const QString next = api::Pager::nextCursor(answer);
    // Older messages cannot tell a newer inbound time than the one already known.
    const bool pastKnown = thread.knownInbound && oldest && *oldest <= *thread.knownInbound;
    if (!inbound && !pastKnown && !next.isEmpty() && thread.messagePages < kMaxMessagePages) {
        thread.messagesAfter = next;
        m_toRead.prepend(index);
    }
    if (m_toRead.isEmpty() && m_readsInFlight == 0)
        commitPage();
    else
        readNextThread();
}

void ConversationSync::commitPage()
{
    const qint64 now = m_now();
    const bool walkDone = m_reachedHeld || m_nextCursor.isEmpty();
    store::ContactStore contacts(m_database, m_options.pageId);
    store::SyncStateStore states(m_database, m_options.pageId);
    store::WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        failDatabase(transaction.error());
        return;
    }
    for (const Thread &thread : std::as_const(m_threads)) {
        if (!contacts.upsertConversation(thread.record, now)) {
            failDatabase(contacts.lastError());
            return;
        }
    }
    store::SyncState state;
    if (walkDone) {
        // Every thread down to the old mark is stored: the newest stored one is the mark.
        const auto newest = contacts.newestUpdatedTime();
        state.newestUpdatedTime =
            newest ? std::max(*newest, m_stopBelow.value_or(*newest)) : m_stopBelow;
        state.finished = true;
    } else {
        state.newestUpdatedTime = m_stopBelow;
        state.resumeAfter = m_nextCursor;
    }
    if (!states.save(state)) {
        failDatabase(states.lastError());
        return;
    }
    if (!transaction.commit()) {
        failDatabase(transaction.error());
        return;
    }
    m_summary.threadsStored += int(m_threads.size());
    m_threads.clear();
    Q_EMIT progress(m_summary.threadsListed, m_summary.threadsStored);
    if (m_done)
        return; // cancelled from the progress slot
    if (!walkDone) {
        m_cursor = m_nextCursor;
        fetchList();
    } else if (m_resumingTail) {
        // The old walk is complete; now read what changed since it began.
        m_resumingTail = false;
        m_stopBelow = state.newestUpdatedTime;
        m_cursor.clear();
        fetchList();
    } else {
        finishWith(Outcome::Finished);
    }
}

void ConversationSync::failDatabase(const QString &error)
{
    m_errorMessage = tr("The local store could not be updated: %1").arg(error);
    finishWith(Outcome::Failed);
}

void ConversationSync::failGraph(const api::GraphError &error)
{
    m_graphError = error;
    m_errorMessage = tr("Reading the conversations failed: %1").arg(error.summary());
    finishWith(Outcome::Failed);
}

void ConversationSync::finishWith(Outcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_outcome = outcome;
    const auto replies = m_inFlight;
    m_inFlight.clear();
    for (api::GraphReply *reply : replies) {
        reply->disconnect(this);
        reply->cancel();
    }
    Q_EMIT finished(outcome);
}

QString ConversationSync::startedText()
{
    return tr("Reading the Page's conversations, newest first...");
}

QString ConversationSync::progressText(int threadsListed, int threadsStored)
{
    return tr("%1 conversations read, %2 new or changed.").arg(threadsListed).arg(threadsStored);
}

QString ConversationSync::outcomeText() const
{
    switch (m_outcome) {
    case Outcome::Finished:
        return tr("Sync done: %1 conversations read, %2 new or changed.")
            .arg(m_summary.threadsListed)
            .arg(m_summary.threadsStored);
    case Outcome::Cancelled:
        return tr("Sync cancelled; what was read is kept and the next sync goes on from there.");
    case Outcome::Failed:
        break;
    }
    return tr("Sync failed: %1 What was read is kept.").arg(m_errorMessage);
}

} // namespace mdesk::models

#include "moc_conversationsync.cpp"
