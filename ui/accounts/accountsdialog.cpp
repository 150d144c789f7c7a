#include "ui/accounts/accountsdialog.h"

#include "models/accounts/accountstore.h"
#include "models/accounts/pagelistmodel.h"
#include "ui/accounts/appeditor.h"
#include "ui/accounts/pageeditor.h"
#include "ui/accounts/pageimportpanel.h"
#include "ui/shell/pagelistdelegate.h"
#include "ui/widgets/messagebox.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace mdesk::ui {

AccountsDialog::AccountsDialog(models::AccountStore *store, api::GraphClient *client,
                               QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new models::PageListModel(this))
    , m_list(new QTreeView(this))
    , m_stack(new QStackedWidget(this))
    , m_intro(createIntro())
    , m_appEditor(new AppEditor(store, this))
    , m_pageEditor(new PageEditor(store, client, this))
    , m_importPanel(new PageImportPanel(store, client, this))
    , m_addApp(new QPushButton(tr("Add A&pp"), this))
    , m_addPage(new QPushButton(tr("Add Pa&ge"), this))
    , m_import(new QPushButton(tr("I&mport Pages…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    resize(880, 560);

    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PageListDelegate(m_list));
    m_list->setHeaderHidden(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Configured apps and Pages"));
    m_list->setMinimumWidth(240);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AccountsDialog::onCurrentChanged);

    m_addApp->setObjectName(QStringLiteral("addAppButton"));
    m_addPage->setObjectName(QStringLiteral("addPageButton"));
    m_import->setObjectName(QStringLiteral("importPagesButton"));
    m_remove->setObjectName(QStringLiteral("removeAccountButton"));
    connect(m_addApp, &QPushButton::clicked, this, &AccountsDialog::addApp);
    connect(m_addPage, &QPushButton::clicked, this, &AccountsDialog::addPage);
    connect(m_import, &QPushButton::clicked, this, &AccountsDialog::importPages);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeSelected);

    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_addApp, 0, 0);
    listButtons->addWidget(m_addPage, 0, 1);
    listButtons->addWidget(m_import, 1, 0);
    listButtons->addWidget(m_remove, 1, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    m_stack->addWidget(m_intro);
    m_stack->addWidget(m_appEditor);
    m_stack->addWidget(m_pageEditor);
    m_stack->addWidget(m_importPanel);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 0, 0, 0);
    rightLayout->addWidget(m_stack);

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("accountsButtons"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    connect(m_appEditor, &AppEditor::saved, this, [this](const QString &appId) { select(appId); });
    connect(m_pageEditor, &PageEditor::saved, this,
            [this](const models::PageRef &page) { select(page.appId, page.pageId); });
    connect(m_store, &models::AccountStore::accountsChanged, this, &AccountsDialog::reloadList);
    reloadList();
    if (m_model->rowCount() == 0)
        m_stack->setCurrentWidget(m_intro);
    else
        m_list->setCurrentIndex(m_model->index(0, 0));
    // Enter in a form field saves that form (the editors connect it); it never closes the
    // dialog behind the user's back.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    setTabOrder(m_list, m_addApp);
    setTabOrder(m_addApp, m_addPage);
    setTabOrder(m_addPage, m_import);
    setTabOrder(m_import, m_remove);
    updateButtons();
}

QWidget *AccountsDialog::createIntro()
{
    auto *intro = new QWidget(this);
    intro->setObjectName(QStringLiteral("accountsIntro"));
    auto *heading = new QLabel(tr("Connect your Facebook app"), intro);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    auto *text = new QLabel(
        tr("Messenger Desk works through the Facebook app your Pages use. Add the app with "
           "its ID and secret (developers.facebook.com, App settings > Basic), then add its "
           "Pages with their Page access tokens, or import them all at once with a user "
           "access token.\n\nTokens and secrets are kept in the system keychain and nowhere "
           "else."),
        intro);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(intro);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch(1);
    return intro;
}

void AccountsDialog::reloadList()
{
    QList<models::AppAccount> configured = m_store->apps();
    configured.removeIf([](const models::AppAccount &app) { return app.sandbox; });
    const QModelIndex current = m_list->currentIndex();
    const QString appId = current.data(models::PageListModel::AppIdRole).toString();
    const QString pageId = current.data(models::PageListModel::PageIdRole).toString();
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_model->setApps(configured);
        m_list->expandAll();
    }
    if (!appId.isEmpty())
        select(appId, pageId);
    updateButtons();
}

void AccountsDialog::select(const QString &appId, const QString &pageId)
{
    QModelIndex index;
    if (!pageId.isEmpty())
        index = m_model->indexOf({appId, pageId});
    for (int row = 0; !index.isValid() && row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(models::PageListModel::AppIdRole).toString() == appId)
            index = m_model->index(row, 0);
    }
    const QSignalBlocker blocker(m_list->selectionModel());
    m_list->setCurrentIndex(index);
    updateButtons();
}

void AccountsDialog::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    if (const auto page = m_model->pageAt(current)) {
        m_pageEditor->edit(*page);
        m_stack->setCurrentWidget(m_pageEditor);
    } else if (const auto app = m_model->appAt(current)) {
        m_appEditor->edit(*app);
        m_stack->setCurrentWidget(m_appEditor);
    } else {
        m_stack->setCurrentWidget(m_intro);
    }
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const bool hasApps = m_model->rowCount() > 0;
    m_addPage->setEnabled(hasApps);
    m_import->setEnabled(hasApps);
    m_remove->setEnabled(m_list->currentIndex().isValid());
}

void AccountsDialog::addApp()
{
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex({});
    }
    m_appEditor->editNew();
    m_stack->setCurrentWidget(m_appEditor);
    m_appEditor->findChild<QWidget *>(QStringLiteral("appId"))->setFocus();
    updateButtons();
}

void AccountsDialog::addPage()
{
    const QString appId = m_list->currentIndex().data(models::PageListModel::AppIdRole).toString();
    m_pageEditor->editNew(appId);
    m_stack->setCurrentWidget(m_pageEditor);
    m_pageEditor->findChild<QWidget *>(QStringLiteral("pageId"))->setFocus();
}

void AccountsDialog::importPages()
{
    const QString appId = m_list->currentIndex().data(models::PageListModel::AppIdRole).toString();
    m_importPanel->start(appId);
    m_stack->setCurrentWidget(m_importPanel);
    m_importPanel->findChild<QWidget *>(QStringLiteral("importUserToken"))->setFocus();
}

void AccountsDialog::removeSelected()
{
    const QModelIndex current = m_list->currentIndex();
    if (const auto page = m_model->pageAt(current)) {
        const auto answer = MessageBox::question(
            this, tr("Remove Page"),
            tr("Remove the Page %1? Its token is deleted from the keychain; the Page itself "
               "on Facebook is not touched.")
                .arg(page->displayName()),
            {{QMessageBox::Yes, tr("Remove")}, {QMessageBox::Cancel, {}}}, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            m_store->removePage(page->ref());
    } else if (const auto app = m_model->appAt(current)) {
        const auto answer = MessageBox::question(
            this, tr("Remove App"),
            tr("Remove the app %1 and its %n Page(s)? Their tokens and the app secret are "
               "deleted from the keychain; nothing on Facebook is touched.",
               nullptr, int(app->pages.size()))
                .arg(app->displayName()),
            {{QMessageBox::Yes, tr("Remove")}, {QMessageBox::Cancel, {}}}, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            m_store->removeApp(app->id);
    } else {
        return;
    }
    onCurrentChanged();
}

} // namespace mdesk::ui
