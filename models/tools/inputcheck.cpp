#include "models/tools/inputcheck.h"

#include "api/operationtable.h"

#include <QCoreApplication>

namespace mdesk::models {

QList<api::Violation> InputCheck::check(const QString &opId, const QJsonObject &input,
                                        api::GraphVersion version, const api::PathContext &context)
{
    const api::OperationSpec *op = api::OperationTable::find(opId);
    if (!op)
        return {{QStringLiteral("op"),
                 QCoreApplication::translate("mdesk::models::InputCheck",
                                             "There is no operation called \"%1\".")
                     .arg(opId)}};
    const auto built = api::buildRequest(*op, input, version, context);
    if (const auto *error = std::get_if<api::InputError>(&built))
        return {{error->field, error->message}};
    return api::FieldRules::validateInput(*op, input, version);
}

QString InputCheck::messageFor(const QList<api::Violation> &problems, const QString &field)
{
    for (const api::Violation &problem : problems) {
        if (problem.field == field || problem.field.startsWith(field + QLatin1Char('.')) ||
            problem.field.startsWith(field + QLatin1Char('[')))
            return problem.message;
    }
    return {};
}

} // namespace mdesk::models
