#include "redactor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace mdesk::api {

const QString &Redactor::mask()
{
    static const QString text = QStringLiteral("[redacted]");
    return text;
}

bool Redactor::isSecretKey(const QString &key)
{
    static const QSet<QString> keys{
        QStringLiteral("access_token"), QStringLiteral("appsecret_proof"),
        QStringLiteral("input_token"),  QStringLiteral("custom_token"),
        QStringLiteral("app_secret"),   QStringLiteral("client_secret"),
        QStringLiteral("secret"),       QStringLiteral("app_token"),
        QStringLiteral("token"),        QStringLiteral("authorization"),
        QStringLiteral("page_token"),   QStringLiteral("user_token")};
    return keys.contains(key.toLower());
}

void Redactor::addSecret(const QString &secret)
{
    // Very short values would blank out ordinary words; real tokens are long.
    if (secret.size() >= 6)
        m_secrets.insert(secret);
}

QString Redactor::redactText(const QString &text) const
{
    static const QRegularExpression queryPattern(
        QStringLiteral(
            "((?:access_token|appsecret_proof|input_token|custom_token|client_secret)=)[^&\\s\"]*"),
        QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    for (const auto &secret : m_secrets)
        result.replace(secret, mask());
    result.replace(queryPattern, QStringLiteral("\\1") + mask());
    return result;
}

QString Redactor::redactHeader(const QString &name, const QString &value) const
{
    if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
        const int space = value.indexOf(QLatin1Char(' '));
        return space > 0 ? value.left(space + 1) + mask() : mask();
    }
    return redactText(value);
}

QJsonValue Redactor::redact(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::String:
        return redactText(value.toString());
    case QJsonValue::Array: {
        QJsonArray array;
        for (const auto &item : value.toArray())
            array.append(redact(item));
        return array;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QJsonObject cleaned;
        for (auto it = object.begin(); it != object.end(); ++it)
            cleaned.insert(it.key(), isSecretKey(it.key()) && !it.value().isBool()
                                         ? QJsonValue(mask())
                                         : redact(it.value()));
        return cleaned;
    }
    default:
        return value;
    }
}

} // namespace mdesk::api
