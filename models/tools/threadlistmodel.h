#pragma once

#include "models/store/contact.h"

#include <QAbstractListModel>
#include <QList>

namespace mdesk::store {
class Database;
}

namespace mdesk::models {

// The Page's threads as the store holds them after a conversation sync: one row per
// contact with a conversation, newest activity first (the thread's updated_time, else the
// newest message known), filtered by a substring of the name or PSID. At most kShown rows
// are kept (the newest); shownAll() says whether the search must narrow.
//
// Contract: setSearch() and refresh() reset the model (one pass over the store).
class ThreadListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        PsidRole = Qt::UserRole + 1,
        ConversationRole,
        NameRole,
        LastActivityRole, // qint64 ms since the epoch, 0 when unknown
        WindowOpenRole
    };
    static constexpr int kShown = 2000;

    ThreadListModel(store::Database *database, QString pageId, QObject *parent = nullptr);

    void setSearch(const QString &text);
    const QString &search() const { return m_search; }
    void refresh();
    // The "now" windows are measured against; tests fix it (0: the clock).
    void setNow(qint64 nowMs) { m_now = nowMs; }

    int matched() const { return m_matched; } // rows matching, before the kShown cap
    bool shownAll() const { return m_matched <= m_threads.size(); }
    QString lastError() const { return m_error; }
    const store::Contact *threadAt(int row) const;
    int rowOf(const QString &psid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static qint64 lastActivity(const store::Contact &contact);

private:
    qint64 now() const;

    store::Database *m_database;
    QString m_pageId;
    QString m_search;
    qint64 m_now = 0;
    QList<store::Contact> m_threads;
    int m_matched = 0;
    QString m_error;
};

} // namespace mdesk::models
