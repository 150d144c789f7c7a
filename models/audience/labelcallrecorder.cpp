#include "models/audience/labelcallrecorder.h"

#include "api/batchrequest.h"
#include "api/eventhub.h"
#include "api/operationtable.h"
#include "api/pager.h"
#include "models/store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

namespace mdesk::models {

namespace {

const QStringList &labelOps()
{
    static const QStringList ops{
        QStringLiteral("label_user"),          QStringLiteral("unlabel_user"),
        QStringLiteral("delete_custom_label"), QStringLiteral("list_custom_labels_of_user"),
        QStringLiteral("create_custom_label"), QStringLiteral("fetch_custom_label"),
        QStringLiteral("list_custom_labels")};
    return ops;
}

QStringList segments(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

// The {name} values of an op's path template matched against the last segments of path;
// nullopt when they do not fit. exact: the path has no more segments than the template.
std::optional<QHash<QString, QString>> pathParams(const QString &op, const QStringList &path,
                                                  bool exact)
{
    const api::OperationSpec *spec = api::OperationTable::find(op);
    if (!spec)
        return std::nullopt;
    const QStringList wanted = segments(spec->path);
    if (path.size() < wanted.size() || (exact && path.size() != wanted.size()))
        return std::nullopt;
    QHash<QString, QString> params;
    const qsizetype offset = path.size() - wanted.size();
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QString &part = wanted.at(i);
        const QString &actual = path.at(offset + i);
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}')))
            params.insert(part.mid(1, part.size() - 2), actual);
        else if (part != actual)
            return std::nullopt;
    }
    return params;
}

// The label op a batch item's method and relative path belong to: the matching row with
// the most fixed segments ("me/custom_labels" is list_custom_labels, not a PSID's labels).
// fetch_custom_label (GET /{id}) is left out: in a batch it cannot be told from other reads.
QString batchOp(const QString &method, const QStringList &path)
{
    QString best;
    qsizetype bestFixed = -1;
    for (const QString &op : labelOps()) {
        if (op == QLatin1String("fetch_custom_label"))
            continue;
        const api::OperationSpec *spec = api::OperationTable::find(op);
        if (!spec || QString::fromLatin1(spec->method) != method)
            continue;
        const auto params = pathParams(op, path, true);
        if (!params)
            continue;
        const qsizetype fixed = segments(spec->path).size() - params->size();
        if (fixed > bestFixed) {
            best = op;
            bestFixed = fixed;
        }
    }
    return best;
}

QJsonObject formDecode(const QString &text)
{
    QJsonObject object;
    const QUrlQuery query(text);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        object.insert(key, value);
    return object;
}

QString labelName(const QJsonObject &object)
{
    const QString name = object.value(QStringLiteral("page_label_name")).toString();
    return name.isEmpty() ? object.value(QStringLiteral("name")).toString() : name;
}

QList<store::KnownLabel> labelsOf(const QJsonValue &response)
{
    QList<store::KnownLabel> labels;
    const QJsonArray data = response.toObject().value(QStringLiteral("data")).toArray();
    for (const QJsonValue &value : data) {
        const QJsonObject label = value.toObject();
        const QString id = label.value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            labels.append({id, labelName(label)});
    }
    return labels;
}

// The PSID a label_user / unlabel_user body names.
QStringList usersOf(const QJsonObject &body)
{
    const QString user = body.value(QStringLiteral("user")).toString();
    return user.isEmpty() ? QStringList() : QStringList{user};
}

// A list answer that is the whole list: the first page (no cursor asked) and no next page.
bool wholeList(const QJsonObject &query, const QJsonValue &response)
{
    return !query.contains(QStringLiteral("after")) && !query.contains(QStringLiteral("before")) &&
           api::Pager::nextCursor(response.toObject()).isEmpty();
}

} // namespace

LabelCallRecorder::LabelCallRecorder(api::EventHub *hub, DatabaseProvider database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    if (hub)
        connect(hub, &api::EventHub::published, this, &LabelCallRecorder::record);
}

bool LabelCallRecorder::isLabelOp(const QString &op)
{
    return labelOps().contains(op);
}

QList<LabelCallRecorder::LabelCall> LabelCallRecorder::labelCalls(const api::GraphEvent &event)
{
    const QJsonObject request = event.data.value(QStringLiteral("request")).toObject();
    const QJsonValue response =
        event.data.value(QStringLiteral("response")).toObject().value(QStringLiteral("body"));
    if (event.op == QLatin1String("batch"))
        return batchItems(request, response);
    if (!isLabelOp(event.op))
        return {};
    const QJsonObject body = request.value(QStringLiteral("body")).toObject();
    return {{event.op, segments(request.value(QStringLiteral("path")).toString()),
             request.value(QStringLiteral("query")).toObject(), body, response, usersOf(body)}};
}

