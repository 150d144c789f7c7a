#pragma once

#include "sandboxstate.h"

namespace mdesk::sandbox {

// The world a fresh LocalGraph starts with: two apps with two pages each, 500 people
// who wrote to the pages, labels with members, and a Messenger profile on the first
// page so the app has something to show on first run. Deterministic for a seed, so ids,
// names and tokens are the same on every start. Tokens and secrets are obviously fake
// ("sandbox-page-token-..."), never usable against real Graph.
namespace DemoData {

constexpr int kPeople = 500;
// The Page Inbox app, always a secondary receiver (graph-api.md section 2).
inline const QString kPageInboxAppId = QStringLiteral("263902037430900");

// contactsPerPage: people with a conversation on each page (see DemoContacts).
void populate(SandboxState &state, quint32 seed, int contactsPerPage);
// The demo person number `index` (names, gender, locale cycle through fixed lists).
Person person(int index);

} // namespace DemoData

} // namespace mdesk::sandbox
