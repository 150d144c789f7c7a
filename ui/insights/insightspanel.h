#pragma once

#include "models/insights/insightscache.h"

#include "api/grapherror.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace mdesk::api {
class GraphClient;
}
namespace mdesk::models {
class InsightsFetcher;
}

namespace mdesk::ui {

class MetricChart;

// The Insights half of the Audience & Insights tab: pick metrics, Pages, a range of Pacific
// days and a period; the charts open from the cache at once and only missing days are
// fetched. Refresh asks the last 3 days again (Graph revises them). Deprecated metrics are
// listed greyed with the reason; a Page on an old version may still ask for them.
//
// Charts are named "chart_<metric>_<page id>" (one per metric and Page) or
// "chart_combined_<page id>" (all metrics of a Page on one chart).
//
// Contract: nothing is read or fetched before the first reload() (the tab calls it when
// first shown); from then on every change of the controls redraws from the cache and
// fetches the missing days. chartsUpdated() after every redraw; fetchFinished(), from the
// event loop, when the fetches a change or Refresh started have all ended.
class InsightsPanel : public QWidget
{
    Q_OBJECT
public:
    struct PageChoice
    {
        QString appId;
        QString pageId;
        QString name;
    };

    InsightsPanel(api::GraphClient *client, models::InsightsCache *cache, PageChoice page,
                  QWidget *parent = nullptr);

    // Other Pages that can be shown side by side (the tab's own Page stays first).
    void setOtherPages(const QList<PageChoice> &pages);
    // The Pacific day treated as today (tests); default the real one.
    void setToday(QDate today);
    QDate today() const;

    models::DayRange range() const;
    QString period() const;
    QStringList selectedMetrics() const;
    MetricChart *chart(const QString &metric, const QString &pageId) const;
    bool isFetching() const { return m_fetching > 0; }

    // Writes date,metric,period,value of the shown range for this tab's Page.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // Writes the charts as one PNG (each chart's QChartView::grab(), stacked).
    bool exportPng(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void reload();  // redraw from the cache, then fetch the missing days
    void refresh(); // ask the last 3 days again

Q_SIGNALS:
    void chartsUpdated();
    void fetchFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildControls();
    void markDeprecated();
    void redraw();
    void selectionChanged();
    void startFetch(bool refresh);
    void onRangeChoice();
    QList<PageChoice> selectedPages() const;
    models::InsightsFetcher *fetcherFor(const PageChoice &page);
    void drawChart(MetricChart *chart, const PageChoice &page, const QStringList &metrics);
    void chooseFile(bool png);

    api::GraphClient *m_client;
    models::InsightsCache *m_cache;
    PageChoice m_page;
    QList<PageChoice> m_others;
    QDate m_today;

    QListWidget *m_metricList = nullptr;
    QListWidget *m_pageList = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QComboBox *m_periodCombo = nullptr;
    QComboBox *m_layoutCombo = nullptr;
    QCheckBox *m_compareCheck = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_chartsHost = nullptr;
    QGridLayout *m_chartsGrid = nullptr;
    QHash<QString, MetricChart *> m_charts; // by objectName

    QHash<QString, models::InsightsFetcher *> m_fetchers; // by page id
    QHash<QString, api::GraphError> m_failures;           // "page\nmetric" -> last failure
    int m_fetching = 0;
    bool m_opened = false;
    int m_asked = 0; // requests sent by the fetches since the panel was last idle
};

} // namespace mdesk::ui
