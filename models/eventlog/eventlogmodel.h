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
// Above this run's events it can hold an "earlier" section read from the event journal:
// a heading row ("Earlier runs"), the earlier events, and a heading row ("This run").
// Heading rows have HeadingRole true and no event (EventJsonRole is an empty object).
// setEarlierEvents() replaces that section; the capacity bounds this run's events only.
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
        HeadingRole,                      // bool: a heading row, not an event
        EarlierRole,                      // bool: an event of an earlier run
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
    // Removes every row, the earlier section included.
    void clear();

    // Replaces the earlier section (events oldest first; empty removes it).
    void setEarlierEvents(const QList<api::GraphEvent> &events);
    // Rows of the earlier section, its two headings included; 0 without one.
    int earlierRowCount() const { return m_earlierRows; }
    int headingRowCount() const { return m_earlierRows > 0 ? 2 : 0; }
    bool isHeading(int row) const;

    const api::GraphEvent &eventAt(int row) const { return m_rows.at(std::size_t(row)).event; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    enum class RowKind : quint8 { Live, Earlier, EarlierHeading, LiveHeading };
    struct Row
    {
        api::GraphEvent event;
        RowKind kind = RowKind::Live;
    };

    void trimTo(int rows);
    int liveRowCount() const { return int(m_rows.size()) - m_earlierRows; }
    QVariant headingData(const Row &row, int column, int role) const;

    std::deque<Row> m_rows;
    int m_earlierRows = 0;
    QHash<QString, QString> m_pageNames;
    std::vector<api::GraphEvent> m_pending;
    QTimer m_flushTimer;
    int m_capacity = DefaultCapacity;
};

} // namespace mdesk::models
