#pragma once

#include "ui/shell/pagecontext.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace mdesk::ui {

class MessageBar;

// The first tab of a page's workspace: what the Page shows in Messenger right now, as the
// Page's LivePage holds it (one fetch_messenger_profile call shared with Profile and Menu,
// only the fields the app's Graph version serves). Shown on a Page with nothing read, it
// asks the LivePage to read; refresh() reads again; an Apply in another tab shows here at
// once. The read's tx_id links to the event log. It changes nothing on the Page.
//
// Contract: stateChanged() follows every state change of the LivePage.
class OverviewTab : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit OverviewTab(const PageContext &context, QWidget *parent = nullptr);
    ~OverviewTab() override;

    State state() const { return m_state; }
    QJsonObject profile() const;
    // tx_id of the last read (or apply) of the profile; empty before the first.
    QString lastTxId() const;
    // The summary shown for a field, empty when it is unset.
    QString summaryOf(const QString &field) const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void stateChanged(mdesk::ui::OverviewTab::State state);
    void showTransactionRequested(const QString &txId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QStringList servedFields() const;
    void onLiveStateChanged();
    void showStatus();
    void showProfile();

    PageContext m_context;
    State m_state = State::Idle;
    QHash<QString, QLabel *> m_values;
    QPushButton *m_refresh;
    QLabel *m_status;
    QPushButton *m_showInLog;
    MessageBar *m_error;
};

} // namespace mdesk::ui
