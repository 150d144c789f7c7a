#include "models/eventlog/curlcommand.h"

#include "api/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QUrl>

namespace mdesk::models {

namespace {

// Literal text inside double quotes: \ " $ and ` lose their meaning.
QString escapeForDoubleQuotes(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"') || c == QLatin1Char('$') ||
            c == QLatin1Char('`'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return escaped;
}

// Any text inside single quotes; a single quote itself becomes '\''.
QString singleQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QString CurlCommand::variableFor(const QString &key)
{
    if (key.compare(QLatin1String("access_token"), Qt::CaseInsensitive) == 0 ||
        key.compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("TOKEN");
    QString name;
    for (const QChar c : key)
        name.append(c.isLetterOrNumber() ? c.toUpper() : QLatin1Char('_'));
    return name;
}

QString CurlCommand::fromEvent(const QJsonObject &event)
{
    return fromRequest(
        event.value(QStringLiteral("data")).toObject().value(QStringLiteral("request")).toObject());
}

QString CurlCommand::fromRequest(const QJsonObject &request)
{
    const QString url = request.value(QStringLiteral("url")).toString();
    if (url.isEmpty())
        return {};
    const QString method = request.value(QStringLiteral("method")).toString().toUpper();

    // The URL in double quotes so the secret variables expand; every literal part escaped.
    QString target = escapeForDoubleQuotes(url);
    const QJsonObject query = request.value(QStringLiteral("query")).toObject();
    QStringList items;
    for (auto it = query.begin(); it != query.end(); ++it) {
        const QString value = api::Redactor::isSecretKey(it.key())
                                  ? QLatin1Char('$') + variableFor(it.key())
                                  : escapeForDoubleQuotes(percentEncoded(jsonText(it.value())));
        items.append(escapeForDoubleQuotes(percentEncoded(it.key())) + QLatin1Char('=') + value);
    }
    if (!items.isEmpty())
        target += QLatin1Char('?') + items.join(QLatin1Char('&'));

    QStringList parts{QStringLiteral("curl")};
    if (method != QLatin1String("GET") && !method.isEmpty())
        parts << QStringLiteral("-X") << method;
    parts << QLatin1Char('"') + target + QLatin1Char('"');

    const QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            parts << QStringLiteral("-H") << QStringLiteral("\"Authorization: Bearer $TOKEN\"");
        } else if (request.contains(QStringLiteral("file")) &&
                   it.key().compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0) {
            continue; // curl sets the multipart boundary itself
        } else {
            parts << QStringLiteral("-H")
                  << singleQuoted(it.key() + QStringLiteral(": ") + it.value().toString());
        }
    }

    if (request.contains(QStringLiteral("file"))) {
        const QJsonObject body = request.value(QStringLiteral("body")).toObject();
        for (auto it = body.begin(); it != body.end(); ++it)
            parts << QStringLiteral("-F")
                  << singleQuoted(it.key() + QLatin1Char('=') + jsonText(it.value()));
        parts << QStringLiteral("-F")
              << singleQuoted(QStringLiteral("filedata=@") +
                              request.value(QStringLiteral("file")).toString());
    } else if (request.contains(QStringLiteral("body"))) {
        parts << QStringLiteral("--data")
              << singleQuoted(jsonText(request.value(QStringLiteral("body"))));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace mdesk::models
