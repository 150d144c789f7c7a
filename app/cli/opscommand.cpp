#include "app/cli/opscommand.h"

#include "api/graphversions.h"
#include "api/operationtable.h"
#include "api/paramcheck.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mdesk::app::cli {

namespace {

QString tokenName(api::TokenKind kind)
{
    switch (kind) {
    case api::TokenKind::Page:
        return QStringLiteral("page");
    case api::TokenKind::App:
        return QStringLiteral("app");
    case api::TokenKind::User:
        return QStringLiteral("user");
    }
    return {};
}

} // namespace

void OpsCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption versions(QStringLiteral("versions"));
    parser.addOption(versions);
    if (!parse(parser, arguments))
        return;
    if (parser.positionalArguments().size() > 1) {
        failUsage(tr("ops takes no arguments."));
        return;
    }
    if (parser.isSet(versions)) {
        // The Graph version calendar instead of the ops: one row per version, newest first.
        QJsonArray rows;
        for (const api::GraphVersionInfo &info : api::GraphVersions::all()) {
            QJsonObject row = api::GraphVersions::toJson(info.version);
            row.insert(QStringLiteral("default"),
                       info.version == api::GraphVersion::defaultVersion());
            rows.append(row);
        }
        m_context.printJson(rows);
        finish(Success);
        return;
    }
    QJsonArray ops;
    for (const auto &op : api::OperationTable::all()) {
        QJsonObject row{{QStringLiteral("id"), op.id},
                        {QStringLiteral("group"), op.group},
                        {QStringLiteral("method"), QString::fromLatin1(op.method)},
                        {QStringLiteral("path"), op.path},
                        {QStringLiteral("token"), tokenName(op.token)}};
        QJsonArray inputs;
        for (const auto &param : op.params) {
            QJsonObject input{{QStringLiteral("name"), param.name},
                              {QStringLiteral("required"), param.required},
                              {QStringLiteral("type"), api::ParamCheck::typeName(param.type)}};
            if (param.type == api::ParamType::Enum)
                input.insert(QStringLiteral("choices"), QJsonArray::fromStringList(param.choices));
            if (param.type == api::ParamType::Int) {
                input.insert(QStringLiteral("min"), param.min);
                input.insert(QStringLiteral("max"), param.max);
            }
            inputs.append(input);
        }
        for (const auto &key : op.requiredKeys)
            inputs.append(
                QJsonObject{{QStringLiteral("name"), key}, {QStringLiteral("required"), true}});
        row.insert(QStringLiteral("input"), inputs);
        if (op.deprecation) {
            QJsonObject deprecation{
                {QStringLiteral("note"), op.deprecation->note},
                {QStringLiteral("since"), op.deprecation->since.toString(Qt::ISODate)},
                {QStringLiteral("removed"), op.deprecation->removed}};
            if (op.deprecation->fromVersion.isValid())
                deprecation.insert(QStringLiteral("from_version"),
                                   op.deprecation->fromVersion.toString());
            row.insert(QStringLiteral("deprecation"), deprecation);
        } else {
            row.insert(QStringLiteral("deprecation"), QJsonValue::Null);
        }
        ops.append(row);
    }
    m_context.printJson(ops);
    finish(Success);
}

} // namespace mdesk::app::cli

#include "moc_opscommand.cpp"
