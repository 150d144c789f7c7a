#include "environmentoverrides.h"

#include <QtGlobal>

namespace mdesk::app {

EnvironmentOverrides EnvironmentOverrides::fromEnvironment()
{
    EnvironmentOverrides env;
    const QString url = qEnvironmentVariable("MESSENGER_DESK_GRAPH_URL");
    if (!url.isEmpty())
        env.graphUrl = QUrl(url, QUrl::StrictMode);
    env.graphVersion = qEnvironmentVariable("MESSENGER_DESK_GRAPH_VERSION");
    env.pageToken = qEnvironmentVariable("MESSENGER_DESK_PAGE_TOKEN");
    env.appToken = qEnvironmentVariable("MESSENGER_DESK_APP_TOKEN");
    env.appSecret = qEnvironmentVariable("MESSENGER_DESK_APP_SECRET");
    return env;
}

} // namespace mdesk::app
