#pragma once

#include "app/cli/clicommand.h"

#include "models/insights/insightscache.h"
#include "models/insights/insightsfetcher.h"

#include <memory>

namespace mdesk::app::cli {

// `insights export --metrics a,b [--since D] [--until D] [--period P] [--format csv|json]`:
// values per Pacific day (since inclusive, until exclusive; default the last 28 full days),
// fetched one metric per request in pieces of at most 90 days. A metric Graph refuses is
// named on stderr with Graph's message and the others are still exported (exit 1). A bad
// date, period or format, or since not before until: exit 2, nothing sent.
class InsightsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &arguments) override;

private:
    void run();
    void report();

    models::InsightsRequest m_request;
    bool m_json = false;
    models::MemoryInsightsCache m_cache;
    models::InsightsFetcher *m_fetcher = nullptr;
};

} // namespace mdesk::app::cli
