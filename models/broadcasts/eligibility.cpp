#include "models/broadcasts/eligibility.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace mdesk::models {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("mdesk::models::Eligibility", text, nullptr, n);
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

Eligibility Eligibility::of(const QList<AudiencePerson> &audience, const QDateTime &now)
{
    Eligibility out;
    out.at = now;
    QSet<QString> seen;
    seen.reserve(audience.size());
    for (const AudiencePerson &person : audience) {
        if (seen.contains(person.psid))
            continue;
        seen.insert(person.psid);
        if (!person.known) {
            out.unknown.append(person);
        } else if (person.unavailable) {
            out.unavailable.append(person);
        } else if (person.windowOpen(now)) {
            out.reachable.append(person);
        } else {
            out.outsideWindow.append(person);
            if (person.lastInbound.isValid() &&
                (!out.latestClosed.isValid() || person.windowClosesAt() > out.latestClosed))
                out.latestClosed = person.windowClosesAt();
        }
    }
    return out;
}

QString Eligibility::summary() const
{
    QStringList parts;
    parts.append(tr("%n can be reached now", int(reachable.size())));
    if (!outsideWindow.isEmpty()) {
        if (latestClosed.isValid())
            parts.append(tr("%n outside the 24-hour window (the most recent closed at %1; a "
                            "window reopens when the person writes again)",
                            int(outsideWindow.size()))
                             .arg(when(latestClosed)));
        else
            parts.append(tr("%n outside the 24-hour window (they never wrote to the Page)",
                            int(outsideWindow.size())));
    }
    if (!unavailable.isEmpty())
        parts.append(tr("%n unavailable", int(unavailable.size())));
    if (!unknown.isEmpty())
        parts.append(tr("%n unknown to the app (no conversation synced)", int(unknown.size())));
    return parts.join(QStringLiteral("; "));
}

} // namespace mdesk::models
