// The Audience & Insights tab offscreen against LocalGraph, driven by objectName.
#include "sandboxharness.h"

#include "ui/guitestkit.h"
#include "ui/insights/insightspanel.h"
#include "ui/insights/insightstab.h"
#include "ui/insights/metricchart.h"

#include "app/translationloader.h"
#include "models/insights/insightscache.h"
#include "models/insights/metricseries.h"

#include "api/sandbox/insightsseries.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QStyleOption>
#include <QTemporaryDir>
#include <QTranslator>

using namespace mdesk;
using namespace mdesk::ui;

namespace {
const QString kNew = QStringLiteral("page_messages_new_conversations_unique");
const QString kConnections = QStringLiteral("page_messages_total_messaging_connections");
const QString kActive = QStringLiteral("page_messages_active_threads_unique");
} // namespace

class TstInsightsTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void twentyEightDayChartEqualsTheSeries();
    void deprecatedMetricLeavesOthersDrawn();
    void previousPeriodComparison();
    void reopenUsesTheCache();
    void twoHundredDaysInNinetyDayPieces();
    void olderThanTwoYearsSaysWhy();
    void exportsCsvAndPng();
    void severalPagesSideBySide();
    void screenshots();

private:
    InsightsTab *openTab();
    bool waitFetched(InsightsTab *tab);
    int requests() const;
    double seriesValue(const QString &metric, QDate day, const QString &pageId = {}) const;

    std::unique_ptr<sandboxtest::SandboxHarness> m_harness;
    std::unique_ptr<models::MemoryInsightsCache> m_cache;
    std::unique_ptr<InsightsTab> m_tab;
    QList<api::GraphEvent> m_events;
};

void TstInsightsTab::init()
{
    m_harness = std::make_unique<sandboxtest::SandboxHarness>();
    m_cache = std::make_unique<models::MemoryInsightsCache>();
    m_events.clear();
    connect(m_harness->client().events(), &api::EventHub::published, this,
            [this](const api::GraphEvent &event) { m_events.append(event); });
}

void TstInsightsTab::cleanup()
{
    m_tab.reset();
    m_cache.reset();
    m_harness.reset();
}

InsightsTab *TstInsightsTab::openTab()
{
    PageContext context;
    context.client = &m_harness->client();
    context.page.appId = m_harness->appId(0);
    context.page.id = m_harness->pageId(0, 0);
    context.page.name = QStringLiteral("Demo Page");
    models::PageAccount other;
    other.appId = m_harness->appId(0);
    other.id = m_harness->pageId(0, 1);
    other.name = QStringLiteral("Second Page");
    auto *tab = new InsightsTab(context, m_cache.get(), nullptr, {context.page, other});
    tab->resize(1200, 900);
    return tab;
}

bool TstInsightsTab::waitFetched(InsightsTab *tab)
{
    QSignalSpy finished(tab->insights(), &InsightsPanel::fetchFinished);
    if (!tab->isVisible())
        tab->show();
    return finished.wait(20000);
}

int TstInsightsTab::requests() const
{
    int count = 0;
    for (const api::GraphEvent &event : m_events)
        count += event.outcome == api::EventOutcome::Started &&
                 event.op == QLatin1String("fetch_insights");
    return count;
}

double TstInsightsTab::seriesValue(const QString &metric, QDate day, const QString &pageId) const
{
    return sandbox::InsightsSeries::dailyValue(pageId.isEmpty() ? m_harness->pageId(0, 0) : pageId,
                                               *sandbox::InsightsSeries::find(metric), day)
        .toDouble();
}

