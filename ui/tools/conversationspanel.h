#pragma once

#include "ui/shell/pagecontext.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QTimer;

namespace mdesk::models {
class ConversationSync;
class ThreadListModel;
} // namespace mdesk::models

namespace mdesk::ui {

class ThreadView;

// Conversations: the Page's threads from the shared local store (kept up to date by
// models::ConversationSync, started here with "Sync conversations", with progress and
// cancel), newest first with a search by name or PSID; the chosen thread opens in a
// ThreadView (messages, owner and handover, reply window, sender actions, persona, reply).
// Without a store (context.database null) the list says why and only nothing can be synced.
//
// Contract: threadsChanged() after a sync finished (also cancelled or failed: what was
// read is kept) and the list was read again.
class ConversationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationsPanel(const PageContext &context, QWidget *parent = nullptr);

    models::ThreadListModel *threads() const { return m_model; }
    ThreadView *threadView() const { return m_view; }
    // Opens the thread of this person when the list holds it; false otherwise.
    bool openThread(const QString &psid);
    void startSync();
    void cancelSync();

Q_SIGNALS:
    void threadsChanged();

private:
    void openRow(int row);
    void updateCount();

    PageContext m_context;
    models::ThreadListModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_count;
    QPushButton *m_sync;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTimer *m_debounce;
    ThreadView *m_view;
    QPointer<models::ConversationSync> m_syncJob;
};

} // namespace mdesk::ui
