#include "models/eventlog/eventlogmodel.h"

#include <QJsonObject>
#include <QLocale>

namespace mdesk::models {

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventLogModel::flush);
}

void EventLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trimTo(m_capacity);
}

void EventLogModel::setPageNames(const QHash<QString, QString> &names)
{
    m_pageNames = names;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, PageColumn), index(rowCount() - 1, PageColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

void EventLogModel::append(const api::GraphEvent &event)
{
    m_pending.push_back(event);
    // Keep the queue bounded too, in case nothing flushes for a while.
    if (m_pending.size() > std::size_t(m_capacity))
        m_pending.erase(m_pending.begin(),
                        m_pending.begin() +
                            std::ptrdiff_t(m_pending.size() - std::size_t(m_capacity)));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void EventLogModel::trimTo(int rows)
{
    // This run's oldest events go first; the earlier section is bounded by its caller.
    const int excess = liveRowCount() - rows;
    if (excess <= 0)
        return;
    beginRemoveRows({}, m_earlierRows, m_earlierRows + excess - 1);
    m_rows.erase(m_rows.begin() + m_earlierRows, m_rows.begin() + m_earlierRows + excess);
    endRemoveRows();
}

void EventLogModel::setEarlierEvents(const QList<api::GraphEvent> &events)
{
    if (m_earlierRows > 0) {
        beginRemoveRows({}, 0, m_earlierRows - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + m_earlierRows);
        m_earlierRows = 0;
        endRemoveRows();
    }
    if (events.isEmpty())
        return;
    std::vector<Row> section;
    section.reserve(std::size_t(events.size()) + 2);
    section.push_back({{}, RowKind::EarlierHeading});
    for (const api::GraphEvent &event : events)
        section.push_back({event, RowKind::Earlier});
    section.push_back({{}, RowKind::LiveHeading});
    beginInsertRows({}, 0, int(section.size()) - 1);
    m_rows.insert(m_rows.begin(), std::make_move_iterator(section.begin()),
                  std::make_move_iterator(section.end()));
    m_earlierRows = int(section.size());
    endInsertRows();
}

bool EventLogModel::isHeading(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return false;
    const RowKind kind = m_rows.at(std::size_t(row)).kind;
    return kind == RowKind::EarlierHeading || kind == RowKind::LiveHeading;
}

void EventLogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty())
        return;
    trimTo(m_capacity - int(m_pending.size()));
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    for (auto &event : m_pending)
        m_rows.push_back({std::move(event), RowKind::Live});
    m_pending.clear();
    endInsertRows();
}

void EventLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_earlierRows = 0;
    m_pending.clear();
    endResetModel();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(std::size_t(index.row()));
    if (row.kind == RowKind::EarlierHeading || row.kind == RowKind::LiveHeading)
        return headingData(row, index.column(), role);
    const api::GraphEvent &event = row.event;
    switch (role) {
    case HeadingRole:
        return false;
    case EarlierRole:
        return row.kind == RowKind::Earlier;
    case EventJsonRole:
        return event.toJson();
    case TxIdRole:
        return event.transactionId;
    case OpRole:
        return event.op;
    case OutcomeRole:
        return int(event.outcome);
    case PageRole:
        return event.appId + QLatin1Char('/') + event.pageId;
    case Qt::ToolTipRole:
        if (index.column() == TxIdColumn)
            return event.transactionId;
        if (index.column() == PageColumn && !event.pageId.isEmpty())
            return tr("Page %1 of app %2").arg(event.pageId, event.appId);
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return event.occurredAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case TxIdColumn:
            return event.transactionId.left(8);
        case OpColumn:
            return event.op;
        case PageColumn:
            if (event.pageId.isEmpty())
                return {};
            return m_pageNames.value(event.appId + QLatin1Char('/') + event.pageId, event.pageId);
        case StatusColumn:
            return event.httpStatus ? QVariant(event.httpStatus) : QVariant();
        case DurationColumn:
            return event.outcome == api::EventOutcome::Started
                       ? QVariant()
                       : QVariant(tr("%1 ms").arg(QLocale().toString(event.durationMs)));
        case OutcomeColumn:
            return api::outcomeName(event.outcome);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant EventLogModel::headingData(const Row &row, int column, int role) const
{
    const bool earlier = row.kind == RowKind::EarlierHeading;
    switch (role) {
    case HeadingRole:
        return true;
    case EarlierRole:
        return earlier;
    case EventJsonRole:
        return QJsonObject();
    case Qt::DisplayRole:
        if (column == TimeColumn)
            return earlier ? tr("Earlier runs") : tr("This run");
        if (column == OpColumn)
            return earlier ? tr("%n event(s) from the local database", nullptr, m_earlierRows - 2)
                           : tr("Events since this window opened");
        return {};
    case Qt::ToolTipRole:
        return earlier ? tr("Events of earlier runs of Messenger Desk and of the command line, "
                            "kept in the local database.")
                       : tr("Events of this run.");
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case TxIdColumn:
        return tr("tx_id");
    case OpColumn:
        return tr("Operation");
    case PageColumn:
        return tr("Page");
    case StatusColumn:
        return tr("HTTP");
    case DurationColumn:
        return tr("Duration");
    case OutcomeColumn:
        return tr("Outcome");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace mdesk::models

#include "moc_eventlogmodel.cpp"