void TstInsightsTab::twentyEightDayChartEqualsTheSeries()
{
    m_tab.reset(openTab());
    QVERIFY(waitFetched(m_tab.get()));
    auto *range = m_tab->findChild<QComboBox *>(QStringLiteral("rangeCombo"));
    QCOMPARE(range->currentData().toInt(), 28);
    const models::DayRange shown = m_tab->insights()->range();
    QCOMPARE(shown.days(), 28);
    QCOMPARE(shown.until, models::PacificDay::today());
    const QString page = m_harness->pageId(0, 0);
    for (const QString &metric : {kNew, kConnections}) {
        auto *chart =
            m_tab->findChild<MetricChart *>(QStringLiteral("chart_%1_%2").arg(metric, page));
        QVERIFY2(chart, qPrintable(metric));
        QVERIFY2(!chart->isEmptyState(), qPrintable(chart->emptyReason()));
        const QList<QPointF> points = chart->points(0);
        QCOMPARE(points.size(), 28);
        for (const QPointF &point : points)
            QCOMPARE(point.y(), seriesValue(metric, shown.from.addDays(int(point.x()))));
        // Hover names the exact day and value.
        const QString hover = chart->describe(0, 27);
        QVERIFY(hover.contains(QLocale().toString(shown.until.addDays(-1), QLocale::LongFormat)));
        QVERIFY(hover.contains(
            QLocale().toString(qint64(seriesValue(metric, shown.until.addDays(-1))))));
    }
    // A count totals; a level does not.
    auto *counts = m_tab->findChild<MetricChart *>(QStringLiteral("chart_%1_%2").arg(kNew, page));
    double total = 0;
    for (int i = 0; i < 28; ++i)
        total += seriesValue(kNew, shown.from.addDays(i));
    QVERIFY2(counts->summary().contains(QLocale().toString(qint64(total))),
             qPrintable(counts->summary()));
    auto *level =
        m_tab->findChild<MetricChart *>(QStringLiteral("chart_%1_%2").arg(kConnections, page));
    QVERIFY(!level->summary().contains(QStringLiteral("Total")));
    QCOMPARE(requests(), 4);
}

void TstInsightsTab::deprecatedMetricLeavesOthersDrawn()
{
    m_tab.reset(openTab());
    QVERIFY(waitFetched(m_tab.get()));
    auto *metrics = m_tab->findChild<QListWidget *>(QStringLiteral("metricList"));
    const auto items = metrics->findItems(QStringLiteral("Active threads"), Qt::MatchStartsWith);
    QCOMPARE(items.size(), 1);
    QVERIFY(items.first()->text().contains(QStringLiteral("deprecated")));
    QSignalSpy finished(m_tab->insights(), &InsightsPanel::fetchFinished);
    items.first()->setCheckState(Qt::Checked);
    QVERIFY(finished.wait(20000));
    const QString page = m_harness->pageId(0, 0);
    auto *deprecated =
        m_tab->findChild<MetricChart *>(QStringLiteral("chart_%1_%2").arg(kActive, page));
    QVERIFY(deprecated);
    QVERIFY(deprecated->isEmptyState());
    QVERIFY2(deprecated->emptyReason().contains(QStringLiteral("2019-04-30")),
             qPrintable(deprecated->emptyReason()));
    QVERIFY(deprecated->emptyReason().contains(QStringLiteral("valid insights metric")));
    auto *drawn = m_tab->findChild<MetricChart *>(QStringLiteral("chart_%1_%2").arg(kNew, page));
    QVERIFY(!drawn->isEmptyState());
    QCOMPARE(drawn->points(0).size(), 28);
    // Combined: the others are drawn, the deprecated one is named with its reason.
    m_tab->findChild<QComboBox *>(QStringLiteral("layoutCombo"))->setCurrentIndex(1);
    auto *combined = m_tab->findChild<MetricChart *>(QStringLiteral("chart_combined_%1").arg(page));
    QVERIFY(combined && !combined->isEmptyState());
    QCOMPARE(combined->seriesCount(), 4);
    QVERIFY(combined->summary().contains(QStringLiteral("2019-04-30")));
}

void TstInsightsTab::previousPeriodComparison()
{
    m_tab.reset(openTab());
    QVERIFY(waitFetched(m_tab.get()));
    QSignalSpy finished(m_tab->insights(), &InsightsPanel::fetchFinished);
    m_tab->findChild<QCheckBox *>(QStringLiteral("compareCheck"))->setChecked(true);
    QVERIFY(finished.wait(20000));
    const models::DayRange shown = m_tab->insights()->range();
    auto *chart = m_tab->findChild<MetricChart *>(
        QStringLiteral("chart_%1_%2").arg(kNew, m_harness->pageId(0, 0)));
    QCOMPARE(chart->seriesCount(), 2);
    double now = 0, before = 0;
    for (int i = 0; i < 28; ++i) {
        now += seriesValue(kNew, shown.from.addDays(i));
        before += seriesValue(kNew, shown.previous().from.addDays(i));
        QCOMPARE(chart->points(1).at(i).y(), seriesValue(kNew, shown.previous().from.addDays(i)));
    }
    const double change = (now - before) / before * 100.0;
    const QString expected = (change >= 0 ? QStringLiteral("+") : QString()) +
                             QLocale().toString(change, 'f', 1) + QStringLiteral(" %");
    QVERIFY2(chart->summary().contains(expected),
             qPrintable(chart->summary() + QStringLiteral(" / ") + expected));
}

