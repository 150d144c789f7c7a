#include "models/accounts/pagelistmodel.h"

namespace mdesk::models {

namespace {
// internalId 0 marks an app row; a page row stores its app's row + 1.
constexpr quintptr AppRowId = 0;
} // namespace

PageListModel::PageListModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void PageListModel::setApps(const QList<AppAccount> &apps)
{
    beginResetModel();
    m_apps = apps;
    endResetModel();
}

QModelIndex PageListModel::indexOf(const PageRef &ref) const
{
    for (qsizetype a = 0; a < m_apps.size(); ++a) {
        if (m_apps.at(a).id != ref.appId)
            continue;
        const QList<PageAccount> &pages = m_apps.at(a).pages;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (pages.at(p).id == ref.pageId)
                return createIndex(int(p), 0, quintptr(a + 1));
        }
    }
    return {};
}

std::optional<PageAccount> PageListModel::pageAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() == AppRowId)
        return std::nullopt;
    return m_apps.at(qsizetype(index.internalId() - 1)).pages.at(index.row());
}

std::optional<AppAccount> PageListModel::appAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return std::nullopt;
    const qsizetype appRow =
        index.internalId() == AppRowId ? index.row() : qsizetype(index.internalId() - 1);
    return m_apps.at(appRow);
}

QModelIndex PageListModel::firstPage() const
{
    for (qsizetype a = 0; a < m_apps.size(); ++a) {
        if (!m_apps.at(a).pages.isEmpty())
            return createIndex(0, 0, quintptr(a + 1));
    }
    return {};
}

QModelIndex PageListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, AppRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PageListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == AppRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, AppRowId);
}

int PageListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_apps.size());
    if (parent.column() != 0 || parent.internalId() != AppRowId)
        return 0;
    return int(m_apps.at(parent.row()).pages.size());
}

int PageListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags PageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant PageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == AppRowId)
        return appData(m_apps.at(index.row()), role);
    const AppAccount &app = m_apps.at(qsizetype(index.internalId() - 1));
    return pageData(app, app.pages.at(index.row()), role);
}

QVariant PageListModel::appData(const AppAccount &app, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return app.displayName();
    case Qt::ToolTipRole:
        return app.sandbox ? tr("%1 (app %2) uses Graph API %3 on the local sandbox.")
                                 .arg(app.displayName(), app.id, app.effectiveGraphVersion)
                           : tr("%1 (app %2) uses Graph API %3.")
                                 .arg(app.displayName(), app.id, app.effectiveGraphVersion);
    case Qt::AccessibleTextRole:
        return app.sandbox
                   ? tr("Sandbox app %1, Graph API %2")
                         .arg(app.displayName(), app.effectiveGraphVersion)
                   : tr("App %1, Graph API %2").arg(app.displayName(), app.effectiveGraphVersion);
    case KindRole:
        return int(Kind::App);
    case AppIdRole:
        return app.id;
    case PageIdRole:
    case PageRefRole:
        return QString();
    case SandboxRole:
        return app.sandbox;
    case GraphVersionRole:
        return app.effectiveGraphVersion;
    default:
        return {};
    }
}

QVariant PageListModel::pageData(const AppAccount &app, const PageAccount &page, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return page.displayName();
    case Qt::ToolTipRole:
        return page.sandbox
                   ? tr("%1 (Page %2) is a sandbox Page: changes go to a local stand-in, "
                        "not to Facebook.")
                         .arg(page.displayName(), page.id)
                   : tr("%1 (Page %2) of %3.").arg(page.displayName(), page.id, app.displayName());
    case Qt::AccessibleTextRole:
        return page.sandbox ? tr("Sandbox Page %1").arg(page.displayName())
                            : tr("Page %1").arg(page.displayName());
    case KindRole:
        return int(Kind::Page);
    case AppIdRole:
        return page.appId;
    case PageIdRole:
        return page.id;
    case PageRefRole:
        return page.ref().toString();
    case SandboxRole:
        return page.sandbox;
    case GraphVersionRole:
        return app.effectiveGraphVersion;
    default:
        return {};
    }
}

} // namespace mdesk::models

#include "moc_pagelistmodel.cpp"
