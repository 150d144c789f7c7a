#pragma once

#include "models/accounts/appaccount.h"

#include <QCoreApplication>

namespace mdesk::models {
class DraftStore;
}

namespace mdesk::ui {

class PageWorkspace;

// Plugs the editors that exist into a page's workspace, in place of their PlannedTab:
// the Profile and Menu tabs. An editor that lands adds its few lines to install(); nothing
// else in the window changes.
class WorkspaceTabs
{
    Q_DECLARE_TR_FUNCTIONS(mdesk::ui::WorkspaceTabs)

public:
    // drafts: where editors autosave (outlives the workspace); pages: every Page the
    // window knows, for the editors that copy to other Pages.
    static void install(PageWorkspace *workspace, models::DraftStore *drafts,
                        const QList<models::PageAccount> &pages);
    // After an accounts change: the Pages the editors may copy to.
    static void updatePages(PageWorkspace *workspace, const QList<models::PageAccount> &pages);
};

} // namespace mdesk::ui
