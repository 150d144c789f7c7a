#pragma once

#include "graphanswer.h"

#include "api/graphversion.h"

#include <QJsonValue>
#include <QString>

namespace mdesk::sandbox {

class RequestRouter;
struct GraphRequest;

// Graph batch requests (graph-api.md section 5): POST /{version}/ with `batch`, a JSON
// array (JSON body or form field) of at most 50 items {method, relative_url, body, name,
// depends_on, omit_response_on_success}. Items run in order, each through the router like
// a call of its own (own token and proof from relative_url or body, else the batch's; each
// counted against the rate limits). `{result=name:$.path}` in an item's relative_url or
// body is replaced by values from the named item's answer. The answer is an array in
// request order of {code, headers, body:"<JSON text>"}, with null where a response is
// omitted: on omit_response_on_success, and, as on Graph, by default for a named item
// that a later item depends on or refers to, unless it says omit_response_on_success false.
namespace BatchRunner {

constexpr int kMaxItems = 50;

GraphAnswer run(RequestRouter &router, const GraphRequest &batchCall, const QString &token,
                const QString &proof, api::GraphVersion version);

// Evaluates the small JSONPath subset Graph accepts in references: $.a.b, $.a[0].b,
// $.a.0.b and $.a.*.b (every element; values joined with commas).
QString evaluateJsonPath(const QJsonValue &root, const QString &path, bool *found);

} // namespace BatchRunner

} // namespace mdesk::sandbox
