#include "models/broadcasts/contacttablemodel.h"

#include "models/store/contactstore.h"

#include <QDateTime>
#include <QLocale>

namespace mdesk::models {

ContactTableModel::ContactTableModel(store::Database &database, QString pageId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_pageId(std::move(pageId))
    , m_now(QDateTime::currentMSecsSinceEpoch())
{
    refresh();
}

void ContactTableModel::setFilter(const store::ContactFilter &filter)
{
    m_filter = filter;
    refresh();
}

void ContactTableModel::setNow(qint64 nowMs)
{
    m_now = nowMs;
    refresh();
}

void ContactTableModel::setLabelNames(const QHash<QString, QString> &names)
{
    m_labelNames = names;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, Labels), index(m_count - 1, Labels));
}

void ContactTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    store::ContactFilter filter = m_filter;
    filter.nowMs = m_now;
    store::ContactStore contacts(m_database, m_pageId);
    const auto count = contacts.count(filter);
    m_count = count.value_or(0);
    m_error = count ? QString() : contacts.lastError();
    endResetModel();
}

const store::Contact *ContactTableModel::contactAt(int row) const
{
    const int page = row / kPageSize;
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        store::ContactFilter filter = m_filter;
        filter.nowMs = m_now;
        store::ContactStore contacts(m_database, m_pageId);
        const auto rows = contacts.list(filter, page * kPageSize, kPageSize);
        ++m_pagesRead;
        if (!rows) {
            m_error = contacts.lastError();
            return nullptr;
        }
        if (m_pageOrder.size() >= kCachedPages)
            m_pages.remove(m_pageOrder.takeFirst());
        found = m_pages.insert(page, *rows);
        m_pageOrder.append(page);
    }
    const int offset = row % kPageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

QString ContactTableModel::psidAt(int row) const
{
    const store::Contact *contact = contactAt(row);
    return contact ? contact->psid : QString();
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    const store::Contact *contact = contactAt(index.row());
    if (!contact)
        return {};
    const bool open = contact->windowOpen(m_now);
    if (role == PsidRole)
        return contact->psid;
    if (role == WindowOpenRole)
        return open;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return contact->name;
    case Psid:
        return contact->psid;
    case LastMessage:
        return contact->lastInbound
                   ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*contact->lastInbound),
                                        QLocale::ShortFormat)
                   : tr("never");
    case Window: {
        if (!open)
            return tr("closed");
        const qint64 leftMin = (*contact->lastInbound + store::kMessagingWindowMs - m_now) / 60000;
        return tr("open, %1 h %2 min left").arg(leftMin / 60).arg(leftMin % 60);
    }
    case Labels: {
        QStringList names;
        for (const QString &id : contact->labels)
            names.append(m_labelNames.value(id, id));
        return names.join(QStringLiteral(", "));
    }
    case Unavailable:
        return contact->unavailable ? tr("unavailable")
                                    : (contact->blocked ? tr("blocked") : QString());
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Psid:
        return tr("PSID");
    case LastMessage:
        return tr("Last message");
    case Window:
        return tr("24-hour window");
    case Labels:
        return tr("Labels");
    case Unavailable:
        return tr("Reachable");
    default:
        return {};
    }
}

} // namespace mdesk::models

#include "moc_contacttablemodel.cpp"
