#pragma once

#include "api/graphclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace mdesk::models {

// A call as text a person can run again: "copy as curl" and "copy as CLI command" of the
// raw call form. Neither holds a credential: curl writes the token as $TOKEN and the proof
// as $APPSECRET_PROOF (CurlCommand), and secret input keys are redacted in both.
class CallCommandLines
{
    Q_DECLARE_TR_FUNCTIONS(mdesk::models::CallCommandLines)
public:
    // curl for the request the client would send; empty with *error set when the client
    // refuses to plan it (bad input, no token).
    static QString curl(const api::GraphClient &client, const QString &opId,
                        const QJsonObject &input, const api::CallOptions &options, QString *error);
    // messenger-desk-cli --page APP/PAGE call OP --input '<json>'
    static QString cli(const api::Redactor &redactor, const QString &opId, const QJsonObject &input,
                       const QString &appId, const QString &pageId);
};

} // namespace mdesk::models
