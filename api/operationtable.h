#pragma once

#include "operation.h"

#include <QList>

namespace mdesk::api {

// The one table of every operation Messenger Desk speaks (graph-api.md section 2).
namespace OperationTable {

const QList<OperationSpec> &all();
// nullptr when no row has that id.
const OperationSpec *find(const QString &id);
// The eight Messenger profile properties with set_/reset_/fetch_ rows, plus ice_breakers.
const QStringList &profileFields();

} // namespace OperationTable

} // namespace mdesk::api
