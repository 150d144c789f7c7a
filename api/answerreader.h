#pragma once

#include "graphresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

class QNetworkReply;

namespace mdesk::api {

// Turns one finished attempt (a QNetworkReply) into a GraphResult, telling a failure that
// cannot have taken effect from one that may have: for a write (any method but GET) whose
// request left, a timeout, a reset, a cut answer or a 2xx that is not JSON is
// ErrorCategory::UnknownOutcome; for reads they stay Timeout and Transport (retry-safe).
namespace AnswerReader {

// The tr() of this namespace's functions: lupdate files their strings under its full name.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api::AnswerReader", text);
}

struct Attempt
{
    bool write = false;       // the method is not GET
    bool requestLeft = false; // bytes of the request reached the wire (requestSent, upload)
    bool timedOut = false;    // GraphClient aborted it at its timeout
    int timeoutMs = 0;
};

// headers receives the answer's headers, names lowercased.
GraphResult read(QNetworkReply &network, const Attempt &attempt,
                 QHash<QByteArray, QByteArray> *headers);
// Whether the request may have reached Graph: bytes left, an answer came, or HTTP/2 was
// used (Qt does not tell there) and the failure is not one of connecting.
bool mayHaveLeft(QNetworkReply &network, bool requestLeft);

} // namespace AnswerReader

} // namespace mdesk::api
