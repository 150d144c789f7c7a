#include "models/insights/storeaudiencesource.h"

#include "models/store/contactprofiles.h"
#include "models/store/contactstore.h"
#include "models/store/labelindex.h"

namespace mdesk::models {

StoreAudienceSource::StoreAudienceSource(store::Database &database)
    : m_database(database)
{}

std::optional<QList<AudienceStatsPerson>> StoreAudienceSource::people(const QString &pageId)
{
    store::ContactProfiles profiles(m_database, pageId);
    const auto read = profiles.read();
    if (!read) {
        m_error = profiles.lastError();
        return std::nullopt;
    }
    QHash<QString, store::ContactProfile> profileOf;
    for (const store::ContactProfile &profile : *read)
        profileOf.insert(profile.psid, profile);
    store::ContactStore contacts(m_database, pageId);
    QList<AudienceStatsPerson> people;
    const bool ok = contacts.forEach({}, [&people, &profileOf](const store::Contact &contact) {
        AudienceStatsPerson person;
        if (const auto it = profileOf.constFind(contact.psid); it != profileOf.cend()) {
            person.profileRead = true;
            person.locale = it->locale;
            person.gender = it->gender;
            if (it->timezone)
                person.timezone = AudienceStats::timezoneKey(*it->timezone);
        }
        person.firstSeenMs = contact.firstSeen;
        person.lastInboundMs = contact.lastInbound;
        person.unavailable = contact.unavailable;
        person.blocked = contact.blocked;
        people.append(person);
        return true;
    });
    if (!ok) {
        m_error = contacts.lastError();
        return std::nullopt;
    }
    return people;
}

std::optional<QList<AudienceLabelSize>> StoreAudienceSource::labels(const QString &pageId)
{
    store::LabelIndex index(m_database, pageId);
    const auto known = index.labels();
    if (!known) {
        m_error = index.lastError();
        return std::nullopt;
    }
    QList<AudienceLabelSize> sizes;
    for (const store::KnownLabel &label : *known) {
        const std::optional<int> members = index.memberCount(label.id);
        if (!members) {
            m_error = index.lastError();
            return std::nullopt;
        }
        sizes.append({label.id, label.name, *members});
    }
    return sizes;
}

} // namespace mdesk::models
