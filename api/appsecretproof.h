#pragma once

#include <QString>

namespace mdesk::api {

// appsecret_proof: lowercase hex HMAC-SHA256 of the access token keyed with the app secret.
QString appSecretProof(const QString &appSecret, const QString &accessToken);

} // namespace mdesk::api
