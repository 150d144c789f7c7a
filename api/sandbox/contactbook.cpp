#include "contactbook.h"

#include <algorithm>
#include <array>

namespace mdesk::sandbox {

namespace {

// What people write to a small business, and what the business answers.
const std::array<const char *, 16> kPersonTexts{"Hi! Are you open on Sunday?",
                                                "Do you deliver to the city centre?",
                                                "Thanks, see you then!",
                                                "Can I still change my order?",
                                                "What time do you close today?",
                                                "Is there parking nearby?",
                                                "Great, I'll take two.",
                                                "Do you have anything gluten-free?",
                                                "My order hasn't arrived yet.",
                                                "Could you send me the price list?",
                                                "Perfect, thank you so much!",
                                                "Is it possible to pay by card?",
                                                "Hello, I have a question about my booking.",
                                                "Can I pick it up tomorrow morning?",
                                                "Do you have gift cards?",
                                                "👍"};
const std::array<const char *, 10> kPageTexts{
    "Hi! Yes, we're open from 9 to 5.",
    "Thanks for your message, we'll get back to you shortly.",
    "Your order is ready for pickup.",
    "Of course, I've updated it for you.",
    "We deliver within 5 km, free over 30 €.",
    "Here is our price list: https://example.com/prices",
    "Yes, cards and cash are both fine.",
    "See you tomorrow!",
    "Sorry for the wait, it leaves today.",
    "Happy to help!"};

// A stable mix of two numbers (splitmix-style), so each message gets its own dice.
quint32 mix(quint32 a, quint32 b)
{
    quint64 x = (quint64(a) << 32) ^ b;
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return quint32(x ^ (x >> 31));
}

} // namespace

bool ContactBook::add(const Contact &contact)
{
    if (m_byPsid.contains(contact.psid) || m_byThread.contains(contact.threadId))
        return false;
    const int index = int(m_contacts.size());
    m_contacts.append(contact);
    m_byPsid.insert(contact.psid, index);
    m_byThread.insert(contact.threadId, index);
    m_orderValid = false;
    return true;
}

Contact *ContactBook::byPsid(const QString &psid)
{
    const auto it = m_byPsid.constFind(psid);
    return it == m_byPsid.constEnd() ? nullptr : &m_contacts[it.value()];
}

const Contact *ContactBook::byPsid(const QString &psid) const
{
    return const_cast<ContactBook *>(this)->byPsid(psid);
}

const Contact *ContactBook::byThread(const QString &threadId) const
{
    const auto it = m_byThread.constFind(threadId);
    return it == m_byThread.constEnd() ? nullptr : &m_contacts.at(it.value());
}

void ContactBook::appendSent(const QString &psid, const ThreadMessage &message)
{
    if (Contact *contact = byPsid(psid)) {
        contact->sent.append(message);
        m_orderValid = false;
    }
}

void ContactBook::setLastInbound(const QString &psid, qint64 at)
{
    if (Contact *contact = byPsid(psid)) {
        contact->lastInbound = at;
        m_orderValid = false;
    }
}

void ContactBook::setUnavailable(const QString &psid, bool unavailable)
{
    if (Contact *contact = byPsid(psid))
        contact->unavailable = unavailable;
}

void ContactBook::clear()
{
    m_contacts.clear();
    m_byPsid.clear();
    m_byThread.clear();
    m_order.clear();
    m_orderValid = false;
}

QList<ThreadMessage> ContactBook::messages(const Contact &contact)
{
    // 2 to 5 generated messages, alternating, the newest from the person at lastInbound;
    // each earlier one 3 minutes to 4 hours before the next.
    const int count = 2 + int(contact.seed % 4);
    QList<ThreadMessage> generated;
    generated.reserve(count);
    qint64 at = contact.lastInbound;
    const QString stem = QStringLiteral("m_") + contact.threadId.mid(2) + QLatin1Char('_');
    for (int back = 0; back < count; ++back) {
        const quint32 dice = mix(contact.seed, quint32(back));
        ThreadMessage message;
        message.fromPage = back % 2 == 1;
        message.id = stem + QString::number(count - 1 - back);
        message.text =
            QString::fromUtf8(message.fromPage ? kPageTexts[dice % kPageTexts.size()]
                                               : kPersonTexts[dice % kPersonTexts.size()]);
        message.at = at;
        generated.append(message);
        at -= 180 + qint64(dice % (4 * 3600));
    }
    // Newest first: the sent ones (newest last in `sent`) merged with the generated ones.
    QList<ThreadMessage> all;
    all.reserve(generated.size() + contact.sent.size());
    for (auto it = contact.sent.crbegin(); it != contact.sent.crend(); ++it)
        all.append(*it);
    all.append(generated);
    std::stable_sort(all.begin(), all.end(),
                     [](const ThreadMessage &a, const ThreadMessage &b) { return a.at > b.at; });
    return all;
}

qint64 ContactBook::updatedTime(const Contact &contact)
{
    const qint64 sent = contact.sent.isEmpty() ? 0 : contact.sent.constLast().at;
    return std::max(contact.lastInbound, sent);
}

const QList<int> &ContactBook::newestFirst() const
{
    if (m_orderValid)
        return m_order;
    QList<std::pair<qint64, int>> keys;
    keys.reserve(m_contacts.size());
    for (int i = 0; i < int(m_contacts.size()); ++i)
        keys.append({updatedTime(m_contacts.at(i)), i});
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    m_order.clear();
    m_order.reserve(keys.size());
    for (const auto &key : std::as_const(keys))
        m_order.append(key.second);
    m_orderValid = true;
    return m_order;
}

} // namespace mdesk::sandbox
