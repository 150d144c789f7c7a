#pragma once

#include "api/fieldrules.h"

#include <QJsonObject>
#include <QList>

namespace mdesk::models {

// The rules of a Send API "message" object (graph-api.md section 3), with dotted paths
// ("quick_replies[2].title", "attachment.payload.elements[0].buttons[1].url"). The
// composer, the CLI's --message-file and the runner all check a message here, and only
// here.
namespace MessageCheck {

QList<api::Violation> violations(const QJsonObject &message);

constexpr int kTextMax = 2000;
constexpr int kQuickRepliesMax = 13;
constexpr int kQuickReplyTitleMax = 20;
constexpr int kPayloadMax = 1000;
constexpr int kButtonTextMax = 640;
constexpr int kButtonsMax = 3;
constexpr int kButtonTitleMax = 20;
constexpr int kCardsMax = 10;
constexpr int kCardTitleMax = 80;

} // namespace MessageCheck

} // namespace mdesk::models
