#include "sendoutcome.h"

#include "graphresult.h"

#include <QCoreApplication>

namespace mdesk::api {

namespace {

constexpr SendOutcome kAll[] = {SendOutcome::Sent,
                                SendOutcome::WindowClosed,
                                SendOutcome::Unavailable,
                                SendOutcome::PageRestricted,
                                SendOutcome::NoUser,
                                SendOutcome::Permission,
                                SendOutcome::RateLimited,
                                SendOutcome::UnknownOutcome,
                                SendOutcome::InvalidParameter,
                                SendOutcome::Other};

// Transport failures where the connection never opened: nothing left, nothing applied.
bool neverLeft(const GraphError &error)
{
    return error.transport == QLatin1String("refused") ||
           error.transport == QLatin1String("host_not_found") ||
           error.transport == QLatin1String("tls");
}

} // namespace

SendOutcome classifySendError(const GraphError &error)
{
    // harden's ErrorCategory::UnknownOutcome is matched by name so this builds before and
    // after it lands.
    if (categoryName(error.category) == QLatin1String("unknown_outcome") ||
        error.category == ErrorCategory::Timeout || error.category == ErrorCategory::Cancelled)
        return SendOutcome::UnknownOutcome;
    if (error.category == ErrorCategory::Transport)
        return neverLeft(error) ? SendOutcome::Other : SendOutcome::UnknownOutcome;
    if (error.category == ErrorCategory::InvalidInput)
        return SendOutcome::InvalidParameter;

    const int code = error.code;
    const int subcode = error.subcode;
    if (code == 10 && subcode == 2018278)
        return SendOutcome::WindowClosed;
    if (code == 10 && subcode == 1893063)
        return SendOutcome::PageRestricted;
    if (code == 551)
        return SendOutcome::Unavailable;
    if (code == 100 && subcode == 2018001)
        return SendOutcome::NoUser;
    if (code == 10 || (code >= 200 && code <= 299))
        return SendOutcome::Permission;
    if (error.category == ErrorCategory::RateLimited)
        return SendOutcome::RateLimited;
    if (code == 100)
        return SendOutcome::InvalidParameter;
    // Code 1 ("unknown error") comes back for sends that went out (1/1357046 in a batch);
    // a 5xx without Graph's error object came from something between us and Graph.
    if (code == 1 || (code == 0 && error.httpStatus >= 500))
        return SendOutcome::UnknownOutcome;
    return SendOutcome::Other;
}

SendOutcome classifySendResult(const GraphResult &result)
{
    return result.isOk() ? SendOutcome::Sent : classifySendError(result.error());
}

QString sendOutcomeName(SendOutcome outcome)
{
    switch (outcome) {
    case SendOutcome::Sent:
        return QStringLiteral("sent");
    case SendOutcome::WindowClosed:
        return QStringLiteral("window_closed");
    case SendOutcome::Unavailable:
        return QStringLiteral("unavailable");
    case SendOutcome::PageRestricted:
        return QStringLiteral("page_restricted");
    case SendOutcome::NoUser:
        return QStringLiteral("no_user");
    case SendOutcome::Permission:
        return QStringLiteral("permission");
    case SendOutcome::RateLimited:
        return QStringLiteral("rate_limited");
    case SendOutcome::UnknownOutcome:
        return QStringLiteral("unknown_outcome");
    case SendOutcome::InvalidParameter:
        return QStringLiteral("invalid_parameter");
    case SendOutcome::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<SendOutcome> sendOutcomeFromName(const QString &name)
{
    for (const SendOutcome outcome : kAll) {
        if (sendOutcomeName(outcome) == name)
            return outcome;
    }
    return std::nullopt;
}

bool isRetrySafe(SendOutcome outcome)
{
    return outcome == SendOutcome::RateLimited;
}

bool stopsBroadcast(SendOutcome outcome)
{
    return outcome == SendOutcome::PageRestricted || outcome == SendOutcome::Permission;
}

bool stopsBroadcast(const GraphError &error)
{
    return error.category == ErrorCategory::Auth || stopsBroadcast(classifySendError(error));
}

bool mayHaveBeenDelivered(SendOutcome outcome)
{
    return outcome == SendOutcome::Sent || outcome == SendOutcome::UnknownOutcome;
}

QString describeSendOutcome(SendOutcome outcome)
{
    const char *context = "mdesk::api::SendOutcome";
    switch (outcome) {
    case SendOutcome::Sent:
        return QCoreApplication::translate(context, "The message was sent.");
    case SendOutcome::WindowClosed:
        return QCoreApplication::translate(
            context, "The person has not written to the Page in the last 24 hours, so only a "
                     "reply by a person (HUMAN_AGENT, within 7 days) can reach them.");
    case SendOutcome::Unavailable:
        return QCoreApplication::translate(
            context, "The person cannot be reached: they blocked the Page or left Messenger.");
    case SendOutcome::PageRestricted:
        return QCoreApplication::translate(
            context, "Facebook has restricted this Page from sending messages for now; the "
                     "broadcast stops so that no one else is tried.");
    case SendOutcome::NoUser:
        return QCoreApplication::translate(
            context, "No person matches this recipient; the id may belong to another Page.");
    case SendOutcome::Permission:
        return QCoreApplication::translate(
            context, "The app or token lacks the permission to send this message; sending "
                     "again will not help until the permission is granted.");
    case SendOutcome::RateLimited:
        return QCoreApplication::translate(
            context, "Graph's rate limit refused the message, so it was not sent; it is safe "
                     "to send it again later.");
    case SendOutcome::UnknownOutcome:
        return QCoreApplication::translate(
            context, "It is not known whether the message was delivered: the answer was lost "
                     "after the request left. Graph may have sent it; check the conversation "
                     "before you send it again.");
    case SendOutcome::InvalidParameter:
        return QCoreApplication::translate(
            context, "The message was refused as invalid and was not sent; correct it before "
                     "sending again.");
    case SendOutcome::Other:
        return QCoreApplication::translate(context,
                                           "The message was not sent because of an error.");
    }
    return {};
}

} // namespace mdesk::api
