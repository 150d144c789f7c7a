#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace mdesk::models {

// Filters an EventLogModel by tx_id, operation, outcome, page and free text. Every filter
// that is set must match; free text is searched in the whole redacted event JSON.
class EventFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxy(QObject *parent = nullptr);

    void setTxId(const QString &txId);           // exact match; empty: any
    void setOp(const QString &op);               // exact match; empty: any
    void setOutcomes(const QSet<int> &outcomes); // api::EventOutcome values; empty: any
    void setPage(const QString &page);           // "app/page" or page id; empty: any
    void setText(const QString &text);           // case-insensitive substring; empty: any
    void clearFilters();

    const QString &txId() const { return m_txId; }
    const QString &op() const { return m_op; }
    const QSet<int> &outcomes() const { return m_outcomes; }
    const QString &page() const { return m_page; }
    const QString &text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_txId;
    QString m_op;
    QSet<int> m_outcomes;
    QString m_page;
    QString m_text;
};

} // namespace mdesk::models
