#pragma once

#include "api/graphclient.h"
#include "models/accounts/appaccount.h"
#include "models/live/livepageregistry.h"

#include <QPointer>
#include <QUuid>

namespace mdesk::store {
class Database;
}

namespace mdesk::ui {

// What a page's workspace and its tabs work with: the page, its app, the client that
// reaches them and the Page's one LivePage (what Graph has, as last read; owned by the
// window's LivePageRegistry). Copied into every tab; the client outlives the window.
struct PageContext
{
    api::GraphClient *client = nullptr;
    models::AppAccount app;
    models::PageAccount page;
    QPointer<models::LivePage> live; // null without a client
    // Every Page's LivePage, for work that reaches other Pages (Copy to Pages).
    QPointer<models::LivePageRegistry> livePages;
    // The app's one open local store (contacts, label index, journals, caches), shared by
    // every tab; null when it could not be opened (the window's message bar says why).
    store::Database *database = nullptr;

    // Options for a call on this page from the GUI; a new tx_id unless one is given.
    api::CallOptions callOptions(const QString &txId = {}) const
    {
        api::CallOptions options;
        options.appId = page.appId;
        options.pageId = page.id;
        options.source = QStringLiteral("gui");
        options.txId = txId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : txId;
        return options;
    }

    // The Graph version calls on this page use.
    api::GraphVersion graphVersion() const
    {
        if (client) {
            if (const api::AppConnection *connection = client->app(page.appId))
                return connection->version;
        }
        const api::GraphVersion parsed = api::GraphVersion::parse(app.effectiveGraphVersion);
        return parsed.isValid() ? parsed : api::GraphVersion::defaultVersion();
    }
};

} // namespace mdesk::ui
