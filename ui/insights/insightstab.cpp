#include "ui/insights/insightstab.h"

#include "ui/insights/audiencepanel.h"
#include "ui/insights/insightspanel.h"
#include "ui/insights/insightsstorage.h"

#include "models/insights/insightscache.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mdesk::ui {

InsightsTab::InsightsTab(const PageContext &context, models::InsightsCache *cache,
                         models::AudienceSource *audience, const QList<models::PageAccount> &pages,
                         QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_sections(new QTabWidget(this))
{
    setObjectName(QStringLiteral("insightsTab"));
    m_sections->setObjectName(QStringLiteral("insightsSections"));
    m_sections->setDocumentMode(true);
    m_insights = new InsightsPanel(
        context.client, cache, {context.page.appId, context.page.id, context.page.displayName()});
    m_sections->addTab(m_insights, tr("&Insights"));
    m_audience =
        new AudiencePanel(context.client, cache, audience, context.page.appId, context.page.id);
    m_audience->setProfileStore(context.database);
    m_sections->addTab(m_audience, tr("&Audience"));
    // The audience is read when its section is first shown.
    connect(m_sections, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_sections->widget(index) == m_audience && !m_audienceOpened) {
            m_audienceOpened = true;
            m_audience->reload();
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections);
    setPages(pages);
}

InsightsTab *InsightsTab::create(const PageContext &context,
                                 const QList<models::PageAccount> &pages)
{
    auto *storage = new InsightsStorage(context.database);
    auto *tab = new InsightsTab(context, storage->cache(), storage->audience(), pages);
    storage->setParent(tab); // the cache lives as long as the tab that reads it
    return tab;
}

void InsightsTab::setPages(const QList<models::PageAccount> &pages)
{
    QList<InsightsPanel::PageChoice> others;
    for (const models::PageAccount &page : pages) {
        if (page.ref() != m_context.page.ref())
            others.append({page.appId, page.id, page.displayName()});
    }
    m_insights->setOtherPages(others);
}

void InsightsTab::showAudience()
{
    m_sections->setCurrentWidget(m_audience);
}

void InsightsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Open from the cache and fetch the missing days the first time the tab is seen.
    if (!m_opened) {
        m_opened = true;
        m_insights->reload();
    }
}

} // namespace mdesk::ui
