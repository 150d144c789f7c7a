#include "models/broadcasts/messagingpolicy.h"

#include <QCoreApplication>

namespace mdesk::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::models::MessagingPolicy", text);
}

} // namespace

bool MessagingPolicy::isRetiredTag(const QString &tag)
{
    static const QStringList retired{QStringLiteral("CONFIRMED_EVENT_UPDATE"),
                                     QStringLiteral("POST_PURCHASE_UPDATE"),
                                     QStringLiteral("ACCOUNT_UPDATE")};
    return retired.contains(tag);
}

QStringList MessagingPolicy::offeredTags(int audienceSize)
{
    QStringList tags{QString()};
    if (audienceSize == 1)
        tags.append(HumanAgent);
    return tags;
}

QString MessagingPolicy::refusal(const QString &messagingType, const QString &tag, int audienceSize)
{
    if (isRetiredTag(tag))
        return tr("The tag %1 was retired in 2026 (reported 2026-04-27); only HUMAN_AGENT is "
                  "left.")
            .arg(tag);
    if (!tag.isEmpty() && tag != HumanAgent)
        return tr("The tag %1 does not exist; only HUMAN_AGENT is left.").arg(tag);
    if (tag == HumanAgent && audienceSize != 1)
        return tr("HUMAN_AGENT is for a person answering one person; it cannot go to %1 "
                  "people at once.")
            .arg(audienceSize);
    if (messagingType == QLatin1String("MESSAGE_TAG") && tag.isEmpty())
        return tr("A MESSAGE_TAG message needs a tag.");
    if (!tag.isEmpty() && messagingType != QLatin1String("MESSAGE_TAG"))
        return tr("A tag goes with the messaging type MESSAGE_TAG.");
    if (messagingType != QLatin1String("UPDATE") && messagingType != QLatin1String("MESSAGE_TAG"))
        return tr("A broadcast uses the messaging type UPDATE (inside the 24-hour window) or "
                  "MESSAGE_TAG with HUMAN_AGENT.");
    return {};
}

} // namespace mdesk::models
