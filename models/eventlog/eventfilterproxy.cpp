#include "models/eventlog/eventfilterproxy.h"

#include "models/eventlog/eventlogmodel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mdesk::models {

EventFilterProxy::EventFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void EventFilterProxy::setTxId(const QString &txId)
{
    m_txId = txId;
    invalidateFilter();
}

void EventFilterProxy::setOp(const QString &op)
{
    m_op = op;
    invalidateFilter();
}

void EventFilterProxy::setOutcomes(const QSet<int> &outcomes)
{
    m_outcomes = outcomes;
    invalidateFilter();
}

void EventFilterProxy::setPage(const QString &page)
{
    m_page = page;
    invalidateFilter();
}

void EventFilterProxy::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

void EventFilterProxy::clearFilters()
{
    m_txId.clear();
    m_op.clear();
    m_outcomes.clear();
    m_page.clear();
    m_text.clear();
    invalidateFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Headings stay, so a filtered view still shows which rows are from earlier runs.
    if (index.data(EventLogModel::HeadingRole).toBool())
        return true;
    if (!m_txId.isEmpty() && index.data(EventLogModel::TxIdRole).toString() != m_txId)
        return false;
    if (!m_op.isEmpty() && index.data(EventLogModel::OpRole).toString() != m_op)
        return false;
    if (!m_outcomes.isEmpty() &&
        !m_outcomes.contains(index.data(EventLogModel::OutcomeRole).toInt()))
        return false;
    if (!m_page.isEmpty()) {
        const QString page = index.data(EventLogModel::PageRole).toString();
        if (page != m_page && !page.endsWith(QLatin1Char('/') + m_page))
            return false;
    }
    if (!m_text.isEmpty()) {
        const QByteArray json =
            QJsonDocument(index.data(EventLogModel::EventJsonRole).toJsonObject())
                .toJson(QJsonDocument::Compact);
        if (!QString::fromUtf8(json).contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace mdesk::models

#include "moc_eventfilterproxy.cpp"
