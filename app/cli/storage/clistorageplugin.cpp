#include "app/cli/storage/clistorageplugin.h"

#include "api/graphversion.h"
#include "api/sandbox/localgraph.h"
#include "app/cli/storage/audiencecommand.h"
#include "app/cli/storage/broadcastcommand.h"
#include "app/cli/storage/clistoresession.h"
#include "app/cli/storage/sandboxcommand.h"

namespace mdesk::app::cli {

CliCommand *CliStoragePlugin::createCommand(const QString &name, CliContext &context,
                                            QObject *parent)
{
    if (name == QLatin1String("audience"))
        return new AudienceCommand(context, parent);
    if (name == QLatin1String("broadcast"))
        return new BroadcastCommand(context, parent);
    return new SandboxCommand(context, parent);
}

CliStore *CliStoragePlugin::openStore(CliContext &context, QString *error)
{
    return CliStoreSession::open(context, error);
}

std::optional<QList<SandboxApp>> CliStoragePlugin::startSandbox(CliContext &context, QString *error)
{
    // Demo options, as for `messenger-desk --sandbox`: no profile-call limit.
    auto *graph = new sandbox::LocalGraph(sandbox::LocalGraph::demoOptions(), &context);
    if (!graph->listen()) {
        *error = graph->errorString();
        delete graph;
        return std::nullopt;
    }
    graph->connectClient(context.client(),
                         api::GraphVersion::parse(context.options().graphVersion));
    QList<SandboxApp> apps;
    for (const auto &app : graph->apps()) {
        SandboxApp entry{app.id, app.userToken, {}};
        for (const auto &page : app.pages)
            entry.pageIds.append(page.id);
        apps.append(entry);
    }
    return apps;
}

} // namespace mdesk::app::cli

#include "moc_clistorageplugin.cpp"
