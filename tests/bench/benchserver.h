#pragma once

#include "support/testhttpserver.h"

#include <QThread>
#include <QUrl>

namespace mdesk::bench {

// A loopback Graph stand-in on its own thread that answers every request after a fixed
// latency (a timer per request, so requests overlap as they would on a real network) and
// answers batch calls item by item with {"success":true}.
class BenchServer
{
public:
    explicit BenchServer(int latencyMs);
    ~BenchServer();

    bool isListening() const { return m_listening; }
    QUrl url() const { return m_url; }
    int requestCount() const { return m_server->requestCount(); }
    int batchItemCount() const { return m_items.load(); }

private:
    QThread m_thread;
    testsupport::TestHttpServer *m_server;
    QUrl m_url;
    bool m_listening = false;
    std::atomic<int> m_items{0};
};

} // namespace mdesk::bench
