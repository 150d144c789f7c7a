#include "graphclient.h"

#include "answerreader.h"
#include "plansender.h"
#include "waitnotice.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

namespace mdesk::api {

namespace {

QString pageKey(const QString &appId, const QString &pageId)
{
    return appId + QLatin1Char('/') + pageId;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Headers events keep: the ones that explain an answer, never cookies. A server or proxy
// may echo a credential in any of them, so they pass the redactor like everything else.
QJsonObject redactedHeaders(const QHash<QByteArray, QByteArray> &headers, const Redactor &redactor)
{
    QJsonObject object;
    for (const char *name :
         {"content-type", "x-app-usage", "x-page-usage", "x-business-use-case-usage",
          "x-fb-trace-id", "x-fb-rev", "x-fb-debug", "location", "www-authenticate"}) {
        if (headers.contains(name))
            object.insert(
                QLatin1String(name),
                redactor.redactHeader(QLatin1String(name), QString::fromUtf8(headers.value(name))));
    }
    return object;
}

// Graph's answer for an object that is gone: (#100) subcode 33 "... does not exist ...",
// or a plain 404.
bool isAlreadyGone(const GraphError &error)
{
    return (error.code == 100 &&
            (error.subcode == 33 || error.message.contains(QLatin1String("does not exist")))) ||
           (error.code == 0 && error.httpStatus == 404);
}

QJsonValue bodyForEvent(const QJsonValue &body)
{
    return body.isUndefined() ? QJsonValue() : body;
}

} // namespace

GraphClient::GraphClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_events(new EventHub(this))
    , m_governor(new RateGovernor(this))
{
    m_network->setAutoDeleteReplies(false);
}

GraphClient::~GraphClient() = default;

void GraphClient::setApp(const AppConnection &app)
{
    m_proofs.clear();
    m_apps.insert(app.appId, app);
    m_redactor.addSecret(app.appSecret);
    m_redactor.addSecret(app.appToken);
    m_redactor.addSecret(app.effectiveAppToken());
}

void GraphClient::removeApp(const QString &appId)
{
    m_proofs.clear();
    m_apps.remove(appId);
    const QString prefix = appId + QLatin1Char('/');
    m_pageTokens.removeIf([&prefix](const auto &it) { return it.key().startsWith(prefix); });
}

const AppConnection *GraphClient::app(const QString &appId) const
{
    const auto it = m_apps.constFind(appId);
    return it == m_apps.constEnd() ? nullptr : &it.value();
}

void GraphClient::setPageToken(const QString &appId, const QString &pageId, const QString &token)
{
    m_pageTokens.insert(pageKey(appId, pageId), token);
    m_redactor.addSecret(token);
}

void GraphClient::removePage(const QString &appId, const QString &pageId)
{
    m_pageTokens.remove(pageKey(appId, pageId));
}

bool GraphClient::hasPageToken(const QString &appId, const QString &pageId) const
{
    return m_pageTokens.contains(pageKey(appId, pageId));
}

GraphReply *GraphClient::call(const QString &opId, const QJsonObject &input,
                              const CallOptions &options)
{
    // Tokens can travel in the input too (debug_token's input_token, set_nlp_configs'
    // custom_token). Their keys are masked, but Graph may echo the value in an error
    // message, so the values become known secrets before any event can quote them.
    rememberInputSecrets(input);
    auto planned = plan(opId, input, options);
    if (auto *error = std::get_if<GraphError>(&planned)) {
        CallPlan refused;
        refused.op = opId;
        refused.appId = options.appId;
        refused.pageId = options.pageId;
        refused.txId = options.txId.isEmpty() ? newUuid() : options.txId;
        refused.source = options.source;
        auto *reply = new GraphReply(this, refused);
        finishEarly(reply, *error);
        return reply;
    }
    if (!options.userToken.isEmpty())
        m_redactor.addSecret(options.userToken);
    return send(std::get<CallPlan>(std::move(planned)));
}

void GraphClient::rememberInputSecrets(const QJsonObject &input)
{
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (it.value().isObject())
            rememberInputSecrets(it.value().toObject());
        else if (it.value().isString() && Redactor::isSecretKey(it.key()))
            m_redactor.addSecret(it.value().toString());
    }
}

GraphReply *GraphClient::send(CallPlan plan)
{
    m_redactor.addSecret(plan.token);
    // The proof is masked by its key in the query, but Graph may quote it in a message.
    for (const auto &[key, value] : plan.query) {
        if (Redactor::isSecretKey(key))
            m_redactor.addSecret(value);
    }
    auto *reply = new GraphReply(this, std::move(plan));
    connect(reply->m_timer, &QTimer::timeout, this, [this, reply] { onTimeout(reply); });
    connect(reply->m_waitTimer, &QTimer::timeout, this, [this, reply] {
        if (reply->m_waitEndsInSend)
            sendNow(reply);
        else
            startAttempt(reply);
    });
    m_replies.insert(reply);
    setInFlight(m_inFlight + 1);
    // Deferred, so callers connect to the reply before anything can be emitted.
    QTimer::singleShot(0, reply, [this, reply] { startAttempt(reply); });
    return reply;
}

void GraphClient::stop(const QString &reason)
{
    m_stopReason = reason;
    const auto replies = m_replies;
    for (GraphReply *reply : replies)
        reply->cancel();
}

qint64 GraphClient::waitLimit() const
{
    qint64 limit = m_governor->config().maxWaitMs;
    if (m_deadline.isValid())
        limit = std::min(limit, QDateTime::currentDateTimeUtc().msecsTo(m_deadline));
    return std::max<qint64>(0, limit);
}

void GraphClient::announceWait(GraphReply *reply, qint64 delayMs, bool rateLimit)
{
    if (delayMs < m_governor->config().announceFromMs)
        return;
    const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    const QString message = WaitNotice::message(
        rateLimit ? WaitNotice::Reason::RateLimit : WaitNotice::Reason::Retry, delayMs, until);
    Q_EMIT reply->waiting(delayMs, until, message);
    Q_EMIT waiting(reply, delayMs, until, message);
}

void GraphClient::finishPastWaitLimit(GraphReply *reply, GraphError error, qint64 delayMs,
                                      const QJsonObject &response)
{
    error.retryAfter = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    error.advice = WaitNotice::pastLimitAdvice(error.retryAfter, delayMs);
    finish(reply, GraphResult::failure(error), response);
}

void GraphClient::startAttempt(GraphReply *reply)
{
    if (reply->m_finished)
        return;
    ++reply->m_attempt;
    reply->m_timedOut = false;
    if (!reply->m_started) {
        reply->m_started = true;
        publish(reply, EventOutcome::Started, {});
    }
    if (isStopped()) {
        finish(reply,
               GraphResult::failure(GraphError::transportError(
                   ErrorCategory::Cancelled, QStringLiteral("cancelled"), m_stopReason)),
               {});
        return;
    }
    const qint64 wait = m_governor->delayBeforeSend(reply->m_plan.appId, reply->m_plan.pageId);
    if (wait > waitLimit()) {
        // Held back by an earlier refusal for longer than a call may wait: say until when,
        // send nothing.
        GraphError error = GraphError::transportError(
            ErrorCategory::RateLimited, QStringLiteral("rate_limit_wait"),
            tr("Graph's rate limit holds calls for this app or Page back; the call was not "
               "sent."));
        finishPastWaitLimit(reply, error, wait, {});
        return;
    }
    if (wait > 0) {
        reply->m_waitEndsInSend = true;
        announceWait(reply, wait, true);
        if (!reply->m_finished)
            reply->m_waitTimer->start(int(wait));
        return;
    }
    sendNow(reply);
}

void GraphClient::sendNow(GraphReply *reply)
{
    QString error;
    QNetworkReply *network = PlanSender::send(*m_network, reply->m_plan, &error);
    if (!network) {
        finishEarly(reply, GraphError::invalidInput(QStringLiteral("file"), error));
        return;
    }
    reply->m_network = network;
    reply->m_requestLeft = false;
    // Whether bytes of the request reached the wire decides, for a write, between "not
    // sent" and "may have been applied".
    connect(network, &QNetworkReply::requestSent, reply, [reply] { reply->m_requestLeft = true; });
    connect(network, &QNetworkReply::uploadProgress, reply, [reply](qint64 sent, qint64 total) {
        if (sent > 0)
            reply->m_requestLeft = true;
        Q_EMIT reply->uploadProgress(sent, total);
    });
    connect(network, &QNetworkReply::finished, reply, [this, reply] { onNetworkFinished(reply); });
    reply->m_timer->start(reply->m_plan.timeoutMs);
}

void GraphClient::onTimeout(GraphReply *reply)
{
    if (!reply->m_network)
        return;
    reply->m_timedOut = true;
    reply->m_network->abort(); // finished() follows and is mapped to a timeout
}

void GraphClient::onNetworkFinished(GraphReply *reply)
{
    QNetworkReply *network = reply->m_network;
    if (!network || reply->m_finished)
        return;
    reply->m_timer->stop();
    reply->m_network = nullptr;
    network->deleteLater();

    AnswerReader::Attempt attempt;
    attempt.write = reply->m_plan.method != "GET";
    attempt.requestLeft = reply->m_requestLeft;
    attempt.timedOut = reply->m_timedOut;
    attempt.timeoutMs = reply->m_plan.timeoutMs;
    if (AnswerReader::mayHaveLeft(*network, reply->m_requestLeft))
        ++reply->m_requestsSent;
    QHash<QByteArray, QByteArray> headers;
    GraphResult result = AnswerReader::read(*network, attempt, &headers);
    if (result.isOk()) {
        if (auto wrong = AnswerShapes::check(reply->m_plan.answer, result.body(), attempt.write,
                                             result.httpStatus()))
            result = GraphResult::failure(*wrong);
    }
    conclude(reply, result, headers);
}

void GraphClient::conclude(GraphReply *reply, const GraphResult &result,
                           const QHash<QByteArray, QByteArray> &headers)
{
    CallPlan &plan = reply->m_plan;
    m_governor->observe(plan.appId, plan.pageId, headers);

    QJsonObject response{{QStringLiteral("status"), result.httpStatus()},
                         {QStringLiteral("headers"), redactedHeaders(headers, m_redactor)}};
    if (result.isOk()) {
        response.insert(QStringLiteral("body"), m_redactor.redact(bodyForEvent(result.body())));
        finish(reply, result, response);
        return;
    }

    GraphError error = result.error();
    // Graph or a proxy may quote a credential in a message or a redirect target.
    error.message = m_redactor.redactText(error.message);
    if (!plan.removedNote.isEmpty() && error.httpStatus > 0) {
        error.category = ErrorCategory::Deprecated;
        error.message = plan.removedNote + QLatin1Char(' ') + error.message;
    }
    if (reply->m_unknownBefore && plan.method == "DELETE" && isAlreadyGone(error)) {
        // The first attempt's answer was lost; this one says the object is gone: the first
        // attempt deleted it.
        GraphResult gone =
            GraphResult::success(QJsonObject{{QStringLiteral("success"), true}}, error.httpStatus);
        gone.setNote(tr("Graph says it does not exist: an earlier attempt whose answer was "
                        "lost had already deleted it."));
        response.insert(QStringLiteral("note"), gone.note());
        finish(reply, gone, response);
        return;
    }
    if (error.isUnknownOutcome())
        reply->m_unknownBefore = true;
    const int maxAttempts = m_governor->config().maxAttempts;
    // A write is repeated only when it cannot have happened: Graph refused it for rate, or
    // the connection was refused before anything was sent. A DELETE may be repeated after
    // an unknown outcome: the answer above tells "already deleted" apart.
    const bool refusedUnsent = error.isRateLimit() || error.transport == QLatin1String("refused");
    const bool transient =
        error.category == ErrorCategory::Timeout || error.category == ErrorCategory::Transport ||
        error.category == ErrorCategory::Server || error.isUnknownOutcome() || error.isTransient;
    const bool retry = plan.retry && !isStopped() && reply->m_attempt < maxAttempts &&
                       (refusedUnsent || (transient && plan.retrySafe));
    const int regain = RateGovernor::regainMinutes(headers.value("x-business-use-case-usage"));
    if (retry) {
        const qint64 delay = error.isRateLimit()
                                 ? m_governor->backoffAfterRateLimit(plan.appId, plan.pageId, error,
                                                                     reply->m_attempt, regain)
                                 : m_governor->backoffAfterTransient(reply->m_attempt);
        if (delay > waitLimit()) {
            // No time left for this retry (cap or deadline): end with what Graph said.
            if (error.isRateLimit())
                finishPastWaitLimit(reply, error, delay, response);
            else
                finish(reply, GraphResult::failure(error), response);
            return;
        }
        publish(reply, EventOutcome::RetryScheduled,
                {{QStringLiteral("response"), response},
                 {QStringLiteral("error"),
                  m_redactor.redact(error.toJson().value(QStringLiteral("error")))},
                 {QStringLiteral("retry_in_ms"), delay}});
        Q_EMIT reply->retryScheduled(reply->m_attempt + 1, delay);
        if (reply->m_finished)
            return;
        announceWait(reply, delay, error.isRateLimit());
        if (reply->m_finished)
            return; // cancelled by a listener of the announcement
        reply->m_waitEndsInSend = false;
        reply->m_waitTimer->start(int(delay));
        return;
    }
    if (error.isRateLimit()) {
        const qint64 delay = m_governor->backoffAfterRateLimit(plan.appId, plan.pageId, error,
                                                               reply->m_attempt, regain);
        if (plan.retry && delay > waitLimit()) {
            finishPastWaitLimit(reply, error, delay, response);
            return;
        }
    }
    finish(reply, GraphResult::failure(error), response);
}

void GraphClient::finish(GraphReply *reply, const GraphResult &result, const QJsonObject &response)
{
    reply->m_finished = true;
    reply->m_result = result;
    reply->m_timer->stop();
    reply->m_waitTimer->stop();
    m_replies.remove(reply);
    if (result.isOk()) {
        publish(reply, EventOutcome::Succeeded, {{QStringLiteral("response"), response}});
    } else {
        const GraphError &error = result.error();
        const bool answered = error.httpStatus > 0 && error.transport.isEmpty();
        QJsonObject extra{{QStringLiteral("error"),
                           m_redactor.redact(error.toJson().value(QStringLiteral("error")))}};
        if (answered || error.httpStatus > 0)
            extra.insert(QStringLiteral("response"), response);
        publish(reply, answered ? EventOutcome::Failed : EventOutcome::Erred, extra);
    }
    setInFlight(m_inFlight - 1);
    Q_EMIT reply->finished(reply->m_result);
    reply->deleteLater();
}

void GraphClient::finishCancelled(GraphReply *reply)
{
    bool left = false;
    if (reply->m_network) {
        QNetworkReply *network = reply->m_network;
        reply->m_network = nullptr;
        // A write handed to the network may be on the wire before requestSent arrives.
        left = reply->m_plan.method != "GET";
        if (AnswerReader::mayHaveLeft(*network, reply->m_requestLeft))
            ++reply->m_requestsSent;
        network->disconnect(reply);
        network->abort();
        network->deleteLater();
    }
    // A DELETE waiting to be retried after an unknown outcome is still unknown.
    left = left || reply->m_unknownBefore;
    const QString reason = m_stopReason.isEmpty() ? tr("The call was cancelled.") : m_stopReason;
    const GraphError error =
        left ? GraphError::unknownOutcome(
                   QStringLiteral("cancelled"),
                   tr("The call was cancelled after its request was sent (%1).").arg(reason))
             : GraphError::transportError(ErrorCategory::Cancelled, QStringLiteral("cancelled"),
                                          reason);
    if (!reply->m_started) {
        // Not sent yet: the deferred start must not run; the call counts as never begun.
        reply->m_started = true;
        publish(reply, EventOutcome::Started, {});
    }
    finish(reply, GraphResult::failure(error), {});
}

void GraphClient::finishEarly(GraphReply *reply, const GraphError &error)
{
    // Refused before sending: no events, but finished() still arrives after the caller
    // had its chance to connect.
    reply->m_result = GraphResult::failure(error);
    reply->m_finished = true;
    m_replies.remove(reply);
    const bool counted = reply->m_started;
    QTimer::singleShot(0, reply, [this, reply, counted] {
        if (counted) {
            publish(
                reply, EventOutcome::Erred,
                {{QStringLiteral("error"), m_redactor.redact(reply->m_result.error().toJson().value(
                                               QStringLiteral("error")))}});
            setInFlight(m_inFlight - 1);
        }
        Q_EMIT reply->finished(reply->m_result);
        reply->deleteLater();
    });
}

QJsonObject GraphClient::describeRequest(const CallPlan &plan) const
{
    return PlanSender::describe(plan, m_redactor);
}

void GraphClient::publish(GraphReply *reply, EventOutcome outcome, const QJsonObject &extra)
{
    const CallPlan &plan = reply->m_plan;
    GraphEvent event;
    event.id = newUuid();
    event.outcome = outcome;
    event.op = plan.op;
    event.topic = GraphEvent::topicFor(plan.op, outcome);
    event.transactionId = plan.txId;
    event.source = plan.source;
    event.initializedAt = reply->m_initializedAt;
    event.occurredAt = QDateTime::currentDateTimeUtc();
    event.appId = plan.appId;
    event.pageId = plan.pageId;
    event.attempt = std::max(1, reply->m_attempt);
    event.durationMs = outcome == EventOutcome::Started ? 0 : reply->m_elapsed.elapsed();
    QJsonObject data{{QStringLiteral("app_id"), plan.appId},
                     {QStringLiteral("page_id"), plan.pageId},
                     {QStringLiteral("op"), plan.op},
                     {QStringLiteral("attempt"), event.attempt}};
    if (!plan.method.isEmpty()) {
        // The plan does not change during a call: redact it once, not for every event (for a
        // batch of 50 this was a third of the client's CPU time per request).
        if (reply->m_requestDescription.isEmpty())
            reply->m_requestDescription = describeRequest(plan);
        data.insert(QStringLiteral("request"), reply->m_requestDescription);
    }
    for (auto it = extra.begin(); it != extra.end(); ++it)
        data.insert(it.key(), it.value());
    event.httpStatus =
        data.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt();
    event.data = data;
    m_events->publish(event);
}

void GraphClient::setInFlight(int count)
{
    if (m_inFlight == count)
        return;
    m_inFlight = count;
    Q_EMIT inFlightChanged(count);
}

} // namespace mdesk::api

#include "moc_graphclient.cpp"
