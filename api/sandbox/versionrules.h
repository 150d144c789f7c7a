#pragma once

#include "graphanswer.h"

#include "api/graphversion.h"

#include <QString>

namespace mdesk::api {
struct OperationSpec;
}

namespace mdesk::sandbox {

// How LocalGraph's answers depend on the Graph version of a call. Deprecations are read
// from the operation table rows (OperationSpec::deprecation), so the sandbox and the client
// agree on them.
namespace VersionRules {

// Rows Graph removed "on all versions" since a date (the Broadcast API on 2020-01-15,
// Messenger codes on 2019-10-29) have no version of their own. The sandbox's documented
// rule: they are still served on versions before v4.0 (the version that deprecated the
// Broadcast API, released before either removal date), so old scripts can be tried, and
// answer as removed (code 12) on v4.0 and later.
inline const api::GraphVersion kLegacyServedBelow{4, 0};

// True when the op answers "removed" on this version: rows with a fromVersion from that
// version on (home_url from v7.0), rows removed on all versions from kLegacyServedBelow on.
bool isRemoved(const api::OperationSpec &op, api::GraphVersion version);
// Graph's answer to a removed op: code 12 with the row's deprecation note.
GraphFailure removedFailure(const api::OperationSpec &op, api::GraphVersion version);
// True and *failure set when the op with this id is removed on version.
bool isRemoved(const QString &opId, api::GraphVersion version, GraphFailure *failure);

// The version LocalGraph serves a call to `requested` with, as Graph does: a version of
// the calendar (api/graphversions.h) past its date is served as the oldest one still
// available on GraphVersions::today(), and the answer's facebook-api-version says so.
// Versions older than the calendar are left to the router's own floor (LocalGraph's
// oldestVersion option), so the sandbox can still show the rules of v3.x to v16.0.
api::GraphVersion servedVersion(api::GraphVersion requested);

// home_url: refused from the version in the set_home_url row (v7.0).
bool homeUrlAllowed(api::GraphVersion version);
// Persistent menus lose `nested` items from v8.0 (flat, up to 20 items).
bool nestedMenusAllowed(api::GraphVersion version);
// Custom labels are named by `page_label_name` from v12.0, `name` before.
QString labelNameField(api::GraphVersion version);

} // namespace VersionRules

} // namespace mdesk::sandbox
