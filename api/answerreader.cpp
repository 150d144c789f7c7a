#include "answerreader.h"

#include "plansender.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace mdesk::api {

namespace {

// lupdate files the tr() strings of this file's free helpers under "mdesk::api"; those of
// a namespace's own functions under the namespace's name, whose tr() is in its header.
QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api", text);
}

// What happened to the connection, in words: Qt says "Unknown error" for some drops.
QString problem(QNetworkReply &network)
{
    switch (network.error()) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        return tr("the connection was closed or reset");
    case QNetworkReply::ConnectionRefusedError:
        return tr("the connection was refused");
    default:
        break;
    }
    const QString text = network.errorString();
    return text.isEmpty() || text == QLatin1String("Unknown error")
               ? tr("the connection failed (%1)").arg(PlanSender::transportName(network.error()))
               : text;
}

bool isConnectingFailure(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError ||
           error == QNetworkReply::HostNotFoundError ||
           error == QNetworkReply::SslHandshakeFailedError ||
           error == QNetworkReply::ProxyConnectionRefusedError ||
           error == QNetworkReply::ProxyNotFoundError;
}

} // namespace

bool AnswerReader::mayHaveLeft(QNetworkReply &network, bool requestLeft)
{
    if (requestLeft || network.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0)
        return true;
    return network.attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() &&
           !isConnectingFailure(network.error());
}

GraphResult AnswerReader::read(QNetworkReply &network, const Attempt &attempt,
                               QHash<QByteArray, QByteArray> *headers)
{
    for (const auto &[name, value] : network.rawHeaderPairs())
        headers->insert(name.toLower(), value);
    const int status = network.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed; reading it only earns a "device not open" warning.
    const QByteArray body = network.isOpen() ? network.readAll() : QByteArray();
    const QNetworkReply::NetworkError networkError = network.error();
    const bool unknown = attempt.write && mayHaveLeft(network, attempt.requestLeft);
    const QString seconds = QString::number(attempt.timeoutMs / 1000.0, 'g', 3);

    if (attempt.timedOut) {
        if (unknown)
            return GraphResult::failure(GraphError::unknownOutcome(
                QStringLiteral("timeout"),
                tr("Graph did not answer within %1 seconds after the request was sent.")
                    .arg(seconds)));
        return GraphResult::failure(
            GraphError::transportError(ErrorCategory::Timeout, QStringLiteral("timeout"),
                                       tr("Graph did not answer within %1 seconds.").arg(seconds)));
    }
    if (networkError != QNetworkReply::NoError && status == 0 &&
        (networkError < 200 || networkError == QNetworkReply::ContentReSendError)) {
        const QString name = PlanSender::transportName(networkError);
        if (unknown)
            return GraphResult::failure(GraphError::unknownOutcome(
                name, tr("The request was sent, but %1 before Graph's answer came.")
                          .arg(problem(network))));
        if (attempt.write)
            return GraphResult::failure(GraphError::transportError(
                ErrorCategory::Transport, name,
                tr("The connection to Graph failed before the request was sent (%1); nothing "
                   "was applied.")
                    .arg(problem(network))));
        return GraphResult::failure(GraphError::transportError(
            ErrorCategory::Transport, name,
            tr("The connection to Graph failed: %1.").arg(problem(network))));
    }
    if (networkError != QNetworkReply::NoError && networkError < 200) {
        const QString message = tr("Graph's answer (HTTP %1) was cut off after %2 bytes: %3.")
                                    .arg(status)
                                    .arg(body.size())
                                    .arg(problem(network));
        GraphError error = unknown
                               ? GraphError::unknownOutcome(QStringLiteral("truncated"), message)
                               : GraphError::transportError(ErrorCategory::Transport,
                                                            QStringLiteral("truncated"), message);
        error.httpStatus = status;
        return GraphResult::failure(error);
    }
    if (status >= 300 && status < 400) {
        // Redirects are never followed (PlanSender): say where it pointed. Graph did not
        // act on a request it redirected.
        GraphError error = GraphError::fromGraph({}, status);
        error.message = tr("Graph answered HTTP %1, a redirect to %2, which is not followed.")
                            .arg(status)
                            .arg(QString::fromUtf8(headers->value("location")));
        return GraphResult::failure(error);
    }
    GraphResult result = GraphResult::fromHttp(status, body);
    if (result.isOk())
        return result;
    const GraphError &error = result.error();
    if (unknown && status >= 200 && status < 300 && error.category == ErrorCategory::Transport) {
        // A 2xx we cannot read: Graph took the request, so it may well have done it.
        GraphError unread = GraphError::unknownOutcome(error.transport, error.message);
        unread.httpStatus = status;
        return GraphResult::failure(unread);
    }
    return result;
}

} // namespace mdesk::api
