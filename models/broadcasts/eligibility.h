#pragma once

#include "models/broadcasts/audienceperson.h"

#include <QDateTime>
#include <QList>

namespace mdesk::models {

// Who of an audience a broadcast can reach at a time now (graph-api.md section 7): the
// window of each person is 24 hours from their own last message. The summary the user
// sees before sending; each group keeps the people so the UI can expand it to names.
struct Eligibility
{
    QList<AudiencePerson> reachable;     // window open now
    QList<AudiencePerson> outsideWindow; // window closed (or never opened)
    QList<AudiencePerson> unavailable;   // 551 seen before: blocked the Page or left
    QList<AudiencePerson> unknown;       // PSIDs the store has no contact for
    QDateTime latestClosed; // when the most recently closed window closed; invalid if none
    QDateTime at;

    // Duplicates (same PSID) count once, in the first group that applies.
    static Eligibility of(const QList<AudiencePerson> &audience, const QDateTime &now);

    int total() const
    {
        return int(reachable.size() + outsideWindow.size() + unavailable.size() + unknown.size());
    }
    // "312 can be reached now; 88 outside the 24-hour window (...); 4 unavailable".
    QString summary() const;
};

} // namespace mdesk::models
