#pragma once

#include "graphanswer.h"

#include "api/graphversion.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <optional>

namespace mdesk::sandbox {

// The checks Graph makes on Messenger profile writes, with its codes and its way of naming
// the parameter at fault ("greeting[0][text]"). A write is checked whole before anything
// is stored: one broken rule refuses the whole POST, as on Graph.
namespace ProfileRules {

constexpr int kGreetingMaxChars = 160;
constexpr int kPayloadMaxChars = 1000;
constexpr int kTitleMaxChars = 30;
constexpr int kMaxDomains = 50;
constexpr int kMaxIceBreakers = 4;
constexpr int kMaxFlatMenuItems = 20; // v8.0 and later
constexpr int kMaxTopLevelItems = 3;  // before v8.0
constexpr int kMaxNestedItems = 5;    // before v8.0
constexpr int kMaxMenuDepth = 3;      // before v8.0

// The properties of /me/messenger_profile.
const QStringList &properties();
// 100/2018247 for a property Graph does not know.
GraphFailure unknownField(const QString &field);
// The first unknown name in fields, as 100/2018247.
std::optional<GraphFailure> checkFieldNames(const QStringList &fields);
// A whole POST body; current is what the page has now (for get_started and domains).
std::optional<GraphFailure> checkUpdate(const QJsonObject &update, const QJsonObject &current,
                                        api::GraphVersion version);
// A persistent menu value; param names it in messages ("persistent_menu").
std::optional<GraphFailure> checkMenu(const QJsonValue &menu, api::GraphVersion version,
                                      const QString &param);
// https URL with a host name (not an IP address, not localhost); why says what is wrong.
bool isWhitelistableDomain(const QString &text, QString *why);

} // namespace ProfileRules

} // namespace mdesk::sandbox
