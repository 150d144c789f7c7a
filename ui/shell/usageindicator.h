#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace mdesk::api {
class GraphClient;
}

namespace mdesk::ui {

// The status bar's view of the Graph client: how many requests are in flight, and the
// app and Page usage the rate governor last read from Graph's usage headers for the
// current Page (percent of the allowed calls, CPU and time; the highest counts).
class UsageIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit UsageIndicator(QWidget *parent = nullptr);

    void setClient(api::GraphClient *client);
    // The Page whose usage is shown; empty ids show none.
    void setCurrentPage(const QString &appId, const QString &pageId);

    int inFlight() const { return m_inFlight; }
    int appPercent() const;
    int pagePercent() const;

private:
    void showInFlight(int count);
    void showUsage(int appPercent, int pagePercent);

    QPointer<api::GraphClient> m_client;
    QString m_appId;
    QString m_pageId;
    int m_inFlight = 0;
    QLabel *m_requests;
    QLabel *m_appLabel;
    QProgressBar *m_appGauge;
    QLabel *m_pageLabel;
    QProgressBar *m_pageGauge;
};

} // namespace mdesk::ui
