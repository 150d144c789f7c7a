#pragma once

#include "models/accounts/appaccount.h"

#include <QDockWidget>

class QAction;
class QLabel;
class QTableView;
class QToolButton;

namespace mdesk::api {
class EventHub;
}
namespace mdesk::models {
class EventFilterProxy;
class EventLogModel;
} // namespace mdesk::models
namespace mdesk::store {
class EventJournal;
}

namespace mdesk::ui {

class EventDetailView;
class EventFilterBar;

// The live event log: every Graph call's events (started, then succeeded, failed, erred
// or retry_scheduled) in a bounded EventLogModel behind an EventFilterProxy, newest at the
// bottom. A filter bar narrows by tx_id, operation, outcome, Page and free text; the
// selected event's redacted request and response show beside the table. Rows can be
// copied as JSON or as a curl command (the token written as $TOKEN), and the rows the
// filter shows can be exported as JSON lines.
//
// With an event journal attached, earlier runs' events (from the local database) show
// above this run's, under an "Earlier runs" heading, and the tx_id and text filters search
// the whole journal: the earlier section then holds the journal's matches.
//
// It stays responsive under load: the model inserts in batches, and columns have fixed
// widths instead of being measured per insert.
class EventLogDock : public QDockWidget
{
    Q_OBJECT
public:
    // The range Log Size offers (the settings clamp to the same range).
    static constexpr int MinCapacity = 1000;
    static constexpr int MaxCapacity = 1000000;

    explicit EventLogDock(QWidget *parent = nullptr);

    // How many earlier events the earlier section holds at most.
    static constexpr int EarlierLimit = 2000;

    // Subscribes to a client's events. One hub at a time.
    void attach(api::EventHub *hub);
    // Reads earlier runs from the journal now and on every tx_id or text filter change;
    // nullptr removes the earlier section. The journal must outlive the dock or be
    // detached first.
    void attachJournal(store::EventJournal *journal);
    // Reads the earlier section again (after a filter change, or to show new CLI runs).
    void reloadEarlier();

    int capacity() const;
    void setCapacity(int capacity);
    // The Pages the Page filter offers, and the names shown in the Page column.
    void setKnownPages(const QList<models::PageAccount> &pages);

    models::EventLogModel *model() const { return m_model; }
    models::EventFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    EventFilterBar *filterBar() const { return m_filters; }
    EventDetailView *detail() const { return m_detail; }

    // Makes a row of the filtered view current; false when there is no such row.
    bool selectRow(int row);
    // The current event as pretty JSON, and as a curl command; empty without one.
    QString currentEventJson() const;
    QString currentCurl() const;
    // Writes the rows the filter shows, in order, as JSON lines (one event per line) to
    // path. False with a sentence in *error when the file cannot be written.
    bool exportJsonLines(const QString &path, QString *error = nullptr);

    QAction *exportAction() const { return m_exportAction; }
    QAction *copyJsonAction() const { return m_copyJsonAction; }
    QAction *copyCurlAction() const { return m_copyCurlAction; }
    QAction *filterTxIdAction() const { return m_filterTxIdAction; }
    QAction *clearLogAction() const { return m_clearLogAction; }

public Q_SLOTS:
    void filterByTxId(const QString &txId);
    void clearFilters();
    void exportWithDialog();
    void copyJson();
    void copyCurl();
    void filterByCurrentTxId();
    void clearLog();
    void focusSearch();

Q_SIGNALS:
    // The user chose another capacity; the window stores it in the settings.
    void capacityChanged(int capacity);
    void statusMessage(const QString &message);

private:
    void createActions();
    QWidget *createToolRow();
    void setColumnWidths();
    void onCurrentRowChanged();
    void updateCount();
    void updateHeadingSpans();
    void askCapacity();
    QJsonObject currentEvent() const;

    models::EventLogModel *m_model;
    models::EventFilterProxy *m_proxy;
    EventFilterBar *m_filters;
    QTableView *m_view;
    EventDetailView *m_detail;
    QLabel *m_count;
    QToolButton *m_follow = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyJsonAction = nullptr;
    QAction *m_copyCurlAction = nullptr;
    QAction *m_filterTxIdAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_clearLogAction = nullptr;
    QAction *m_capacityAction = nullptr;
    QMetaObject::Connection m_hubConnection;
    store::EventJournal *m_journal = nullptr;
    QString m_earlierTxId;
    QString m_earlierText;
};

} // namespace mdesk::ui
