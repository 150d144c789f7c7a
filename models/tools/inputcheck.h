#pragma once

#include "api/fieldrules.h"
#include "api/graphversion.h"
#include "api/requestbuilder.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mdesk::models {

// The checks the CLI's `call` runs before anything is sent, for any op of the table:
// buildRequest (keys the op takes, required fields, each value's type) and then the field
// rules (lengths, ranges, how the parts fit). Every form of the Tools tab and the raw call
// check through here, so the GUI refuses exactly what the CLI refuses.
class InputCheck
{
public:
    // Problems with input for opId, each naming its dotted field; empty: fine to send.
    // An unknown opId is one problem on the field "op".
    static QList<api::Violation> check(const QString &opId, const QJsonObject &input,
                                       api::GraphVersion version,
                                       const api::PathContext &context = {});
    // The message for field (or for a field under it, "data.ref" under "data"); empty when
    // none is about it.
    static QString messageFor(const QList<api::Violation> &problems, const QString &field);
};

} // namespace mdesk::models
