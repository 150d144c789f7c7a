#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mdesk::models {
class BroadcastBook;
}

namespace mdesk::ui {

class ReportView;

// History: every broadcast of the Page from the store, newest first, with its state and
// counts (so it is all there after a restart), and the chosen one's report per person.
// Interrupted, paused, stopped and scheduled ones can be resumed: only pending people get
// the message; unknown ones are never sent again by themselves.
//
// Contract: resumeRequested(id) when the user asks to resume; the owner runs it.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(models::BroadcastBook *book, QWidget *parent = nullptr);

    void reload();
    ReportView *report() const { return m_report; }
    QTableWidget *table() const { return m_table; }
    void select(qint64 id);

Q_SIGNALS:
    void resumeRequested(qint64 id);

private:
    void showSelected();
    qint64 selectedId() const;

    models::BroadcastBook *m_book;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_resume;
    ReportView *m_report;
};

} // namespace mdesk::ui
