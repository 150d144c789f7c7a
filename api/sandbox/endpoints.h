#pragma once

#include "graphcall.h"

#include "api/operation.h"

#include <QList>
#include <optional>

namespace mdesk::sandbox {

// One Graph endpoint LocalGraph serves: method plus path template, written like the
// operation table's paths ("/{label_id}/label"). Several op rows can share one endpoint
// (set_greeting and set_messenger_profile are both POST /me/messenger_profile).
struct Endpoint
{
    QByteArray method;
    QString path;
    EndpointHandler handler = nullptr;
    std::optional<api::TokenKind> token; // nullopt: any token (the handler decides)
    bool proofAlways = false;            // ID matching requires appsecret_proof on any app
};

namespace Endpoints {

const QList<Endpoint> &all();
// The endpoint that serves an op row (same method and path), or nullptr. The contract
// tests fail when an op of the table has none.
const Endpoint *forOperation(const api::OperationSpec &op);
// The op rows an endpoint serves (empty for sandbox-only endpoints such as GET /me).
QList<const api::OperationSpec *> operations(const Endpoint &endpoint);

} // namespace Endpoints

} // namespace mdesk::sandbox
