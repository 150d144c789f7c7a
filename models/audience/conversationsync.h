#pragma once

#include "api/graphclient.h"
#include "models/store/contact.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <algorithm>
#include <functional>
#include <optional>

namespace mdesk::store {
class Database;
}

namespace mdesk::models {

// Brings one Page's contacts up to date from its conversations (graph-api.md section 7).
//
// It walks list_conversations newest first with each thread's five newest messages inline
// and stops at the first thread older than the newest one a finished sync held; a thread
// whose updated_time is what the store holds is skipped. The window opens at the newest
// message whose "from" is not the Page; only a changed thread whose inline messages hold no
// inbound message costs a fetch_conversation_messages read (newest first, stopping at the
// inbound time already known).
//
// Each list page is committed with the resume cursor in one transaction, so a cancelled or
// failed sync keeps every page it finished; the next sync first finishes the old walk from
// that cursor, then reads what changed since.
//
// Contract: after start(), progress() after each committed page, then finished() exactly
// once (also after cancel(), with Cancelled, and for a database error, with Failed).
class ConversationSync : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Finished, Cancelled, Failed };
    Q_ENUM(Outcome)

    struct Summary
    {
        int listRequests = 0;    // list_conversations pages read
        int messageRequests = 0; // fetch_conversation_messages reads
        int threadsListed = 0;   // threads seen, unchanged ones included
        int threadsStored = 0;   // new or changed threads written
        bool resumed = false;    // an unfinished earlier sync was finished first
    };

    // options: the Page (appId, pageId), tx_id and source of every call.
    ConversationSync(api::GraphClient *client, store::Database &database, api::CallOptions options,
                     QObject *parent = nullptr);

    // Threads per list page (Graph allows up to 100 for conversations).
    void setPageSize(int threads) { m_pageSize = std::clamp(threads, 1, 100); }
    // The clock first_seen is taken from; tests may fix it.
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }

    void start();
    void cancel();

    const Summary &summary() const { return m_summary; }
    Outcome outcome() const { return m_outcome; }
    // Why it failed: the Graph error, or nullopt for a database error.
    const std::optional<api::GraphError> &graphError() const { return m_graphError; }
    // A whole sentence saying why it failed; empty when it did not.
    const QString &errorMessage() const { return m_errorMessage; }

    // The status line of a panel that syncs: at the start, on progress(), after finished().
    static QString startedText();
    static QString progressText(int threadsListed, int threadsStored);
    QString outcomeText() const;

Q_SIGNALS:
    void progress(int threadsListed, int threadsStored);
    void finished(mdesk::models::ConversationSync::Outcome outcome);

private:
    struct Thread
    {
        store::ConversationRecord record;
        std::optional<qint64> knownInbound; // what the store held before
        QString messagesAfter;              // next cursor of a message read
        int messagePages = 0;
    };

    void begin();
    void fetchList();
    void onList(const api::GraphResult &result);
    void readNextThread();
    void onMessages(int index, const api::GraphResult &result);
    void commitPage();
    void failDatabase(const QString &error);
    void failGraph(const api::GraphError &error);
    void finishWith(Outcome outcome);
    void track(api::GraphReply *reply);

    api::GraphClient *m_client;
    store::Database &m_database;
    api::CallOptions m_options;
    std::function<qint64()> m_now;
    int m_pageSize = 100;

    std::optional<qint64> m_stopBelow; // threads older than this are held
    QString m_cursor;                  // after-cursor of the page being read; empty: top
    bool m_resumingTail = false;       // walking an unfinished sync's rest from its cursor
    QString m_nextCursor;              // of the page being processed; empty: last page
    bool m_reachedHeld = false;        // the page reached threads the store holds
    QList<Thread> m_threads;           // of the page being processed
    QList<int> m_toRead;               // indexes into m_threads still needing a read
    int m_readsInFlight = 0;
    QSet<api::GraphReply *> m_inFlight;

    Summary m_summary;
    Outcome m_outcome = Outcome::Finished;
    std::optional<api::GraphError> m_graphError;
    QString m_errorMessage;
    bool m_started = false;
    bool m_done = false;
};

} // namespace mdesk::models
