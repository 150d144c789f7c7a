#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace mdesk::sandbox {

// One message of a conversation thread.
struct ThreadMessage
{
    QString id;
    QString text;
    bool fromPage = false;
    qint64 at = 0; // Unix seconds
};

// A person who wrote to a page: their thread and when they last wrote (which opens the
// 24-hour window of graph-api.md section 7). The thread's first messages are derived from
// `seed` when someone asks for them, so 100,000 contacts cost a few numbers each; the
// messages the page sends later are kept in `sent`.
struct Contact
{
    QString psid;
    QString threadId;          // "t_<digits>"
    int person = -1;           // index in SandboxState::persons
    quint32 seed = 0;          // derives the generated messages
    qint64 lastInbound = 0;    // Unix seconds of the person's newest message
    bool unavailable = false;  // blocked the Page or left Messenger: sends answer 551
    QList<ThreadMessage> sent; // the page's messages through the Send API, oldest first
};

// The contacts of one page, with their threads newest first as list_conversations pages
// them. Generated messages always end with the person's message at lastInbound, so moving
// lastInbound (POST /__sandbox/contacts) moves the whole generated thread with it.
class ContactBook
{
public:
    // Adds a contact; false when the PSID or the thread id already has one.
    bool add(const Contact &contact);
    Contact *byPsid(const QString &psid);
    const Contact *byPsid(const QString &psid) const;
    const Contact *byThread(const QString &threadId) const;
    const QList<Contact> &all() const { return m_contacts; }
    qsizetype size() const { return m_contacts.size(); }

    // The page sent a message to the contact (the thread's updated_time moves).
    void appendSent(const QString &psid, const ThreadMessage &message);
    void setLastInbound(const QString &psid, qint64 at);
    void setUnavailable(const QString &psid, bool unavailable);
    void clear();

    // The thread's messages, newest first: the generated ones and the sent ones.
    static QList<ThreadMessage> messages(const Contact &contact);
    // The time of the thread's newest message.
    static qint64 updatedTime(const Contact &contact);
    // Indexes into all(), newest thread first (ties: in the order added).
    const QList<int> &newestFirst() const;

private:
    QList<Contact> m_contacts;
    QHash<QString, int> m_byPsid;
    QHash<QString, int> m_byThread;
    mutable QList<int> m_order;
    mutable bool m_orderValid = false;
};

} // namespace mdesk::sandbox
