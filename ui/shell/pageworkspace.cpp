#include "ui/shell/pageworkspace.h"

#include "api/graphversions.h"
#include "ui/shell/overviewtab.h"
#include "ui/shell/plannedtab.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractButton>
#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mdesk::ui {

PageWorkspace::PageWorkspace(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_versionNotice(new MessageBar(this))
    , m_moveToNewest(new QAction(this))
    , m_sandboxBadge(new QLabel(tr("Sandbox"), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("pageWorkspace"));

    m_title->setObjectName(QStringLiteral("workspaceTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("workspaceDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A badge in the highlight colours: readable on any palette.
    m_sandboxBadge->setObjectName(QStringLiteral("workspaceSandboxBadge"));
    m_sandboxBadge->setAutoFillBackground(true);
    m_sandboxBadge->setBackgroundRole(QPalette::Highlight);
    m_sandboxBadge->setForegroundRole(QPalette::HighlightedText);
    m_sandboxBadge->setContentsMargins(8, 2, 8, 2);
    m_sandboxBadge->setToolTip(tr("This Page lives in the local sandbox: changes go to a "
                                  "local stand-in, not to Facebook."));

    m_versionNotice->setObjectName(QStringLiteral("workspaceVersionNotice"));
    m_versionNotice->setCloseButtonVisible(false);
    m_moveToNewest->setObjectName(QStringLiteral("actionMoveToNewestVersion"));
    connect(m_moveToNewest, &QAction::triggered, this,
            [this] { Q_EMIT moveToNewestVersionRequested(m_context.app.id); });
    m_moveButton = m_versionNotice->addAction(m_moveToNewest);
    m_moveButton->setObjectName(QStringLiteral("moveToNewestVersion"));

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_sandboxBadge, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);

    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    auto *overview = new OverviewTab(m_context, m_tabs);
    connect(overview, &OverviewTab::showTransactionRequested, this,
            &PageWorkspace::showTransactionRequested);
    m_tabs->addTab(overview, title(WorkspaceTab::Overview));
    for (int i = 1; i < WorkspaceTabCount; ++i) {
        const auto kind = WorkspaceTab(i);
        const int index = m_tabs->addTab(new PlannedTab(kind, m_tabs), title(kind));
        m_tabs->setTabToolTip(index, tr("%1: coming in a later version.").arg(title(kind)));
    }
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { Q_EMIT currentUndoStackChanged(currentUndoStack()); });

    auto *header = new QVBoxLayout;
    header->setContentsMargins(16, 12, 16, 6);
    header->setSpacing(2);
    header->addLayout(titleRow);
    header->addWidget(m_details);
    header->addWidget(m_versionNotice);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    updateHeader();
}

void PageWorkspace::updateContext(const PageContext &context)
{
    m_context = context;
    updateHeader();
}

void PageWorkspace::updateHeader()
{
    m_title->setText(m_context.page.displayName());
    const api::GraphVersion version = m_context.graphVersion();
    m_details->setText(tr("Page ID %1 · App %2 (%3) · Graph API %4")
                           .arg(m_context.page.id, m_context.app.displayName(), m_context.app.id,
                                api::GraphVersions::describe(version)));
    const api::GraphVersions::Status status = api::GraphVersions::status(version);
    const api::GraphVersion newest = api::GraphVersions::newest();
    if (status == api::GraphVersions::Status::Current) {
        m_versionNotice->hide();
    } else {
        // A sandbox app is read-only: it says so, without a button that cannot work.
        m_moveToNewest->setText(tr("Move to %1").arg(newest.toString()));
        m_moveButton->setToolTip(
            tr("Use Graph API %1 for every Page of %2; the Profile and Menu drafts are checked "
               "against its rules before anything is sent.")
                .arg(newest.toString(), m_context.app.displayName()));
        m_moveButton->setVisible(!m_context.app.sandbox && version < newest);
        m_versionNotice->showMessage(MessageBar::Tone::Warning,
                                     api::GraphVersions::notice(version));
    }
    m_sandboxBadge->setVisible(m_context.page.sandbox);
    setAccessibleName(tr("Workspace of %1").arg(m_context.page.displayName()));
}

QString PageWorkspace::title(WorkspaceTab tab)
{
    switch (tab) {
    case WorkspaceTab::Overview:
        return tr("Overview");
    case WorkspaceTab::Profile:
        return tr("Profile");
    case WorkspaceTab::Menu:
        return tr("Menu");
    case WorkspaceTab::LabelsBroadcasts:
        return tr("Labels && Broadcasts");
    case WorkspaceTab::AudienceInsights:
        return tr("Audience && Insights");
    case WorkspaceTab::ConversationsTools:
        return tr("Conversations && Tools");
    }
    return {};
}

void PageWorkspace::setTab(WorkspaceTab tab, QWidget *widget, QUndoStack *undoStack)
{
    TabHooks hooks;
    hooks.undoStack = undoStack;
    setTab(tab, widget, hooks);
}

const PageWorkspace::TabHooks &PageWorkspace::hooks(WorkspaceTab tab) const
{
    return m_hooks[std::size_t(tab)];
}

void PageWorkspace::setTab(WorkspaceTab tab, QWidget *widget, const TabHooks &hooks)
{
    const int index = int(tab);
    const bool wasCurrent = m_tabs->currentIndex() == index;
    QWidget *old = m_tabs->widget(index);
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, widget, title(tab));
    m_tabs->setTabToolTip(index, QString());
    m_hooks[std::size_t(index)] = hooks;
    delete old;
    if (wasCurrent)
        m_tabs->setCurrentIndex(index);
    Q_EMIT currentUndoStackChanged(currentUndoStack());
}

QWidget *PageWorkspace::tab(WorkspaceTab tab) const
{
    return m_tabs->widget(int(tab));
}

bool PageWorkspace::isPlanned(WorkspaceTab tab) const
{
    return qobject_cast<PlannedTab *>(m_tabs->widget(int(tab))) != nullptr;
}

QUndoStack *PageWorkspace::undoStack(WorkspaceTab tab) const
{
    return m_hooks[std::size_t(tab)].undoStack;
}

std::optional<WorkspaceTab> PageWorkspace::fileTab(bool forImport) const
{
    const auto offers = [this, forImport](WorkspaceTab tab) {
        const TabHooks &tabHooks = hooks(tab);
        return forImport ? bool(tabHooks.importFile) : bool(tabHooks.exportFile);
    };
    if (offers(currentTab()))
        return currentTab();
    if (offers(WorkspaceTab::Profile))
        return WorkspaceTab::Profile;
    return std::nullopt;
}

bool PageWorkspace::importFile(const QString &path)
{
    const std::optional<WorkspaceTab> tab = fileTab(true);
    if (!tab)
        return false;
    setCurrentTab(*tab);
    return hooks(*tab).importFile(path);
}

bool PageWorkspace::exportFile(const QString &path)
{
    const std::optional<WorkspaceTab> tab = fileTab(false);
    if (!tab)
        return false;
    setCurrentTab(*tab);
    return hooks(*tab).exportFile(path);
}

WorkspaceTab PageWorkspace::currentTab() const
{
    return WorkspaceTab(std::max(0, m_tabs->currentIndex()));
}

void PageWorkspace::setCurrentTab(WorkspaceTab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QUndoStack *PageWorkspace::currentUndoStack() const
{
    return undoStack(currentTab());
}

OverviewTab *PageWorkspace::overview() const
{
    return qobject_cast<OverviewTab *>(m_tabs->widget(int(WorkspaceTab::Overview)));
}

} // namespace mdesk::ui
