#include "models/broadcasts/broadcastreport.h"

#include <QJsonArray>

namespace mdesk::models {

namespace {

QString csvField(QString text)
{
    // Quote always, double inner quotes; a leading =+-@ is defused so a spreadsheet never
    // runs a cell as a formula.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

int BroadcastReport::count(const QString &recipientState) const
{
    if (rows.isEmpty())
        return tally.value(recipientState);
    int n = 0;
    for (const auto &row : rows)
        n += row.result.state == recipientState ? 1 : 0;
    return n;
}

QJsonObject BroadcastReport::counts() const
{
    return {{RecipientState::Sent, count(RecipientState::Sent)},
            {RecipientState::Skipped, count(RecipientState::Skipped)},
            {RecipientState::Failed, count(RecipientState::Failed)},
            {RecipientState::Unknown, count(RecipientState::Unknown)},
            {RecipientState::Pending, count(RecipientState::Pending)}};
}

QJsonObject BroadcastReport::summaryJson() const
{
    QJsonObject out{{QStringLiteral("broadcast_id"), id},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("state"), state},
                    {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("counts"), counts()}};
    if (!note.isEmpty())
        out.insert(QStringLiteral("note"), note);
    return out;
}

QJsonObject BroadcastReport::toJson() const
{
    QJsonArray recipients;
    for (const auto &row : rows) {
        QJsonObject entry{{QStringLiteral("psid"), row.result.psid},
                          {QStringLiteral("state"), row.result.state}};
        if (!row.result.messageId.isEmpty())
            entry.insert(QStringLiteral("message_id"), row.result.messageId);
        if (!row.result.reason.isEmpty())
            entry.insert(QStringLiteral("reason"), row.result.reason);
        if (!row.result.error.isEmpty())
            entry.insert(QStringLiteral("error"), row.result.error);
        recipients.append(entry);
    }
    QJsonObject out{{QStringLiteral("broadcast_id"), id},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("state"), state},
                    {QStringLiteral("counts"), counts()},
                    {QStringLiteral("recipients"), recipients}};
    if (!note.isEmpty())
        out.insert(QStringLiteral("note"), note);
    return out;
}

QByteArray BroadcastReport::toCsv() const
{
    QString out = QStringLiteral("psid,name,state,message_id,reason,error_code,error_subcode,"
                                 "fbtrace_id,error_text\n");
    for (const auto &row : rows) {
        const QJsonObject &e = row.result.error;
        const auto number = [&e](const char *key) {
            const int n = e.value(QLatin1String(key)).toInt();
            return n ? QString::number(n) : QString();
        };
        QStringList fields{row.result.psid,
                           row.name,
                           row.result.state,
                           row.result.messageId,
                           row.result.reason,
                           number("code"),
                           number("error_subcode"),
                           e.value(QStringLiteral("fbtrace_id")).toString(),
                           e.value(QStringLiteral("text")).toString()};
        for (QString &field : fields)
            field = csvField(field);
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QStringList BroadcastReport::psidsIn(const QString &recipientState) const
{
    QStringList out;
    for (const auto &row : rows) {
        if (row.result.state == recipientState)
            out.append(row.result.psid);
    }
    return out;
}

} // namespace mdesk::models
