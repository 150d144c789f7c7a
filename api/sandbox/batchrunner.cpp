#include "batchrunner.h"

#include "graphparams.h"
#include "requestrouter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace mdesk::sandbox {

namespace {

GraphFailure batchFailure(const QString &message)
{
    GraphFailure failure = Errors::invalidParameter(message);
    failure.type = QStringLiteral("GraphBatchException");
    return failure;
}

const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{result=([^:}]+):([^}]*)\\}"));
    return pattern;
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number))
                                                : QString::number(number);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

// Replaces {result=name:$.path} in text; false and *error set when a reference fails.
bool substitute(QString &text, const QHash<QString, QJsonValue> &results, QString *error)
{
    QString out;
    qsizetype last = 0;
    auto matches = referencePattern().globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString name = match.captured(1);
        if (!results.contains(name)) {
            *error = QStringLiteral("The result of \"%1\" is not available: no earlier item of "
                                    "that name succeeded")
                         .arg(name);
            return false;
        }
        bool found = false;
        const QString value =
            BatchRunner::evaluateJsonPath(results.value(name), match.captured(2), &found);
        if (!found) {
            *error = QStringLiteral("The expression %1 finds nothing in the result of \"%2\"")
                         .arg(match.captured(2), name);
            return false;
        }
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += value;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    text = out;
    return true;
}

QJsonObject itemAnswer(const GraphAnswer &answer, const QString &traceId, bool includeHeaders)
{
    QJsonObject item{{QStringLiteral("code"), answer.status}};
    if (includeHeaders) {
        QJsonArray headers{QJsonObject{
            {QStringLiteral("name"), QStringLiteral("Content-Type")},
            {QStringLiteral("value"), QStringLiteral("text/javascript; charset=UTF-8")}}};
        for (const auto &[name, value] : answer.headers)
            headers.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                       {QStringLiteral("value"), QString::fromUtf8(value)}});
        item.insert(QStringLiteral("headers"), headers);
    }
    item.insert(QStringLiteral("body"), QString::fromUtf8(answer.body(traceId)));
    return item;
}

} // namespace

QString BatchRunner::evaluateJsonPath(const QJsonValue &root, const QString &path, bool *found)
{
    QString expression = path.trimmed();
    if (!expression.startsWith(QLatin1Char('$'))) {
        *found = false;
        return {};
    }
    expression = expression.mid(1);
    expression.replace(QLatin1Char('['), QLatin1Char('.')).remove(QLatin1Char(']'));
    QList<QJsonValue> current{root};
    for (const QString &step : expression.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        QList<QJsonValue> next;
        for (const QJsonValue &value : std::as_const(current)) {
            if (step == QLatin1String("*")) {
                const QJsonArray array = value.toArray();
                next.append(QList<QJsonValue>(array.begin(), array.end()));
            } else if (value.isArray()) {
                bool isIndex = false;
                const int index = step.toInt(&isIndex);
                if (isIndex && index >= 0 && index < value.toArray().size())
                    next.append(value.toArray().at(index));
            } else if (value.isObject() && value.toObject().contains(step)) {
                next.append(value.toObject().value(step));
            }
        }
        current = next;
    }
    QStringList texts;
    for (const QJsonValue &value : std::as_const(current))
        texts.append(textOf(value));
    *found = !current.isEmpty();
    return texts.join(QLatin1Char(','));
}

