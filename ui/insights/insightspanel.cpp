#include "ui/insights/insightspanel.h"

#include "ui/insights/chartfill.h"
#include "ui/insights/insightsexport.h"
#include "ui/insights/metricchart.h"
#include "ui/widgets/checkindicatorstyle.h"

#include "models/insights/insightsfetcher.h"
#include "models/insights/metricseries.h"

#include "api/insightsmetrics.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace mdesk::ui {

namespace {
QString failureKey(const QString &pageId, const QString &metric)
{
    return pageId + QLatin1Char('\n') + metric;
}
// Failures asking again cannot mend: an unknown or deprecated metric, a missing permission.
bool isLasting(const api::GraphError &error)
{
    return error.code == 100 || error.category == api::ErrorCategory::Permission;
}
} // namespace

InsightsPanel::InsightsPanel(api::GraphClient *client, models::InsightsCache *cache,
                             PageChoice page, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_cache(cache)
    , m_page(std::move(page))
{
    setObjectName(QStringLiteral("insightsPanel"));
    m_chartsHost = new QWidget;
    m_chartsHost->setObjectName(QStringLiteral("chartsHost"));
    m_chartsGrid = new QGridLayout(m_chartsHost);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("chartsArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_chartsHost);
    scroll->setFrameShape(QFrame::NoFrame);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto *right = new QVBoxLayout;
    right->addWidget(buildControls());
    right->addWidget(scroll, 1);
    right->addWidget(m_status);

    auto *left = new QVBoxLayout;
    auto *metricsLabel = new QLabel(tr("&Metrics"));
    metricsLabel->setBuddy(m_metricList);
    auto *pagesLabel = new QLabel(tr("&Pages side by side"));
    pagesLabel->setBuddy(m_pageList);
    left->addWidget(metricsLabel);
    left->addWidget(m_metricList, 2);
    left->addWidget(pagesLabel);
    left->addWidget(m_pageList, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);
    setOtherPages({});
    // Unchecked metrics and Pages keep a visible box on a dark palette.
    CheckIndicatorStyle::applyTo(this);
}

QWidget *InsightsPanel::buildControls()
{
    m_metricList = new QListWidget;
    m_metricList->setObjectName(QStringLiteral("metricList"));
    for (const api::InsightsMetric &metric : api::InsightsMetrics::all()) {
        auto *item = new QListWidgetItem(metric.title(), m_metricList);
        item->setData(Qt::UserRole, metric.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(metric.isCurrent() ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(metric.description() + QLatin1Char('\n') + metric.name);
    }
    // As wide as the longest title; a deprecated entry's date wraps onto a second line
    // rather than widening the tab beyond a laptop screen (German titles are long).
    m_metricList->setMinimumWidth(m_metricList->sizeHintForColumn(0) +
                                  2 * m_metricList->frameWidth() + 8);
    m_metricList->setWordWrap(true);
    m_metricList->setResizeMode(QListView::Adjust);
    connect(m_metricList, &QListWidget::itemChanged, this, &InsightsPanel::selectionChanged);

    m_pageList = new QListWidget;
    m_pageList->setObjectName(QStringLiteral("pageList"));
    markDeprecated();
    connect(m_pageList, &QListWidget::itemChanged, this, &InsightsPanel::selectionChanged);

    m_rangeCombo = new QComboBox;
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    m_rangeCombo->addItem(tr("Last 7 days"), 7);
    m_rangeCombo->addItem(tr("Last 28 days"), 28);
    m_rangeCombo->addItem(tr("Last 90 days"), 90);
    m_rangeCombo->addItem(tr("Last 12 months"), 365);
    m_rangeCombo->addItem(tr("Last 2 years"), api::InsightsMetrics::kHistoryDays);
    m_rangeCombo->addItem(tr("Custom"), 0);
    m_rangeCombo->setCurrentIndex(1);
    m_fromEdit = new QDateEdit;
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit = new QDateEdit;
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setAccessibleName(tr("Last day"));
    m_periodCombo = new QComboBox;
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_periodCombo->addItem(tr("Day"), QStringLiteral("day"));
    m_periodCombo->addItem(tr("Week (7 days up to each day)"), QStringLiteral("week"));
    m_periodCombo->addItem(tr("28 days (up to each day)"), QStringLiteral("days_28"));
    m_layoutCombo = new QComboBox;
    m_layoutCombo->setObjectName(QStringLiteral("layoutCombo"));
    m_layoutCombo->addItem(tr("One chart per metric"));
    m_layoutCombo->addItem(tr("All metrics on one chart"));
    m_compareCheck = new QCheckBox(tr("&Compare with the previous period"));
    m_compareCheck->setObjectName(QStringLiteral("compareCheck"));
    m_refreshButton = new QPushButton(tr("&Refresh"));
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(tr("Ask Graph for the last 3 days again; it revises them."));
    auto *csvButton = new QPushButton(tr("Export &CSV…"));
    csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    auto *pngButton = new QPushButton(tr("Export P&NG…"));
    pngButton->setObjectName(QStringLiteral("exportPngButton"));

    setToday({});
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, &InsightsPanel::onRangeChoice);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &InsightsPanel::selectionChanged);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &InsightsPanel::selectionChanged);
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &InsightsPanel::selectionChanged);
    connect(m_layoutCombo, &QComboBox::currentIndexChanged, this, &InsightsPanel::selectionChanged);
    connect(m_compareCheck, &QCheckBox::toggled, this, &InsightsPanel::selectionChanged);
    connect(m_refreshButton, &QPushButton::clicked, this, &InsightsPanel::refresh);
    connect(csvButton, &QPushButton::clicked, this, [this] { chooseFile(false); });
    connect(pngButton, &QPushButton::clicked, this, [this] { chooseFile(true); });

    auto *controls = new QWidget;
    auto *grid = new QGridLayout(controls);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        return label;
    };
    grid->addWidget(labelled(tr("R&ange:"), m_rangeCombo), 0, 0);
    grid->addWidget(m_rangeCombo, 0, 1);
    grid->addWidget(labelled(tr("&From:"), m_fromEdit), 0, 2);
    grid->addWidget(m_fromEdit, 0, 3);
    grid->addWidget(labelled(tr("&To:"), m_toEdit), 0, 4);
    grid->addWidget(m_toEdit, 0, 5);
    grid->addWidget(m_refreshButton, 0, 7);
    grid->addWidget(labelled(tr("P&eriod:"), m_periodCombo), 1, 0);
    grid->addWidget(m_periodCombo, 1, 1);
    grid->addWidget(labelled(tr("&Layout:"), m_layoutCombo), 1, 2);
    grid->addWidget(m_layoutCombo, 1, 3, 1, 3);
    grid->addWidget(m_compareCheck, 2, 0, 1, 4);
    grid->addWidget(csvButton, 1, 7);
    grid->addWidget(pngButton, 2, 7);
    grid->setColumnStretch(6, 1);
    return controls;
}

