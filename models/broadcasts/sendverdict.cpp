#include "models/broadcasts/sendverdict.h"

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

// A write whose answer never came: timeouts, resets, truncated or malformed answers.
bool outcomeUnknown(const api::GraphError &error)
{
    if (error.category == api::ErrorCategory::Timeout)
        return true;
    if (error.category != api::ErrorCategory::Transport)
        return false;
    // "refused" means the connection never opened: nothing left.
    return error.transport != QLatin1String("refused");
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
    const api::GraphError &error = result.error();
    const int code = error.code;
    const int sub = error.subcode;
    if (outcomeUnknown(error))
        return make(Kind::Unknown,
                    error.category == api::ErrorCategory::Timeout ? QStringLiteral("timeout")
                                                                  : QStringLiteral("no_answer"),
                    tr("The request left but no answer came; the message may have arrived, so "
                       "it is not sent again by itself."),
                    error);
    if (code == 1 && sub == 1357046)
        return make(Kind::Unknown, QStringLiteral("batch_unknown"),
                    tr("Graph answered with an error although such messages are often "
                       "delivered (1/1357046); it is not sent again by itself."),
                    error);
    if (error.isRateLimit())
        return make(Kind::Retry, QStringLiteral("rate_limited"),
                    tr("Graph refused the message for rate; it was not sent."), error);
    if (code == 10 && sub == 1893063)
        return make(Kind::StopAll, QStringLiteral("page_restricted"),
                    tr("The Page is temporarily restricted from sending messages; the "
                       "broadcast stopped."),
                    error);
    if (code == 10 && sub == 2018278)
        return make(Kind::Skipped, QStringLiteral("window_closed"),
                    tr("The person's 24-hour window is closed."), error);
    if (code == 551)
        return make(Kind::Skipped, QStringLiteral("unavailable"),
                    tr("The person is unavailable: they blocked the Page or left Messenger."),
                    error);
    if (code == 100 && sub == 2018001)
        return make(Kind::Skipped, QStringLiteral("no_user"),
                    tr("Graph knows no such person for this Page."), error);
    if (error.category == api::ErrorCategory::Permission)
        return make(Kind::Failed, QStringLiteral("permission"),
                    tr("The Page token lacks the permission to send this message."), error);
    if (error.category == api::ErrorCategory::Auth)
        return make(Kind::Failed, QStringLiteral("auth"),
                    tr("The Page token is invalid or expired."), error);
    if (error.category == api::ErrorCategory::Cancelled)
        return make(Kind::Failed, QStringLiteral("cancelled"), tr("The request was cancelled."),
                    error);
    if (error.category == api::ErrorCategory::InvalidInput)
        return make(Kind::Failed, QStringLiteral("invalid_input"), error.message, error);
    return make(Kind::Failed, QStringLiteral("graph_error"),
                tr("Graph refused the message: %1").arg(error.message), error);
}

} // namespace mdesk::models
