#include "models/broadcasts/broadcastrunner.h"

#include "models/broadcasts/broadcastledger.h"
#include "models/broadcasts/ledgerqueue.h"

#include "api/batchrequest.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace mdesk::models {

namespace {

// The runner's own low-priority event: its bookkeeping runs after the events already
// waiting, Qt's upload hand-over of the batch just sent among them.
QEvent::Type bookkeepingEvent()
{
    static const auto type = QEvent::Type(QEvent::registerEventType());
    return type;
}

} // namespace

BroadcastRunner::BroadcastRunner(api::GraphClient *client, BroadcastLedger *ledger, Setup setup,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ledger(new LedgerQueue(ledger, this))
    , m_setup(std::move(setup))
    , m_backoff(new QTimer(this))
{
    // A batch is one write of many sends: never repeated by the client. Rate refusals are
    // this class's to repeat, per item.
    m_setup.options.retry = false;
    m_backoff->setSingleShot(true);
    connect(m_backoff, &QTimer::timeout, this, &BroadcastRunner::pump);
}

QJsonObject BroadcastRunner::sendInput(const QString &psid) const
{
    QJsonObject input{{QStringLiteral("messaging_type"), m_setup.messagingType},
                      {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), psid}}},
                      {QStringLiteral("message"), m_setup.message}};
    if (!m_setup.tag.isEmpty())
        input.insert(QStringLiteral("tag"), m_setup.tag);
    if (!m_setup.personaId.isEmpty())
        input.insert(QStringLiteral("persona_id"), m_setup.personaId);
    return input;
}

void BroadcastRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    m_queue = m_setup.psids;
    m_clock.start();
    m_ledger->setBroadcastState(m_setup.broadcastId, BroadcastState::Running, {},
                                [this](bool ok, const QString &error) {
                                    if (!ok)
                                        ledgerFailed(QStringLiteral("state"), error);
                                    pump();
                                    finishIfDone();
                                });
}

void BroadcastRunner::pause()
{
    if (m_paused || m_finished || m_cancelled || m_stopped)
        return;
    m_paused = true;
    releaseReady();
    m_ledger->setBroadcastState(m_setup.broadcastId, BroadcastState::Paused, {}, stateWritten());
    Q_EMIT paused();
}

void BroadcastRunner::resume()
{
    if (!m_paused || m_finished)
        return;
    m_paused = false;
    m_ledger->setBroadcastState(m_setup.broadcastId, BroadcastState::Running, {}, stateWritten());
    Q_EMIT resumed();
    pump();
    finishIfDone();
}

void BroadcastRunner::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_paused = false;
    m_backoff->stop();
    releaseReady();
    QList<RecipientResult> skipped;
    for (const QString &psid : std::as_const(m_queue))
        skipped.append({psid, RecipientState::Skipped, {}, QStringLiteral("cancelled"), {}});
    m_queue.clear();
    settle(skipped);
    finishIfDone();
}

void BroadcastRunner::stop(const QString &reason)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_stopReason = reason;
    m_backoff->stop();
    // The people not sent stay pending: a later Resume may reach them once the Page may send.
    releaseReady();
    m_queue.clear();
}

qint64 BroadcastRunner::msRemaining() const
{
    const int settled = done();
    if (settled == 0 || !m_clock.isValid())
        return -1;
    const int left = total() - settled;
    return qint64(double(m_clock.elapsed()) * left / settled);
}

void BroadcastRunner::pump()
{
    if (m_paused || m_cancelled || m_stopped || m_finished || m_backoff->isActive())
        return;
    bool sent = false;
    while (m_inFlight < m_concurrency) {
        if (m_ready.isEmpty()) {
            // A free slot and nothing marked: mark now; the slot waits for the commit.
            if (!m_marking)
                markAhead(m_concurrency);
            break;
        }
        sendMarked(m_ready.takeFirst());
        sent = true;
        if (m_stopped)
            break;
    }
    if (sent)
        scheduleBookkeeping(); // the next batches are marked and built while these are out
}

