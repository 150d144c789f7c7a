#include "ui/broadcasts/broadcaststab.h"

#include "ui/broadcasts/audiencepicker.h"
#include "ui/broadcasts/composepanel.h"
#include "ui/broadcasts/historypanel.h"
#include "ui/broadcasts/labelspanel.h"
#include "ui/broadcasts/legacybroadcastpanel.h"
#include "ui/broadcasts/peoplepanel.h"
#include "ui/widgets/messagebox.h"

#include "models/audience/labelcallrecorder.h"
#include "models/broadcasts/broadcastbook.h"
#include "models/broadcasts/broadcastscheduler.h"
#include "models/broadcasts/contacttablemodel.h"
#include "models/broadcasts/messagedocument.h"
#include "models/store/database.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mdesk::ui {

BroadcastsTab::BroadcastsTab(const PageContext &context, store::Database &database, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_book(std::make_unique<models::BroadcastBook>(database, context.page.appId, context.page.id))
{
    setObjectName(QStringLiteral("broadcastsTab"));
    m_book->recoverInterrupted();
    // Every label call of this tab reaches the store's label index through its event.
    auto *recorder = new models::LabelCallRecorder(
        context.client->events(), [&database](QString *) { return &database; }, this);
    Q_UNUSED(recorder)

    auto *layout = new QVBoxLayout(this);
    m_parts = new QTabWidget(this);
    m_parts->setObjectName(QStringLiteral("broadcastParts"));
    layout->addWidget(m_parts);
    m_people = new PeoplePanel(context, database, m_parts);
    m_labels = new LabelsPanel(context, database, m_parts);
    auto *composePage = new QWidget(m_parts);
    auto *composeLayout = new QVBoxLayout(composePage);
    composeLayout->setContentsMargins(0, 0, 0, 0);
    m_compose = new ComposePanel(context, m_book.get(), composePage);
    composeLayout->addWidget(m_compose, 1);
    m_legacy = new LegacyBroadcastPanel(context, composePage);
    composeLayout->addWidget(m_legacy);
    m_history = new HistoryPanel(m_book.get(), m_parts);
    m_parts->addTab(m_people, tr("&People"));
    m_parts->addTab(m_labels, tr("&Labels"));
    m_parts->addTab(composePage, tr("&Compose and send"));
    m_parts->addTab(m_history, tr("&History"));

    const auto selection = [this] { return m_people->selectedPsids(); };
    m_labels->setSelectionProvider(selection);
    m_compose->audience()->setSelectionProvider(selection);
    m_legacy->setMessageProvider([this] { return m_compose->document()->message(); });
    connect(m_labels, &LabelsPanel::labelsChanged, this, &BroadcastsTab::labelsChanged);
    connect(m_people, &PeoplePanel::contactsChanged, this, &BroadcastsTab::labelsChanged);
    connect(m_compose, &ComposePanel::broadcastFinished, m_history, [this](qint64 id) {
        m_history->reload();
        m_history->select(id);
        m_people->model()->refresh(); // unavailable people learned from 551
    });
    connect(m_compose, &ComposePanel::scheduled, m_history, &HistoryPanel::reload);
    connect(m_history, &HistoryPanel::resumeRequested, this, [this](qint64 id) {
        m_parts->setCurrentWidget(m_compose->parentWidget());
        m_compose->runBroadcast(id);
    });

    m_scheduler = new models::BroadcastScheduler(m_book.get(), this);
    connect(m_scheduler, &models::BroadcastScheduler::due, this,
            [this](qint64 id) { m_compose->runBroadcast(id); });
    connect(m_scheduler, &models::BroadcastScheduler::missed, this, [this](qint64 id) {
        const auto draft = m_book->draft(id);
        const QString name = draft ? draft->name : QString::number(id);
        const auto answer = MessageBox::question(
            this, tr("Missed schedule"),
            tr("The broadcast \"%1\" was due while the app was closed. Send it now? Each "
               "person's window is checked again before their message leaves.")
                .arg(name),
            {{QMessageBox::Yes, tr("Send now")}, {QMessageBox::No, tr("Do not send")}},
            QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            m_compose->runBroadcast(id);
        } else {
            QString error;
            m_book->setBroadcastState(id, models::BroadcastState::Cancelled,
                                      tr("Missed while the app was closed; not sent."), &error);
            m_history->reload();
        }
    });
    m_scheduler->start();
    labelsChanged();
}

BroadcastsTab::~BroadcastsTab()
{
    // A running broadcast writes its journal through m_book from a thread of its own until
    // its runner (the compose panel's child) ends: the panel goes before the book does.
    delete m_compose;
}

void BroadcastsTab::labelsChanged()
{
    QList<AudiencePicker::LabelEntry> entries;
    QList<std::pair<QString, QString>> names = m_labels->labels();
    for (const auto &[id, name] : names)
        entries.append({id, name, m_labels->knownMembers(id)});
    m_compose->audience()->setLabels(entries);
    m_people->setLabels(names);
}

QWidget *BroadcastsTab::create(const PageContext &context, QWidget *parent)
{
    if (context.database && context.database->isOpen() && context.client)
        return new BroadcastsTab(context, *context.database, parent);
    auto *label = new QLabel(tr("Labels & Broadcasts needs the local store, which could not be "
                                "opened. The message at the top of the window says why."),
                             parent);
    label->setObjectName(QStringLiteral("broadcastsUnavailable"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace mdesk::ui
