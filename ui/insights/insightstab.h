#pragma once

#include "ui/shell/pagecontext.h"

#include <QWidget>

class QTabWidget;

namespace mdesk::models {
class AudienceSource;
class InsightsCache;
} // namespace mdesk::models

namespace mdesk::ui {

class AudiencePanel;
class InsightsPanel;

// The Audience & Insights tab of a Page's workspace: the Insights charts ("insightsPanel")
// and the audience the Page has talked to ("audiencePanel"), as two sections.
class InsightsTab : public QWidget
{
    Q_OBJECT
public:
    // audience: where the people come from (the store); null shows why there are none.
    InsightsTab(const PageContext &context, models::InsightsCache *cache,
                models::AudienceSource *audience, const QList<models::PageAccount> &pages,
                QWidget *parent = nullptr);

    // The tab as WorkspaceTabs plugs it in, on the app's shared insights cache.
    static InsightsTab *create(const PageContext &context, const QList<models::PageAccount> &pages);

    InsightsPanel *insights() const { return m_insights; }
    AudiencePanel *audience() const { return m_audience; }
    void showAudience(); // switches to the Audience section (and reads it the first time)
    void setPages(const QList<models::PageAccount> &pages);

protected:
    void showEvent(QShowEvent *event) override;

private:
    PageContext m_context;
    QTabWidget *m_sections;
    InsightsPanel *m_insights;
    AudiencePanel *m_audience;
    bool m_opened = false;
    bool m_audienceOpened = false;
};

} // namespace mdesk::ui
