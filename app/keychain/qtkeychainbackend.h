#pragma once

#include "app/keychain/keychainbackend.h"

#include <QObject>

namespace mdesk::app {

// The KeychainBackend plugin on QtKeychain (built as the module messenger-desk-keychain).
class QtKeychainBackend : public QObject, public KeychainBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MDESK_KEYCHAIN_BACKEND_IID)
    Q_INTERFACES(mdesk::app::KeychainBackend)

public:
    QObject *start(Action action, const QString &service, const QString &key, const QString &value,
                   QObject *context, Finished finished) override;
};

} // namespace mdesk::app
