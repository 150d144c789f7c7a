#pragma once

#include "models/broadcasts/reporttablemodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace mdesk::ui {

// The per-person report of a broadcast with its counts, "Send again to the failed",
// "Send to those whose window reopened" and a CSV export. Used by Compose and send (live
// while a broadcast runs) and by History.
//
// Contract: sendAgainRequested(psids) / sendReopenedRequested(psids) carry the PSIDs of the
// report the user means; the owner decides (a new broadcast, after a summary).
class ReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportView(QWidget *parent = nullptr);

    models::ReportTableModel *model() const { return m_model; }
    void setReport(const models::BroadcastReport &report);
    void apply(const QList<models::RecipientResult> &results);
    // Writes the CSV; false with *error when the file cannot be written.
    bool exportCsv(const QString &path, QString *error) const;
    // What the counts line says while there is no report (the default suits Compose).
    void setEmptyText(const QString &text);

Q_SIGNALS:
    void sendAgainRequested(const QStringList &psids);
    void sendReopenedRequested(const QStringList &psids);

private:
    void updateCounts();

    models::ReportTableModel *m_model;
    QLabel *m_counts;
    QString m_emptyText;
    QTableView *m_table;
    QPushButton *m_sendAgain;
    QPushButton *m_sendReopened;
    QPushButton *m_export;
};

} // namespace mdesk::ui
