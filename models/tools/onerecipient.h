#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mdesk::models {

// One recipient of a single Send API call, in any form of graph-api.md section 3, with the
// rules that pick its messaging type and tag. The Send message form checks here as the user
// types; nothing is sent while problem() or typeProblem() says something.
struct OneRecipient
{
    QString form = QStringLiteral("id"); // a key of forms()
    QString value;
    QString firstName; // phone_number only, optional
    QString lastName;

    // id, user_ref, phone_number, post_id, comment_id, notification_messages_token,
    // one_time_notif_token: the order the form offers them.
    static const QStringList &forms();
    // "PSID (id)", "Phone number (customer matching)", ... for a combo box.
    static QString formLabel(const QString &form);
    // What a value of this form looks like, for a placeholder.
    static QString formHint(const QString &form);

    // Why the value cannot be sent; empty when it can.
    QString problem() const;
    // {"id": ...} / {"phone_number": ..., "name": {...}} ...
    QJsonObject json() const;

    // Why this messaging type and tag cannot carry message to this recipient; empty when
    // they can. RESPONSE, UPDATE, MESSAGE_TAG (only HUMAN_AGENT is left) or UTILITY (an
    // approved template); a private reply to a post or comment is a RESPONSE.
    QString typeProblem(const QString &messagingType, const QString &tag,
                        const QJsonObject &message) const;
};

} // namespace mdesk::models
