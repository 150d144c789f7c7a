#pragma once

#include "api/graphclient.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

namespace mdesk::store {
class Database;
}

namespace mdesk::models {

// Reads the profile fields the Page's feature review allows (locale, timezone, gender) for
// the Page's contacts whose profile was never read: fetch_user_profile in Graph batch
// requests of up to 50, at most concurrency() batches in flight, each batch's answers kept
// in the store (ContactProfiles) as it arrives, so a cancelled read keeps what it got and
// the next one reads only the rest.
//
// A person Graph refuses (no such user on this Page) counts as failed and stays unread; an
// error of the whole batch request (transport, token, permission) stops the read with that
// error in stopReason().
//
// Contract: after start(), progress() after each stored batch, then finished() exactly
// once (also after cancel(), and at once when nothing is unread or the store failed).
class ProfileReader : public QObject
{
    Q_OBJECT
public:
    // options: the Page (appId, pageId), tx_id and source of every call; fields: the
    // profile fields to ask for ("locale", "timezone", "gender").
    ProfileReader(api::GraphClient *client, store::Database &database, api::CallOptions options,
                  QStringList fields, QObject *parent = nullptr);

    static constexpr int kBatchSize = 50;
    void setConcurrency(int batches) { m_concurrency = std::max(1, batches); }
    int concurrency() const { return m_concurrency; }
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }

    void start();
    void cancel();

    int total() const { return int(m_queue.size()) + m_done + m_inFlightPeople; }
    int done() const { return m_done; }     // answered: stored or failed
    int stored() const { return m_stored; } // profiles written to the store
    int failed() const { return m_failed; } // refused by Graph, still unread
    int requestsSent() const { return m_requests; }
    bool wasCancelled() const { return m_cancelled; }
    // Why the read stopped before its end (a batch-level Graph or transport error, or the
    // store); empty when it did not.
    const QString &stopReason() const { return m_stopReason; }
    // Graph's message for the first person it refused; empty when none.
    const QString &firstFailure() const { return m_firstFailure; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void pump();
    void onBatchFinished(const QStringList &psids, const api::GraphResult &result);
    void stop(const QString &reason);
    void finishIfDone();

    api::GraphClient *m_client;
    store::Database &m_database;
    api::CallOptions m_options;
    QStringList m_fields;
    std::function<qint64()> m_now;
    QStringList m_queue;
    QList<api::GraphReply *> m_inFlight;
    QString m_stopReason;
    QString m_firstFailure;
    int m_concurrency = 2;
    int m_inFlightPeople = 0;
    int m_done = 0;
    int m_stored = 0;
    int m_failed = 0;
    int m_requests = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace mdesk::models
