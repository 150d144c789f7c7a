#include "requestbuilder.h"

#include "paramcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <optional>

namespace mdesk::api {

namespace {

// lupdate files the tr() strings of this file's free helpers under "mdesk::api"; those of
// a namespace's own functions under the namespace's name, whose tr() is in its header.
QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api", text);
}

bool isPresent(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

// graph-api.md section 1: unset optional fields are omitted, never sent as null. Object
// parameters (a send_message recipient or message, ...) may hold nulls at any depth, so
// object members that are null are dropped recursively.
// The value without its null members, or nothing when it holds none (most do not: no copy
// is made of them, as a broadcast builds one body per person).
std::optional<QJsonValue> nullsDropped(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        std::optional<QJsonArray> rebuilt;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto item = nullsDropped(array.at(i))) {
                if (!rebuilt)
                    rebuilt = array;
                rebuilt->replace(i, *item);
            }
        }
        return rebuilt ? std::optional<QJsonValue>(*rebuilt) : std::nullopt;
    }
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject source = value.toObject();
    std::optional<QJsonObject> rebuilt;
    for (auto it = source.begin(); it != source.end(); ++it) {
        std::optional<QJsonValue> changed = it.value().isNull()
                                                ? std::optional<QJsonValue>(QJsonValue::Undefined)
                                                : nullsDropped(it.value());
        if (!changed)
            continue;
        if (!rebuilt)
            rebuilt = source;
        if (changed->isUndefined())
            rebuilt->remove(it.key());
        else
            rebuilt->insert(it.key(), *changed);
    }
    return rebuilt ? std::optional<QJsonValue>(*rebuilt) : std::nullopt;
}

QJsonValue withoutNulls(const QJsonValue &value)
{
    return nullsDropped(value).value_or(value);
}

} // namespace

QString BuiltRequest::queryValue(const QString &key) const
{
    for (const auto &[name, value] : query) {
        if (name == key)
            return value;
    }
    return {};
}

void BuiltRequest::setQueryValue(const QString &key, const QString &value)
{
    for (auto &item : query) {
        if (item.first == key) {
            item.second = value;
            return;
        }
    }
    query.append({key, value});
}

void BuiltRequest::removeQueryValue(const QString &key)
{
    query.removeIf([&key](const auto &item) { return item.first == key; });
}

QString queryText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Only a whole number inside qint64's range may be cast: 1e308 or NaN would be
        // undefined behaviour. Everything else is written as a double.
        const double number = value.toDouble();
        constexpr double kInt64Bound = 9223372036854775808.0; // 2^63
        if (std::isfinite(number) && std::trunc(number) == number && number >= -kInt64Bound &&
            number < kInt64Bound)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        QStringList parts;
        for (const auto &item : array) {
            if (!item.isString())
                return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
            parts.append(item.toString());
        }
        return parts.join(QLatin1Char(','));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QJsonValue valueAtPath(const QJsonObject &object, const QString &dottedKey)
{
    const QStringList keys = dottedKey.split(QLatin1Char('.'));
    QJsonValue current = object;
    for (const auto &key : keys) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(key);
    }
    return current;
}

void setValueAtPath(QJsonObject &object, const QString &dottedKey, const QJsonValue &value)
{
    const int dot = dottedKey.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        object.insert(dottedKey, value);
        return;
    }
    const QString head = dottedKey.left(dot);
    QJsonObject child = object.value(head).toObject();
    setValueAtPath(child, dottedKey.mid(dot + 1), value);
    object.insert(head, child);
}

// The op's input keys for messages: "label_id, user".
static QString inputKeys(const OperationSpec &op)
{
    QStringList names;
    for (const auto &param : op.params)
        names.append(param.name);
    return names.join(QStringLiteral(", "));
}

BuildOutcome buildRequest(const OperationSpec &op, const QJsonObject &input, GraphVersion version,
                          const PathContext &context)
{
    BuiltRequest request;
    request.method = op.method;
    request.path = op.path;
    request.token = op.token;

    // A key the op does not take was typed for a reason: refuse it, never drop it.
    for (auto it = input.begin(); it != input.end(); ++it) {
        const bool known = std::any_of(op.params.begin(), op.params.end(),
                                       [&it](const ParamSpec &p) { return p.name == it.key(); });
        if (known)
            continue;
        if (op.params.isEmpty())
            return InputError{it.key(), tr("The operation %1 takes no input; \"%2\" is not "
                                           "one of its fields.")
                                            .arg(op.id, it.key())};
        return InputError{it.key(), tr("The operation %1 does not take \"%2\"; its fields are: "
                                       "%3.")
                                        .arg(op.id, it.key(), inputKeys(op))};
    }

    for (auto it = op.fixedQuery.begin(); it != op.fixedQuery.end(); ++it)
        request.query.append({it.key(), queryText(it.value())});
    if (!op.fixedBody.isEmpty())
        request.body = op.fixedBody;

    for (const auto &param : op.params) {
        QJsonValue value = input.value(param.name);
        if (!isPresent(value))
            value = param.fallback;
        if (!isPresent(value)) {
            if (param.required)
                return InputError{param.name, tr("The field \"%1\" is required.").arg(param.name)};
            continue;
        }
        if (auto misfit = ParamCheck::check(param, value))
            return *misfit;
        switch (param.place) {
        case Place::Path: {
            const QString text = queryText(value).trimmed();
            if (!ParamCheck::isPlainSegment(text))
                return InputError{param.name,
                                  tr("The field \"%1\" must be a plain id.").arg(param.name)};
            request.path.replace(QLatin1Char('{') + param.wireName() + QLatin1Char('}'), text);
            break;
        }
        case Place::Query:
            request.setQueryValue(param.wireName(), queryText(value));
            break;
        case Place::Body: {
            QJsonObject body = request.body.value_or(QJsonObject{});
            if (param.wireName() == QLatin1String(".")) {
                if (!value.isObject())
                    return InputError{param.name,
                                      tr("The field \"%1\" must be an object.").arg(param.name)};
                const QJsonObject merged = value.toObject();
                for (auto it = merged.begin(); it != merged.end(); ++it)
                    body.insert(it.key(), it.value());
            } else {
                setValueAtPath(body, param.wireName(), value);
            }
            request.body = body;
            break;
        }
        }
    }
    for (const auto &key : op.requiredKeys) {
        if (!isPresent(valueAtPath(input, key)))
            return InputError{key, tr("The field \"%1\" is required.").arg(key)};
    }

    request.path.replace(QStringLiteral("{page_id}"),
                         context.pageId.isEmpty() ? QStringLiteral("me") : context.pageId);
    request.path.replace(QStringLiteral("{app_id}"), context.appId);
    if (op.adjust)
        op.adjust(input, version, request);
    if (request.body)
        request.body = withoutNulls(*request.body).toObject();
    return request;
}

} // namespace mdesk::api
