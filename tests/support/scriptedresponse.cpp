#include "scriptedresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mdesk::testsupport {

ScriptedResponse ScriptedResponse::json(const QJsonValue &body, int status)
{
    const QJsonDocument document =
        body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject());
    return raw(status, document.toJson(QJsonDocument::Compact));
}

ScriptedResponse ScriptedResponse::raw(int status, const QByteArray &body,
                                       const QByteArray &contentType)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    if (!contentType.isEmpty())
        response.headers.append({"Content-Type", contentType});
    return response;
}

ScriptedResponse ScriptedResponse::reset()
{
    ScriptedResponse response;
    response.fault = Fault::Reset;
    return response;
}

ScriptedResponse ScriptedResponse::noAnswer()
{
    ScriptedResponse response;
    response.fault = Fault::NoAnswer;
    return response;
}

ScriptedResponse ScriptedResponse::truncated(const QByteArray &body, int truncateAt)
{
    ScriptedResponse response = raw(200, body);
    response.fault = Fault::Truncate;
    response.truncateAt = truncateAt;
    return response;
}

ScriptedResponse ScriptedResponse::rawBytes(const QByteArray &bytes)
{
    ScriptedResponse response;
    response.body = bytes;
    response.fault = Fault::Raw;
    return response;
}

ScriptedResponse &ScriptedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

ScriptedResponse &ScriptedResponse::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

} // namespace mdesk::testsupport