void TstInsightsTab::reopenUsesTheCache()
{
    m_tab.reset(openTab());
    QVERIFY(waitFetched(m_tab.get()));
    QCOMPARE(requests(), 4);
    m_tab.reset(openTab());
    QVERIFY(waitFetched(m_tab.get()));
    QCOMPARE(requests(), 4); // nothing new in the event log
    auto *chart = m_tab->findChild<MetricChart *>(
        QStringLiteral("chart_%1_%2").arg(kNew, m_harness->pageId(0, 0)));
    QCOMPARE(chart->points(0).size(), 28);
    QCOMPARE(m_tab->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(),
             QStringLiteral("Opened from the local cache; Graph was not asked."));
    // Refresh asks the last 3 days of each metric again: one request each.
    QSignalSpy finished(m_tab->insights(), &InsightsPanel::fetchFinished);
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("refreshButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(requests(), 8);
}

void TstInsightsTab::twoHundredDaysInNinetyDayPieces()
{
    m_tab.reset(openTab());
    QVERIFY(waitFetched(m_tab.get()));
    m_events.clear();
    auto *metrics = m_tab->findChild<QListWidget *>(QStringLiteral("metricList"));
    for (int i = 0; i < metrics->count(); ++i) // keep only new conversations
        metrics->item(i)->setCheckState(
            metrics->item(i)->data(Qt::UserRole) == kNew ? Qt::Checked : Qt::Unchecked);
    QSignalSpy finished(m_tab->insights(), &InsightsPanel::fetchFinished);
    m_tab->findChild<QComboBox *>(QStringLiteral("rangeCombo"))->setCurrentIndex(5); // Custom
    const QDate today = models::PacificDay::today();
    m_tab->findChild<QDateEdit *>(QStringLiteral("toEdit"))->setDate(today.addDays(-1));
    m_tab->findChild<QDateEdit *>(QStringLiteral("fromEdit"))->setDate(today.addDays(-200));
    QTRY_VERIFY(!m_tab->insights()->isFetching());
    QCOMPARE(m_tab->insights()->range().days(), 200);
    // 28 days were cached: the other 172 take two pieces of at most 90 days.
    QCOMPARE(requests(), 2);
    for (const api::GraphEvent &event : std::as_const(m_events)) {
        if (event.outcome != api::EventOutcome::Started)
            continue;
        const QJsonObject query = event.data.value(QStringLiteral("request"))
                                      .toObject()
                                      .value(QStringLiteral("query"))
                                      .toObject();
        QVERIFY(query.value(QStringLiteral("until")).toString().toLongLong() -
                    query.value(QStringLiteral("since")).toString().toLongLong() <=
                90 * 86400);
    }
}

void TstInsightsTab::olderThanTwoYearsSaysWhy()
{
    m_tab.reset(openTab());
    QVERIFY(waitFetched(m_tab.get()));
    m_events.clear();
    m_tab->findChild<QComboBox *>(QStringLiteral("rangeCombo"))->setCurrentIndex(5);
    const QDate today = models::PacificDay::today();
    m_tab->findChild<QDateEdit *>(QStringLiteral("toEdit"))->setDate(today.addDays(-760));
    m_tab->findChild<QDateEdit *>(QStringLiteral("fromEdit"))->setDate(today.addDays(-800));
    QTRY_VERIFY(!m_tab->insights()->isFetching());
    auto *chart = m_tab->findChild<MetricChart *>(
        QStringLiteral("chart_%1_%2").arg(kNew, m_harness->pageId(0, 0)));
    QVERIFY(chart->isEmptyState());
    QVERIFY2(chart->emptyReason().contains(QStringLiteral("two years")),
             qPrintable(chart->emptyReason()));
    QCOMPARE(requests(), 0);
}

void TstInsightsTab::exportsCsvAndPng()
{
    m_tab.reset(openTab());
    QVERIFY(waitFetched(m_tab.get()));
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("insights.csv"));
    QVERIFY(m_tab->insights()->exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("date,metric,period,value"));
    QCOMPARE(lines.size(), 1 + 28 * 4);
    const QDate first = m_tab->insights()->range().from;
    const QByteArray expected = first.toString(Qt::ISODate).toUtf8() + ',' + kNew.toUtf8() +
                                ",day," + QByteArray::number(qint64(seriesValue(kNew, first)));
    QVERIFY2(lines.contains(expected), expected.constData());

    const QString pngPath = dir.filePath(QStringLiteral("insights.png"));
    QVERIFY(m_tab->insights()->exportPng(pngPath));
    const QImage image(pngPath);
    QVERIFY(!image.isNull());
    auto *chart = m_tab->findChild<MetricChart *>(
        QStringLiteral("chart_%1_%2").arg(kNew, m_harness->pageId(0, 0)));
    QVERIFY(image.height() >= 4 * chart->view()->height());
    QCOMPARE(image.width(), chart->view()->grab().width());
}

