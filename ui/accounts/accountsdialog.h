#pragma once

#include "models/pageref.h"

#include <QDialog>

class QPushButton;
class QStackedWidget;
class QTreeView;

namespace mdesk::api {
class GraphClient;
}
namespace mdesk::models {
class AccountStore;
class PageListModel;
} // namespace mdesk::models

namespace mdesk::ui {

class AppEditor;
class PageEditor;
class PageImportPanel;

// Accounts > Manage Accounts: add, edit and remove apps and Pages. The list on the left
// holds the configured apps and Pages (the sandbox's demo apps are not editable and not
// listed); the form on the right edits the chosen one. Tokens and secrets are typed into
// password fields and stored through the AccountStore, which keeps them in the keychain
// only. The dialog works on the store directly: there is nothing to apply on close.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountsDialog(models::AccountStore *store, api::GraphClient *client,
                   QWidget *parent = nullptr);

    AppEditor *appEditor() const { return m_appEditor; }
    PageEditor *pageEditor() const { return m_pageEditor; }
    PageImportPanel *importPanel() const { return m_importPanel; }
    QTreeView *accountList() const { return m_list; }

public Q_SLOTS:
    void addApp();
    void addPage();
    void importPages();
    void removeSelected();

private:
    QWidget *createIntro();
    void reloadList();
    void onCurrentChanged();
    void select(const QString &appId, const QString &pageId = {});
    void updateButtons();

    models::AccountStore *m_store;
    models::PageListModel *m_model;
    QTreeView *m_list;
    QStackedWidget *m_stack;
    QWidget *m_intro;
    AppEditor *m_appEditor;
    PageEditor *m_pageEditor;
    PageImportPanel *m_importPanel;
    QPushButton *m_addApp;
    QPushButton *m_addPage;
    QPushButton *m_import;
    QPushButton *m_remove;
};

} // namespace mdesk::ui
