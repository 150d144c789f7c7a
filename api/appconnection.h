#pragma once

#include "graphversion.h"

#include <QString>
#include <QUrl>

namespace mdesk::api {

// How the client reaches Graph for one app: where, which version, which app credentials.
// Secrets live here only in memory; they come from the keychain or the environment.
struct AppConnection
{
    QString appId;
    QString name;
    QUrl baseUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
    GraphVersion version = GraphVersion::defaultVersion();
    QString appSecret; // empty: no appsecret_proof is sent
    QString appToken;  // empty: "{app_id}|{app_secret}" when a secret is known

    QString effectiveAppToken() const
    {
        if (!appToken.isEmpty())
            return appToken;
        return appSecret.isEmpty() ? QString() : appId + QLatin1Char('|') + appSecret;
    }
};

// Plain http:// is allowed only to loopback hosts (LocalGraph, test servers).
bool isAllowedGraphUrl(const QUrl &url);

} // namespace mdesk::api
