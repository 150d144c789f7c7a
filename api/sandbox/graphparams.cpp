#include "graphparams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace mdesk::sandbox {

bool GraphParams::has(const QString &key) const
{
    const QJsonValue value = m_values.value(key);
    return !value.isUndefined() && !value.isNull();
}

QJsonValue GraphParams::value(const QString &key) const
{
    const QJsonValue raw = m_values.value(key);
    if (!raw.isString())
        return raw;
    const QString text = raw.toString().trimmed();
    if (text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('['))) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError)
            return document.isArray() ? QJsonValue(document.array())
                                      : QJsonValue(document.object());
    }
    return raw;
}

QString GraphParams::string(const QString &key) const
{
    const QJsonValue raw = m_values.value(key);
    if (raw.isString())
        return raw.toString();
    if (raw.isDouble()) {
        const double number = raw.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number))
                                                : QString::number(number);
    }
    if (raw.isBool())
        return raw.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QJsonObject GraphParams::object(const QString &key) const
{
    return value(key).toObject();
}

QStringList GraphParams::list(const QString &key) const
{
    const QJsonValue parsed = value(key);
    QStringList items;
    if (parsed.isArray()) {
        for (const auto &item : parsed.toArray())
            items.append(item.isString() ? item.toString()
                                         : QString::number(item.toVariant().toLongLong()));
        return items;
    }
    for (const QString &part : string(key).split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append(part.trimmed());
    return items;
}

std::optional<qint64> GraphParams::integer(const QString &key) const
{
    const QJsonValue raw = m_values.value(key);
    if (raw.isDouble())
        return qint64(raw.toDouble());
    bool ok = false;
    const qint64 number = raw.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

bool GraphParams::boolean(const QString &key, bool fallback) const
{
    const QJsonValue raw = m_values.value(key);
    if (raw.isBool())
        return raw.toBool();
    if (raw.isDouble())
        return raw.toDouble() != 0;
    if (raw.isString()) {
        const QString text = raw.toString().trimmed().toLower();
        return text == QLatin1String("true") || text == QLatin1String("1");
    }
    return fallback;
}

QJsonObject GraphParams::fromFormEncoded(const QByteArray &text)
{
    QJsonObject values;
    for (const QByteArray &pair : text.split('&')) {
        if (pair.isEmpty())
            continue;
        const int equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        values.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return values;
}

} // namespace mdesk::sandbox
