#include "ui/tools/conversationstoolstab.h"

#include "ui/tools/attachmentsform.h"
#include "ui/tools/conversationspanel.h"
#include "ui/tools/featurereviewform.h"
#include "ui/tools/messengercodeform.h"
#include "ui/tools/nlpform.h"
#include "ui/tools/personasform.h"
#include "ui/tools/rawcallform.h"
#include "ui/tools/sendmessageform.h"
#include "ui/tools/unlinkaccountform.h"
#include "ui/tools/userlookupform.h"
#include "ui/tools/webhooksform.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <algorithm>

namespace mdesk::ui {

ConversationsToolsTab::ConversationsToolsTab(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("conversationsToolsTab"));
    auto *layout = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("toolSections"));
    m_list->setAccessibleName(tr("Tools"));
    m_list->setAccessibleDescription(tr("Choose a tool; its form opens on the right."));
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setMaximumWidth(220);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("toolStack"));
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
}

ConversationsToolsTab *ConversationsToolsTab::create(const PageContext &context, QWidget *parent)
{
    auto *tab = new ConversationsToolsTab(parent);
    tab->addSection(QStringLiteral("conversations"), tr("Conversations"),
                    new ConversationsPanel(context));
    tab->addSection(QStringLiteral("sendMessage"), tr("Send one message"),
                    new SendMessageForm(context));
    tab->addSection(QStringLiteral("userLookup"), tr("User lookup"), new UserLookupForm(context));
    tab->addSection(QStringLiteral("personas"), tr("Personas"), new PersonasForm(context));
    tab->addSection(QStringLiteral("attachments"), tr("Attachments"), new AttachmentsForm(context));
    tab->addSection(QStringLiteral("messengerCode"), tr("Messenger code"),
                    new MessengerCodeForm(context));
    tab->addSection(QStringLiteral("unlinkAccount"), tr("Unlink account"),
                    new UnlinkAccountForm(context));
    tab->addSection(QStringLiteral("featureReview"), tr("Feature review"),
                    new FeatureReviewForm(context));
    tab->addSection(QStringLiteral("nlp"), tr("Built-in NLP"), new NlpForm(context));
    tab->addSection(QStringLiteral("webhooks"), tr("Webhook subscriptions"),
                    new WebhooksForm(context));
    tab->addSection(QStringLiteral("rawCall"), tr("Raw call"), new RawCallForm(context));
    return tab;
}

void ConversationsToolsTab::addSection(const QString &id, const QString &title, QWidget *widget)
{
    insertSection(m_list->count(), id, title, widget);
}

void ConversationsToolsTab::insertSection(int position, const QString &id, const QString &title,
                                          QWidget *widget)
{
    position = std::clamp(position, 0, m_list->count());
    // Forms grow with their answers: each scrolls on its own.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(id + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(widget);
    const QString current = currentSection();
    m_stack->insertWidget(position, scroll);
    auto *item = new QListWidgetItem(title);
    item->setData(Qt::UserRole, id);
    item->setToolTip(title);
    m_list->insertItem(position, item);
    if (current.isEmpty() || m_list->count() == 1)
        m_list->setCurrentRow(0);
    else
        showSection(current);
}

QWidget *ConversationsToolsTab::section(const QString &id) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            return static_cast<QScrollArea *>(m_stack->widget(row))->widget();
    }
    return nullptr;
}

QStringList ConversationsToolsTab::sectionIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(Qt::UserRole).toString());
    return ids;
}

bool ConversationsToolsTab::showSection(const QString &id)
{
    const int row = int(sectionIds().indexOf(id));
    if (row < 0)
        return false;
    m_list->setCurrentRow(row);
    m_stack->setCurrentIndex(row);
    return true;
}

QString ConversationsToolsTab::currentSection() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace mdesk::ui