GraphAnswer BatchRunner::run(RequestRouter &router, const GraphRequest &batchCall,
                             const QString &token, const QString &proof, api::GraphVersion version)
{
    const GraphParams params(batchCall.params);
    const QJsonValue batch = params.value(QStringLiteral("batch"));
    if (batch.isUndefined() || batch.isNull())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("batch")));
    if (!batch.isArray())
        return GraphAnswer::fail(batchFailure(QStringLiteral("param batch must be a JSON array")));
    const QJsonArray items = batch.toArray();
    if (items.isEmpty())
        return GraphAnswer::fail(batchFailure(QStringLiteral("The batch has no requests")));
    if (items.size() > kMaxItems)
        return GraphAnswer::fail(batchFailure(
            QStringLiteral("Too many requests in batch message. Maximum batch size is %1")
                .arg(kMaxItems)));
    const bool includeHeaders = params.boolean(QStringLiteral("include_headers"), true);

    // Names a later item waits for or refers to: their responses are omitted by default.
    QSet<QString> usedNames;
    for (const auto &value : items) {
        const QJsonObject item = value.toObject();
        if (item.contains(QStringLiteral("depends_on")))
            usedNames.insert(item.value(QStringLiteral("depends_on")).toString());
        const QString text = item.value(QStringLiteral("relative_url")).toString() +
                             textOf(item.value(QStringLiteral("body")));
        auto matches = referencePattern().globalMatch(text);
        while (matches.hasNext())
            usedNames.insert(matches.next().captured(1));
    }

    QHash<QString, QJsonValue> results; // name -> decoded body of an item that succeeded
    QJsonArray answers;
    for (const auto &value : items) {
        const QJsonObject item = value.toObject();
        const QString name = item.value(QStringLiteral("name")).toString();
        const QString dependsOn = item.value(QStringLiteral("depends_on")).toString();
        const QString traceId = router.newTraceId();
        const auto fail = [&](const QString &message) {
            answers.append(
                itemAnswer(GraphAnswer::fail(batchFailure(message)), traceId, includeHeaders));
        };
        if (!dependsOn.isEmpty() && !results.contains(dependsOn)) {
            fail(QStringLiteral("This request depends on \"%1\", which did not succeed, so it "
                                "was not run")
                     .arg(dependsOn));
            continue;
        }
        QString relativeUrl = item.value(QStringLiteral("relative_url")).toString();
        if (relativeUrl.isEmpty()) {
            fail(QStringLiteral("Each batch item needs a relative_url"));
            continue;
        }
        QString body = item.value(QStringLiteral("body")).isObject()
                           ? QString()
                           : item.value(QStringLiteral("body")).toString();
        QString referenceError;
        if (!substitute(relativeUrl, results, &referenceError) ||
            !substitute(body, results, &referenceError)) {
            fail(referenceError);
            continue;
        }

        GraphRequest request;
        request.method = item.value(QStringLiteral("method"))
                             .toString(QStringLiteral("GET"))
                             .toUpper()
                             .toLatin1();
        const qsizetype query = relativeUrl.indexOf(QLatin1Char('?'));
        QString path = query < 0 ? relativeUrl : relativeUrl.left(query);
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        const QString first = path.section(QLatin1Char('/'), 1, 1);
        if (!(first.startsWith(QLatin1Char('v')) && first.size() > 1 && first.at(1).isDigit()))
            path.prepend(QLatin1Char('/') + version.toString());
        request.path = path;
        request.params = GraphParams::fromFormEncoded(
            query < 0 ? QByteArray() : relativeUrl.mid(query + 1).toUtf8());
        const QJsonObject bodyParams = item.value(QStringLiteral("body")).isObject()
                                           ? item.value(QStringLiteral("body")).toObject()
                                           : GraphParams::fromFormEncoded(body.toUtf8());
        for (auto it = bodyParams.begin(); it != bodyParams.end(); ++it)
            request.params.insert(it.key(), it.value());
        request.bearerToken = token;
        request.fallbackProof = proof;
        request.inBatch = true;

        const GraphAnswer answer = router.handle(request);
        if (answer.isError()) {
            answers.append(itemAnswer(answer, traceId, includeHeaders));
            continue;
        }
        const QJsonDocument decoded = QJsonDocument::fromJson(answer.body(traceId));
        if (!name.isEmpty())
            results.insert(name, decoded.isArray() ? QJsonValue(decoded.array())
                                                   : QJsonValue(decoded.object()));
        const QJsonValue omit = item.value(QStringLiteral("omit_response_on_success"));
        const bool omitted =
            omit.isBool() ? omit.toBool() : (!name.isEmpty() && usedNames.contains(name));
        answers.append(omitted ? QJsonValue()
                               : QJsonValue(itemAnswer(answer, traceId, includeHeaders)));
    }
    return GraphAnswer::ok(answers);
}

} // namespace mdesk::sandbox