QList<LabelCallRecorder::LabelCall> LabelCallRecorder::batchItems(const QJsonObject &request,
                                                                  const QJsonValue &response)
{
    const QJsonArray items =
        request.value(QStringLiteral("body")).toObject().value(QStringLiteral("batch")).toArray();
    const QList<api::GraphResult> results =
        api::BatchRequest::decode(api::GraphResult::success(response, 200), int(items.size()));
    QList<LabelCall> calls;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!results.at(i).isOk())
            continue;
        const QJsonObject item = items.at(i).toObject();
        const QString url = item.value(QStringLiteral("relative_url")).toString();
        const qsizetype mark = url.indexOf(QLatin1Char('?'));
        const QStringList path = segments(mark < 0 ? url : url.left(mark));
        const QString op = batchOp(item.value(QStringLiteral("method")).toString(), path);
        if (op.isEmpty())
            continue;
        const QJsonObject body = formDecode(item.value(QStringLiteral("body")).toString());
        calls.append({op, path, formDecode(mark < 0 ? QString() : url.mid(mark + 1)), body,
                      results.at(i).body(), usersOf(body)});
    }
    return calls;
}

bool LabelCallRecorder::apply(store::LabelIndex &index, const LabelCall &call, qint64 nowMs)
{
    const auto params = pathParams(call.op, call.pathSegments, false);
    if (!params)
        return true; // not a path this op has: nothing to learn
    if (call.op == QLatin1String("label_user"))
        return call.users.isEmpty() ||
               index.label(params->value(QStringLiteral("label_id")), call.users, nowMs);
    if (call.op == QLatin1String("unlabel_user"))
        return call.users.isEmpty() ||
               index.unlabel(params->value(QStringLiteral("label_id")), call.users);
    if (call.op == QLatin1String("delete_custom_label"))
        return index.deleteLabel(params->value(QStringLiteral("label_id")));
    if (call.op == QLatin1String("list_custom_labels_of_user"))
        return index.setLabelsOf(params->value(QStringLiteral("psid")), labelsOf(call.response),
                                 wholeList(call.query, call.response), nowMs);
    if (call.op == QLatin1String("list_custom_labels"))
        return index.rememberLabels(labelsOf(call.response), wholeList(call.query, call.response));
    const QJsonObject body = call.response.toObject();
    if (call.op == QLatin1String("create_custom_label")) {
        const QString id = body.value(QStringLiteral("id")).toString();
        return id.isEmpty() || index.rememberLabels({{id, labelName(call.body)}}, false);
    }
    if (call.op == QLatin1String("fetch_custom_label")) {
        const QString id = body.value(QStringLiteral("id")).toString();
        return id.isEmpty() || index.rememberLabels({{id, labelName(body)}}, false);
    }
    return true;
}

void LabelCallRecorder::record(const api::GraphEvent &event)
{
    if (event.outcome != api::EventOutcome::Succeeded || event.pageId.isEmpty())
        return;
    const QList<LabelCall> calls = labelCalls(event);
    if (calls.isEmpty())
        return;
    QString error;
    store::Database *database = m_database(&error);
    if (!database) {
        Q_EMIT failed(tr("The label index could not be updated: %1").arg(error));
        return;
    }
    store::LabelIndex index(*database, event.pageId);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const LabelCall &call : merged(calls)) {
        if (!apply(index, call, now)) {
            Q_EMIT failed(tr("The label index could not be updated: %1").arg(index.lastError()));
            return;
        }
    }
    Q_EMIT indexChanged(event.pageId);
}

QList<LabelCallRecorder::LabelCall> LabelCallRecorder::merged(const QList<LabelCall> &calls)
{
    QList<LabelCall> result;
    for (const LabelCall &call : calls) {
        const bool membership =
            call.op == QLatin1String("label_user") || call.op == QLatin1String("unlabel_user");
        if (membership && !result.isEmpty() && result.last().op == call.op &&
            result.last().pathSegments == call.pathSegments) {
            result.last().users += call.users;
            continue;
        }
        result.append(call);
    }
    return result;
}

} // namespace mdesk::models

#include "moc_labelcallrecorder.cpp"
