#include "ui/shell/workspacearea.h"

#include "models/live/livepageregistry.h"
#include "ui/shell/pageworkspace.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {
constexpr int EmptyIconSize = 96;
constexpr int EmptyTextWidth = 560;
} // namespace

WorkspaceArea::WorkspaceArea(QWidget *parent)
    : QStackedWidget(parent)
{
    m_emptyState = createEmptyState();
    setObjectName(QStringLiteral("workspaceArea"));
    addWidget(m_emptyState);
    connect(this, &QStackedWidget::currentChanged, this,
            [this] { Q_EMIT currentWorkspaceChanged(currentWorkspace()); });
}

QWidget *WorkspaceArea::createEmptyState()
{
    auto *placeholder = new QWidget(this);
    placeholder->setObjectName(QStringLiteral("centralPlaceholder"));

    // A centred column of limited width; the labels fill it so word wrap gets the real width.
    auto *column = new QWidget(placeholder);
    column->setMaximumWidth(EmptyTextWidth);

    auto *icon = new QLabel(column);
    icon->setObjectName(QStringLiteral("placeholderIcon"));
    icon->setAlignment(Qt::AlignCenter);
    const QIcon appIcon = QApplication::windowIcon();
    if (!appIcon.isNull())
        icon->setPixmap(appIcon.pixmap(EmptyIconSize, EmptyIconSize));

    auto *heading = new QLabel(tr("Welcome to Messenger Desk"), column);
    heading->setObjectName(QStringLiteral("placeholderHeading"));
    heading->setAlignment(Qt::AlignCenter);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *body = new QLabel(
        tr("Choose a Page in the page list to see its tabs: Overview, Profile, Menu, "
           "Labels & Broadcasts, Audience & Insights, and Conversations & Tools. The event "
           "log at the bottom shows every Graph API call."),
        column);
    body->setObjectName(QStringLiteral("placeholderText"));
    body->setAlignment(Qt::AlignCenter);
    body->setWordWrap(true);

    m_emptyButton = new QPushButton(tr("Manage Accounts…"), column);
    m_emptyButton->setObjectName(QStringLiteral("placeholderAccountsButton"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_emptyButton);
    buttonRow->addStretch(1);

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(icon);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(heading);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(body);
    columnLayout->addSpacing(12);
    columnLayout->addLayout(buttonRow);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(placeholder);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    return placeholder;
}

PageContext WorkspaceArea::contextFor(const models::AppAccount &app,
                                      const models::PageAccount &page) const
{
    PageContext context{m_client, app, page, nullptr, nullptr, m_database};
    if (m_livePages && m_client) {
        context.live = m_livePages->page(page.ref(), context.graphVersion());
        context.livePages = m_livePages;
    }
    return context;
}

PageWorkspace *WorkspaceArea::showPage(const models::AppAccount &app,
                                       const models::PageAccount &page)
{
    const QString key = page.ref().toString();
    PageWorkspace *workspace = m_workspaces.value(key);
    if (!workspace) {
        workspace = new PageWorkspace(contextFor(app, page), this);
        m_workspaces.insert(key, workspace);
        addWidget(workspace);
        Q_EMIT workspaceCreated(workspace);
    }
    setCurrentWidget(workspace);
    return workspace;
}

void WorkspaceArea::showEmptyState()
{
    setCurrentWidget(m_emptyState);
}

PageWorkspace *WorkspaceArea::workspace(const models::PageRef &ref) const
{
    return m_workspaces.value(ref.toString());
}

PageWorkspace *WorkspaceArea::currentWorkspace() const
{
    return qobject_cast<PageWorkspace *>(currentWidget());
}

bool WorkspaceArea::syncWith(const QList<models::AppAccount> &apps)
{
    QHash<QString, PageContext> present;
    for (const models::AppAccount &app : apps) {
        for (const models::PageAccount &page : app.pages)
            present.insert(page.ref().toString(),
                           PageContext{m_client, app, page, nullptr, nullptr, m_database});
    }
    bool droppedCurrent = false;
    for (auto it = m_workspaces.begin(); it != m_workspaces.end();) {
        const auto found = present.constFind(it.key());
        if (found != present.constEnd()) {
            it.value()->updateContext(contextFor(found->app, found->page));
            ++it;
            continue;
        }
        droppedCurrent = droppedCurrent || it.value() == currentWidget();
        removeWidget(it.value());
        it.value()->deleteLater();
        if (m_livePages)
            m_livePages->remove(it.value()->context().page.ref());
        it = m_workspaces.erase(it);
    }
    if (droppedCurrent)
        showEmptyState();
    return droppedCurrent;
}

} // namespace mdesk::ui
