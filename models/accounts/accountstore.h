#pragma once

#include "models/accounts/appaccount.h"

#include <QObject>
#include <optional>

namespace mdesk::models {

// What the window and the accounts dialog know about accounts, without knowing where they
// are kept. The application implements it over its settings file and the keychain; tests
// may implement it in memory.
//
// Contract:
// - apps() lists every app the window can work with: the configured ones, then the
//   sandbox's demo apps (sandbox == true), which are read-only.
// - Non-secret changes are synchronous and emit accountsChanged() when something changed.
// - Secrets go only to the keychain: storeSecret() returns a request id at once and later
//   emits exactly one secretStored() with that id, never from inside the call. On success
//   the Graph client uses the secret from then on; on failure nothing was stored and the
//   message is a whole sentence for the user (never containing the secret).
class AccountStore : public QObject
{
    Q_OBJECT
public:
    enum class SecretKind { PageToken, AppSecret, AppToken };
    Q_ENUM(SecretKind)

    using QObject::QObject;

    virtual QList<AppAccount> apps() const = 0;
    // The Graph version an app without its own uses, e.g. "v23.0".
    virtual QString defaultGraphVersion() const = 0;

    // Adds or replaces an app's non-secret data (its pages member is ignored). False, and
    // nothing changed, for an invalid id or a sandbox app.
    virtual bool saveApp(const AppAccount &app) = 0;
    // Adds or replaces a page of a configured app. False, and nothing changed, otherwise.
    virtual bool savePage(const PageAccount &page) = 0;
    // Removes an app with its pages, and their secrets from the keychain.
    virtual void removeApp(const QString &appId) = 0;
    // Removes a page and its token from the keychain.
    virtual void removePage(const PageRef &page) = 0;

    // kind PageToken needs pageId; the others ignore it.
    virtual int storeSecret(SecretKind kind, const QString &appId, const QString &pageId,
                            const QString &value) = 0;

    std::optional<AppAccount> app(const QString &appId) const;
    std::optional<PageAccount> page(const PageRef &ref) const;
    // Every page of every app, in the order of apps().
    QList<PageAccount> pages() const;

Q_SIGNALS:
    void accountsChanged();
    void secretStored(int requestId, bool ok, const QString &message);
};

} // namespace mdesk::models
