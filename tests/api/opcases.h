#pragma once

#include "api/operation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

// The expected wire form of every operation for one representative input, written from
// graph-api.md section 2 (not from the operation table), so the table is checked against
// the reference. Every op of OperationTable::all() must have at least one case here; the
// tests fail when one has none, so a new op cannot slip through untested.
namespace mdesk::apitest {

struct OpCase
{
    QString tag; // data tag: the op id, or "op@variant"
    QString op;
    QJsonObject input;
    QByteArray method;
    QString path;                    // relative to the version, e.g. "/me/messenger_profile"
    QMap<QString, QString> query;    // every query item except appsecret_proof
    std::optional<QJsonObject> body; // the JSON body; nullopt: no body at all
    api::TokenKind token = api::TokenKind::Page;
    api::GraphVersion version = api::GraphVersion::defaultVersion();
};

const QList<OpCase> &opCases();
// Ops of the table with no case (should be empty), and cases naming no op of the table.
QStringList opsWithoutCase();
QStringList casesWithoutOp();
// An input literal: the JSON text must be an object (a typo aborts the test binary).
QJsonObject json(const char *text);

} // namespace mdesk::apitest
