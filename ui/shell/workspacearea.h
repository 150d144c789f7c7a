#pragma once

#include "models/accounts/appaccount.h"
#include "ui/shell/pagecontext.h"

#include <QHash>
#include <QStackedWidget>

class QPushButton;

namespace mdesk::api {
class GraphClient;
}
namespace mdesk::models {
class LivePageRegistry;
}

namespace mdesk::ui {

class PageWorkspace;

// The central area: one PageWorkspace per Page, created the first time the Page is shown
// and kept (in a QStackedWidget) so its state survives switching Pages; and an empty
// state when no Page is chosen.
class WorkspaceArea : public QStackedWidget
{
    Q_OBJECT
public:
    explicit WorkspaceArea(QWidget *parent = nullptr);

    void setClient(api::GraphClient *client) { m_client = client; }
    // Where each Page's LivePage comes from (and goes when the Page is removed).
    void setLivePages(models::LivePageRegistry *livePages) { m_livePages = livePages; }
    // The local store every new workspace's tabs share; it outlives the area.
    void setDatabase(store::Database *database) { m_database = database; }

    // Shows the Page's workspace, creating it on first use.
    PageWorkspace *showPage(const models::AppAccount &app, const models::PageAccount &page);
    void showEmptyState();
    // The workspace of a Page if it was created, else nullptr.
    PageWorkspace *workspace(const models::PageRef &ref) const;
    PageWorkspace *currentWorkspace() const;
    int workspaceCount() const { return int(m_workspaces.size()); }

    // After an accounts change: drops the workspaces of Pages that are gone and gives the
    // others their new names. Returns true when the current workspace was dropped.
    bool syncWith(const QList<models::AppAccount> &apps);

    // The button of the empty state (wired by the main window to Manage Accounts).
    QPushButton *emptyStateButton() const { return m_emptyButton; }

Q_SIGNALS:
    void workspaceCreated(mdesk::ui::PageWorkspace *workspace);
    void currentWorkspaceChanged(mdesk::ui::PageWorkspace *workspace);

private:
    QWidget *createEmptyState();
    PageContext contextFor(const models::AppAccount &app, const models::PageAccount &page) const;

    api::GraphClient *m_client = nullptr;
    models::LivePageRegistry *m_livePages = nullptr;
    store::Database *m_database = nullptr;
    QWidget *m_emptyState = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QHash<QString, PageWorkspace *> m_workspaces; // "app/page"
};

} // namespace mdesk::ui
