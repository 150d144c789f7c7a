#include "app/cli/storage/sandboxcommand.h"

#include "api/sandbox/democontacts.h"
#include "api/sandbox/localgraph.h"

#include <QJsonDocument>
#include <QTextStream>

namespace mdesk::app::cli {

namespace {
constexpr int kDefaultContacts = sandbox::DemoContacts::kPerPage;
constexpr int kMaxContacts = sandbox::DemoContacts::kMaxPerPage;
} // namespace

void SandboxCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("N"));
    const QCommandLineOption faults(QStringLiteral("faults"), QString(), QStringLiteral("JSON"));
    const QCommandLineOption budget(QStringLiteral("budget"), QString(), QStringLiteral("JSON"));
    const QCommandLineOption limits(QStringLiteral("profile-limit"));
    const QCommandLineOption contacts(QStringLiteral("contacts"), QString(), QStringLiteral("N"));
    parser.addOptions({port, faults, budget, limits, contacts});
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(1) != QLatin1String("serve")) {
        failUsage(tr("Use: sandbox serve [--port N] [--contacts N] [--faults JSON] "
                     "[--budget JSON] [--profile-limit]."));
        return;
    }
    bool ok = true;
    const uint number = parser.isSet(port) ? parser.value(port).toUInt(&ok) : 0;
    if (!ok || number > 65535) {
        failUsage(
            tr("--port expects a number from 0 to 65535, not \"%1\".").arg(parser.value(port)));
        return;
    }
    // People with a conversation on each demo page; generated compactly, so 100,000 start
    // in a few seconds.
    const uint contactCount =
        parser.isSet(contacts) ? parser.value(contacts).toUInt(&ok) : uint(kDefaultContacts);
    if (!ok || contactCount > uint(kMaxContacts)) {
        failUsage(tr("--contacts expects a number of people per page from 0 to %1, not \"%2\".")
                      .arg(kMaxContacts)
                      .arg(parser.value(contacts)));
        return;
    }
    // Demo options, as LocalGraph documents for `sandbox serve`: the profile API's 10 calls
    // per 10 minutes per page are not enforced unless --profile-limit asks for them, so a
    // tool trying things (or a test suite exporting and applying profiles) is not told to
    // wait. POST /__sandbox/options {"demo":false} turns the limit on later.
    sandbox::LocalGraphOptions options = sandbox::LocalGraph::demoOptions();
    options.demo = !parser.isSet(limits);
    options.contactsPerPage = int(contactCount);
    // Faults and budget for the whole run, in the JSON the control endpoint takes.
    const auto object = [this, &parser](const QCommandLineOption &option, QJsonObject *out) {
        if (!parser.isSet(option))
            return true;
        const QJsonDocument document = QJsonDocument::fromJson(parser.value(option).toUtf8());
        if (!document.isObject()) {
            failUsage(tr("--%1 expects a JSON object.").arg(option.names().constFirst()));
            return false;
        }
        *out = document.object();
        return true;
    };
    QJsonObject faultJson;
    QJsonObject budgetJson;
    if (!object(faults, &faultJson) || !object(budget, &budgetJson))
        return;
    QString faultError;
    options.faults = sandbox::FaultConfig::fromJson(faultJson, &faultError);
    if (!faultError.isEmpty()) {
        failUsage(tr("--faults: %1").arg(faultError));
        return;
    }
    options.budget = sandbox::CallBudget::fromJson(budgetJson);
    auto *graph = new sandbox::LocalGraph(options, this);
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

#include "moc_sandboxcommand.cpp"
