#pragma once

#include "callplan.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QString>

class QNetworkAccessManager;

namespace mdesk::api {

class Redactor;

// Puts one attempt of a CallPlan on the wire: the URL with its query, the Bearer header,
// and a JSON or multipart body. Redirects are never followed (Qt would carry the token to
// the new host), and a write that must not repeat gets a body Qt cannot resend.
namespace PlanSender {

// The reply, owned by the caller; nullptr when the upload file cannot be read, with
// *error saying why.
QNetworkReply *send(QNetworkAccessManager &network, const CallPlan &plan, QString *error);
// The name events and error JSON give a failed connection: "refused", "reset", "tls", ...
QString transportName(QNetworkReply::NetworkError error);
// The redacted {method, url, path, query, headers, body} of a plan, as events show it.
QJsonObject describe(const CallPlan &plan, const Redactor &redactor);

} // namespace PlanSender

} // namespace mdesk::api
