#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringMatcher>
#include <optional>

namespace mdesk::api {

// Removes tokens, secrets and proofs from anything that leaves the client (events, logs,
// error output, curl commands). Two nets: secret-bearing keys by name, and every string
// holding a known secret value, wherever it hides (URLs, batch item strings, messages).
class Redactor
{
public:
    static const QString &mask(); // "[redacted]"

    void addSecret(const QString &secret);
    void clearSecrets()
    {
        m_secrets.clear();
        m_shortestSecret = 0;
    }

    QJsonValue redact(const QJsonValue &value) const;
    // True when redact() would change the value.
    bool needsRedaction(const QJsonValue &value) const;
    QString redactText(const QString &text) const;
    // "Authorization: Bearer abc" keeps the scheme, hides the credential.
    QString redactHeader(const QString &name, const QString &value) const;

    static bool isSecretKey(const QString &key);

private:
    // The redacted value, or nothing when the value holds no secret.
    std::optional<QJsonValue> redacted(const QJsonValue &value) const;

    // Each secret with its matcher, built once: a search for a long needle otherwise sets
    // up its skip table every time, for every string of every event.
    QHash<QString, QStringMatcher> m_secrets;
    qsizetype m_shortestSecret = 0; // a text shorter than this holds none of m_secrets
};

} // namespace mdesk::api
