#include "ui/shell/workspacetabs.h"

#include "models/profile/profilesession.h"
#include "ui/broadcasts/broadcaststab.h"
#include "ui/insights/insightstab.h"
#include "ui/menu/menutab.h"
#include "ui/profile/profiletab.h"
#include "ui/shell/pageworkspace.h"
#include "ui/tools/conversationstoolstab.h"

namespace mdesk::ui {

namespace {
QList<CopyToPagesDialog::Target> copyTargets(const PageWorkspace *workspace,
                                             const QList<models::PageAccount> &pages)
{
    QList<CopyToPagesDialog::Target> targets;
    const models::PageRef self = workspace->context().page.ref();
    for (const models::PageAccount &page : pages) {
        if (page.ref() != self)
            targets.append({page.ref(), page.displayName()});
    }
    return targets;
}
} // namespace

void WorkspaceTabs::install(PageWorkspace *workspace, models::DraftStore *drafts,
                            const QList<models::PageAccount> &pages)
{
    const PageContext &context = workspace->context();
    if (!context.client || !context.live || !drafts)
        return;

    // Profile: the session lives as long as the tab (it becomes the tab's child). Both
    // sessions read the Page's one LivePage: one fetch serves Overview, Profile and Menu.
    auto *session = new models::ProfileSession(context.client, context.live, drafts);
    auto *profile = new ProfileTab(context.client, session);
    session->setParent(profile);
    profile->setCopyTargets(copyTargets(workspace, pages));
    profile->setLivePages(context.livePages);
    PageWorkspace::TabHooks hooks;
    hooks.undoStack = profile->undoStack();
    hooks.importFile = [profile](const QString &path) { return profile->importFrom(path); };
    hooks.exportFile = [profile](const QString &path) { return profile->exportTo(path); };
    workspace->setTab(WorkspaceTab::Profile, profile, hooks);

    // Menu: its own draft (kind "menu") over the menu and the get started button.
    auto *menuSession = new models::ProfileSession(
        context.client, context.live, drafts, nullptr, QStringLiteral("menu"),
        {QStringLiteral("persistent_menu"), QStringLiteral("get_started")});
    auto *menu = new MenuTab(context.client, menuSession);
    menuSession->setParent(menu);
    QObject::connect(menu, &MenuTab::profileTabRequested, workspace,
                     [workspace] { workspace->setCurrentTab(WorkspaceTab::Profile); });
    PageWorkspace::TabHooks menuHooks;
    menuHooks.undoStack = menu->undoStack();
    menuHooks.importFile = [menu](const QString &path) { return menu->importFrom(path); };
    menuHooks.exportFile = [menu](const QString &path) { return menu->exportTo(path); };
    workspace->setTab(WorkspaceTab::Menu, menu, menuHooks);
    workspace->setTab(WorkspaceTab::AudienceInsights, InsightsTab::create(context, pages));
    workspace->setTab(WorkspaceTab::LabelsBroadcasts, BroadcastsTab::create(context));
    workspace->setTab(WorkspaceTab::ConversationsTools, ConversationsToolsTab::create(context));
}

void WorkspaceTabs::updatePages(PageWorkspace *workspace, const QList<models::PageAccount> &pages)
{
    if (auto *profile = qobject_cast<ProfileTab *>(workspace->tab(WorkspaceTab::Profile)))
        profile->setCopyTargets(copyTargets(workspace, pages));
    // Insights compares the Page with the others side by side: they change with the list.
    if (auto *insights =
            qobject_cast<InsightsTab *>(workspace->tab(WorkspaceTab::AudienceInsights)))
        insights->setPages(pages);
}

} // namespace mdesk::ui