void InsightsPanel::markDeprecated()
{
    // Deprecated metrics stay checkable (an old Graph version may still answer) but greyed,
    // with their date and, on hover, the reason.
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    const QSignalBlocker blocker(m_metricList);
    for (int i = 0; i < m_metricList->count(); ++i) {
        QListWidgetItem *item = m_metricList->item(i);
        const api::InsightsMetric *metric =
            api::InsightsMetrics::find(item->data(Qt::UserRole).toString());
        if (!metric || metric->isCurrent())
            continue;
        item->setText(tr("%1 (deprecated %2)")
                          .arg(metric->title(), metric->deprecatedSince.toString(Qt::ISODate)));
        item->setToolTip(metric->deprecationReason() + QLatin1Char('\n') + metric->name);
        item->setForeground(grey);
    }
}

void InsightsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_metricList)
        markDeprecated();
}

void InsightsPanel::setOtherPages(const QList<PageChoice> &pages)
{
    QSet<QString> checked;
    for (int i = 1; i < m_pageList->count(); ++i) {
        if (m_pageList->item(i)->checkState() == Qt::Checked)
            checked.insert(m_pageList->item(i)->data(Qt::UserRole).toString());
    }
    m_others = pages;
    const QSignalBlocker blocker(m_pageList);
    m_pageList->clear();
    auto *own =
        new QListWidgetItem(m_page.name.isEmpty() ? m_page.pageId : m_page.name, m_pageList);
    own->setData(Qt::UserRole, m_page.pageId);
    own->setFlags(Qt::ItemIsUserCheckable); // always shown: the tab's own Page
    own->setCheckState(Qt::Checked);
    for (const PageChoice &page : pages) {
        if (page.pageId == m_page.pageId)
            continue;
        auto *item = new QListWidgetItem(page.name.isEmpty() ? page.pageId : page.name, m_pageList);
        item->setData(Qt::UserRole, page.pageId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(page.pageId) ? Qt::Checked : Qt::Unchecked);
    }
}

void InsightsPanel::setToday(QDate today)
{
    m_today = today;
    for (models::InsightsFetcher *fetcher : std::as_const(m_fetchers))
        fetcher->setToday(today);
    const QSignalBlocker fromBlock(m_fromEdit), toBlock(m_toEdit);
    const QDate now = this->today();
    m_fromEdit->setDateRange(now.addDays(-api::InsightsMetrics::kHistoryDays - 365),
                             now.addDays(-1));
    m_toEdit->setDateRange(now.addDays(-api::InsightsMetrics::kHistoryDays - 365), now.addDays(-1));
    onRangeChoice();
}

