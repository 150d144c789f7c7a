#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace mdesk::api {

// The words for a wait: what GraphReply::waiting() and GraphClient::waiting() carry, and
// the advice of a call that stopped because the wait was longer than it may wait.
namespace WaitNotice {

// The tr() of this namespace's functions: lupdate files their strings under its full name.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api::WaitNotice", text);
}

enum class Reason {
    RateLimit, // Graph refused for rate, or the usage headers say slow down
    Retry      // back-off before retrying a read after a transient failure
};

// "Waiting 64 s for Graph's rate limit, until 14:03."
QString message(Reason reason, qint64 delayMs, const QDateTime &until);
// "Graph expects to allow calls again at 15:40 (in 95 min); that is longer than this call
// may wait, so it stopped. Run it again after that time."
QString pastLimitAdvice(const QDateTime &until, qint64 delayMs);
// "14:03" today (local time), else "2026-12-04 14:03".
QString clockText(const QDateTime &until);

} // namespace WaitNotice

} // namespace mdesk::api
