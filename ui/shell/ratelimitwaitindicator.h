#pragma once

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStatusBar;
class QTimer;

namespace mdesk::api {
class GraphClient;
class GraphReply;
} // namespace mdesk::api

namespace mdesk::ui {

// The status bar's word on calls held back by Graph's rate limit: "Waiting 64 s for
// Graph's rate limit, until 14:03." (GraphClient::waiting) with a Cancel button that
// cancels every call still waiting. Hidden while no call waits: it hides when the waits
// are over (the last one's end time passed) or every waiting call finished.
//
// Contract: a click on Cancel calls GraphReply::cancel() on each waiting reply (each
// finishes with ErrorCategory::Cancelled) and shows "Cancelled %n call(s) ..." on the
// status bar it was made for.
class RateLimitWaitIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit RateLimitWaitIndicator(QStatusBar *statusBar);

    void setClient(api::GraphClient *client);

    // The calls waiting now (tests, and whether the widget shows).
    int waitingCount() const;
    QString text() const;

private:
    void onWaiting(api::GraphReply *reply, qint64 delayMs, const QDateTime &until,
                   const QString &message);
    void cancelWaiting();
    void refresh();

    QPointer<api::GraphClient> m_client;
    QStatusBar *m_statusBar;
    QList<QPointer<api::GraphReply>> m_waiting;
    QString m_message;
    QDateTime m_until; // the end of the longest wait
    QLabel *m_label;
    QPushButton *m_cancel;
    QTimer *m_over;
};

} // namespace mdesk::ui
