#include "bulkjob.h"

#include <QJsonArray>
#include <QTimer>
#include <QUuid>

namespace mdesk::api {

BulkJob::BulkJob(GraphClient *client, QList<BatchItem> items, CallOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_items(std::move(items))
    , m_options(std::move(options))
    , m_backoff(new QTimer(this))
{
    if (m_options.txId.isEmpty())
        m_options.txId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_attempts.fill(0, m_items.size());
    m_backoff->setSingleShot(true);
    connect(m_backoff, &QTimer::timeout, this, &BulkJob::pump);
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
    m_backoff->stop();
    const auto replies = m_inFlight;
    for (GraphReply *reply : replies)
        reply->cancel(); // each finishes its items as cancelled
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
        fail(index, cancelled);
    finishIfDone();
}

void BulkJob::pump()
{
    if (m_cancelled || m_backoff->isActive())
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
                    fail(index, *itemError);
                else
                    plannable.append(index);
            }
            if (plannable.size() == indices.size()) {
                for (int index : plannable)
                    fail(index, *error);
            } else {
                m_queue = plannable + m_queue;
            }
            continue;
        }
        GraphReply *reply = m_client->send(std::get<CallPlan>(std::move(planned)));
        ++m_requestsSent;
        m_inFlight.insert(reply);
        connect(reply, &GraphReply::finished, this,
                [this, reply, indices](const GraphResult &result) {
                    m_inFlight.remove(reply);
                    onBatchFinished(indices, result);
                });
    }
}

void BulkJob::onBatchFinished(const QList<int> &indices, const GraphResult &result)
{
    const QList<GraphResult> results = BatchRequest::decode(result, int(indices.size()));
    bool refusedForRate = false;
    for (int i = 0; i < indices.size(); ++i) {
        const int index = indices[i];
        const GraphResult &itemResult = results[i];
        if (itemResult.isOk()) {
            ++m_succeeded;
        } else if (itemResult.error().isRateLimit() && !m_cancelled &&
                   m_attempts[index] < m_maxItemAttempts) {
            m_queue.append(index); // refused, so it did not happen: safe to send again
            refusedForRate = true;
        } else {
            fail(index, itemResult.error());
        }
    }
    Q_EMIT progress(done(), total());
    if (refusedForRate && !m_cancelled && !m_backoff->isActive()) {
        const int attempt = m_attempts[indices.first()];
        m_backoff->start(int(m_client->governor()->backoffAfterTransient(attempt)));
    }
    pump();
    finishIfDone();
}

void BulkJob::fail(int index, const GraphError &error)
{
    m_failures.append({index, m_items[index].input, error});
}

void BulkJob::finishIfDone()
{
    if (m_finished || !m_inFlight.isEmpty() || !m_queue.isEmpty() || m_backoff->isActive())
        return;
    m_finished = true;
    Q_EMIT finished();
}

QJsonObject BulkJob::report() const
{
    QJsonArray failures;
    for (const auto &failure : m_failures)
        failures.append(QJsonObject{
            {QStringLiteral("index"), failure.index},
            {QStringLiteral("input"), failure.input},
            {QStringLiteral("error"),
             m_client->redactor().redact(failure.error.toJson().value(QStringLiteral("error")))}});
    return {{QStringLiteral("total"), total()},
            {QStringLiteral("succeeded"), m_succeeded},
            {QStringLiteral("failed"), int(m_failures.size())},
            {QStringLiteral("requests"), m_requestsSent},
            {QStringLiteral("tx_id"), m_options.txId},
            {QStringLiteral("failures"), failures}};
}

} // namespace mdesk::api