void BroadcastRunner::markAhead(int batchCount)
{
    QList<QStringList> batches;
    QStringList all;
    QList<RecipientResult> skipped;
    while (batches.size() < batchCount && !m_queue.isEmpty()) {
        QStringList batch;
        while (!m_queue.isEmpty() && batch.size() < m_batchSize) {
            const QString psid = m_queue.takeFirst();
            const QString reason = m_skipCheck ? m_skipCheck(psid) : QString();
            if (reason.isEmpty())
                batch.append(psid);
            else
                skipped.append({psid, RecipientState::Skipped, {}, reason, {}});
        }
        if (!batch.isEmpty()) {
            all += batch;
            batches.append(batch);
        }
    }
    if (!skipped.isEmpty())
        settle(skipped);
    if (all.isEmpty() || m_stopped)
        return;
    // The mark comes first and is committed: only what it marked may leave.
    m_marking = true;
    m_ledger->markSending(
        m_setup.broadcastId, all,
        [this, batches](const std::optional<QStringList> &marked, const QString &error) {
            m_marking = false;
            onMarked(batches, marked, error);
        });
}

void BroadcastRunner::onMarked(const QList<QStringList> &batches,
                               const std::optional<QStringList> &marked, const QString &error)
{
    if (!marked || marked->isEmpty()) {
        // Not committed, so not sent: these people stay pending for a later Resume.
        ledgerFailed(QStringLiteral("sending"), marked ? tr("no row could be marked") : error);
        finishIfDone();
        return;
    }
    const QSet<QString> isMarked(marked->cbegin(), marked->cend());
    for (const QStringList &batch : batches) {
        QStringList kept;
        for (const QString &psid : batch) {
            if (isMarked.contains(psid))
                kept.append(psid);
        }
        if (!kept.isEmpty())
            m_ready.append({kept, std::nullopt});
    }
    // A pause, cancel, stop or back-off that came while the mark was written sends none of
    // them: back to pending (skipped when cancelled).
    if (m_paused || m_cancelled || m_stopped || m_backoff->isActive())
        releaseReady();
    pump();
    if (!m_ready.isEmpty())
        scheduleBookkeeping(); // builds their requests
    finishIfDone();
}

void BroadcastRunner::releaseReady()
{
    if (m_ready.isEmpty())
        return;
    QStringList psids;
    for (const ReadyBatch &batch : std::as_const(m_ready))
        psids += batch.psids;
    m_ready.clear();
    if (m_cancelled) {
        QList<RecipientResult> skipped;
        for (const QString &psid : std::as_const(psids))
            skipped.append({psid, RecipientState::Skipped, {}, QStringLiteral("cancelled"), {}});
        settle(skipped);
        return;
    }
    // Marked but never sent: back to pending, and first in line when sending goes on. The
    // ledger writes in order, so a later mark of the same people comes after this.
    markPending(psids);
    if (!m_stopped)
        m_queue = psids + m_queue;
}

void BroadcastRunner::markPending(const QStringList &psids)
{
    m_ledger->markPending(m_setup.broadcastId, psids, [this](bool ok, const QString &error) {
        // If not, they stay `sending`: a later mark passes them over, and the next start
        // makes them unknown. Safe, never twice.
        if (!ok)
            ledgerFailed(QStringLiteral("pending"), error);
        finishIfDone();
    });
}

void BroadcastRunner::planReady()
{
    for (ReadyBatch &batch : m_ready) {
        if (!batch.plan)
            batch.plan = planBatch(batch.psids);
    }
}

std::variant<api::CallPlan, api::GraphError>
BroadcastRunner::planBatch(const QStringList &psids) const
{
    QList<api::BatchItem> items;
    items.reserve(psids.size());
    for (const QString &psid : psids)
        items.append({QStringLiteral("send_message"), sendInput(psid), {}, {}, false});
    return api::BatchRequest::plan(*m_client, items, m_setup.options);
}

