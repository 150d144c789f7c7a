#include "redactor.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

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
    if (secret.size() < 6)
        return;
    if (!m_secrets.contains(secret))
        m_secrets.insert(secret, QStringMatcher(secret));
    m_shortestSecret =
        m_shortestSecret == 0 ? secret.size() : std::min(m_shortestSecret, secret.size());
}

namespace {

// Masks the value of each secret query item ("access_token=...", up to "&", white space or
// a quote) wherever it appears, as in a URL or a form body. Searched by hand, one pass over
// the "=" signs: a regular expression cost every short CLI run a JIT compile, and a search
// per name cost every string of every event five scans.
void maskSecretQueryItems(QString &text)
{
    static const QLatin1String names[] = {
        QLatin1String("access_token"), QLatin1String("appsecret_proof"),
        QLatin1String("input_token"), QLatin1String("custom_token"),
        QLatin1String("client_secret")};
    const auto endsValue = [](QChar c) {
        return c == QLatin1Char('&') || c == QLatin1Char('"') || c.isSpace();
    };
    const auto namesSecret = [&text](qsizetype equals) {
        for (const QLatin1String &name : names) {
            if (equals >= name.size() && QStringView(text)
                                                 .sliced(equals - name.size(), name.size())
                                                 .compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    qsizetype equals = 0;
    while ((equals = text.indexOf(QLatin1Char('='), equals)) >= 0) {
        const qsizetype valueStart = equals + 1;
        if (!namesSecret(equals)) {
            equals = valueStart;
            continue;
        }
        qsizetype valueEnd = valueStart;
        while (valueEnd < text.size() && !endsValue(text.at(valueEnd)))
            ++valueEnd;
        text.replace(valueStart, valueEnd - valueStart, Redactor::mask());
        equals = valueStart + Redactor::mask().size();
    }
}

} // namespace

QString Redactor::redactText(const QString &text) const
{
    QString result = text;
    // Most strings of a request (ids, types, message text) are shorter than any token or
    // secret: no need to search them for each one.
    if (text.size() >= m_shortestSecret) {
        for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
            const qsizetype length = it.key().size();
            for (qsizetype at = it->indexIn(result); at >= 0;
                 at = it->indexIn(result, at + mask().size()))
                result.replace(at, length, mask());
        }
    }
    // Only a text with "name=value" can hold a secret query item.
    if (result.contains(QLatin1Char('=')))
        maskSecretQueryItems(result);
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
