#include "models/broadcasts/messagecheck.h"

namespace mdesk::models {

QList<api::Violation> MessageCheck::violations(const QJsonObject &message)
{
    // The rules live in api::FieldRules (one place for the composer, the CLI and `call`);
    // paths come back under "message." and are given here relative to the message.
    QList<api::Violation> out = api::FieldRules::validateMessage(message);
    const QString prefix = QStringLiteral("message.");
    for (auto &violation : out) {
        if (violation.field.startsWith(prefix))
            violation.field = violation.field.mid(prefix.size());
        else if (violation.field == QLatin1String("message"))
            violation.field = QStringLiteral("text");
    }
    return out;
}

} // namespace mdesk::models
