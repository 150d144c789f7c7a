#pragma once

#include "models/pageref.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace mdesk::models {

// A Page as the window lists it. Only non-secret data: its token lives in the keychain.
struct PageAccount
{
    QString appId;
    QString id;
    QString name;
    bool sandbox = false; // served by the in-process LocalGraph, not by Facebook

    PageRef ref() const { return {appId, id}; }
    // The name, or the id when the Page has no name yet.
    QString displayName() const { return name.isEmpty() ? id : name; }

    friend bool operator==(const PageAccount &, const PageAccount &) = default;
};

// A Facebook app with the Pages reached through it. Only non-secret data: whether a secret
// exists is a flag; the secret itself lives in the keychain.
struct AppAccount
{
    QString id;
    QString name;
    QString graphVersion;          // as configured; empty: the default version
    QString effectiveGraphVersion; // what calls use (default or environment applied)
    QUrl baseUrl;                  // empty: the public Graph API
    bool hasSecret = false;
    bool sandbox = false; // read-only: the sandbox's demo app
    QList<PageAccount> pages;

    QString displayName() const { return name.isEmpty() ? id : name; }

    friend bool operator==(const AppAccount &, const AppAccount &) = default;
};

} // namespace mdesk::models