void BroadcastRunner::sendMarked(ReadyBatch batch)
{
    const QStringList marked = batch.psids;
    auto planned = batch.plan ? std::move(*batch.plan) : planBatch(marked);
    if (const auto *planError = std::get_if<api::GraphError>(&planned)) {
        // Nothing left (no token, bad input): failed with the reason.
        const SendVerdict verdict = SendVerdict::of(api::GraphResult::failure(*planError));
        QList<RecipientResult> failed;
        for (const QString &psid : marked)
            failed.append({psid, RecipientState::Failed, {}, verdict.reason, verdict.error});
        settle(failed);
        return;
    }
    api::GraphReply *reply = m_client->send(std::get<api::CallPlan>(std::move(planned)));
    ++m_requestsSent;
    ++m_inFlight;
    connect(reply, &api::GraphReply::finished, this,
            [this, marked](const api::GraphResult &result) {
                --m_inFlight;
                onBatchFinished(marked, result);
            });
}

void BroadcastRunner::onBatchFinished(const QStringList &psids, const api::GraphResult &result)
{
    const QList<api::GraphResult> results = api::BatchRequest::decode(
        result, QStringList(psids.size(), QStringLiteral("send_message")));
    QList<RecipientResult> settled;
    QStringList again;
    QString stopReason;
    api::GraphError rateError;
    for (int i = 0; i < psids.size(); ++i) {
        const QString &psid = psids[i];
        const SendVerdict verdict = SendVerdict::of(results.value(i));
        switch (verdict.kind) {
        case SendVerdict::Kind::Sent:
            settled.append({psid, RecipientState::Sent, verdict.messageId, {}, {}});
            break;
        case SendVerdict::Kind::Skipped:
            settled.append({psid, RecipientState::Skipped, {}, verdict.reason, verdict.error});
            break;
        case SendVerdict::Kind::Unknown:
            settled.append({psid, RecipientState::Unknown, {}, verdict.reason, verdict.error});
            break;
        case SendVerdict::Kind::Retry:
            if (m_rateRetries.value(psid) < m_maxRateRetries && !m_cancelled) {
                ++m_rateRetries[psid];
                again.append(psid);
                rateError = results.value(i).error();
            } else {
                settled.append({psid, RecipientState::Failed, {}, verdict.reason, verdict.error});
            }
            break;
        case SendVerdict::Kind::StopAll:
            settled.append({psid, RecipientState::Failed, {}, verdict.reason, verdict.error});
            stopReason = verdict.text;
            break;
        case SendVerdict::Kind::Failed:
            settled.append({psid, RecipientState::Failed, {}, verdict.reason, verdict.error});
            break;
        }
    }
    // A stop sends nothing more; rate refusals go back before the next batch is picked.
    if (!stopReason.isEmpty())
        stop(stopReason);
    if (!again.isEmpty()) {
        markPending(again);
        if (m_cancelled) {
            for (const QString &psid : std::as_const(again))
                settled.append(
                    {psid, RecipientState::Skipped, {}, QStringLiteral("cancelled"), {}});
        } else if (!m_stopped) {
            releaseReady();            // nothing leaves during the back-off: what waits goes back
            m_queue = again + m_queue; // refused for rate, so not sent: safe to send again
            const qint64 delay = m_client->governor()->backoffAfterRateLimit(
                m_setup.options.appId, m_setup.options.pageId, rateError,
                m_rateRetries.value(again.first()), 0);
            if (!m_backoff->isActive())
                m_backoff->start(int(std::max<qint64>(delay, 1)));
        }
    }
    // The freed slot's next batch (marked already) leaves first; the results are written,
    // and then told, in the bookkeeping after it. Qt hands a request's body to its network
    // thread through this thread's event loop: work done here before that hand-over delays
    // every batch behind it.
    if (!settled.isEmpty())
        m_unrecorded.append(settled);
    pump();
    if (!m_unrecorded.isEmpty())
        scheduleBookkeeping();
    finishIfDone();
}

