#include "grapherror.h"

#include <QCoreApplication>

namespace mdesk::api {

QString categoryName(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::Transport:
        return QStringLiteral("transport");
    case ErrorCategory::Timeout:
        return QStringLiteral("timeout");
    case ErrorCategory::Auth:
        return QStringLiteral("auth");
    case ErrorCategory::Permission:
        return QStringLiteral("permission");
    case ErrorCategory::InvalidParameter:
        return QStringLiteral("invalid_parameter");
    case ErrorCategory::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorCategory::Server:
        return QStringLiteral("server");
    case ErrorCategory::Deprecated:
        return QStringLiteral("deprecated");
    case ErrorCategory::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCategory::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCategory::Other:
        return QStringLiteral("other");
    case ErrorCategory::UnknownOutcome:
        return QStringLiteral("unknown_outcome");
    }
    return QStringLiteral("other");
}

ErrorCategory categoryForCode(int code, int httpStatus)
{
    if (code == 190 || code == 102 || code == 463 || code == 467)
        return ErrorCategory::Auth;
    if (code == 10 || (code >= 200 && code <= 299))
        return ErrorCategory::Permission;
    if (code == 100)
        return ErrorCategory::InvalidParameter;
    if (code == 4 || code == 17 || code == 32 || code == 613 || (code >= 80000 && code <= 80014))
        return ErrorCategory::RateLimited;
    if (code == 12 || code == 3)
        return ErrorCategory::Deprecated;
    if (code == 1 || code == 2 || (code == 0 && httpStatus >= 500))
        return ErrorCategory::Server;
    if (code == 0 && httpStatus == 401)
        return ErrorCategory::Auth;
    if (code == 0 && httpStatus == 403)
        return ErrorCategory::Permission;
    if (code == 0 && httpStatus == 429)
        return ErrorCategory::RateLimited;
    if (httpStatus >= 500)
        return ErrorCategory::Server;
    return ErrorCategory::Other;
}

GraphError GraphError::fromGraph(const QJsonObject &errorObject, int httpStatus)
{
    GraphError error;
    error.graphError = errorObject;
    error.httpStatus = httpStatus;
    error.message = errorObject.value(QStringLiteral("message")).toString();
    error.type = errorObject.value(QStringLiteral("type")).toString();
    error.code = errorObject.value(QStringLiteral("code")).toInt();
    error.subcode = errorObject.value(QStringLiteral("error_subcode")).toInt();
    error.userTitle = errorObject.value(QStringLiteral("error_user_title")).toString();
    error.userMessage = errorObject.value(QStringLiteral("error_user_msg")).toString();
    error.isTransient = errorObject.value(QStringLiteral("is_transient")).toBool();
    error.fbtraceId = errorObject.value(QStringLiteral("fbtrace_id")).toString();
    error.category = categoryForCode(error.code, httpStatus);
    if (error.message.isEmpty())
        error.message = QCoreApplication::translate("mdesk::api::GraphError",
                                                    "Graph answered with HTTP %1 and no message.")
                            .arg(httpStatus);
    return error;
}

GraphError GraphError::transportError(ErrorCategory category, const QString &transport,
                                      const QString &message)
{
    GraphError error;
    error.category = category;
    error.transport = transport;
    error.message = message;
    return error;
}

GraphError GraphError::invalidInput(const QString &field, const QString &message)
{
    GraphError error;
    error.category = ErrorCategory::InvalidInput;
    error.field = field;
    error.message = message;
    return error;
}

GraphError GraphError::unknownOutcome(const QString &transport, const QString &message)
{
    GraphError error = transportError(ErrorCategory::UnknownOutcome, transport, message);
    error.advice = unknownOutcomeAdvice();
    return error;
}

QString GraphError::unknownOutcomeAdvice()
{
    return QCoreApplication::translate("mdesk::api::GraphError",
                                       "Graph may have applied this; check before you send it "
                                       "again.");
}

bool GraphError::stopsEverything() const
{
    return category == ErrorCategory::Auth || category == ErrorCategory::Permission ||
           (code == 10 && subcode == 1893063);
}

QString GraphError::summary() const
{
    // Graph's own messages often begin with "(#100) ": the code is not said twice.
    const QString prefix = QStringLiteral("(#%1)").arg(code);
    QString text =
        code && !message.startsWith(prefix) ? prefix + QLatin1Char(' ') + message : message;
    if (subcode)
        text += QStringLiteral(" [subcode %1]").arg(subcode);
    if (!fbtraceId.isEmpty())
        text += QStringLiteral(" [fbtrace_id %1]").arg(fbtraceId);
    if (!advice.isEmpty())
        text += QLatin1Char(' ') + advice;
    return text;
}

QJsonObject GraphError::toJson() const
{
    QJsonObject object = graphError;
    if (object.isEmpty()) {
        object.insert(QStringLiteral("message"), message);
        if (code)
            object.insert(QStringLiteral("code"), code);
    }
    object.insert(QStringLiteral("category"), categoryName(category));
    if (!transport.isEmpty())
        object.insert(QStringLiteral("transport"), transport);
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    if (httpStatus)
        object.insert(QStringLiteral("http_status"), httpStatus);
    if (!advice.isEmpty())
        object.insert(QStringLiteral("advice"), advice);
    if (retryAfter.isValid())
        object.insert(QStringLiteral("retry_after"), retryAfter.toUTC().toString(Qt::ISODate));
    if (category == ErrorCategory::UnknownOutcome)
        object.insert(QStringLiteral("outcome"), QStringLiteral("unknown"));
    return {{QStringLiteral("error"), object}};
}

} // namespace mdesk::api
