#pragma once

#include <QString>
#include <QUrl>

namespace mdesk::app {

// The MESSENGER_DESK_* variables scripts and CI use instead of the keychain. A set
// variable wins over settings and keychain; secrets read here are never echoed.
struct EnvironmentOverrides
{
    QUrl graphUrl;        // MESSENGER_DESK_GRAPH_URL
    QString graphVersion; // MESSENGER_DESK_GRAPH_VERSION
    QString pageToken;    // MESSENGER_DESK_PAGE_TOKEN
    QString appToken;     // MESSENGER_DESK_APP_TOKEN
    QString appSecret;    // MESSENGER_DESK_APP_SECRET

    static EnvironmentOverrides fromEnvironment();
    // Any credential set: then the environment is the whole source of secrets and the
    // keychain (and with it D-Bus) is not touched at all.
    bool hasCredentials() const
    {
        return !pageToken.isEmpty() || !appToken.isEmpty() || !appSecret.isEmpty();
    }
};

} // namespace mdesk::app
