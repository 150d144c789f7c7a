// A Graph batch answer as BatchRequest::decode splits it into one result per item, the way
// BulkJob and the CLI's batch read it.
//
// Input: a first line with the number of items asked for (1 to 50), then the HTTP status
// and the body of the batch call: "3\n200\n[{\"code\":200,\"body\":\"{}\"}, ...]".
#include "api/batchrequest.h"
#include "tests/fuzz/fuzzinput.h"

#include <algorithm>

using namespace mdesk;
using namespace mdesk::api;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype firstEnd = input.indexOf('\n');
    const qsizetype secondEnd = firstEnd < 0 ? -1 : input.indexOf('\n', firstEnd + 1);
    if (secondEnd < 0)
        return 0;
    const int items =
        std::clamp(input.left(firstEnd).trimmed().toInt(), 1, BatchRequest::kMaxItems);
    const int status = input.mid(firstEnd + 1, secondEnd - firstEnd - 1).trimmed().toInt();
    const GraphResult batch = GraphResult::fromHttp(status, input.mid(secondEnd + 1));

    const QList<GraphResult> results = BatchRequest::decode(batch, items);
    fuzz::require(results.size() == items, "not one result per item");
    for (const GraphResult &result : results) {
        fuzz::written(result.toJson());
        if (result.isOk())
            continue;
        const GraphError &error = result.error();
        fuzz::require(!error.message.isEmpty(), "an item error without a message");
        error.summary();
        if (batch.isOk())
            continue;
        fuzz::require(error.category == batch.error().category,
                      "a failed batch gives its items another error");
    }
    return 0;
}
