#include "models/tools/callcommandlines.h"

#include "models/eventlog/curlcommand.h"

#include <QJsonDocument>

namespace mdesk::models {

namespace {

QString singleQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString CallCommandLines::curl(const api::GraphClient &client, const QString &opId,
                               const QJsonObject &input, const api::CallOptions &options,
                               QString *error)
{
    const auto planned = client.plan(opId, input, options);
    if (const auto *failure = std::get_if<api::GraphError>(&planned)) {
        if (error)
            *error = failure->message;
        return {};
    }
    const QString command =
        CurlCommand::fromRequest(client.describeRequest(std::get<api::CallPlan>(planned)));
    if (command.isEmpty() && error)
        *error = tr("The request of %1 has no URL to show.").arg(opId);
    return command;
}

QString CallCommandLines::cli(const api::Redactor &redactor, const QString &opId,
                              const QJsonObject &input, const QString &appId, const QString &pageId)
{
    const QJsonObject safe = redactor.redact(input).toObject();
    QString command =
        QStringLiteral("messenger-desk-cli --page %1/%2 call %3").arg(appId, pageId, opId);
    if (!safe.isEmpty())
        command +=
            QStringLiteral(" --input ") +
            singleQuoted(QString::fromUtf8(QJsonDocument(safe).toJson(QJsonDocument::Compact)));
    return command;
}

} // namespace mdesk::models
