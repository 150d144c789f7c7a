#include "ui/tools/conversationspanel.h"

#include "models/audience/conversationsync.h"
#include "models/tools/threadlistmodel.h"
#include "ui/tools/threadview.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace mdesk::ui {

ConversationsPanel::ConversationsPanel(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new models::ThreadListModel(context.database, context.page.id, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("conversationsPanel"));
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("threadSearch"));
    m_search->setPlaceholderText(tr("Search by name or PSID"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the threads"));
    leftLayout->addWidget(m_search);
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("threadList"));
    m_list->setAccessibleName(tr("Threads of the Page, newest first"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    leftLayout->addWidget(m_list, 1);
    m_count = new QLabel(left);
    m_count->setObjectName(QStringLiteral("threadCount"));
    m_count->setWordWrap(true);
    leftLayout->addWidget(m_count);
    auto *syncRow = new QHBoxLayout;
    m_sync = new QPushButton(tr("S&ync conversations"), left);
    m_sync->setObjectName(QStringLiteral("syncConversations"));
    syncRow->addWidget(m_sync);
    syncRow->addStretch();
    leftLayout->addLayout(syncRow);
    // Cancel sits beside the progress and shows only with it: two long buttons side by
    // side (German) would make the thread list wider than the thread.
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(left);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    progressRow->addWidget(m_progress, 1);
    m_cancel = new QPushButton(tr("Cancel sync"), left);
    m_cancel->setObjectName(QStringLiteral("cancelSync"));
    m_cancel->setEnabled(false);
    m_cancel->setVisible(false);
    progressRow->addWidget(m_cancel);
    leftLayout->addLayout(progressRow);
    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    leftLayout->addWidget(m_status);

    m_view = new ThreadView(context, splitter);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 900});

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        const QString open = m_view->psid();
        m_model->setSearch(m_search->text());
        const int row = m_model->rowOf(open);
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row));
        updateCount();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openRow(current.row());
            });
    connect(m_sync, &QPushButton::clicked, this, &ConversationsPanel::startSync);
    connect(m_cancel, &QPushButton::clicked, this, &ConversationsPanel::cancelSync);
    m_sync->setEnabled(context.database && context.client);
    updateCount();
}

void ConversationsPanel::updateCount()
{
    if (!m_context.database) {
        m_count->setText(tr("The local store could not be opened, so no threads can be kept; "
                            "the window's message bar says why."));
        return;
    }
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(tr("The local store could not be read: %1").arg(m_model->lastError()));
        return;
    }
    const int rows = m_model->rowCount();
    if (rows == 0 && m_model->search().isEmpty())
        m_count->setText(tr("No threads of this Page are known yet: sync the conversations."));
    else if (rows == 0)
        m_count->setText(tr("No thread matches \"%1\".").arg(m_model->search()));
    else if (!m_model->shownAll())
        m_count->setText(tr("The newest %1 of %2 threads are shown; search to find the others.")
                             .arg(rows)
                             .arg(m_model->matched()));
    else
        m_count->setText(tr("%n thread(s)", "", rows));
}

void ConversationsPanel::openRow(int row)
{
    if (const store::Contact *contact = m_model->threadAt(row))
        m_view->setThread(*contact);
}

bool ConversationsPanel::openThread(const QString &psid)
{
    const int row = m_model->rowOf(psid);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

void ConversationsPanel::startSync()
{
    if (m_syncJob || !m_context.database || !m_context.client)
        return;
    m_syncJob = new models::ConversationSync(m_context.client, *m_context.database,
                                             m_context.callOptions(), this);
    m_sync->setEnabled(false);
    m_cancel->setEnabled(true);
    m_cancel->setVisible(true);
    m_progress->setVisible(true);
    m_status->setText(models::ConversationSync::startedText());
    connect(m_syncJob, &models::ConversationSync::progress, this, [this](int listed, int stored) {
        m_status->setText(models::ConversationSync::progressText(listed, stored));
    });
    connect(m_syncJob, &models::ConversationSync::finished, this,
            [this](models::ConversationSync::Outcome) {
                m_status->setText(m_syncJob->outcomeText());
                m_syncJob->deleteLater();
                m_sync->setEnabled(true);
                m_cancel->setEnabled(false);
                m_cancel->setVisible(false);
                m_progress->setVisible(false);
                const QString open = m_view->psid();
                m_model->refresh();
                if (const int row = m_model->rowOf(open); row >= 0)
                    m_list->setCurrentIndex(m_model->index(row));
                updateCount();
                Q_EMIT threadsChanged();
            });
    m_syncJob->start();
}

void ConversationsPanel::cancelSync()
{
    if (m_syncJob)
        m_syncJob->cancel();
}

} // namespace mdesk::ui
