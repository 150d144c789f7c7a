#pragma once

#include "api/graphresult.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;
class QUndoStack;

namespace mdesk::api {
class GraphClient;
}
namespace mdesk::models {
class MenuModel;
class ProfileSession;
} // namespace mdesk::models

namespace mdesk::ui {

class MenuItemForm;
class MenuPreview;
class UserMenuPanel;

// The Menu tab: per-locale persistent menus built in a tree with drag and drop, checked
// against the page's Graph version, previewed as Messenger shows them, and applied through
// the shared draft mechanism (a ProfileSession scoped to persistent_menu and get_started):
// one call, one tx_id. Every change is an undo step; the draft autosaves.
class MenuTab : public QWidget
{
    Q_OBJECT
public:
    // session: a ProfileSession of kind "menu" with scope {persistent_menu, get_started}.
    MenuTab(api::GraphClient *client, models::ProfileSession *session, QWidget *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }
    models::MenuModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QString statusText() const;

    // Reads a menu from JSON text (a persistent_menu array, or an object holding one) into
    // the draft; errors name the item, the field and the rule. False when nothing was read.
    bool importJson(const QByteArray &text);
    // importJson() of a file read within the menu file cap; a refusal shows in the status.
    bool importFrom(const QString &path);
    bool exportTo(const QString &path);
    // The one-click fix when the page has no get started button.
    void addGetStarted();
    void review();

protected:
    // Opening the tab on a Page with nothing read reads it (shared with the other tabs).
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // The user asked for the Profile tab (from the domain warning).
    void profileTabRequested();

private:
    void pushMenu(const QString &description);
    void syncFromDraft();
    void showCurrent();
    void onFormEdited(const QString &property);
    void refreshButtons();
    void showStatus(const QString &text);
    QString domainWarning(const QJsonObject &item) const;
    void pasteJson();

    api::GraphClient *m_client;
    models::ProfileSession *m_session;
    models::MenuModel *m_model;
    QUndoStack *m_undo;
    QTreeView *m_tree;
    MenuItemForm *m_form;
    MenuPreview *m_preview;
    UserMenuPanel *m_userMenu;
    QComboBox *m_locale;
    QComboBox *m_copyTarget;
    QCheckBox *m_typingOff;
    QPushButton *m_fetch;
    QPushButton *m_review;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QPushButton *m_addItem;
    QPushButton *m_addSubmenu;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_fixGetStarted;
    QLabel *m_getStartedWarning;
    QLabel *m_getStarted; // the draft's get started payload (shared with the Profile tab)
    QLabel *m_status;
    QString m_mergeKey; // set while a form edit is pushed, so typing merges
    bool m_syncing = false;
};

} // namespace mdesk::ui
