#pragma once

#include "graphcall.h"

// The endpoint handlers, one function per Graph endpoint, grouped by file like the
// operation table's groups. The router has checked token kind, proof, version removal and
// limits before a handler runs; a handler checks the parameters as Graph does and answers.
namespace mdesk::sandbox::Handlers {

// handlers_profile.cpp: /me/messenger_profile and /me/custom_user_settings
GraphAnswer setProfile(GraphCall &call);
GraphAnswer resetProfile(GraphCall &call);
GraphAnswer fetchProfile(GraphCall &call);
GraphAnswer setUserMenu(GraphCall &call);
GraphAnswer fetchUserMenu(GraphCall &call);
GraphAnswer resetUserMenu(GraphCall &call);

// handlers_labels.cpp
GraphAnswer createLabel(GraphCall &call);
GraphAnswer fetchLabel(GraphCall &call);
GraphAnswer deleteLabel(GraphCall &call);
GraphAnswer listLabels(GraphCall &call);
GraphAnswer listUserLabels(GraphCall &call);
GraphAnswer labelUser(GraphCall &call);
GraphAnswer unlabelUser(GraphCall &call);

// handlers_broadcast.cpp (served on versions before v4.0 only, see VersionRules)
GraphAnswer createCreative(GraphCall &call);
GraphAnswer sendBroadcast(GraphCall &call);
GraphAnswer fetchBroadcast(GraphCall &call);
GraphAnswer cancelBroadcast(GraphCall &call);
GraphAnswer estimateReach(GraphCall &call);
GraphAnswer fetchReachEstimation(GraphCall &call);

// handlers_handover.cpp
GraphAnswer passThreadControl(GraphCall &call);
GraphAnswer takeThreadControl(GraphCall &call);
GraphAnswer requestThreadControl(GraphCall &call);
GraphAnswer secondaryReceivers(GraphCall &call);
GraphAnswer threadOwner(GraphCall &call);

// handlers_users.cpp: user profile, ID matching, nodes
GraphAnswer userProfile(GraphCall &call);
GraphAnswer idsForApps(GraphCall &call);
GraphAnswer idsForPages(GraphCall &call);
GraphAnswer meNode(GraphCall &call);

// handlers_insights.cpp
GraphAnswer insights(GraphCall &call);

// handlers_send.cpp
GraphAnswer sendMessage(GraphCall &call);
GraphAnswer uploadAttachment(GraphCall &call);

// handlers_tools.cpp
GraphAnswer createMessengerCode(GraphCall &call);
GraphAnswer featureReview(GraphCall &call);
GraphAnswer unlinkAccount(GraphCall &call);
GraphAnswer setNlpConfigs(GraphCall &call);
GraphAnswer subscribeApp(GraphCall &call);
GraphAnswer unsubscribeApp(GraphCall &call);
GraphAnswer subscribedApps(GraphCall &call);

// handlers_conversations.cpp
GraphAnswer listConversations(GraphCall &call);
GraphAnswer conversationMessages(GraphCall &call);

// handlers_personas.cpp
GraphAnswer createPersona(GraphCall &call);
GraphAnswer listPersonas(GraphCall &call);
GraphAnswer fetchPersona(GraphCall &call);
GraphAnswer deletePersona(GraphCall &call);

// handlers_accounts.cpp
GraphAnswer debugToken(GraphCall &call);
GraphAnswer listPages(GraphCall &call);

} // namespace mdesk::sandbox::Handlers
