#include "ui/shell/plannedtab.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {
constexpr int ColumnWidth = 640;
} // namespace

PlannedTab::PlannedTab(WorkspaceTab tab, QWidget *parent)
    : QWidget(parent)
    , m_tab(tab)
{
    setObjectName(QStringLiteral("plannedTab"));

    auto *column = new QWidget(this);
    column->setMaximumWidth(ColumnWidth);

    auto *heading = new QLabel(tr("Coming in a later version"), column);
    heading->setObjectName(QStringLiteral("plannedHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *intro = new QLabel(summary(tab), column);
    intro->setObjectName(QStringLiteral("plannedSummary"));
    intro->setWordWrap(true);

    // The list is disabled on purpose: it shows what will be here, nothing to click yet.
    auto *list = new QListWidget(column);
    list->setObjectName(QStringLiteral("plannedFeatures"));
    list->addItems(features(tab));
    list->setEnabled(false);
    list->setFrameShape(QFrame::NoFrame);
    list->setWordWrap(true);
    list->setSpacing(3);
    list->setFocusPolicy(Qt::NoFocus);
    list->setAccessibleName(tr("Planned features"));
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_features = list;
    applyListPalette();
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setText(QStringLiteral("•  ") + list->item(row)->text());

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(heading);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(intro);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(list, 1);

    auto *row = new QHBoxLayout;
    row->addWidget(column, 1);
    row->addStretch(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addLayout(row, 1);
}

void PlannedTab::applyListPalette()
{
    // Disabled, yet legible: the muted placeholder colour instead of the faint disabled one.
    QPalette listPalette = palette();
    listPalette.setColor(QPalette::Base, Qt::transparent);
    listPalette.setColor(QPalette::Disabled, QPalette::Text,
                         listPalette.color(QPalette::Active, QPalette::PlaceholderText));
    m_features->setPalette(listPalette);
}

void PlannedTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_features)
        applyListPalette();
    QWidget::changeEvent(event);
}

QString PlannedTab::summary(WorkspaceTab tab)
{
    switch (tab) {
    case WorkspaceTab::Profile:
        return tr("The Profile tab will edit what people see before and when they start a "
                  "conversation. You fetch the Page's profile, edit a draft with instant "
                  "checks, review the exact request and apply it in one call.");
    case WorkspaceTab::Menu:
        return tr("The Menu tab will edit the persistent menu, per locale, with a preview of "
                  "what Messenger shows.");
    case WorkspaceTab::LabelsBroadcasts:
        return tr("The Labels & Broadcasts tab will manage custom labels and the people who "
                  "carry them, and compose broadcasts by hand.");
    case WorkspaceTab::AudienceInsights:
        return tr("The Audience & Insights tab will chart the Page's messaging insights and "
                  "show who the bot is offered to.");
    case WorkspaceTab::ConversationsTools:
        return tr("The Conversations & Tools tab will gather the one-off operations of the "
                  "Messenger Platform.");
    case WorkspaceTab::Overview:
        break;
    }
    return {};
}

QStringList PlannedTab::features(WorkspaceTab tab)
{
    switch (tab) {
    case WorkspaceTab::Profile:
        return {tr("Greeting text per locale, with the user name placeholders."),
                tr("The Get Started button and its payload."),
                tr("Ice breakers: up to four questions people can tap."),
                tr("Whitelisted domains, account linking URL and home URL."),
                tr("Payment settings and target audience, where Graph still serves them."),
                tr("Drafts that autosave, a diff before applying, and revert.")};
    case WorkspaceTab::Menu:
        return {tr("Postback and web URL items, up to 20 per locale since Graph v8.0."),
                tr("Nested menus for apps that still use a Graph version before v8.0."),
                tr("The switch that disables the composer."),
                tr("Menus for single people (custom user settings).")};
    case WorkspaceTab::LabelsBroadcasts:
        return {tr("Create, rename and delete custom labels."),
                tr("Label and unlabel thousands of people from a list of PSIDs, in batches."),
                tr("Message creatives, broadcasts and reach estimates, marked as deprecated "
                   "by Graph.")};
    case WorkspaceTab::AudienceInsights:
        return {tr("Messaging insights over a date range, as charts."),
                tr("Target audience by country."),
                tr("The status of the Page's messaging feature review.")};
    case WorkspaceTab::ConversationsTools:
        return {tr("Handover protocol: pass, take and request thread control."),
                tr("User profiles and ID matching across apps and Pages."),
                tr("Send messages and upload reusable attachments."),
                tr("Messenger codes, account unlinking, NLP settings and webhook "
                   "subscriptions.")};
    case WorkspaceTab::Overview:
        break;
    }
    return {};
}

} // namespace mdesk::ui
