#pragma once

#include "answershape.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>
#include <utility>

namespace mdesk::api {

// Everything needed to send one HTTP call and to describe it in events. Built by
// GraphClient from an operation row (or a batch), carried by the GraphReply across retries.
struct CallPlan
{
    QString op; // op id, or "batch"
    QString appId;
    QString pageId;
    QString txId;
    QString source;
    QByteArray method;
    QUrl url;                                 // base + version + path, no query
    QList<std::pair<QString, QString>> query; // appsecret_proof included when due
    std::optional<QJsonObject> body;          // JSON body
    QString uploadFile;                       // multipart when set
    QString token;                            // sent as Authorization: Bearer
    bool retrySafe = false;
    int timeoutMs = 30000;
    bool retry = true;
    QString removedNote;                   // deprecation note when Graph removed the op
    AnswerShape answer = AnswerShape::Any; // checked on a 2xx (GraphClient)
};

} // namespace mdesk::api
