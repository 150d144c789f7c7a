#pragma once

#include "models/accounts/appaccount.h"

#include <QAbstractItemModel>
#include <optional>

namespace mdesk::models {

// The page list: apps at the top level, their Pages below. One column.
//
// App rows display the app's name and expose its Graph version (GraphVersionRole); page
// rows display the Page's name. Sandbox apps and pages say so in SandboxRole, in their
// tool tip and in their accessible text, so a view can mark them. setApps() resets the
// model: accounts change rarely, and a reset keeps the contract simple.
class PageListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { App, Page };
    enum Role {
        KindRole = Qt::UserRole + 1, // int: Kind
        AppIdRole,                   // QString
        PageIdRole,                  // QString, empty on app rows
        PageRefRole,                 // QString "APP_ID/PAGE_ID", empty on app rows
        SandboxRole,                 // bool
        GraphVersionRole,            // QString, the version calls use
    };

    explicit PageListModel(QObject *parent = nullptr);

    void setApps(const QList<AppAccount> &apps);
    const QList<AppAccount> &apps() const { return m_apps; }

    // The row of a page, or an invalid index when the model does not hold it.
    QModelIndex indexOf(const PageRef &ref) const;
    std::optional<PageAccount> pageAt(const QModelIndex &index) const;
    std::optional<AppAccount> appAt(const QModelIndex &index) const; // app or page row
    // The first page of the first app that has one, or an invalid index.
    QModelIndex firstPage() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant appData(const AppAccount &app, int role) const;
    QVariant pageData(const AppAccount &app, const PageAccount &page, int role) const;

    QList<AppAccount> m_apps;
};

} // namespace mdesk::models
