#include "models/tools/threadlistmodel.h"

#include "models/store/contactstore.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace mdesk::models {

ThreadListModel::ThreadListModel(store::Database *database, QString pageId, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
    , m_pageId(std::move(pageId))
{
    refresh();
}

qint64 ThreadListModel::now() const
{
    return m_now ? m_now : QDateTime::currentMSecsSinceEpoch();
}

qint64 ThreadListModel::lastActivity(const store::Contact &contact)
{
    qint64 at = contact.updatedTime.value_or(0);
    at = std::max(at, contact.lastInbound.value_or(0));
    return std::max(at, contact.lastOutbound.value_or(0));
}

void ThreadListModel::setSearch(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    refresh();
}

void ThreadListModel::refresh()
{
    beginResetModel();
    m_threads.clear();
    m_matched = 0;
    m_error.clear();
    if (m_database) {
        store::ContactStore contacts(*m_database, m_pageId);
        store::ContactFilter filter;
        filter.text = m_search;
        const auto newer = [](const store::Contact &a, const store::Contact &b) {
            const qint64 x = lastActivity(a), y = lastActivity(b);
            return x != y ? x > y : a.psid > b.psid;
        };
        // Keeps the kShown newest without holding every contact of a large Page.
        const bool ok = contacts.forEach(filter, [&](const store::Contact &contact) {
            if (contact.conversationId.isEmpty())
                return true;
            ++m_matched;
            m_threads.append(contact);
            if (m_threads.size() > 2 * kShown) {
                std::sort(m_threads.begin(), m_threads.end(), newer);
                m_threads.resize(kShown);
            }
            return true;
        });
        if (!ok)
            m_error = contacts.lastError();
        std::sort(m_threads.begin(), m_threads.end(), newer);
        if (m_threads.size() > kShown)
            m_threads.resize(kShown);
    }
    endResetModel();
}

const store::Contact *ThreadListModel::threadAt(int row) const
{
    return row >= 0 && row < m_threads.size() ? &m_threads.at(row) : nullptr;
}

int ThreadListModel::rowOf(const QString &psid) const
{
    for (int i = 0; i < m_threads.size(); ++i) {
        if (m_threads.at(i).psid == psid)
            return i;
    }
    return -1;
}

int ThreadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_threads.size());
}

QVariant ThreadListModel::data(const QModelIndex &index, int role) const
{
    const store::Contact *contact = threadAt(index.row());
    if (!contact)
        return {};
    const qint64 last = lastActivity(*contact);
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = contact->name.isEmpty() ? contact->psid : contact->name;
        const QString when =
            last ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(last), QLocale::NarrowFormat)
                 : tr("no date");
        // Two lines: the name, then when and whether the window is open.
        return contact->windowOpen(now()) ? tr("%1\n%2 · window open").arg(name, when)
                                          : tr("%1\n%2").arg(name, when);
    }
    case Qt::ToolTipRole:
        return tr("PSID %1, conversation %2").arg(contact->psid, contact->conversationId);
    case PsidRole:
        return contact->psid;
    case ConversationRole:
        return contact->conversationId;
    case NameRole:
        return contact->name;
    case LastActivityRole:
        return last;
    case WindowOpenRole:
        return contact->windowOpen(now());
    default:
        return {};
    }
}

} // namespace mdesk::models

#include "moc_threadlistmodel.cpp"
