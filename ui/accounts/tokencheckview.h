#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace mdesk::api {
class GraphClient;
class GraphReply;
class GraphResult;
} // namespace mdesk::api

namespace mdesk::ui {

// Runs debug_token for a token (with the app's credentials) and shows what Graph says:
// valid or not, the token's type and app, its scopes and when it expires. A call that
// fails shows Graph's own message. The token itself is never shown.
class TokenCheckView : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Checking, Valid, Invalid, Failed };
    Q_ENUM(State)

    explicit TokenCheckView(QWidget *parent = nullptr);
    ~TokenCheckView() override;

    void check(api::GraphClient *client, const QString &appId, const QString &token);
    void reset();

    State state() const { return m_state; }
    const QStringList &scopes() const { return m_scopes; }
    QString text() const;

Q_SIGNALS:
    void finished(mdesk::ui::TokenCheckView::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onResult(const api::GraphResult &result);
    void display(State state, const QString &text);

    State m_state = State::Idle;
    QStringList m_scopes;
    QLabel *m_text;
    QPointer<api::GraphReply> m_reply;
};

} // namespace mdesk::ui
