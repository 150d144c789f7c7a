#pragma once

#include "models/accounts/appaccount.h"

#include <QWidget>
#include <optional>

class QPushButton;
class QTreeView;

namespace mdesk::models {
class PageListModel;
}

namespace mdesk::ui {

// The page list: apps with their Graph version, their Pages below (sandbox ones marked),
// and a button to manage accounts. Moving the current item onto a Page, by mouse or
// keyboard, chooses it.
class PageListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PageListPanel(QWidget *parent = nullptr);

    // Replaces the list; the current Page stays current when it is still listed.
    void setApps(const QList<models::AppAccount> &apps);
    // Makes a Page current (and emits pageChosen); false when it is not listed.
    bool selectPage(const models::PageRef &ref);
    // Makes the first listed Page current; false when there is none.
    bool selectFirstPage();
    std::optional<models::PageAccount> currentPage() const;
    std::optional<models::AppAccount> currentApp() const;

    QTreeView *view() const { return m_view; }
    models::PageListModel *model() const { return m_model; }
    QPushButton *accountsButton() const { return m_accountsButton; }

Q_SIGNALS:
    void pageChosen(const mdesk::models::AppAccount &app, const mdesk::models::PageAccount &page);
    // The Page shown so far is no longer listed.
    void noPageChosen();

private:
    void onCurrentChanged(const QModelIndex &current);

    models::PageListModel *m_model;
    QTreeView *m_view;
    QPushButton *m_accountsButton;
    std::optional<models::PageRef> m_current;
};

} // namespace mdesk::ui
