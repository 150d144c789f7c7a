#include "appsecretproof.h"

#include <QMessageAuthenticationCode>

namespace mdesk::api {

QString appSecretProof(const QString &appSecret, const QString &accessToken)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(accessToken.toUtf8(),
                                                                appSecret.toUtf8(),
                                                                QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace mdesk::api
