// bench: Insights over two years of daily values, four metrics, four Pages.
//   1. requests a 2-year fetch sends, against the fewest the 90-day rule allows;
//   2. time to open the charts from the cache, and to redraw on a range change.
// Prints figures; never fails on timing (machines here are shared and noisy).
#include "models/insights/insightscache.h"
#include "models/insights/insightsfetcher.h"
#include "models/insights/insightsrequestplan.h"
#include "ui/insights/insightspanel.h"

#include "api/graphclient.h"
#include "api/insightsmetrics.h"
#include "api/sandbox/insightsseries.h"
#include "api/sandbox/localgraph.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QListWidget>
#include <QSignalSpy>
#include <QTextStream>
#include <functional>

using namespace mdesk;

namespace {

QTextStream out(stdout);

struct Redraw
{
    double build = 0; // the charts rebuilt from the cache (synchronous)
    double paint = 0; // layout and painting of the visible charts
    double total() const { return build + paint; }
};

// Redraw time of the panel after fn (the redraw runs synchronously inside it).
Redraw timeRedraw(QWidget &panel, const std::function<void()> &fn)
{
    Redraw time;
    QElapsedTimer timer;
    timer.start();
    fn();
    time.build = timer.nsecsElapsed() / 1e6;
    timer.restart();
    panel.grab(); // lays out and paints, as the screen would
    time.paint = timer.nsecsElapsed() / 1e6;
    return time;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    sandbox::LocalGraph graph(sandbox::LocalGraph::demoOptions());
    if (!graph.listen()) {
        out << "bench_insights: LocalGraph cannot listen: " << graph.errorString() << '\n';
        return 1;
    }
    api::GraphClient client;
    graph.connectClient(client);
    QList<ui::InsightsPanel::PageChoice> pages;
    for (const auto &a : graph.apps()) {
        for (const auto &p : a.pages)
            pages.append({a.id, p.id, p.name});
    }
    pages = pages.mid(0, 4);
    const QStringList metrics = api::InsightsMetrics::currentNames();
    const int days = api::InsightsMetrics::kHistoryDays;

    // 1. A 2-year fetch of every metric on every Page.
    models::MemoryInsightsCache cache;
    int requests = 0, minimum = 0;
    QElapsedTimer fetchTimer;
    fetchTimer.start();
    for (const auto &page : pages) {
        models::InsightsFetcher fetcher(&client, &cache);
        models::InsightsRequest request{
            page.appId, page.pageId, metrics, QStringLiteral("day"), {}};
        request.range = {fetcher.today().addDays(-days), fetcher.today()};
        QSignalSpy finished(&fetcher, &models::InsightsFetcher::finished);
        fetcher.start(request);
        finished.wait(120000);
        requests += fetcher.requestsSent();
        minimum += int(metrics.size()) * models::InsightsRequestPlan::minimumRequests(
                                             fetcher.fetchableRange(request.range).days(),
                                             api::InsightsMetrics::kMaxDaysPerRequest);
        // Days LocalGraph does not keep are filled from its series, so the charts below
        // draw two full years.
        for (const QString &name : metrics) {
            const auto *metric = sandbox::InsightsSeries::find(name);
            models::DayValues values = cache.read(page.pageId, name, request.period, request.range);
            for (QDate day = request.range.from; day < request.range.until; day = day.addDays(1)) {
                if (values.value(day).isNull())
                    values.insert(day,
                                  sandbox::InsightsSeries::dailyValue(page.pageId, *metric, day));
            }
            cache.write(page.pageId, name, request.period, values, QDateTime::currentDateTimeUtc());
        }
    }
    out << "bench_insights: 2-year fetch, " << metrics.size() << " metrics x " << pages.size()
        << " Pages: " << requests << " requests (minimum the 90-day rule allows: " << minimum
        << ", ratio " << double(requests) / minimum << "), " << fetchTimer.elapsed() << " ms\n";

    // 2. The panel opening from the cache with every Page side by side, then range changes.
    ui::InsightsPanel panel(&client, &cache, pages.first());
    panel.setOtherPages(pages.mid(1));
    panel.resize(1600, 1200);
    auto *pageList = panel.findChild<QListWidget *>(QStringLiteral("pageList"));
    {
        const QSignalBlocker block(pageList);
        for (int i = 1; i < pageList->count(); ++i)
            pageList->item(i)->setCheckState(Qt::Checked);
    }
    auto *range = panel.findChild<QComboBox *>(QStringLiteral("rangeCombo"));
    {
        const QSignalBlocker block(range);
        range->setCurrentIndex(4); // 2 years
    }
    panel.show();
    const Redraw open = timeRedraw(panel, [&] { panel.reload(); });
    QSignalSpy fetched(&panel, &ui::InsightsPanel::fetchFinished);
    fetched.wait(20000);
    const int charts = int(metrics.size() * pages.size());
    out << "bench_insights: open " << charts << " charts x " << days
        << " days from the cache: " << open.total() << " ms (build " << open.build << ", paint "
        << open.paint << "; target < 100 ms)\n";
    const QList<std::pair<int, const char *>> changes{
        {1, "28 days"}, {2, "90 days"}, {3, "12 months"}, {4, "2 years"}, {0, "7 days"}};
    for (const auto &change : changes) {
        const int index = change.first;
        const char *label = change.second;
        const Redraw ms = timeRedraw(panel, [&] { range->setCurrentIndex(index); });
        QSignalSpy settled(&panel, &ui::InsightsPanel::fetchFinished);
        settled.wait(20000); // the fetch that follows asks Graph for nothing
        out << "bench_insights: redraw on range change to " << label << ": " << ms.total()
            << " ms (build " << ms.build << ", paint " << ms.paint << "; target < 100 ms)\n";
    }
    out.flush();
    return 0;
}
