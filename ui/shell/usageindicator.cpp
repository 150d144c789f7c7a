#include "ui/shell/usageindicator.h"

#include "api/graphclient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace mdesk::ui {

namespace {
constexpr int GaugeWidth = 72;

QProgressBar *makeGauge(QWidget *parent, const QString &objectName)
{
    auto *gauge = new QProgressBar(parent);
    gauge->setObjectName(objectName);
    gauge->setRange(0, 100);
    gauge->setValue(0);
    gauge->setTextVisible(true);
    gauge->setFixedWidth(GaugeWidth);
    gauge->setMaximumHeight(parent->fontMetrics().height() + 4);
    return gauge;
}
} // namespace

UsageIndicator::UsageIndicator(QWidget *parent)
    : QWidget(parent)
    , m_requests(new QLabel(this))
    , m_appLabel(new QLabel(tr("App usage"), this))
    , m_appGauge(makeGauge(this, QStringLiteral("appUsageGauge")))
    , m_pageLabel(new QLabel(tr("Page usage"), this))
    , m_pageGauge(makeGauge(this, QStringLiteral("pageUsageGauge")))
{
    setObjectName(QStringLiteral("usageIndicator"));
    m_requests->setObjectName(QStringLiteral("requestsInFlight"));
    m_appLabel->setBuddy(m_appGauge);
    m_pageLabel->setBuddy(m_pageGauge);
    m_appGauge->setAccessibleName(tr("App usage"));
    m_pageGauge->setAccessibleName(tr("Page usage"));

    for (QLabel *label : {m_requests, m_appLabel, m_pageLabel})
        label->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_requests);
    layout->addSpacing(12);
    layout->addWidget(m_appLabel);
    layout->addWidget(m_appGauge);
    layout->addSpacing(6);
    layout->addWidget(m_pageLabel);
    layout->addWidget(m_pageGauge);
    showInFlight(0);
    showUsage(0, 0);
}

void UsageIndicator::setClient(api::GraphClient *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (!client)
        return;
    const QString explanation =
        tr("The share of Graph's rate limit used, as Graph reported it with the last answer. "
           "Messenger Desk slows down above %1 % and waits when Graph refuses calls.")
            .arg(client->governor()->config().slowdownFromPercent);
    m_appGauge->setToolTip(explanation);
    m_pageGauge->setToolTip(explanation);
    connect(client, &api::GraphClient::inFlightChanged, this, &UsageIndicator::showInFlight);
    connect(client->governor(), &api::RateGovernor::usageChanged, this,
            [this](const QString &appId, const QString &pageId, int appUsage, int pageUsage) {
                if (appId != m_appId)
                    return;
                // An app-wide answer (no Page) leaves the Page gauge as it was.
                showUsage(appUsage, pageId == m_pageId ? pageUsage : pagePercent());
            });
    showInFlight(client->inFlight());
}

void UsageIndicator::setCurrentPage(const QString &appId, const QString &pageId)
{
    m_appId = appId;
    m_pageId = pageId;
    const api::RateGovernor *governor = m_client ? m_client->governor() : nullptr;
    showUsage(governor && !appId.isEmpty() ? governor->appUsagePercent(appId) : 0,
              governor && !pageId.isEmpty() ? governor->pageUsagePercent(pageId) : 0);
    m_appGauge->setEnabled(!appId.isEmpty());
    m_pageGauge->setEnabled(!pageId.isEmpty());
}

int UsageIndicator::appPercent() const
{
    return m_appGauge->value();
}

int UsageIndicator::pagePercent() const
{
    return m_pageGauge->value();
}

void UsageIndicator::showInFlight(int count)
{
    m_inFlight = count;
    m_requests->setText(count == 0 ? tr("No requests running")
                                   : tr("%n request(s) running", nullptr, count));
}

void UsageIndicator::showUsage(int appUsage, int pageUsage)
{
    m_appGauge->setValue(std::clamp(appUsage, 0, 100));
    m_pageGauge->setValue(std::clamp(pageUsage, 0, 100));
    m_appGauge->setAccessibleDescription(tr("%1 % of the app's limit used").arg(appUsage));
    m_pageGauge->setAccessibleDescription(tr("%1 % of the Page's limit used").arg(pageUsage));
}

} // namespace mdesk::ui
