#include "bulkjob.h"

#include <QJsonArray>
#include <QTimer>
#include <QUuid>
#include <algorithm>

namespace mdesk::api {

namespace {

// Graph's "the batch holds a video and may have sent it" (graph-api.md section 6).
bool mayHaveBeenSent(const GraphError &error)
{
    return error.isUnknownOutcome() || (error.code == 1 && error.subcode == 1357046);
}

} // namespace

BulkJob::BulkJob(GraphClient *client, QList<BatchItem> items, CallOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_items(std::move(items))
    , m_options(std::move(options))
{
    if (m_options.txId.isEmpty())
        m_options.txId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The job spends the retry budget per item; client retries would multiply it.
    m_options.retry = false;
    m_attempts.fill(0, m_items.size());
}

int BulkJob::maxItemAttempts() const
{
    return m_maxItemAttempts > 0 ? m_maxItemAttempts : m_client->governor()->config().maxAttempts;
}

void BulkJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    for (int i = 0; i < m_items.size(); ++i)
        m_queue.append(i);
    // Deferred like GraphClient::call, so callers connect first.
    QTimer::singleShot(0, this, [this] {
        pump();
        finishIfDone();
    });
}

void BulkJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    const auto replies = m_inFlight;
    for (GraphReply *reply : replies)
        reply->cancel(); // each settles its items: not sent, or unknown when it had left
    const GraphError cancelled = GraphError::transportError(
        ErrorCategory::Cancelled, QStringLiteral("cancelled"), tr("The bulk job was cancelled."));
    QList<int> waiting = m_queue;
    m_queue.clear();
    if (!m_started) {
        // Cancelled before start(): every item is reported, none is sent.
        m_started = true;
        for (int i = 0; i < m_items.size(); ++i)
            waiting.append(i);
    }
    for (int index : waiting)
        fail(index, cancelled, ItemState::NotSent);
    finishIfDone();
}

void BulkJob::pump()
{
    if (m_cancelled || m_stopReason)
        return;
    while (m_inFlight.size() < m_concurrency && !m_queue.isEmpty()) {
        QList<int> indices;
        QList<BatchItem> batch;
        while (!m_queue.isEmpty() && batch.size() < m_batchSize) {
            const int index = m_queue.takeFirst();
            indices.append(index);
            batch.append(m_items[index]);
            ++m_attempts[index];
        }
        auto planned = BatchRequest::plan(*m_client, batch, m_options);
        if (auto *error = std::get_if<GraphError>(&planned)) {
            // One unplannable item must not sink its neighbours: fail the bad ones alone and
            // send the rest again; a batch-level problem fails them all.
            QList<int> plannable;
            for (int index : indices) {
                const auto single = BatchRequest::itemJson(*m_client, m_items[index], m_options);
                if (const auto *itemError = std::get_if<GraphError>(&single))
                    fail(index, *itemError, ItemState::NotSent);
                else
                    plannable.append(index);
            }
            if (plannable.size() == indices.size()) {
                for (int index : plannable)
                    fail(index, *error, ItemState::NotSent);
            } else {
                for (int index : plannable)
                    --m_attempts[index];
                m_queue = plannable + m_queue;
            }
            continue;
        }
        GraphReply *reply = m_client->send(std::get<CallPlan>(std::move(planned)));
        m_inFlight.insert(reply);
        connect(reply, &GraphReply::finished, this,
                [this, reply, indices](const GraphResult &result) {
                    m_inFlight.remove(reply);
                    m_requestsSent += reply->requestsSent();
                    onBatchFinished(indices, result);
                });
    }
}

void BulkJob::onBatchFinished(const QList<int> &indices, const GraphResult &result)
{
    bool refusedForRate = false;
    ++m_settling; // a stop below may cancel other batches; finish only after this one
    if (!result.isOk() && result.error().category == ErrorCategory::Server) {
        // The batch POST may have run in part: none of its items is known.
        GraphError error = result.error();
        error.advice = GraphError::unknownOutcomeAdvice();
        for (int index : indices)
            fail(index, error, ItemState::Unknown);
    } else {
        QStringList ops;
        for (int index : indices)
            ops.append(m_items[index].op);
        const QList<GraphResult> results = BatchRequest::decode(result, ops);
        for (int i = 0; i < indices.size(); ++i)
            settle(indices[i], results[i], &refusedForRate);
    }
    if (refusedForRate) {
        // Record the refusal with the governor, which holds the next batch back (and says so).
        const int attempt = m_attempts[indices.first()];
        for (const auto &itemResult : BatchRequest::decode(result, int(indices.size()))) {
            if (!itemResult.isOk() && itemResult.error().isRateLimit() && result.isOk()) {
                m_client->governor()->backoffAfterRateLimit(m_options.appId, m_options.pageId,
                                                            itemResult.error(), attempt, 0);
                break;
            }
        }
    }
    --m_settling;
    Q_EMIT progress(done(), total());
    pump();
    finishIfDone();
}

