#include "ui/insights/insightstab.h"

#include "ui/insights/insightspanel.h"

#include "models/insights/insightscache.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {
models::InsightsCache *sharedCache()
{
    // Until the local store is wired in, every tab of the run shares this cache.
    static models::MemoryInsightsCache cache;
    return &cache;
}
} // namespace

InsightsTab::InsightsTab(const PageContext &context, models::InsightsCache *cache,
                         const QList<models::PageAccount> &pages, QWidget *parent)
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
    auto *audience = new QLabel(tr("The audience charts need the local store of contacts."));
    audience->setObjectName(QStringLiteral("audiencePanel"));
    audience->setAlignment(Qt::AlignCenter);
    m_sections->addTab(audience, tr("&Audience"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections);
    setPages(pages);
}

InsightsTab *InsightsTab::create(const PageContext &context,
                                 const QList<models::PageAccount> &pages)
{
    return new InsightsTab(context, sharedCache(), pages);
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
