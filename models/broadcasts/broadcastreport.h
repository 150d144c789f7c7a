#pragma once

#include "models/broadcasts/recipientresult.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mdesk::models {

// One recipient row as the journal holds it (name and time added to the result).
struct ReportRow
{
    RecipientResult result;
    QString name;
    QDateTime updated;
};

// A broadcast as History and `broadcast report` show it.
struct BroadcastReport
{
    qint64 id = 0;
    QString name;
    QString state;
    QString note; // why it stopped, when it did
    QDateTime created;
    QDateTime scheduledFor;
    QList<ReportRow> rows;
    QHash<QString, int> tally; // counts per state when rows were not loaded (lists)

    int count(const QString &recipientState) const;
    // {sent, skipped, failed, unknown, pending}
    QJsonObject counts() const;
    // {broadcast_id, name, state, counts, recipients:[{psid, state, message_id?, reason?,
    // error?}]} (the CLI contract).
    QJsonObject toJson() const;
    // {broadcast_id, name, state, created, counts}
    QJsonObject summaryJson() const;
    // psid,name,state,message_id,reason,error_code,error_subcode,fbtrace_id,error_text
    QByteArray toCsv() const;
    // PSIDs in a state (for "Send again to the failed").
    QStringList psidsIn(const QString &recipientState) const;
};

} // namespace mdesk::models