void BulkJob::settle(int index, const GraphResult &result, bool *refusedForRate)
{
    if (result.isOk()) {
        ++m_succeeded;
        return;
    }
    const GraphError &error = result.error();
    if (mayHaveBeenSent(error)) {
        GraphError unknown = error;
        unknown.advice = GraphError::unknownOutcomeAdvice();
        fail(index, unknown, ItemState::Unknown);
    } else if (error.category == ErrorCategory::Cancelled ||
               error.category == ErrorCategory::Timeout ||
               error.category == ErrorCategory::Transport) {
        // Never left (a write that may have left is UnknownOutcome): not applied.
        if (m_stopReason && error.category == ErrorCategory::Cancelled)
            fail(index, stoppedError(), ItemState::NotSent);
        else
            fail(index, error, ItemState::NotSent);
    } else if (error.isRateLimit() && error.retryAfter.isValid()) {
        // Held back longer than a call may wait: nothing more goes out.
        fail(index, error, ItemState::NotSent);
        stopWith(error);
    } else if (error.isRateLimit() && !m_cancelled && !m_stopReason &&
               m_attempts[index] < maxItemAttempts()) {
        m_queue.append(index); // refused, so it did not happen: safe to send again
        *refusedForRate = true;
    } else {
        fail(index, error, ItemState::Failed);
        if (error.stopsEverything())
            stopWith(error);
    }
}

void BulkJob::stopWith(const GraphError &error)
{
    if (m_stopReason || m_cancelled)
        return;
    m_stopReason = error;
    const GraphError notSent = stoppedError();
    const QList<int> waiting = m_queue;
    m_queue.clear();
    for (int index : waiting)
        fail(index, notSent, ItemState::NotSent);
    // Batches that have not left yet (held back by the governor) are withdrawn; those on
    // the network are answered and reported as they are.
    const auto replies = m_inFlight;
    for (GraphReply *reply : replies) {
        if (!reply->isOnTheWire() && reply->requestsSent() == 0)
            reply->cancel();
    }
}

GraphError BulkJob::stoppedError() const
{
    return GraphError::transportError(
        ErrorCategory::Cancelled, QStringLiteral("stopped"),
        tr("Not sent: the job stopped at an error no retry can fix: %1")
            .arg(m_stopReason ? m_stopReason->summary() : QString()));
}

void BulkJob::fail(int index, const GraphError &error, ItemState state)
{
    m_failures.append({index, m_items[index].input, error, state});
}

int BulkJob::count(ItemState state) const
{
    if (state == ItemState::Succeeded)
        return m_succeeded;
    return int(std::count_if(m_failures.begin(), m_failures.end(),
                             [state](const Failure &failure) { return failure.state == state; }));
}

void BulkJob::finishIfDone()
{
    if (m_finished || !m_started || m_settling > 0 || !m_inFlight.isEmpty() || !m_queue.isEmpty())
        return;
    m_finished = true;
    Q_EMIT finished();
}

QString BulkJob::stateName(ItemState state)
{
    switch (state) {
    case ItemState::Succeeded:
        return QStringLiteral("succeeded");
    case ItemState::Failed:
        return QStringLiteral("failed");
    case ItemState::Unknown:
        return QStringLiteral("unknown");
    case ItemState::NotSent:
        return QStringLiteral("not_sent");
    }
    return QStringLiteral("failed");
}

QJsonObject BulkJob::report() const
{
    const Redactor &redactor = m_client->redactor();
    QJsonArray failures;
    for (const auto &failure : m_failures)
        failures.append(
            QJsonObject{{QStringLiteral("index"), failure.index},
                        {QStringLiteral("input"), failure.input},
                        {QStringLiteral("state"), stateName(failure.state)},
                        {QStringLiteral("error"),
                         redactor.redact(failure.error.toJson().value(QStringLiteral("error")))}});
    QJsonObject report{{QStringLiteral("total"), total()},
                       {QStringLiteral("succeeded"), m_succeeded},
                       {QStringLiteral("failed"), count(ItemState::Failed)},
                       {QStringLiteral("unknown"), count(ItemState::Unknown)},
                       {QStringLiteral("not_sent"), count(ItemState::NotSent)},
                       {QStringLiteral("requests"), m_requestsSent},
                       {QStringLiteral("tx_id"), m_options.txId},
                       {QStringLiteral("failures"), failures}};
    if (m_stopReason)
        report.insert(QStringLiteral("stopped"),
                      redactor.redact(m_stopReason->toJson().value(QStringLiteral("error"))));
    return report;
}

} // namespace mdesk::api

#include "moc_bulkjob.cpp"
