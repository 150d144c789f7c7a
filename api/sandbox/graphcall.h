#pragma once

#include "graphanswer.h"
#include "graphparams.h"
#include "sandboxstate.h"

#include "api/graphversion.h"

#include <QHash>
#include <QUrl>
#include <utility>

namespace mdesk::sandbox {

// One Graph call after routing: who calls (the token's grant), on which version, the
// endpoint's path values and the parameters. Handlers read and change state through it.
struct GraphCall
{
    GraphCall(SandboxState &sandboxState, QUrl serverUrl)
        : state(sandboxState)
        , baseUrl(std::move(serverUrl))
    {}

    SandboxState &state;
    QUrl baseUrl; // where LocalGraph listens; empty when it serves in-process only
    api::GraphVersion version;
    TokenGrant caller;
    QByteArray method;
    QString path; // as requested, relative to the version: "/me/custom_labels"
    QHash<QString, QString> pathValues; // template placeholder -> value, "me" resolved
    GraphParams params;
    QHash<QString, UploadedFile> files;

    // The token's page; the router only hands page-token calls to page endpoints.
    PageState &page() const;
    AppState &app() const;
    // The person behind a PSID of the caller's page, or nullptr.
    const Person *pageUser(const QString &psid) const;
    // An absolute URL on this Graph for this call's path with these query items; tokens
    // are left out of it on purpose, so paging URLs never carry a secret into logs.
    QUrl urlWith(const QList<std::pair<QString, QString>> &query) const;
    // An absolute URL for a path outside the version ("/__sandbox/cdn/...").
    QUrl serverUrl(const QString &absolutePath) const;
};

using EndpointHandler = GraphAnswer (*)(GraphCall &call);

// A time as Graph writes it: "2019-04-12T18:00:00+0000".
QString graphTimestamp(const QDateTime &time);

} // namespace mdesk::sandbox
