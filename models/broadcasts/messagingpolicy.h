#pragma once

#include <QString>
#include <QStringList>

namespace mdesk::models {

// Which messaging type and tag a broadcast may use (graph-api.md section 3 and 7): UPDATE
// inside the 24-hour window; HUMAN_AGENT (a person answering, within 7 days) only for one
// person at a time; the retired tags are never offered and are refused with their date.
namespace MessagingPolicy {

inline const QString HumanAgent = QStringLiteral("HUMAN_AGENT");

// The tags the composer offers for an audience of audienceSize people ("" = no tag).
QStringList offeredTags(int audienceSize);
// Why a messaging type / tag cannot be used for this audience; empty when it can.
QString refusal(const QString &messagingType, const QString &tag, int audienceSize);
bool isRetiredTag(const QString &tag);

} // namespace MessagingPolicy

} // namespace mdesk::models
