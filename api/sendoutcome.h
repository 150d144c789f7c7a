#pragma once

#include "grapherror.h"

#include <QString>
#include <optional>

namespace mdesk::api {

class GraphResult;

// What became of one Send API call for one recipient (graph-api.md section 6), named once
// here so the broadcasts and tools tabs switch on a kind instead of re-reading codes.
enum class SendOutcome {
    Sent,             // Graph answered with a message id
    WindowClosed,     // 10/2018278: outside the 24-hour window
    Unavailable,      // 551/1545041: the person blocked the Page or left
    PageRestricted,   // 10/1893063: the Page may not send now; stop the whole broadcast
    NoUser,           // 100/2018001: no person matches the recipient
    Permission,       // 10 or 200-299 otherwise: the app or token lacks a permission
    RateLimited,      // 4, 17, 32, 613, 80000-80014, HTTP 429: not sent, retry is safe
    UnknownOutcome,   // timeout, reset or cut answer after the request left, a non-JSON
                      // answer, a bare 5xx, code 1 (1/1357046 in a batch): may be delivered
    InvalidParameter, // 100 otherwise, or refused before sending (invalid input)
    Other             // any other error (token, removed operation, ...)
};

// The kind of an error answer to send_message (never Sent).
SendOutcome classifySendError(const GraphError &error);
// Sent for an ok result, else classifySendError.
SendOutcome classifySendResult(const GraphResult &result);

// Stable names for files, the CLI and the store: "sent", "window_closed", "unavailable",
// "page_restricted", "no_user", "permission", "rate_limited", "unknown_outcome",
// "invalid_parameter", "other".
QString sendOutcomeName(SendOutcome outcome);
std::optional<SendOutcome> sendOutcomeFromName(const QString &name);

// True only when Graph refused the call without doing it (RateLimited): sending again
// cannot deliver twice. UnknownOutcome is never retried by itself.
bool isRetrySafe(SendOutcome outcome);
// True when no later recipient can succeed either: PageRestricted and Permission.
bool stopsBroadcast(SendOutcome outcome);
// The same for an error, plus an invalid or expired token (190), which stops every send.
bool stopsBroadcast(const GraphError &error);
// True when the message may have reached the person (Sent, UnknownOutcome).
bool mayHaveBeenDelivered(SendOutcome outcome);

// One translated sentence in plain words for a page admin, e.g. "The person has not
// written to the Page in the last 24 hours, so only a HUMAN_AGENT reply can reach them."
QString describeSendOutcome(SendOutcome outcome);

} // namespace mdesk::api
