#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mdesk::models {

// One person a broadcast may go to, as the store knows them. known = false: a PSID from a
// file or a paste that the store has no contact for (the app cannot tell their window).
struct AudiencePerson
{
    QString psid;
    QString name;
    QDateTime lastInbound; // invalid: never wrote (as far as the app knows)
    bool unavailable = false;
    bool known = true;
    QStringList labels;

    static constexpr qint64 kWindowSecs = 24 * 3600;
    // Open when their last message is under 24 hours old at now.
    bool windowOpen(const QDateTime &now) const
    {
        return lastInbound.isValid() && lastInbound.secsTo(now) < kWindowSecs;
    }
    QDateTime windowClosesAt() const { return lastInbound.addSecs(kWindowSecs); }
};

} // namespace mdesk::models
