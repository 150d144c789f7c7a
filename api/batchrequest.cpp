#include "batchrequest.h"

#include "operationtable.h"
#include "requestbuilder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace mdesk::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api::BatchRequest", text);
}

QString encode(const QString &text)
{
    // Keys, ids and tokens are letters and digits mostly: those go as they are, without a
    // round trip through UTF-8 (a broadcast encodes a token for each of its people).
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'-' || c == u'.' || c == u'_' || c == u'~';
    });
    return plain ? text : QString::fromUtf8(QUrl::toPercentEncoding(text));
}

QString joinQuery(const QList<std::pair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[key, value] : items)
        parts.append(encode(key) + QLatin1Char('=') + encode(value));
    return parts.join(QLatin1Char('&'));
}

} // namespace

QString BatchRequest::formEncode(const QJsonObject &body)
{
    QList<std::pair<QString, QString>> items;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isObject())
            text =
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else
            text = queryText(value);
        items.append({it.key(), text});
    }
    return joinQuery(items);
}

std::variant<QJsonObject, GraphError>
BatchRequest::itemJson(const GraphClient &client, const BatchItem &item, const CallOptions &options)
{
    auto planned = client.plan(item.op, item.input, options);
    if (auto *error = std::get_if<GraphError>(&planned))
        return *error;
    const CallPlan &plan = std::get<CallPlan>(planned);
    if (!plan.uploadFile.isEmpty())
        return GraphError::invalidInput(QStringLiteral("file"),
                                        tr("A file upload cannot go in a batch request."));
    // The version is on the batch URL; the item path is relative to it.
    const AppConnection *connection = client.app(options.appId);
    const QString versionPrefix =
        QLatin1Char('/') + connection->version.toString() + QLatin1Char('/');
    QString path = plan.url.path();
    const int at = path.indexOf(versionPrefix);
    path = at >= 0 ? path.mid(at + versionPrefix.size()) : path.mid(1);

    QList<std::pair<QString, QString>> query = plan.query;
    query.append({QStringLiteral("access_token"), plan.token});
    QJsonObject json{{QStringLiteral("method"), QString::fromLatin1(plan.method)},
                     {QStringLiteral("relative_url"), path + QLatin1Char('?') + joinQuery(query)}};
    if (plan.body)
        json.insert(QStringLiteral("body"), formEncode(*plan.body));
    if (!item.name.isEmpty())
        json.insert(QStringLiteral("name"), item.name);
    if (!item.dependsOn.isEmpty())
        json.insert(QStringLiteral("depends_on"), item.dependsOn);
    if (item.omitResponseOnSuccess)
        json.insert(QStringLiteral("omit_response_on_success"), true);
    return json;
}

std::variant<CallPlan, GraphError> BatchRequest::plan(const GraphClient &client,
                                                      const QList<BatchItem> &items,
                                                      const CallOptions &options)
{
    if (items.isEmpty() || items.size() > kMaxItems)
        return GraphError::invalidInput(
            QStringLiteral("batch"),
            tr("A batch holds 1 to %1 operations, not %2.").arg(kMaxItems).arg(items.size()));
    const AppConnection *connection = client.app(options.appId);
    if (!connection)
        return GraphError::invalidInput(QStringLiteral("app_id"),
                                        tr("The app \"%1\" is not set up.").arg(options.appId));
    // One tx_id for the batch, given to its items too: planning an item would otherwise make
    // a UUID of its own that nobody sees.
    CallOptions itemOptions = options;
    if (itemOptions.txId.isEmpty())
        itemOptions.txId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonArray batch;
    QString outerToken;
    QString outerProof;
    for (int i = 0; i < items.size(); ++i) {
        auto json = itemJson(client, items[i], itemOptions);
        if (auto *error = std::get_if<GraphError>(&json)) {
            error->message = tr("Item %1 (%2): %3").arg(i + 1).arg(items[i].op, error->message);
            return *error;
        }
        batch.append(std::get<QJsonObject>(json));
        if (outerToken.isEmpty()) {
            const auto [token, proof] =
                client.credentials(*OperationTable::find(items[i].op), options);
            outerToken = token;
            outerProof = proof;
        }
    }
    CallPlan plan;
    plan.op = QStringLiteral("batch");
    plan.appId = options.appId;
    plan.pageId = options.pageId;
    plan.txId = itemOptions.txId;
    plan.source = options.source;
    plan.method = "POST";
    QUrl url = connection->baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QLatin1Char('/') + connection->version.toString() + QLatin1Char('/'));
    plan.url = url;
    if (!outerProof.isEmpty())
        plan.query.append({QStringLiteral("appsecret_proof"), outerProof});
    plan.body =
        QJsonObject{{QStringLiteral("batch"), batch}, {QStringLiteral("include_headers"), false}};
    plan.token = outerToken;
    plan.retrySafe = false;
    plan.timeoutMs = options.timeoutMs > 0 ? options.timeoutMs : client.defaultTimeout();
    plan.retry = options.retry;
    plan.answer = AnswerShape::BatchList;
    return plan;
}

QList<GraphResult> BatchRequest::decode(const GraphResult &batchResult, int itemCount)
{
    return decode(batchResult, QStringList(itemCount, QString()));
}

QList<GraphResult> BatchRequest::decode(const GraphResult &batchResult, const QStringList &itemOps)
{
    const int itemCount = int(itemOps.size());
    QList<GraphResult> results;
    if (!batchResult.isOk()) {
        for (int i = 0; i < itemCount; ++i)
            results.append(batchResult);
        return results;
    }
    const QJsonArray answers = batchResult.body().toArray();
    for (int i = 0; i < itemCount; ++i) {
        if (i >= answers.size()) {
            const QString missing =
                tr("The batch answer has %1 items for %2 requests; item %3 is missing.")
                    .arg(answers.size())
                    .arg(itemCount)
                    .arg(i + 1);
            // Graph ran the batch: a missing write may have been applied. Only a read (or
            // an item whose op is not named) is plainly failed.
            const OperationSpec *op = OperationTable::find(itemOps.at(i));
            results.append(GraphResult::failure(
                op && op->method != "GET"
                    ? GraphError::unknownOutcome(QStringLiteral("malformed"), missing)
                    : GraphError::transportError(ErrorCategory::Transport,
                                                 QStringLiteral("malformed"), missing)));
            continue;
        }
        const QJsonValue answer = answers.at(i);
        if (answer.isNull()) {
            results.append(GraphResult::success(QJsonValue(), 200));
            continue;
        }
        const QJsonObject object = answer.toObject();
        GraphResult item =
            GraphResult::fromHttp(object.value(QStringLiteral("code")).toInt(),
                                  object.value(QStringLiteral("body")).toString().toUtf8());
        // The item's own op says what its callers read (a send's message_id).
        const OperationSpec *op = OperationTable::find(itemOps.at(i));
        const int code = object.value(QStringLiteral("code")).toInt();
        if (!item.isOk() && op && op->method != "GET" && code >= 200 && code < 300 &&
            item.error().category == ErrorCategory::Transport) {
            // Graph ran the write and answered 2xx with a body we cannot read.
            GraphError unread =
                GraphError::unknownOutcome(item.error().transport, item.error().message);
            unread.httpStatus = code;
            item = GraphResult::failure(unread);
        }
        if (item.isOk() && op) {
            if (auto wrong = AnswerShapes::check(op->answer, item.body(), op->method != "GET",
                                                 item.httpStatus()))
                item = GraphResult::failure(*wrong);
        }
        results.append(item);
    }
    return results;
}

} // namespace mdesk::api
