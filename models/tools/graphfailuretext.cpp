#include "models/tools/graphfailuretext.h"

#include <QCoreApplication>

namespace mdesk::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::models::GraphFailureText", text);
}

} // namespace

QString GraphFailureText::cause(const api::GraphError &error)
{
    switch (error.category) {
    case api::ErrorCategory::Permission:
        return tr("The app or the Page lacks a permission for this, so Graph refused it; "
                  "trying again will not help until the permission is granted.");
    case api::ErrorCategory::InvalidParameter:
        return tr("Graph refused a value as invalid; correct it and try again.");
    case api::ErrorCategory::Timeout:
        return tr("Graph did not answer in time; nothing was changed by a read, so you can try "
                  "again.");
    case api::ErrorCategory::UnknownOutcome:
        return tr("No usable answer came after the request left.");
    case api::ErrorCategory::Auth:
        return tr("The Page token is invalid or expired; add a new one in Accounts.");
    case api::ErrorCategory::RateLimited:
        return tr("Graph's rate limit was reached; nothing was done, try again later.");
    case api::ErrorCategory::Transport:
        return tr("Graph could not be reached.");
    case api::ErrorCategory::Server:
        return tr("Graph had a problem of its own; try again later.");
    case api::ErrorCategory::Deprecated:
        return tr("This operation is no longer served on this Graph version.");
    case api::ErrorCategory::InvalidInput:
        return tr("The input was refused before sending; nothing was sent.");
    case api::ErrorCategory::Cancelled:
        return tr("It was cancelled before anything was sent.");
    case api::ErrorCategory::Other:
        break;
    }
    return tr("Graph refused it.");
}

QString GraphFailureText::of(const QString &what, const api::GraphError &error)
{
    return what + QLatin1Char(' ') + describe(error);
}

QString GraphFailureText::describe(const api::GraphError &error)
{
    QString text = cause(error);
    if (!error.userMessage.isEmpty() && error.userMessage != error.message)
        text += QLatin1Char(' ') + error.userMessage;
    // summary() carries the advice for an unknown outcome ("Graph may have applied this;
    // check before you send it again.").
    const QString summary = error.summary();
    if (!summary.isEmpty())
        text += QLatin1Char(' ') + tr("Graph said: %1").arg(summary);
    return text;
}

QString GraphFailureText::uploadFailure(const api::GraphError &error)
{
    switch (error.category) {
    case api::ErrorCategory::Cancelled:
        return tr("The upload was cancelled before the file left; nothing was sent.");
    case api::ErrorCategory::UnknownOutcome:
        return tr("Graph may have kept the file; no attachment id came back, so upload it "
                  "again if you need one.");
    default:
        break;
    }
    return of(tr("The file was not uploaded."), error);
}

} // namespace mdesk::models
