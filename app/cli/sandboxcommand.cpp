#include "app/cli/sandboxcommand.h"

#include "api/sandbox/localgraph.h"

#include <QJsonDocument>
#include <QTextStream>

namespace mdesk::app::cli {

void SandboxCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("N"));
    parser.addOption(port);
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(1) != QLatin1String("serve")) {
        failUsage(tr("Use: sandbox serve [--port N]."));
        return;
    }
    bool ok = true;
    const uint number = parser.isSet(port) ? parser.value(port).toUInt(&ok) : 0;
    if (!ok || number > 65535) {
        failUsage(
            tr("--port expects a number from 0 to 65535, not \"%1\".").arg(parser.value(port)));
        return;
    }
    // Demo options, as LocalGraph documents for `sandbox serve`: the profile API's 10 calls
    // per 10 minutes per page are not enforced, so a tool trying things (or a test suite
    // exporting and applying profiles) is not told to wait. POST /__sandbox/options
    // {"demo":false} turns the limit on.
    auto *graph = new sandbox::LocalGraph(sandbox::LocalGraph::demoOptions(), this);
    if (!graph->listen(quint16(number))) {
        m_context.printError(tr("LocalGraph could not listen on 127.0.0.1:%1: %2")
                                 .arg(number)
                                 .arg(graph->errorString()));
        finish(GraphFailure);
        return;
    }
    m_context.out() << QString::fromUtf8(
                           QJsonDocument(graph->describe()).toJson(QJsonDocument::Compact))
                    << '\n';
    m_context.out().flush();
    // Serves until the process is stopped; finished() is never emitted.
}

} // namespace mdesk::app::cli