void TstInsightsTab::severalPagesSideBySide()
{
    m_tab.reset(openTab());
    QVERIFY(waitFetched(m_tab.get()));
    auto *pages = m_tab->findChild<QListWidget *>(QStringLiteral("pageList"));
    QCOMPARE(pages->count(), 2);
    QSignalSpy finished(m_tab->insights(), &InsightsPanel::fetchFinished);
    pages->item(1)->setCheckState(Qt::Checked);
    QVERIFY(finished.wait(20000));
    const QString second = m_harness->pageId(0, 1);
    auto *chart = m_tab->findChild<MetricChart *>(QStringLiteral("chart_%1_%2").arg(kNew, second));
    QVERIFY(chart && !chart->isEmptyState());
    const QDate from = m_tab->insights()->range().from;
    QCOMPARE(chart->points(0).first().y(), seriesValue(kNew, from, second));
    QVERIFY(chart->title().contains(QStringLiteral("Second Page")));
}

// The visible pixels of the check indicator of a list's row, against the list's Base: grey
// 40 of 255 or more away from it (Fusion's own box on the dark palette: about 10).
static int itemIndicatorPixels(QListWidget *list, int row)
{
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.rect = list->visualItemRect(list->item(row));
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    option.text = list->item(row)->text();
    const QRect indicator =
        list->style()
            ->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list)
            .adjusted(-1, -1, 1, 1);
    const QImage image = list->viewport()->grab().toImage();
    const int base = qGray(list->palette().color(QPalette::Base).rgb());
    int visible = 0;
    for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
        for (int x = indicator.left(); x <= indicator.right(); ++x)
            visible +=
                image.rect().contains(x, y) && std::abs(qGray(image.pixel(x, y)) - base) >= 40;
    }
    return visible;
}

void TstInsightsTab::screenshots()
{
    m_tab.reset(openTab());
    QVERIFY(waitFetched(m_tab.get()));
    m_tab->findChild<QCheckBox *>(QStringLiteral("compareCheck"))->setChecked(true);
    QTRY_VERIFY(!m_tab->insights()->isFetching());
    QVERIFY(!guitest::saveScreenshot(m_tab.get(), QStringLiteral("insights-light")).isEmpty());
    m_tab->setPalette(guitest::darkPalette());
    // Dark: an unchecked Page and a deprecated metric keep a visible box.
    auto *pages = m_tab->findChild<QListWidget *>(QStringLiteral("pageList"));
    auto *metrics = m_tab->findChild<QListWidget *>(QStringLiteral("metricList"));
    const int side = pages->style()->pixelMetric(QStyle::PM_IndicatorWidth);
    QCOMPARE(pages->item(1)->checkState(), Qt::Unchecked);
    QVERIFY2(itemIndicatorPixels(pages, 1) >= 2 * side, "invisible box on the dark palette");
    const int deprecated = metrics->count() - 1;
    QCOMPARE(metrics->item(deprecated)->checkState(), Qt::Unchecked);
    QVERIFY2(itemIndicatorPixels(metrics, deprecated) >= 2 * side,
             "invisible box on the dark palette");
    QVERIFY(!guitest::saveScreenshot(m_tab.get(), QStringLiteral("insights-dark")).isEmpty());
    m_tab->setPalette(QPalette());

    // German: the app's own translation, texts and dates in the user's locale.
    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("messenger-desk"),
                        QStringLiteral("_"), app::TranslationLoader::resourceDirectory()));
    QCoreApplication::installTranslator(&german);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_tab.reset(openTab());
    QCOMPARE(m_tab->findChild<QCheckBox *>(QStringLiteral("compareCheck"))->text(),
             QStringLiteral("Mit dem vorherigen Zeitraum &vergleichen"));
    m_tab->findChild<QComboBox *>(QStringLiteral("layoutCombo"))->setCurrentIndex(1);
    QVERIFY(waitFetched(m_tab.get()));
    QVERIFY(!guitest::saveScreenshot(m_tab.get(), QStringLiteral("insights-german")).isEmpty());
    // Long German titles wrap (deprecated entries onto a second line) rather than widen the
    // tab: it was 1228 pixels at least, more than a 1280 screen leaves beside the page list.
    QVERIFY2(m_tab->minimumSizeHint().width() <= 1100,
             qPrintable(QString::number(m_tab->minimumSizeHint().width())));
    m_tab.reset();
    QCoreApplication::removeTranslator(&german);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TstInsightsTab)
#include "tst_insightstab.moc"
