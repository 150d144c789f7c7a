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
    for (const auto &secret : m_secrets) {
        if (result.contains(secret))
            result.replace(secret, mask());
    }
    // Only a text with "name=value" can hold a secret query item; skipping the regex for
    // the rest keeps redacting a batch of 50 items cheap.
    if (result.contains(QLatin1Char('=')))
        result.replace(queryPattern, QStringLiteral("\\1") + mask());
    return result;
}

QString Redactor::redactHeader(const QString &name, const QString &value) const
{
    if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
        // The scheme is kept, unless it is no scheme but the credential itself.
        const int space = value.indexOf(QLatin1Char(' '));
        return space > 0 ? redactText(value.left(space + 1)) + mask() : mask();
    }
    return redactText(value);
}

std::optional<QJsonValue> Redactor::redacted(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        QString cleaned = redactText(text);
        return cleaned == text ? std::nullopt : std::optional<QJsonValue>(cleaned);
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        std::optional<QJsonArray> rebuilt;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto item = redacted(array.at(i))) {
                if (!rebuilt)
                    rebuilt = array;
                rebuilt->replace(i, *item);
            }
        }
        return rebuilt ? std::optional<QJsonValue>(*rebuilt) : std::nullopt;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        std::optional<QJsonObject> rebuilt;
        for (auto it = object.begin(); it != object.end(); ++it) {
            std::optional<QJsonValue> cleaned;
            if (isSecretKey(it.key()) && !it.value().isBool())
                cleaned = mask();
            else
                cleaned = redacted(it.value());
            // A key is a string too: an answer keyed by ids may be keyed by a token.
            const QString key = redactText(it.key());
            if (cleaned || key != it.key()) {
                if (!rebuilt)
                    rebuilt = object;
                rebuilt->remove(it.key());
                rebuilt->insert(key, cleaned.value_or(it.value()));
            }
        }
        return rebuilt ? std::optional<QJsonValue>(*rebuilt) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QJsonValue Redactor::redact(const QJsonValue &value) const
{
    // One pass that copies only what holds a secret: most answers hold none, and
    // rebuilding QJsonObjects is what made redacting a batch of 50 items expensive.
    return redacted(value).value_or(value);
}

bool Redactor::needsRedaction(const QJsonValue &value) const
{
    return redacted(value).has_value();
}

} // namespace mdesk::api
