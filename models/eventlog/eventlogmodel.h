#pragma once

#include "api/graphevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
#include <deque>

class QIODevice;

namespace mdesk::models {

// The live event log: a bounded ring buffer of GraphEvents behind a table model.
//
// Contract: append() only queues; queued events become rows in one beginInsertRows batch
// when the flush timer fires (or flush() is called), so thousands of events per second
// cost a few model resets' worth of work, not one per event. When the log is full the
// oldest rows are removed (beginRemoveRows at the top) before new ones are inserted.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        TxIdColumn,
        OpColumn,
        PageColumn,
        StatusColumn,
        DurationColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role {
        EventJsonRole = Qt::UserRole + 1, // QJsonObject: the whole redacted event
        TxIdRole,                         // QString
        OpRole,                           // QString
        OutcomeRole,                      // int: api::EventOutcome
        PageRole,                         // QString "app/page"
    };

    static constexpr int DefaultCapacity = 50000;

    explicit EventLogModel(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    // Milliseconds between batches (0 flushes on the next event-loop turn).
    void setFlushInterval(int ms) { m_flushTimer.setInterval(ms); }

    // Names shown in the page column, keyed "APP_ID/PAGE_ID"; pages without one show their id.
    void setPageNames(const QHash<QString, QString> &names);

    void append(const api::GraphEvent &event);
    void flush();
    void clear();

    const api::GraphEvent &eventAt(int row) const { return m_events.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void trimTo(int rows);

    std::deque<api::GraphEvent> m_events;
    QHash<QString, QString> m_pageNames;
    std::vector<api::GraphEvent> m_pending;
    QTimer m_flushTimer;
    int m_capacity = DefaultCapacity;
};

} // namespace mdesk::models
