#pragma once

#include "ui/shell/pagecontext.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace mdesk::api {
class GraphReply;
}

namespace mdesk::ui {

class MessageBar;

// The first tab of a page's workspace: what the Page shows in Messenger right now, read
// with one fetch_messenger_profile call (only the fields the app's Graph version serves).
// It fetches the first time it is shown and on refresh(); the call's tx_id links to the
// event log. It changes nothing on the Page.
class OverviewTab : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit OverviewTab(const PageContext &context, QWidget *parent = nullptr);
    ~OverviewTab() override;

    State state() const { return m_state; }
    const QJsonObject &profile() const { return m_profile; }
    // tx_id of the last fetch; empty before the first.
    const QString &lastTxId() const { return m_txId; }
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
    void onFinished(const api::GraphResult &result);
    void setState(State state);
    void showProfile();

    PageContext m_context;
    State m_state = State::Idle;
    QJsonObject m_profile;
    QString m_txId;
    QPointer<api::GraphReply> m_reply;
    QHash<QString, QLabel *> m_values;
    QPushButton *m_refresh;
    QLabel *m_status;
    QPushButton *m_showInLog;
    MessageBar *m_error;
};

} // namespace mdesk::ui
