#pragma once

#include "ui/shell/pagecontext.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace mdesk::store {
class Database;
}
namespace mdesk::models {
class ContactTableModel;
class ConversationSync;
} // namespace mdesk::models

namespace mdesk::ui {

// People: the Page's contacts from the store (name, PSID, last message, window, labels,
// reachable), filtered by text, label and window; Sync conversations with progress and
// cancel; import PSIDs from a file or a paste; multi-select for labels and broadcasts.
//
// Contract: contactsChanged() after a sync or an import changed the store.
class PeoplePanel : public QWidget
{
    Q_OBJECT
public:
    PeoplePanel(const PageContext &context, store::Database &database, QWidget *parent = nullptr);

    models::ContactTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // PSIDs of the selected rows.
    QStringList selectedPsids() const;
    // Label id -> name for the label filter and the Labels column.
    void setLabels(const QList<std::pair<QString, QString>> &labels);
    // Adds PSIDs (one a line; # comments) to the store; the message says how many were new
    // and which lines were bad.
    void importPsids(const QString &text);
    void startSync();

Q_SIGNALS:
    void contactsChanged();

private:
    void applyFilter();
    void updateCount();

    PageContext m_context;
    store::Database &m_database;
    models::ContactTableModel *m_model;
    QLineEdit *m_text;
    QComboBox *m_label;
    QComboBox *m_window;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_sync;
    QPushButton *m_cancelSync;
    QProgressBar *m_syncProgress;
    QLabel *m_status;
    QTimer *m_debounce;
    QPointer<models::ConversationSync> m_syncJob;
};

} // namespace mdesk::ui