QDate InsightsPanel::today() const
{
    return m_today.isValid() ? m_today : models::PacificDay::today();
}

void InsightsPanel::onRangeChoice()
{
    const int days = m_rangeCombo->currentData().toInt();
    const bool custom = days == 0;
    m_fromEdit->setEnabled(custom);
    m_toEdit->setEnabled(custom);
    if (!custom) {
        const QSignalBlocker fromBlock(m_fromEdit), toBlock(m_toEdit);
        m_fromEdit->setDate(today().addDays(-days));
        m_toEdit->setDate(today().addDays(-1));
        selectionChanged();
    }
}

models::DayRange InsightsPanel::range() const
{
    // The To field is the last day shown; ranges are until-exclusive.
    return {m_fromEdit->date(), m_toEdit->date().addDays(1)};
}

QString InsightsPanel::period() const
{
    return m_periodCombo->currentData().toString();
}

QStringList InsightsPanel::selectedMetrics() const
{
    QStringList names;
    for (int i = 0; i < m_metricList->count(); ++i) {
        if (m_metricList->item(i)->checkState() == Qt::Checked)
            names.append(m_metricList->item(i)->data(Qt::UserRole).toString());
    }
    return names;
}

QList<InsightsPanel::PageChoice> InsightsPanel::selectedPages() const
{
    QList<PageChoice> pages{m_page};
    for (const PageChoice &page : m_others) {
        for (int i = 1; i < m_pageList->count(); ++i) {
            const QListWidgetItem *item = m_pageList->item(i);
            if (item->data(Qt::UserRole).toString() == page.pageId &&
                item->checkState() == Qt::Checked)
                pages.append(page);
        }
    }
    return pages;
}

MetricChart *InsightsPanel::chart(const QString &metric, const QString &pageId) const
{
    return m_charts.value(QStringLiteral("chart_%1_%2").arg(metric, pageId));
}

models::InsightsFetcher *InsightsPanel::fetcherFor(const PageChoice &page)
{
    if (auto *fetcher = m_fetchers.value(page.pageId))
        return fetcher;
    auto *fetcher = new models::InsightsFetcher(m_client, m_cache, this);
    fetcher->setToday(m_today);
    const QString pageId = page.pageId;
    connect(fetcher, &models::InsightsFetcher::metricFailed, this,
            [this, pageId](const QString &metric, const api::GraphError &error) {
                m_failures.insert(failureKey(pageId, metric), error);
            });
    connect(
        fetcher, &models::InsightsFetcher::metricFetched, this,
        [this, pageId](const QString &metric) { m_failures.remove(failureKey(pageId, metric)); });
    connect(fetcher, &models::InsightsFetcher::finished, this, [this, fetcher] {
        m_fetching = std::max(0, m_fetching - 1);
        m_asked += fetcher->requestsSent();
        if (m_fetching == 0)
            m_status->setText(m_asked == 0 ? tr("Opened from the local cache; Graph was not asked.")
                                           : tr("Up to date with Graph."));
        // Nothing asked: the cache drawn before the fetch is still what there is.
        const bool waiting =
            std::any_of(m_charts.cbegin(), m_charts.cend(),
                        [](const MetricChart *chart) { return chart->isEmptyState(); });
        if (fetcher->requestsSent() > 0 || !fetcher->failures().isEmpty() || waiting)
            redraw();
        if (m_fetching == 0)
            Q_EMIT fetchFinished();
    });
    m_fetchers.insert(page.pageId, fetcher);
    return fetcher;
}

void InsightsPanel::selectionChanged()
{
    if (m_opened) // nothing is read or fetched before the panel was first opened
        reload();
}

void InsightsPanel::reload()
{
    m_opened = true;
    startFetch(false); // queues the requests, so the charts below know what is coming
    redraw();
}

void InsightsPanel::refresh()
{
    startFetch(true);
}

