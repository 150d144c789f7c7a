#pragma once

#include "graphclient.h"

#include <QJsonArray>
#include <QList>
#include <variant>

namespace mdesk::api {

struct BatchItem
{
    QString op;
    QJsonObject input;
    QString name;      // lets later items refer to this one: {result=name:$.id}
    QString dependsOn; // name of an item that must succeed first
    bool omitResponseOnSuccess = false;
};

// Graph batch requests (graph-api.md section 5): up to 50 operations in one
// POST {base}/{version}/ with "batch". Each item carries its own token and proof in its
// relative_url, because one batch may mix pages.
namespace BatchRequest {

constexpr int kMaxItems = 50;

// One item as Graph wants it: {method, relative_url, body?, name?, depends_on?, ...}.
std::variant<QJsonObject, GraphError> itemJson(const GraphClient &client, const BatchItem &item,
                                               const CallOptions &options);
// The plan of the whole batch call; items that cannot be planned make it fail as a whole,
// naming the item.
std::variant<CallPlan, GraphError> plan(const GraphClient &client, const QList<BatchItem> &items,
                                        const CallOptions &options);
// Splits the batch answer into one result per item, in request order. A whole-call error
// becomes that error for every item; an omitted response (null) is an empty success.
QList<GraphResult> decode(const GraphResult &batchResult, int itemCount);
// The same, checking each item's 2xx answer against its op's AnswerShape (itemOps: the
// op id of each item, in request order).
QList<GraphResult> decode(const GraphResult &batchResult, const QStringList &itemOps);
// A JSON body as Graph's batch wants it: k=v&..., strings as they are, other values as JSON.
QString formEncode(const QJsonObject &body);

} // namespace BatchRequest

} // namespace mdesk::api
