#pragma once

#include "ui/shell/pagecontext.h"
#include "ui/shell/workspacetab.h"

#include <QWidget>
#include <array>
#include <functional>
#include <optional>

class QAbstractButton;
class QAction;
class QLabel;
class QTabWidget;
class QUndoStack;

namespace mdesk::ui {

class MessageBar;
class OverviewTab;

// Everything about one Page: a header naming it, and the tabs Overview, Profile, Menu,
// Labels & Broadcasts, Audience & Insights, Conversations & Tools.
//
// Tabs whose editors have not landed hold a PlannedTab. An editor plugs in with one call,
// setTab(WorkspaceTab::Menu, editor, editor->undoStack()) (WorkspaceTabs does this for the
// editors that exist); the workspace then owns the editor. The main window keeps one workspace per
// Page, so each keeps its tabs, drafts and scroll positions while the user looks at other Pages.
//
// The header names the app's Graph version with its end date (api/graphversions.h); a
// version ending within 90 days or already ended adds a bar (workspaceVersionNotice) that
// says so, with a one-click move to the newest version for apps that can be edited
// (moveToNewestVersionRequested()).
class PageWorkspace : public QWidget
{
    Q_OBJECT
public:
    // What the window's menus may ask of a tab. Empty members: the tab does not offer it.
    struct TabHooks
    {
        QUndoStack *undoStack = nullptr; // the tab's edits, for Edit > Undo/Redo
        // File > Import and File > Export: read or write a JSON file (the tab reports the
        // outcome itself); false when nothing was read or written.
        std::function<bool(const QString &path)> importFile;
        std::function<bool(const QString &path)> exportFile;
    };

    explicit PageWorkspace(const PageContext &context, QWidget *parent = nullptr);

    const PageContext &context() const { return m_context; }
    // New names or Graph version for the same Page (after an accounts change).
    void updateContext(const PageContext &context);

    // Replaces the widget of a tab (deleting the old one) and enables the tab. undoStack
    // is the tab's edit history for Edit > Undo/Redo, or nullptr when it has none; the
    // caller keeps owning it (usually as a child of widget).
    void setTab(WorkspaceTab tab, QWidget *widget, QUndoStack *undoStack = nullptr);
    void setTab(WorkspaceTab tab, QWidget *widget, const TabHooks &hooks);
    const TabHooks &hooks(WorkspaceTab tab) const;
    QWidget *tab(WorkspaceTab tab) const;
    // True while the tab still holds its PlannedTab.
    bool isPlanned(WorkspaceTab tab) const;
    QUndoStack *undoStack(WorkspaceTab tab) const;

    WorkspaceTab currentTab() const;
    void setCurrentTab(WorkspaceTab tab);
    // The undo stack of the current tab, or nullptr.
    QUndoStack *currentUndoStack() const;

    // The tab File > Import and File > Export work on: the current one when it offers it,
    // else the Profile tab when it does; nullopt when neither does.
    std::optional<WorkspaceTab> fileTab(bool forImport) const;
    // Shows that tab and lets it read or write the file; false when nothing was.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

    QTabWidget *tabWidget() const { return m_tabs; }
    OverviewTab *overview() const;

    static QString title(WorkspaceTab tab);

Q_SIGNALS:
    // The current tab changed, and with it the undo stack Edit > Undo should use.
    void currentUndoStackChanged(QUndoStack *stack);
    void showTransactionRequested(const QString &txId);
    // The admin chose the one-click move of this Page's app to the newest Graph version.
    void moveToNewestVersionRequested(const QString &appId);

private:
    void updateHeader();

    PageContext m_context;
    QLabel *m_title;
    QLabel *m_details;
    MessageBar *m_versionNotice;
    QAction *m_moveToNewest;
    QAbstractButton *m_moveButton = nullptr;
    QLabel *m_sandboxBadge;
    QTabWidget *m_tabs;
    std::array<TabHooks, WorkspaceTabCount> m_hooks{};
};

} // namespace mdesk::ui
