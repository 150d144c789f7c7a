#include "graphresult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace mdesk::api {

GraphResult GraphResult::success(const QJsonValue &body, int httpStatus)
{
    GraphResult result;
    result.m_body = body;
    result.m_httpStatus = httpStatus;
    return result;
}

GraphResult GraphResult::failure(GraphError error)
{
    GraphResult result;
    result.m_httpStatus = error.httpStatus;
    result.m_error = std::move(error);
    return result;
}

QJsonValue GraphResult::toJson() const
{
    return isOk() ? m_body : QJsonValue(m_error->toJson());
}

GraphResult GraphResult::fromHttp(int httpStatus, const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull()) {
        const QString quoted = QString::fromUtf8(body.left(80)).simplified();
        GraphError error = GraphError::transportError(
            ErrorCategory::Transport, QStringLiteral("malformed"),
            body.isEmpty()
                ? QCoreApplication::translate("mdesk::api::GraphResult",
                                              "Graph answered HTTP %1 with an empty body.")
                      .arg(httpStatus)
                : QCoreApplication::translate("mdesk::api::GraphResult",
                                              "Graph answered HTTP %1 with a body that is not JSON "
                                              "(%2 at byte %3): \"%4\".")
                      .arg(httpStatus)
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                      .arg(quoted));
        error.httpStatus = httpStatus;
        // A 5xx page from a proxy or load balancer (HTML, plain text) is still the server's
        // failure (graph-api.md section 6: 5xx is server), not a transport problem.
        if (httpStatus >= 500)
            error.category = ErrorCategory::Server;
        return failure(error);
    }
    const QJsonValue value =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (document.isObject() && document.object().contains(QStringLiteral("error"))) {
        const QJsonValue errorValue = document.object().value(QStringLiteral("error"));
        QJsonObject errorObject = errorValue.toObject();
        if (!errorValue.isObject())
            errorObject.insert(QStringLiteral("message"), errorValue.toVariant().toString());
        return failure(GraphError::fromGraph(errorObject, httpStatus));
    }
    // 3xx too: redirects are not followed (GraphClient), so one is an answer we cannot use.
    if (httpStatus >= 300) {
        GraphError error = GraphError::fromGraph({}, httpStatus);
        return failure(error);
    }
    return success(value, httpStatus);
}

} // namespace mdesk::api
