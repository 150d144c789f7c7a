#pragma once

#include <QJsonObject>
#include <QString>

namespace mdesk::sandbox {

class LocalGraph;

// POST /__sandbox/contacts: opens or closes a person's 24-hour window without clock
// tricks. Body {page_id?, psid, last_inbound?, unavailable?, name?}, or {"contacts":[...]}
// of such objects. last_inbound is ISO 8601 ("2026-12-03T10:00:00Z"; no offset: UTC) or
// Unix seconds; an unknown PSID becomes a new person of the page (the first demo page when
// page_id is not given and the PSID is unknown). Answers the contact(s) as
// LocalGraph::stateJson lists them.
namespace ContactControl {

// The answer body, or empty with *error set (a 400 for the caller).
QJsonObject apply(LocalGraph &graph, const QJsonObject &input, QString *error);

} // namespace ContactControl

} // namespace mdesk::sandbox
