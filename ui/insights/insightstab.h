#pragma once

#include "ui/shell/pagecontext.h"

#include <QWidget>

class QTabWidget;

namespace mdesk::models {
class InsightsCache;
}

namespace mdesk::ui {

class InsightsPanel;

// The Audience & Insights tab of a Page's workspace: the Insights charts ("insightsPanel")
// and the audience the Page has talked to ("audiencePanel"), as two sections.
class InsightsTab : public QWidget
{
    Q_OBJECT
public:
    InsightsTab(const PageContext &context, models::InsightsCache *cache,
                const QList<models::PageAccount> &pages, QWidget *parent = nullptr);

    // The tab as WorkspaceTabs plugs it in, on the app's shared insights cache.
    static InsightsTab *create(const PageContext &context, const QList<models::PageAccount> &pages);

    InsightsPanel *insights() const { return m_insights; }
    void setPages(const QList<models::PageAccount> &pages);

protected:
    void showEvent(QShowEvent *event) override;

private:
    PageContext m_context;
    QTabWidget *m_sections;
    InsightsPanel *m_insights;
    bool m_opened = false;
};

} // namespace mdesk::ui