void BroadcastRunner::scheduleBookkeeping()
{
    if (m_bookkeepingPosted)
        return;
    m_bookkeepingPosted = true;
    QCoreApplication::postEvent(this, new QEvent(bookkeepingEvent()), Qt::LowEventPriority);
}

bool BroadcastRunner::event(QEvent *event)
{
    if (event->type() != bookkeepingEvent())
        return QObject::event(event);
    recordAnswered();
    // The next batches are marked while the ones in flight are on the network, so a freed
    // slot finds its batch marked and sends at once instead of waiting for a commit.
    // concurrency() - 1 batches, as a mark for a free slot would leave waiting: no more
    // people are marked and not sent than before.
    const int markedAhead = int(m_ready.size());
    if (!m_paused && !m_cancelled && !m_stopped && !m_finished && !m_backoff->isActive() &&
        !m_marking && markedAhead < m_concurrency - 1 && !m_queue.isEmpty())
        markAhead(m_concurrency - 1 - markedAhead);
    pump();
    // The marked batches' requests are built now, while the slots are busy: a freed slot
    // then only hands its request to the network.
    planReady();
    m_bookkeepingPosted = false; // after pump(): what it sent is already looked after here
    finishIfDone();
    return true;
}

void BroadcastRunner::recordAnswered()
{
    if (m_unrecorded.isEmpty())
        return;
    const QList<QList<RecipientResult>> batches = std::exchange(m_unrecorded, {});
    QList<RecipientResult> all;
    for (const auto &batch : batches)
        all += batch;
    // Told once written (a line on stderr is a promise the journal keeps after a crash):
    // one transaction for the batches answered since the last time.
    m_ledger->record(m_setup.broadcastId, all, [this, batches](bool ok, const QString &error) {
        if (!ok)
            ledgerFailed(QStringLiteral("record"), error);
        for (const auto &batch : batches) {
            account(batch);
            Q_EMIT progress(done(), total(), msRemaining());
        }
        finishIfDone();
    });
}

void BroadcastRunner::settle(const QList<RecipientResult> &results)
{
    if (results.isEmpty())
        return;
    m_ledger->record(m_setup.broadcastId, results, [this, results](bool ok, const QString &error) {
        if (!ok)
            ledgerFailed(QStringLiteral("record"), error);
        account(results);
        finishIfDone();
    });
}

void BroadcastRunner::account(const QList<RecipientResult> &results)
{
    if (results.isEmpty())
        return;
    for (const auto &result : results) {
        m_results.append(result);
        ++m_counts[result.state];
    }
    Q_EMIT recipientsSettled(results);
}

void BroadcastRunner::ledgerFailed(const QString &what, const QString &error)
{
    Q_UNUSED(what)
    stop(tr("The broadcast journal could not be written (%1); nothing more is sent.").arg(error));
}

void BroadcastRunner::finishIfDone()
{
    if (m_finished || m_inFlight > 0 || !m_started || m_marking)
        return;
    recordAnswered();
    // Every write asked comes back first: a failure among them still changes the end.
    if (m_ledger->pending() > 0)
        return;
    if (!m_stopped && !m_cancelled &&
        (!m_queue.isEmpty() || !m_ready.isEmpty() || m_backoff->isActive() || m_paused))
        return;
    m_finished = true;
    const QString state = m_stopped     ? BroadcastState::Stopped
                          : m_cancelled ? BroadcastState::Cancelled
                                        : BroadcastState::Finished;
    m_ledger->setBroadcastState(m_setup.broadcastId, state, m_stopReason,
                                [this, state](bool, const QString &) {
                                    // Nothing more to write: the ledger's thread ends here,
                                    // before whoever owns the database goes on.
                                    m_ledger->shutDown();
                                    Q_EMIT finished(state);
                                });
}

LedgerQueue::Done BroadcastRunner::stateWritten()
{
    // Pause and Resume go on when the state cannot be written: the rows are what count. The
    // end is checked again: finishIfDone() waits for every write, this one included.
    return [this](bool, const QString &) { finishIfDone(); };
}

} // namespace mdesk::models

#include "moc_broadcastrunner.cpp"
