#pragma once

#include "sandboxstate.h"

namespace mdesk::sandbox {

// The people of the demo pages who wrote to them: a conversation thread each, their last
// messages spread over the past 30 days so that about a third are inside the 24-hour
// window, about a third within the 7 days of HUMAN_AGENT, and one in 13 unavailable (551).
// Contact i of a page: i % 6 in {0, 2} inside the window (10 minutes to 22 hours ago),
// {1, 4} 1.2 to 6.5 days ago, {3, 5} 8 to 30 days ago; unavailable when i % 13 == 11.
// Deterministic for a seed and the start time.
namespace DemoContacts {

constexpr int kPerPage = 40;
constexpr int kMaxPerPage = 100000;

// Gives the page `count` contacts: its first users, then generated people (new PSIDs on
// this page only) when it has fewer users than that.
void populate(SandboxState &state, PageState &page, int pageIndex, int count, quint32 seed);

// The contact of a PSID on the page, made when the page has none: an unknown PSID becomes
// a new person of the page (named `name`, or a generated name when empty). Returns nullptr
// when the PSID belongs to something else (another page's user, a label, ...).
Contact *ensure(SandboxState &state, PageState &page, const QString &psid, const QString &name);

} // namespace DemoContacts

} // namespace mdesk::sandbox
