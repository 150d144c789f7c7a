#pragma once

#include "ui/shell/pagecontext.h"

#include <QWidget>
#include <memory>

class QTabWidget;

namespace mdesk::store {
class Database;
}
namespace mdesk::models {
class BroadcastBook;
class BroadcastScheduler;
class LabelCallRecorder;
} // namespace mdesk::models

namespace mdesk::ui {

class ComposePanel;
class HistoryPanel;
class LabelsPanel;
class LegacyBroadcastPanel;
class PeoplePanel;

// The Labels & Broadcasts tab of a page's workspace: People, Labels, Compose and send (with
// the collapsed Legacy Broadcast API) and History, over the local store.
//
// On opening, broadcasts a killed run left `sending` are marked interrupted (those people
// unknown); schedules run while the tab exists, and one missed while the app was closed is
// run only after the user says so.
class BroadcastsTab : public QWidget
{
    Q_OBJECT
public:
    BroadcastsTab(const PageContext &context, store::Database &database, QWidget *parent = nullptr);
    ~BroadcastsTab() override;

    // The tab on the app's store (opened once per process at Database::defaultPath()), or a
    // page that says why the store cannot be used.
    static QWidget *create(const PageContext &context, QWidget *parent = nullptr);

    PeoplePanel *people() const { return m_people; }
    LabelsPanel *labels() const { return m_labels; }
    ComposePanel *compose() const { return m_compose; }
    HistoryPanel *history() const { return m_history; }
    LegacyBroadcastPanel *legacy() const { return m_legacy; }
    models::BroadcastScheduler *scheduler() const { return m_scheduler; }
    QTabWidget *parts() const { return m_parts; }

private:
    void labelsChanged();

    PageContext m_context;
    std::unique_ptr<models::BroadcastBook> m_book;
    QTabWidget *m_parts;
    PeoplePanel *m_people;
    LabelsPanel *m_labels;
    ComposePanel *m_compose;
    HistoryPanel *m_history;
    LegacyBroadcastPanel *m_legacy;
    models::BroadcastScheduler *m_scheduler;
};

} // namespace mdesk::ui
