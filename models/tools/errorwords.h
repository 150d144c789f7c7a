#pragma once

#include "api/grapherror.h"

#include <QCoreApplication>
#include <QString>

namespace mdesk::models {

// Graph's errors in plain words for a page admin: what went wrong and what to do, then
// Graph's own message with its code, subcode and fbtrace_id (the id Meta's support asks
// for). Every form of the Conversations & Tools tab shows errors through this.
class ErrorWords
{
    Q_DECLARE_TR_FUNCTIONS(mdesk::models::ErrorWords)
public:
    // "The Page token lacks a permission this call needs. Graph said: (#10) ... [fbtrace_id X]"
    static QString describe(const api::GraphError &error);
    // The first sentence alone: what the category means and what to do.
    static QString meaning(const api::GraphError &error);
};

} // namespace mdesk::models
