#include "paramcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

namespace mdesk::api {

namespace {

// lupdate files the tr() strings of this file's free helpers under "mdesk::api"; those of
// a namespace's own functions under the namespace's name, whose tr() is in its header.
QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api", text);
}

// Ids travel as JSON numbers only while a double holds them exactly.
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53
constexpr int kMaxIdDigits = 30;

// How a wrong value is quoted back: short, and never a whole pasted document.
QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::trunc(number) == number &&
            std::fabs(number) <= kMaxExactInteger)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 6);
    }
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 40)
            text = text.left(40) + QChar(0x2026);
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return value.toArray().isEmpty() ? QStringLiteral("[]") : QStringLiteral("[...]");
    case QJsonValue::Object:
        return value.toObject().isEmpty() ? QStringLiteral("{}") : QStringLiteral("{...}");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool isWholeNumber(const QJsonValue &value, double min, double max)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::trunc(number) == number && number >= min && number <= max;
}

bool isDigits(const QString &text)
{
    if (text.isEmpty() || text.size() > kMaxIdDigits)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isNonEmptyText(const QJsonValue &value)
{
    return value.isString() && !value.toString().trimmed().isEmpty();
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

std::optional<QString> checkName(const QJsonValue &value, const QString &field)
{
    const QJsonObject name = value.toObject();
    bool fits = value.isObject() && isNonEmptyText(name.value(QStringLiteral("first_name"))) &&
                isNonEmptyText(name.value(QStringLiteral("last_name")));
    for (auto it = name.begin(); fits && it != name.end(); ++it)
        fits = it.key() == QLatin1String("first_name") || it.key() == QLatin1String("last_name");
    if (fits)
        return std::nullopt;
    return tr("The field \"%1\" must be {\"first_name\": text, \"last_name\": text}, not %2.")
        .arg(field, shown(value));
}

} // namespace

QString ParamCheck::typeName(ParamType type)
{
    switch (type) {
    case ParamType::Any:
        return QStringLiteral("json");
    case ParamType::Text:
        return QStringLiteral("text");
    case ParamType::Id:
        return QStringLiteral("id");
    case ParamType::Psid:
        return QStringLiteral("psid");
    case ParamType::ObjectRef:
        return QStringLiteral("object_ref");
    case ParamType::Cursor:
        return QStringLiteral("cursor");
    case ParamType::Url:
        return QStringLiteral("url");
    case ParamType::Enum:
        return QStringLiteral("enum");
    case ParamType::List:
        return QStringLiteral("list");
    case ParamType::Bool:
        return QStringLiteral("bool");
    case ParamType::Int:
        return QStringLiteral("int");
    case ParamType::Time:
        return QStringLiteral("time");
    case ParamType::Object:
        return QStringLiteral("object");
    case ParamType::Array:
        return QStringLiteral("array");
    case ParamType::Recipient:
        return QStringLiteral("recipient");
    case ParamType::UserRef:
        return QStringLiteral("user_ref");
    }
    return QStringLiteral("json");
}

bool ParamCheck::isIdText(const QString &text)
{
    return isDigits(text);
}

bool ParamCheck::isGraphId(const QJsonValue &value)
{
    if (value.isString())
        return isDigits(value.toString());
    return isWholeNumber(value, 1, kMaxExactInteger);
}

bool ParamCheck::isPlainSegment(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String(".") || text == QLatin1String(".."))
        return false;
    for (const QChar c : text) {
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#') ||
            c == QLatin1Char('%') || c == QLatin1Char('\\') || c.isSpace() ||
            c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

const QStringList &ParamCheck::recipientForms()
{
    static const QStringList forms{QStringLiteral("id"),
                                   QStringLiteral("user_ref"),
                                   QStringLiteral("phone_number"),
                                   QStringLiteral("post_id"),
                                   QStringLiteral("comment_id"),
                                   QStringLiteral("notification_messages_token"),
                                   QStringLiteral("one_time_notif_token")};
    return forms;
}

std::optional<InputError> ParamCheck::checkRecipient(const QJsonValue &value, const QString &field)
{
    const QString forms = recipientForms().join(QStringLiteral(", "));
    const auto misfit = [](const QString &at, const QString &message) {
        return std::optional<InputError>(InputError{at, message});
    };
    if (!value.isObject())
        return misfit(field, tr("The field \"%1\" must be an object with exactly one of: %2; "
                                "not %3.")
                                 .arg(field, forms, shown(value)));
    const QJsonObject recipient = value.toObject();
    QStringList given;
    for (auto it = recipient.begin(); it != recipient.end(); ++it) {
        if (it.value().isNull())
            continue; // never sent (graph-api.md section 1)
        const QString at = field + QLatin1Char('.') + it.key();
        if (it.key() == QLatin1String("name")) {
            if (recipient.value(QStringLiteral("phone_number")).isNull() ||
                recipient.value(QStringLiteral("phone_number")).isUndefined())
                return misfit(
                    at, tr("The field \"%1\" goes only with a phone_number recipient.").arg(at));
            if (const auto why = checkName(it.value(), at))
                return misfit(at, *why);
            continue;
        }
        if (!recipientForms().contains(it.key()))
            return misfit(at, tr("The recipient does not take \"%1\"; give exactly one of: %2 "
                                 "(and a name with phone_number).")
                                  .arg(it.key(), forms));
        given.append(it.key());
        const QJsonValue form = it.value();
        if (it.key() == QLatin1String("id")) {
            if (!isGraphId(form))
                return misfit(
                    at,
                    tr("The field \"%1\" must be a PSID (digits), not %2.").arg(at, shown(form)));
        } else if (it.key() == QLatin1String("post_id") ||
                   it.key() == QLatin1String("comment_id")) {
            const bool fits = form.isString() ? isPlainSegment(form.toString())
                                              : isWholeNumber(form, 1, kMaxExactInteger);
            if (!fits)
                return misfit(at, tr("The field \"%1\" must be a plain id such as "
                                     "\"123_456\", not %2.")
                                      .arg(at, shown(form)));
        } else if (!isNonEmptyText(form)) {
            return misfit(at, tr("The field \"%1\" must be text, not %2.").arg(at, shown(form)));
        }
    }
    if (given.isEmpty())
        return misfit(field, tr("The recipient needs exactly one of: %1.").arg(forms));
    if (given.size() > 1)
        return misfit(field, tr("The recipient has %1; give exactly one of: %2.")
                                 .arg(given.join(QStringLiteral(", ")), forms));
    return std::nullopt;
}

bool ParamCheck::isBatchReference(const QJsonValue &value)
{
    // graph-api.md section 5: "{result=create:$.id}" names an earlier item's answer; Graph
    // puts the value in before the item runs.
    static const QRegularExpression reference(
        QStringLiteral("^\\{result=[A-Za-z0-9_]+:\\$[^{}]*\\}$"));
    return value.isString() && reference.match(value.toString()).hasMatch();
}

std::optional<InputError> ParamCheck::check(const ParamSpec &param, const QJsonValue &value)
{
    const QString &field = param.name;
    if (isBatchReference(value) && param.type != ParamType::Object &&
        param.type != ParamType::Array && param.type != ParamType::Recipient &&
        param.type != ParamType::UserRef)
        return std::nullopt;
    switch (param.type) {
    case ParamType::Any:
        return std::nullopt;
    case ParamType::Text:
        if (value.isString())
            return std::nullopt;
        return InputError{field,
                          tr("The field \"%1\" must be text, not %2.").arg(field, shown(value))};
    case ParamType::Id:
        if (isGraphId(value))
            return std::nullopt;
        return InputError{
            field, tr("The field \"%1\" must be an id: digits such as \"1234567890\", not %2.")
                       .arg(field, shown(value))};
    case ParamType::Psid:
        if (isGraphId(value))
            return std::nullopt;
        return InputError{
            field, tr("The field \"%1\" must be a PSID (a page-scoped user id of digits), not %2.")
                       .arg(field, shown(value))};
    case ParamType::ObjectRef:
        if (value.isString() ? isPlainSegment(value.toString())
                             : isWholeNumber(value, 1, kMaxExactInteger))
            return std::nullopt;
        return InputError{
            field, tr("The field \"%1\" must be a plain id without /, ?, # or spaces, not %2.")
                       .arg(field, shown(value))};
    case ParamType::Cursor:
        if (isNonEmptyText(value))
            return std::nullopt;
        return InputError{field, tr("The field \"%1\" must be a paging cursor (text), not %2.")
                                     .arg(field, shown(value))};
    case ParamType::Url:
        if (value.isString() && isHttpUrl(value.toString()))
            return std::nullopt;
        return InputError{field, tr("The field \"%1\" must be an http:// or https:// URL, not %2.")
                                     .arg(field, shown(value))};
    case ParamType::Enum:
        if (value.isString() && param.choices.contains(value.toString()))
            return std::nullopt;
        return InputError{field,
                          tr("The field \"%1\" must be one of %2, not %3.")
                              .arg(field, param.choices.join(QStringLiteral(", ")), shown(value))};
    case ParamType::List: {
        bool fits = value.isString() ? !value.toString().trimmed().isEmpty()
                                     : value.isArray() && !value.toArray().isEmpty();
        for (const auto &item : value.toArray())
            fits = fits && isNonEmptyText(item);
        if (fits)
            return std::nullopt;
        return InputError{field,
                          tr("The field \"%1\" must be a list of names (a JSON list of text or "
                             "comma-separated text), not %2.")
                              .arg(field, shown(value))};
    }
    case ParamType::Bool:
        if (value.isBool())
            return std::nullopt;
        return InputError{
            field, tr("The field \"%1\" must be true or false, not %2.").arg(field, shown(value))};
    case ParamType::Int:
        if (isWholeNumber(value, double(param.min), double(param.max)))
            return std::nullopt;
        return InputError{field,
                          tr("The field \"%1\" must be a whole number from %2 to %3, not %4.")
                              .arg(field)
                              .arg(param.min)
                              .arg(param.max)
                              .arg(shown(value))};
    case ParamType::Time:
        if (isNonEmptyText(value) || isWholeNumber(value, 0, kMaxExactInteger))
            return std::nullopt;
        return InputError{
            field, tr("The field \"%1\" must be Unix seconds or a date such as 2026-01-31, not %2.")
                       .arg(field, shown(value))};
    case ParamType::Object:
        if (value.isObject())
            return std::nullopt;
        return InputError{
            field, tr("The field \"%1\" must be a JSON object, not %2.").arg(field, shown(value))};
    case ParamType::Array:
        if (value.isArray())
            return std::nullopt;
        return InputError{
            field, tr("The field \"%1\" must be a JSON list, not %2.").arg(field, shown(value))};
    case ParamType::Recipient:
        return checkRecipient(value, field);
    case ParamType::UserRef: {
        const QJsonObject object = value.toObject();
        if (value.isObject() && object.size() == 1 && isGraphId(object.value(QStringLiteral("id"))))
            return std::nullopt;
        return InputError{
            field, tr("The field \"%1\" must be {\"id\": PSID} with the PSID as digits, not %2.")
                       .arg(field, shown(value))};
    }
    }
    return std::nullopt;
}

} // namespace mdesk::api
