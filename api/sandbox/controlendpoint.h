#pragma once

#include <QByteArray>

class QHttpServerRequest;

namespace mdesk::sandbox {

class LocalGraph;

// The sandbox's own API under /__sandbox/, for tests, scripts and `sandbox serve` users.
// Never subject to faults or limits. JSON in, JSON out:
//   GET    /__sandbox/describe           apps, pages and tokens (LocalGraph::describe)
//   GET    /__sandbox/state[?contacts=0] pages (contacts, sent_messages), usage and faults
//                                        (LocalGraph::stateJson)
//   POST   /__sandbox/contacts           {page_id?, psid, last_inbound?, unavailable?, name?}
//                                        or {"contacts":[...]} (ContactControl)
//   POST   /__sandbox/reset              back to the demo data
//   GET|POST|DELETE /__sandbox/faults    {latency_ms, jitter_ms, error_rate:{code:rate},
//                                         malformed, truncate, reset, no_answer, count,
//                                         path_contains}
//   GET|POST|DELETE /__sandbox/budget    {app_calls, page_calls, api_calls,
//                                         messenger_calls, window_seconds}
//   POST   /__sandbox/options            {demo, require_appsecret_proof:{app_id: bool},
//                                         restricted_pages:{page_id: bool}} (restricted:
//                                         the Send API answers 10/1893063 until reset)
//   POST   /__sandbox/clock              {advance_seconds}: a whole number, at most about
//                                         100 years either way, else 400
//   POST   /__sandbox/tokens/invalidate  {token}
//   GET    /__sandbox/cdn/messenger_code/{id}.png, /__sandbox/cdn/profile_pic/{psid}.png,
//          /__sandbox/cdn/page_pic/{page_id}.png
class ControlEndpoint
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
    };

    static Answer handle(LocalGraph &graph, const QHttpServerRequest &request);
};

} // namespace mdesk::sandbox