void InsightsPanel::startFetch(bool refresh)
{
    if (!m_client || !m_cache)
        return;
    const models::DayRange shown = range();
    if (m_fetching == 0)
        m_asked = 0;
    for (const PageChoice &page : selectedPages()) {
        models::InsightsRequest request;
        request.appId = page.appId;
        request.pageId = page.pageId;
        request.period = period();
        request.range = m_compareCheck->isChecked()
                            ? models::DayRange{shown.previous().from, shown.until}
                            : shown;
        for (const QString &metric : selectedMetrics()) {
            const auto failure = m_failures.constFind(failureKey(page.pageId, metric));
            if (refresh || failure == m_failures.constEnd() || !isLasting(*failure))
                request.metrics.append(metric);
        }
        if (refresh)
            request.range = {today().addDays(-3), today()};
        if (request.metrics.isEmpty())
            continue;
        models::InsightsFetcher *fetcher = fetcherFor(page);
        if (!fetcher->isRunning())
            ++m_fetching;
        fetcher->start(request, refresh ? models::InsightsFetcher::Mode::AllDays
                                        : models::InsightsFetcher::Mode::MissingDays);
    }
    if (m_fetching > 0) {
        m_status->setText(tr("Showing the cached days; asking Graph for the missing ones…"));
    } else {
        m_status->setText(tr("Opened from the local cache; Graph was not asked."));
        QTimer::singleShot(0, this, [this] {
            if (m_fetching == 0)
                Q_EMIT fetchFinished();
        });
    }
}

void InsightsPanel::redraw()
{
    const QList<PageChoice> pages = selectedPages();
    const QStringList metrics = selectedMetrics();
    const bool combined = m_layoutCombo->currentIndex() == 1;

    // Which charts: one per metric and Page, or one per Page; keep those that stay.
    QList<std::pair<QString, QStringList>> wanted; // objectName, metrics
    QList<std::pair<int, int>> cells;
    for (int column = 0; column < pages.size(); ++column) {
        const QString &pageId = pages.at(column).pageId;
        if (combined) {
            if (!metrics.isEmpty()) {
                wanted.append({QStringLiteral("chart_combined_%1").arg(pageId), metrics});
                cells.append({0, column});
            }
            continue;
        }
        for (int row = 0; row < metrics.size(); ++row) {
            wanted.append(
                {QStringLiteral("chart_%1_%2").arg(metrics.at(row), pageId), {metrics.at(row)}});
            cells.append({row, column});
        }
    }
    // One layout pass for all charts, not one per chart.
    m_chartsHost->setUpdatesEnabled(false);
    QHash<QString, MetricChart *> kept;
    for (int i = 0; i < wanted.size(); ++i) {
        const QString &name = wanted.at(i).first;
        MetricChart *chart = m_charts.take(name);
        if (!chart) {
            chart = new MetricChart(m_chartsHost);
            chart->setObjectName(name);
        }
        m_chartsGrid->addWidget(chart, cells.at(i).first, cells.at(i).second);
        kept.insert(name, chart);
    }
    qDeleteAll(m_charts);
    m_charts = kept;
    for (int i = 0; i < wanted.size(); ++i) {
        const PageChoice &page = pages.at(cells.at(i).second);
        drawChart(m_charts.value(wanted.at(i).first), page, wanted.at(i).second);
    }
    m_chartsHost->setUpdatesEnabled(true);
    Q_EMIT chartsUpdated();
}

void InsightsPanel::drawChart(MetricChart *chart, const PageChoice &page,
                              const QStringList &metrics)
{
    ChartRequest request;
    request.pageId = page.pageId;
    request.pageName = page.name.isEmpty() ? page.pageId : page.name;
    request.metrics = metrics;
    request.range = range();
    request.period = period();
    request.compare = m_compareCheck->isChecked();
    request.oldestKept = today().addDays(-api::InsightsMetrics::kHistoryDays);
    request.fetching = m_fetchers.value(page.pageId) && m_fetchers.value(page.pageId)->isRunning();
    request.failure = [this, &page](const QString &metric) -> std::optional<api::GraphError> {
        const auto failure = m_failures.constFind(failureKey(page.pageId, metric));
        if (failure == m_failures.constEnd())
            return std::nullopt;
        return *failure;
    };
    ChartFill::fill(chart, m_cache, request);
}

bool InsightsPanel::exportCsv(const QString &path, QString *error) const
{
    if (!m_cache) {
        if (error)
            *error = tr("The insights cache is not available.");
        return false;
    }
    return InsightsExport::writeCsv(*m_cache, m_page.pageId, selectedMetrics(), period(), range(),
                                    path, error);
}

bool InsightsPanel::exportPng(const QString &path, QString *error) const
{
    QList<MetricChart *> charts;
    for (int i = 0; i < m_chartsGrid->count(); ++i)
        charts.append(qobject_cast<MetricChart *>(m_chartsGrid->itemAt(i)->widget()));
    return InsightsExport::writePng(charts, palette().color(QPalette::Base), path, error);
}

void InsightsPanel::chooseFile(bool png)
{
    const QString path = QFileDialog::getSaveFileName(
        this, png ? tr("Export Charts as PNG") : tr("Export Insights as CSV"), QString(),
        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(png ? exportPng(path, &error) : exportCsv(path, &error)))
        m_status->setText(tr("The export failed: %1").arg(error));
    else
        m_status->setText(tr("Exported to %1.").arg(path));
}

} // namespace mdesk::ui
