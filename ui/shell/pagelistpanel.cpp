#include "ui/shell/pagelistpanel.h"

#include "models/accounts/pagelistmodel.h"
#include "ui/shell/pagelistdelegate.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace mdesk::ui {

PageListPanel::PageListPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::PageListModel(this))
    , m_view(new QTreeView(this))
    , m_accountsButton(new QPushButton(tr("Manage Accounts…"), this))
{
    setObjectName(QStringLiteral("pageListPanel"));
    m_view->setObjectName(QStringLiteral("pageList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PageListDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Pages"));
    m_view->setAccessibleDescription(tr("Your apps and their Pages. Choose a Page to work on it."));
    m_view->header()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });

    m_accountsButton->setObjectName(QStringLiteral("pageListAccountsButton"));
    m_accountsButton->setToolTip(tr("Add, edit or remove apps and Pages."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_accountsButton);
}

void PageListPanel::setApps(const QList<models::AppAccount> &apps)
{
    const std::optional<models::PageRef> previous = m_current;
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->setApps(apps);
        m_view->expandAll();
    }
    m_current.reset();
    if (previous) {
        const QModelIndex index = m_model->indexOf(*previous);
        if (index.isValid()) {
            // Same Page: restore the selection quietly, nothing changes for listeners.
            m_current = previous;
            const QSignalBlocker blocker(m_view->selectionModel());
            m_view->setCurrentIndex(index);
            return;
        }
        Q_EMIT noPageChosen();
    }
}

bool PageListPanel::selectPage(const models::PageRef &ref)
{
    const QModelIndex index = m_model->indexOf(ref);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool PageListPanel::selectFirstPage()
{
    const QModelIndex index = m_model->firstPage();
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

std::optional<models::PageAccount> PageListPanel::currentPage() const
{
    return m_model->pageAt(m_view->currentIndex());
}

std::optional<models::AppAccount> PageListPanel::currentApp() const
{
    return m_model->appAt(m_view->currentIndex());
}

void PageListPanel::onCurrentChanged(const QModelIndex &current)
{
    const std::optional<models::PageAccount> page = m_model->pageAt(current);
    if (!page)
        return; // an app row: the Page shown so far stays
    if (m_current == page->ref())
        return;
    m_current = page->ref();
    Q_EMIT pageChosen(*m_model->appAt(current), *page);
}

} // namespace mdesk::ui
