#pragma once

#include "grapherror.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <optional>

namespace mdesk::api {

// The form of a 2xx answer an op's callers rely on. A 2xx in another form is an error
// ("Graph answered in a shape this version does not know"), never an empty success: a
// profile export must not write {} and a broadcast must not count a send without its
// message_id (issue 18 item 6).
enum class AnswerShape {
    Any,         // not checked (the caller shows the body as it came)
    Object,      // a JSON object
    DataList,    // {"data": [object, ...], ...}: lists, profile fetch, insights
    MessageSent, // {"message_id": "m_...", ...}: a Send API message (not a sender action)
    Success,     // {"success": true}
    BatchList    // a batch answer: [ {"code": N, "body": "..."} | null, ... ]
};

namespace AnswerShapes {

// The tr() of this namespace's functions: lupdate files their strings under its full name.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api::AnswerShapes", text);
}

// nullopt when body has the shape. Otherwise the error to report, quoting the first bytes
// of the body: for a write (it reached Graph, which answered 2xx) an UnknownOutcome with
// its advice, for a read category Other with transport "unexpected_shape" (not retried:
// the same server answers the same way).
std::optional<GraphError> check(AnswerShape shape, const QJsonValue &body, bool write,
                                int httpStatus);

// The error itself, for callers that find a wrong shape on their own (a batch item).
GraphError wrongShape(AnswerShape shape, const QJsonValue &body, bool write, int httpStatus);

} // namespace AnswerShapes

} // namespace mdesk::api
