#include "ui/insights/audiencepanel.h"

#include "ui/insights/categorychart.h"
#include "ui/insights/metricchart.h"
#include "ui/insights/profilebreakdownview.h"

#include "models/insights/insightsfetcher.h"
#include "models/insights/metricseries.h"

#include "api/graphclient.h"

#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace mdesk::ui {

namespace {
const QString kNew = QStringLiteral("page_messages_new_conversations_unique");
const QString kBlocked = QStringLiteral("page_messages_blocked_conversations_unique");
const QString kReported = QStringLiteral("page_messages_reported_conversations_unique");
constexpr int kDays = 28;
constexpr int kSafetyWeeks = 12;

models::DailyPoints toPoints(const QMap<QDate, int> &counts)
{
    models::DailyPoints points;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        points.append(double(it.value()));
    return points;
}
} // namespace

AudiencePanel::AudiencePanel(api::GraphClient *client, models::InsightsCache *cache,
                             models::AudienceSource *source, QString appId, QString pageId,
                             QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_cache(cache)
    , m_source(source)
    , m_appId(std::move(appId))
    , m_pageId(std::move(pageId))
    , m_newChart(new MetricChart)
    , m_reachableChart(new MetricChart)
    , m_labelChart(new CategoryChart)
    , m_windowChart(new CategoryChart)
    , m_safetyChart(new CategoryChart)
    , m_status(new QLabel)
    , m_profile(new ProfileBreakdownView(client, m_appId, m_pageId))
{
    setObjectName(QStringLiteral("audiencePanel"));
    m_newChart->setObjectName(QStringLiteral("audienceNewChart"));
    m_newChart->setTitle(tr("New conversations per day (first seen by this app)"));
    m_reachableChart->setObjectName(QStringLiteral("audienceReachableChart"));
    m_reachableChart->setTitle(tr("People reachable at the end of each day (window open)"));
    m_labelChart->setObjectName(QStringLiteral("audienceLabelChart"));
    m_labelChart->setTitle(tr("People per label"));
    m_windowChart->setObjectName(QStringLiteral("audienceWindowChart"));
    m_windowChart->setTitle(tr("Messaging windows now"));
    m_safetyChart->setObjectName(QStringLiteral("safetyChart"));
    m_safetyChart->setTitle(tr("Safety: blocked and reported conversations per week"));
    m_status->setObjectName(QStringLiteral("audienceStatusLabel"));
    m_status->setWordWrap(true);
    connect(m_profile, &ProfileBreakdownView::reviewed, this, &AudiencePanel::updated);
    connect(m_profile, &ProfileBreakdownView::readFinished, this, &AudiencePanel::updated);
    // New profiles change the breakdown: read the people again.
    connect(m_profile, &ProfileBreakdownView::profilesStored, this, &AudiencePanel::reload);

    auto *host = new QWidget;
    auto *grid = new QGridLayout(host);
    grid->addWidget(m_status, 0, 0, 1, 2);
    grid->addWidget(m_newChart, 1, 0);
    grid->addWidget(m_reachableChart, 1, 1);
    grid->addWidget(m_labelChart, 2, 0);
    grid->addWidget(m_windowChart, 2, 1);
    grid->addWidget(m_safetyChart, 3, 0, 1, 2);
    grid->addWidget(m_profile, 4, 0, 1, 2);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(host);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void AudiencePanel::setProfileStore(store::Database *database)
{
    m_profile->setDatabase(database);
}

QDateTime AudiencePanel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void AudiencePanel::reload()
{
    const std::optional<QList<models::AudienceStatsPerson>> people =
        m_source ? m_source->people(m_pageId) : std::nullopt;
    if (!people) {
        const QString reason =
            m_source ? tr("The local store could not be read: %1").arg(m_source->lastError())
                     : tr("The local store is not available, so the app has no record of the "
                          "people this Page talked to.");
        m_status->setText(reason);
        m_newChart->showEmpty(reason);
        m_reachableChart->showEmpty(reason);
        m_windowChart->showEmpty(reason);
        m_labelChart->showEmpty(reason);
    } else {
        drawPeople(*people);
        drawLabels();
        m_profile->setPeople(*people);
    }
    drawSafety();
    if (!m_safetyAsked)
        fetchSafety();
    Q_EMIT updated();
}

void AudiencePanel::drawPeople(const QList<models::AudienceStatsPerson> &people)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate today = now().toTimeZone(zone).date();
    const models::DayRange range{today.addDays(-kDays + 1), today.addDays(1)};
    const qint64 nowMs = now().toMSecsSinceEpoch();
    int unavailable = 0, blocked = 0;
    for (const models::AudienceStatsPerson &person : people) {
        unavailable += person.unavailable;
        blocked += person.blocked;
    }
    const QLocale locale;
    m_status->setText(tr("%1 people known to this app; %2 unavailable (they blocked the Page or "
                         "left); %3 blocked.")
                          .arg(locale.toString(people.size()), locale.toString(unavailable),
                               locale.toString(blocked)));
    if (people.isEmpty()) {
        const QString reason = tr("The app knows nobody this Page talked to yet: sync the "
                                  "conversations or import PSIDs in Labels & Broadcasts.");
        m_newChart->showEmpty(reason);
        m_reachableChart->showEmpty(reason);
        m_windowChart->showEmpty(reason);
        return;
    }
    const auto fresh = models::AudienceStats::newPerDay(people, range, zone);
    const auto reachable = models::AudienceStats::reachablePerDay(people, range, zone, nowMs);
    int total = 0;
    for (int count : fresh)
        total += count;
    m_newChart->setSeries(range, {{tr("New conversations"), toPoints(fresh), false, false}},
                          tr("%1 new in the last %2 days").arg(locale.toString(total)).arg(kDays));
    const bool nobodyReachable =
        std::all_of(reachable.cbegin(), reachable.cend(), [](int count) { return count == 0; });
    // A flat line at zero says why, so it does not read as a chart that failed.
    m_reachableChart->setSeries(
        range, {{tr("Reachable"), toPoints(reachable), true, false}},
        nobodyReachable
            ? tr("Nobody was reachable at the end of these days: a person can be reached for "
                 "24 hours after writing to the Page.")
            : tr("%1 reachable now").arg(locale.toString(reachable.last())));

    const models::WindowShares shares = models::AudienceStats::windows(people, nowMs);
    const auto percent = [&](int part) {
        return locale.toString(100.0 * part / std::max(1, shares.total()), 'f', 0);
    };
    m_windowChart->setData(
        {tr("Open"), tr("Closing soon"), tr("Closed")},
        {{tr("People"), {double(shares.open), double(shares.closing), double(shares.closed)}}},
        tr("%1 % open, %2 % closing within 6 hours, %3 % closed")
            .arg(percent(shares.open), percent(shares.closing), percent(shares.closed)));
}

void AudiencePanel::drawLabels()
{
    const auto labels = m_source->labels(m_pageId);
    if (!labels) {
        m_labelChart->showEmpty(
            tr("The label index could not be read: %1").arg(m_source->lastError()));
        return;
    }
    if (labels->isEmpty()) {
        m_labelChart->showEmpty(tr("The app knows no label of this Page yet: labels appear once "
                                   "they are listed, created or used from this app."));
        return;
    }
    QStringList names;
    QList<double> sizes;
    for (const models::AudienceLabelSize &label : *labels) {
        // Category names must be unique: the id tells apart labels of the same name.
        const QString name = label.name.isEmpty() ? label.id : label.name;
        names.append(names.contains(name) ? tr("%1 (%2)").arg(name, label.id) : name);
        sizes.append(label.members);
    }
    m_labelChart->setData(names, {{tr("People"), sizes}});
}

void AudiencePanel::fetchSafety()
{
    if (!m_client || !m_cache)
        return;
    m_safetyAsked = true;
    auto *fetcher = new models::InsightsFetcher(m_client, m_cache, this);
    models::InsightsRequest request{
        m_appId, m_pageId, {kNew, kBlocked, kReported}, QStringLiteral("day"), {}};
    request.range = {fetcher->today().addDays(-7 * kSafetyWeeks), fetcher->today()};
    connect(fetcher, &models::InsightsFetcher::finished, this, [this, fetcher] {
        fetcher->deleteLater();
        drawSafety();
        Q_EMIT updated();
    });
    fetcher->start(request);
}

void AudiencePanel::drawSafety()
{
    if (!m_cache) {
        m_safetyChart->showEmpty(tr("The insights cache is not available."));
        return;
    }
    const QDate today = models::PacificDay::today();
    const models::DayRange range{today.addDays(-7 * kSafetyWeeks), today};
    QList<double> fresh(kSafetyWeeks), blocked(kSafetyWeeks), reported(kSafetyWeeks);
    bool any = false;
    const QList<std::pair<QString, QList<double> *>> metrics{
        {kNew, &fresh}, {kBlocked, &blocked}, {kReported, &reported}};
    for (const auto &[metric, sums] : metrics) {
        const models::DayValues values =
            m_cache->read(m_pageId, metric, QStringLiteral("day"), range);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (const auto number = models::MetricSeries::number(it.value())) {
                (*sums)[int(range.from.daysTo(it.key()) / 7)] += *number;
                any = true;
            }
        }
    }
    if (!any) {
        m_safetyChart->showEmpty(m_safetyAsked
                                     ? tr("Graph has no blocked, reported or new "
                                          "conversations for the last %1 weeks.")
                                           .arg(kSafetyWeeks)
                                     : tr("Asking Graph for the last %1 weeks…").arg(kSafetyWeeks));
        return;
    }
    QStringList weeks;
    const QLocale locale;
    for (int week = 0; week < kSafetyWeeks; ++week)
        weeks.append(MetricChart::shortDay(range.from.addDays(7 * week), locale));
    double totalNew = 0, totalBad = 0;
    for (int week = 0; week < kSafetyWeeks; ++week) {
        totalNew += fresh.at(week);
        totalBad += blocked.at(week) + reported.at(week);
    }
    m_safetyChart->setData(
        weeks,
        {{tr("New conversations"), fresh}, {tr("Blocked"), blocked}, {tr("Reported"), reported}},
        totalNew > 0 ? tr("%1 blocked or reported per 100 new conversations over %2 weeks.")
                           .arg(locale.toString(100.0 * totalBad / totalNew, 'f', 1))
                           .arg(kSafetyWeeks)
                     : QString());
}

} // namespace mdesk::ui
