#pragma once

#include "models/broadcasts/broadcastreport.h"

#include <QAbstractTableModel>

namespace mdesk::models {

// The per-person report of one broadcast: name, PSID, state and what happened (the
// message_id, the reason it was skipped, or the error in plain words with code and
// fbtrace_id). Rows can be added as the runner settles them.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Psid, State, Detail, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1 };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setReport(const BroadcastReport &report);
    const BroadcastReport &report() const { return m_report; }
    // Updates the rows of these people (or appends them).
    void apply(const QList<RecipientResult> &results);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Sent", "Skipped: the 24-hour window is closed", ... in words.
    static QString stateText(const QString &state);
    static QString detailText(const RecipientResult &result);

private:
    BroadcastReport m_report;
    QHash<QString, int> m_rowOf;
};

} // namespace mdesk::models
