#include "models/tools/errorwords.h"

namespace mdesk::models {

QString ErrorWords::meaning(const api::GraphError &error)
{
    using api::ErrorCategory;
    switch (error.category) {
    case ErrorCategory::Transport:
        return tr("Graph could not be reached; check the network and try again.");
    case ErrorCategory::Timeout:
        return tr("Graph did not answer in time; nothing you typed is lost, try again.");
    case ErrorCategory::Auth:
        return tr("The token is invalid or has expired; add a new one in Accounts.");
    case ErrorCategory::Permission:
        return tr("The Page or app lacks a permission or approved feature this call needs.");
    case ErrorCategory::InvalidParameter:
        return tr("Graph refused a value of this call; check the fields and try again.");
    case ErrorCategory::RateLimited:
        return tr("Graph's rate limit was reached; wait a while before you try again.");
    case ErrorCategory::Server:
        return tr("Graph had a problem of its own; try again later.");
    case ErrorCategory::Deprecated:
        return tr("Graph no longer serves this operation on this version.");
    case ErrorCategory::InvalidInput:
        return tr("The input was refused before anything was sent.");
    case ErrorCategory::Cancelled:
        return tr("The call was cancelled before Graph answered.");
    case ErrorCategory::UnknownOutcome:
        return tr("The request left, but no answer came: Graph may have applied it.");
    case ErrorCategory::Other:
        break;
    }
    return tr("Graph refused the call.");
}

QString ErrorWords::describe(const api::GraphError &error)
{
    // As summary(), without a second "(#10)" when Graph's message starts with it already.
    api::GraphError shown = error;
    const QString prefix = QStringLiteral("(#%1)").arg(error.code);
    if (error.code && error.message.startsWith(prefix))
        shown.message = error.message.mid(prefix.size()).trimmed();
    return tr("%1 Graph said: %2").arg(meaning(error), shown.summary());
}

} // namespace mdesk::models
