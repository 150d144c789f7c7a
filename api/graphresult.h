#pragma once

#include "grapherror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace mdesk::api {

// The outcome of one call: the decoded JSON body, or an error.
class GraphResult
{
public:
    GraphResult() = default;
    static GraphResult success(const QJsonValue &body, int httpStatus = 200);
    static GraphResult failure(GraphError error);

    bool isOk() const { return !m_error.has_value(); }
    const QJsonValue &body() const { return m_body; }
    QJsonObject object() const { return m_body.toObject(); }
    const GraphError &error() const { return *m_error; }
    int httpStatus() const { return m_httpStatus; }
    // A whole sentence that qualifies a success, e.g. a DELETE whose retry met "does not
    // exist" after the first attempt's answer was lost ("already deleted"); usually empty.
    const QString &note() const { return m_note; }
    void setNote(const QString &note) { m_note = note; }
    // The body when ok, the error's {"error": ...} object otherwise.
    QJsonValue toJson() const;

    // Decodes an HTTP answer: a non-JSON body is a transport error quoting its first bytes,
    // and a body holding "error" is an error whatever the status.
    static GraphResult fromHttp(int httpStatus, const QByteArray &body);

private:
    QJsonValue m_body;
    std::optional<GraphError> m_error;
    int m_httpStatus = 0;
    QString m_note;
};

} // namespace mdesk::api
