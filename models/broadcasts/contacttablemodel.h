#pragma once

#include "models/store/contact.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace mdesk::store {
class Database;
}

namespace mdesk::models {

// The contacts of one Page as a table over the store, fetched in pages of kPageSize rows
// when a view asks for them (and at most kCachedPages kept), so 100,000 people scroll and
// filter without 100,000 rows in memory. Columns: name, PSID, last message, window (open
// with the time left, or closed), labels, unavailable.
//
// Contract: setFilter() resets the model (one COUNT query); data() of a row not cached
// reads its page (one query). refresh() after the store changed (a sync, an import).
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Psid, LastMessage, Window, Labels, Unavailable, ColumnCount };
    enum Role { PsidRole = Qt::UserRole + 1, WindowOpenRole };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 32;

    ContactTableModel(store::Database &database, QString pageId, QObject *parent = nullptr);

    void setFilter(const store::ContactFilter &filter);
    const store::ContactFilter &filter() const { return m_filter; }
    void refresh();
    // Label id -> name, for the Labels column.
    void setLabelNames(const QHash<QString, QString> &names);
    // The "now" windows are measured against; tests fix it.
    void setNow(qint64 nowMs);
    QString lastError() const { return m_error; }
    int pagesRead() const { return m_pagesRead; }

    QString psidAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const store::Contact *contactAt(int row) const;

    store::Database &m_database;
    QString m_pageId;
    store::ContactFilter m_filter;
    QHash<QString, QString> m_labelNames;
    int m_count = 0;
    qint64 m_now = 0;
    mutable QHash<int, QList<store::Contact>> m_pages;
    mutable QList<int> m_pageOrder; // least recently read first
    mutable int m_pagesRead = 0;
    mutable QString m_error;
};

} // namespace mdesk::models
