#include "models/broadcasts/sendverdict.h"

#include "api/sendoutcome.h"

#include <QCoreApplication>

namespace mdesk::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::models::SendVerdict", text);
}

SendVerdict make(SendVerdict::Kind kind, const QString &reason, const QString &text,
                 const api::GraphError &error)
{
    SendVerdict verdict;
    verdict.kind = kind;
    verdict.reason = reason;
    verdict.text = text;
    verdict.error = error.toJson().value(QStringLiteral("error")).toObject();
    verdict.error.insert(QStringLiteral("text"), text);
    return verdict;
}

} // namespace

SendVerdict SendVerdict::of(const api::GraphResult &result)
{
    using Kind = SendVerdict::Kind;
    if (result.isOk()) {
        SendVerdict verdict;
        verdict.kind = Kind::Sent;
        verdict.messageId = result.object().value(QStringLiteral("message_id")).toString();
        return verdict;
    }
    // The codes are read once, in api::SendOutcome; this maps its kinds onto the runner's.
    const api::GraphError &error = result.error();
    const api::SendOutcome outcome = api::classifySendError(error);
    const QString reason = api::sendOutcomeName(outcome);
    const QString text = api::describeSendOutcome(outcome);
    switch (outcome) {
    case api::SendOutcome::UnknownOutcome:
        return make(Kind::Unknown, reason,
                    tr("The request left but no usable answer came; the message may have "
                       "arrived, so it is not sent again by itself."),
                    error);
    case api::SendOutcome::RateLimited:
        return make(Kind::Retry, reason, text, error);
    case api::SendOutcome::WindowClosed:
    case api::SendOutcome::Unavailable:
    case api::SendOutcome::NoUser:
        return make(Kind::Skipped, reason, text, error);
    case api::SendOutcome::Sent:
        break;
    default:
        if (api::stopsBroadcast(error))
            return make(Kind::StopAll, reason, text, error);
        break;
    }
    if (outcome == api::SendOutcome::InvalidParameter || outcome == api::SendOutcome::Other)
        return make(Kind::Failed, reason, tr("Graph refused the message: %1").arg(error.message),
                    error);
    return make(Kind::Failed, reason, text, error);
}

} // namespace mdesk::models
