#include "controlendpoint.h"

#include "contactcontrol.h"

#include "httpwire.h"
#include "localgraph.h"
#include "pngimage.h"
#include "sandboxstate.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrlQuery>
#include <cmath>

namespace mdesk::sandbox {

namespace {

using Answer = ControlEndpoint::Answer;

Answer json(const QJsonObject &object, int status = 200)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

Answer problem(int status, const QString &message)
{
    return json({{QStringLiteral("error"), message}}, status);
}

Answer png(const QByteArray &bytes)
{
    return {200, "image/png", bytes};
}

Answer cdn(LocalGraph &graph, const QString &path)
{
    const QString file = path.section(QLatin1Char('/'), -1);
    if (!file.endsWith(QLatin1String(".png")))
        return problem(404, QStringLiteral("No such image."));
    const QString id = file.chopped(4);
    const SandboxState &state = graph.state();
    const ObjectRef ref = state.object(id);
    if (path.startsWith(QLatin1String("/__sandbox/cdn/messenger_code/")) &&
        ref.kind == ObjectKind::MessengerCode) {
        const MessengerCode code = state.page(ref.pageId)->codes.value(id);
        return png(PngImage::messengerCode(code.ref + code.id, code.imageSize));
    }
    if (path.startsWith(QLatin1String("/__sandbox/cdn/profile_pic/")) &&
        ref.kind == ObjectKind::User)
        return png(PngImage::avatar(id));
    if (path.startsWith(QLatin1String("/__sandbox/cdn/page_pic/")) && ref.kind == ObjectKind::Page)
        return png(PngImage::avatar(id));
    return problem(404, QStringLiteral("No such image."));
}

} // namespace

Answer ControlEndpoint::handle(LocalGraph &graph, const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const QByteArray method = HttpWire::methodName(request);
    if (path.startsWith(QLatin1String("/__sandbox/cdn/")) && method == "GET")
        return cdn(graph, path);

    QJsonObject input;
    if (!request.body().trimmed().isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
        if (!document.isObject())
            return problem(
                400,
                QStringLiteral("The body must be a JSON object: %1.").arg(error.errorString()));
        input = document.object();
    }

    if (path == QLatin1String("/__sandbox/describe") && method == "GET")
        return json(graph.describe());
    if (path == QLatin1String("/__sandbox/state") && method == "GET") {
        // ?contacts=0 leaves the contact lists out (100,000 people make a long answer).
        const QString contacts =
            QUrlQuery(request.url()).queryItemValue(QStringLiteral("contacts"));
        return json(graph.stateJson(contacts != QLatin1String("0")));
    }
    if (path == QLatin1String("/__sandbox/contacts") && method == "POST") {
        QString error;
        const QJsonObject answer = ContactControl::apply(graph, input, &error);
        if (answer.isEmpty())
            return problem(400, error);
        return json(answer);
    }
    if (path == QLatin1String("/__sandbox/reset") && method == "POST") {
        graph.reset();
        return json({{QStringLiteral("result"), QStringLiteral("reset")}});
    }
    if (path == QLatin1String("/__sandbox/faults")) {
        if (method == "POST") {
            QString error;
            const FaultConfig faults = FaultConfig::fromJson(input, &error);
            if (!error.isEmpty())
                return problem(400, error);
            graph.setFaults(faults);
        } else if (method == "DELETE") {
            graph.clearFaults();
        } else if (method != "GET") {
            return problem(405, QStringLiteral("Use GET, POST or DELETE."));
        }
        return json({{QStringLiteral("faults"), graph.faults().toJson()}});
    }
    if (path == QLatin1String("/__sandbox/budget")) {
        if (method == "POST")
            graph.setBudget(CallBudget::fromJson(input));
        else if (method == "DELETE")
            graph.setBudget({});
        else if (method != "GET")
            return problem(405, QStringLiteral("Use GET, POST or DELETE."));
        return json({{QStringLiteral("budget"), graph.budget().toJson()}});
    }
    if (path == QLatin1String("/__sandbox/options") && method == "POST") {
        if (input.contains(QStringLiteral("demo")))
            graph.setDemoMode(input.value(QStringLiteral("demo")).toBool());
        const QJsonObject proof = input.value(QStringLiteral("require_appsecret_proof")).toObject();
        for (auto it = proof.begin(); it != proof.end(); ++it)
            graph.setRequireAppSecretProof(it.key(), it.value().toBool());
        // {"restricted_pages":{"page_id": true}}: the Send API answers 10/1893063.
        const QJsonObject restricted = input.value(QStringLiteral("restricted_pages")).toObject();
        for (auto it = restricted.begin(); it != restricted.end(); ++it) {
            PageState *page = graph.state().page(it.key());
            if (!page)
                return problem(400, QStringLiteral("No sandbox page has the id %1.").arg(it.key()));
            page->restricted = it.value().toBool();
        }
        return json(graph.describe());
    }
    if (path == QLatin1String("/__sandbox/clock") && method == "POST") {
        // Checked as a double first: 1e308 or 2^63 must be refused, not wrapped.
        const QJsonValue advance = input.value(QStringLiteral("advance_seconds"));
        const double seconds = advance.toDouble(std::nan(""));
        const double limit = double(SandboxState::kMaxClockOffsetSeconds);
        const QString range =
            QStringLiteral("advance_seconds must be a whole number of seconds from -%1 to %1 "
                           "(about 100 years), and the clock stays within that of real time.")
                .arg(SandboxState::kMaxClockOffsetSeconds);
        if (!advance.isDouble() || !std::isfinite(seconds) || std::trunc(seconds) != seconds ||
            std::fabs(seconds) > limit)
            return problem(400, range);
        if (!graph.advanceClock(qint64(seconds)))
            return problem(400, range);
        return json({{QStringLiteral("now"), graph.state().now().toString(Qt::ISODate)}});
    }
    if (path == QLatin1String("/__sandbox/tokens/invalidate") && method == "POST") {
        if (!graph.invalidateToken(input.value(QStringLiteral("token")).toString()))
            return problem(404, QStringLiteral("No such token."));
        return json({{QStringLiteral("result"), QStringLiteral("invalidated")}});
    }
    return problem(404, QStringLiteral("Unknown sandbox control path %1 %2.")
                            .arg(QString::fromLatin1(method), path));
}

} // namespace mdesk::sandbox
