#include "democontacts.h"

#include "demodata.h"

#include <algorithm>

namespace mdesk::sandbox {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

quint32 contactSeed(quint32 seed, int pageIndex, int index)
{
    quint32 x = seed ^ (quint32(pageIndex) * 0x9e3779b9u) ^ (quint32(index) * 0x85ebca6bu);
    x ^= x >> 16;
    x *= 0x7feb352du;
    x ^= x >> 15;
    x *= 0x846ca68bu;
    x ^= x >> 16;
    return x;
}

// How long ago contact `index` last wrote (see the header for the pattern).
qint64 ageSeconds(int index, quint32 dice)
{
    switch (index % 6) {
    case 0:
    case 2:
        return 10 * kMinute + qint64(dice % quint32(22 * kHour - 10 * kMinute));
    case 1:
    case 4:
        return qint64(1.2 * kDay) + qint64(dice % quint32(5.3 * kDay));
    default:
        return 8 * kDay + qint64(dice % quint32(22 * kDay));
    }
}

QString threadIdFor(int pageIndex, int index)
{
    return QStringLiteral("t_") +
           QString::number(Q_UINT64_C(3100000000000000) + quint64(pageIndex) * 1000000000000u +
                           quint64(index) * 7u + 3u);
}

QString generatedPsid(int pageIndex, int index)
{
    return QString::number(Q_UINT64_C(2470000000000000) + quint64(pageIndex) * 1000000000000u +
                           quint64(index) * 1009u + 31u);
}

int pageIndexOf(const SandboxState &state, const PageState &page)
{
    return int(state.pageOrder.indexOf(page.id));
}

// A new person who uses this page only.
int addPerson(SandboxState &state, PageState &page, const QString &psid, const QString &name)
{
    Person person = DemoData::person(int(state.persons.size()));
    if (!name.isEmpty()) {
        person.firstName = name.section(QLatin1Char(' '), 0, 0);
        person.lastName = name.section(QLatin1Char(' '), 1);
    }
    person.psidByPage.insert(page.id, psid);
    const int index = int(state.persons.size());
    state.persons.append(person);
    page.psids.append(psid);
    state.registerObject(psid, {ObjectKind::User, page.id, page.appId, index});
    return index;
}

} // namespace

void DemoContacts::populate(SandboxState &state, PageState &page, int pageIndex, int count,
                            quint32 seed)
{
    const qint64 now = state.now().toSecsSinceEpoch();
    count = std::clamp(count, 0, kMaxPerPage);
    state.persons.reserve(state.persons.size() + std::max<qsizetype>(0, count - page.psids.size()));
    for (int i = 0; i < count; ++i) {
        Contact contact;
        if (i < page.psids.size()) {
            contact.psid = page.psids.at(i);
            contact.person = state.object(contact.psid).person;
        } else {
            contact.psid = generatedPsid(pageIndex, i);
            contact.person = addPerson(state, page, contact.psid, {});
        }
        contact.threadId = threadIdFor(pageIndex, i);
        contact.seed = contactSeed(seed, pageIndex, i);
        contact.lastInbound = now - ageSeconds(i, contact.seed >> 3);
        contact.unavailable = i % 13 == 11;
        state.registerObject(contact.threadId,
                             {ObjectKind::Conversation, page.id, page.appId, contact.person});
        page.contacts.add(contact);
    }
}

Contact *DemoContacts::ensure(SandboxState &state, PageState &page, const QString &psid,
                              const QString &name)
{
    if (Contact *known = page.contacts.byPsid(psid))
        return known;
    const ObjectRef ref = state.object(psid);
    int person = -1;
    if (ref.kind == ObjectKind::User && ref.pageId == page.id)
        person = ref.person;
    else if (ref.kind == ObjectKind::None)
        person = addPerson(state, page, psid, name);
    else
        return nullptr;
    const int pageIndex = pageIndexOf(state, page);
    Contact contact;
    contact.psid = psid;
    contact.person = person;
    int index = int(page.contacts.size());
    while (state.object(threadIdFor(pageIndex, index)).kind != ObjectKind::None)
        ++index;
    contact.threadId = threadIdFor(pageIndex, index);
    contact.seed = contactSeed(0x5eed, pageIndex, index);
    contact.lastInbound = state.now().toSecsSinceEpoch();
    state.registerObject(contact.threadId,
                         {ObjectKind::Conversation, page.id, page.appId, contact.person});
    page.contacts.add(contact);
    return page.contacts.byPsid(psid);
}

} // namespace mdesk::sandbox
