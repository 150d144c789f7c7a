#pragma once

#include "models/store/contact.h"
#include "ui/shell/pagecontext.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace mdesk::models {
class MessageDocument;
class SingleSend;
} // namespace mdesk::models

namespace mdesk::ui {

class CallProgressRow;
class HandoverPanel;
class MessageComposer;

// One thread of the Page: its messages (fetch_conversation_messages, newest at the bottom,
// older pages read when the list is scrolled to the top or with "Load older messages"),
// who owns it and the handover actions (HandoverPanel), the reply window's time left
// (models::ReplyWindow), typing and mark-seen sender actions, a persona to answer as (the
// Page's personas), and a reply box on the shared MessageComposer: RESPONSE inside the
// window, HUMAN_AGENT for a person's own reply within 7 days, else the box says why
// nothing can be sent. While a reply runs, a row shows its step and the attachment upload's
// progress with Cancel ("replyProgress", "replyCancel"): a cancel before the request left
// sends nothing; after the upload left Graph may have kept the file, and no message goes
// out. What was typed stays after an error or a cancel; it is cleared after a send.
//
// Contract: replied(messageId) after a reply went out; personasLoaded() after each persona
// read (ok or not).
class ThreadView : public QWidget
{
    Q_OBJECT
public:
    explicit ThreadView(const PageContext &context, QWidget *parent = nullptr);

    // Shows the thread of contact (its conversationId); a contact without one clears it.
    void setThread(const store::Contact &contact);
    QString psid() const { return m_contact.psid; }
    // Messages per page read (Graph's limit); tests use small pages.
    void setPageSize(int messages) { m_pageSize = messages; }
    // The clock the window is measured with; tests may fix it.
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }
    void loadOlder();
    void reloadPersonas();
    void updateWindow();
    int messagesShown() const;
    bool hasOlder() const { return !m_after.isEmpty(); }
    models::MessageDocument *document() const { return m_document; }
    HandoverPanel *handover() const { return m_handover; }

Q_SIGNALS:
    void replied(const QString &messageId);
    void personasLoaded();

protected:
    // The first show reads the Page's personas: a Page opened but never looked at here
    // makes no call.
    void showEvent(QShowEvent *event) override;

private:
    void sendReply();
    void senderAction(const QString &action);
    void onMessages(const api::GraphResult &result, const QString &conversationId);
    void updateSendState();

    PageContext m_context;
    store::Contact m_contact;
    std::function<qint64()> m_now;
    int m_pageSize = 25;
    QString m_after; // cursor of the next older page; empty: none or not read yet
    bool m_loading = false;
    bool m_shownOnce = false;
    std::optional<qint64> m_newestInbound; // from the messages read
    QPointer<models::SingleSend> m_send;
    models::MessageDocument *m_document;
    QLabel *m_title;
    QListWidget *m_messages;
    QPushButton *m_older;
    QLabel *m_messagesStatus;
    HandoverPanel *m_handover;
    QLabel *m_window;
    QComboBox *m_persona;
    QPushButton *m_reloadPersonas;
    MessageComposer *m_composer;
    QPushButton *m_sendReply;
    QPushButton *m_typing;
    QPushButton *m_markSeen;
    CallProgressRow *m_progress;
    QLabel *m_result;
};

} // namespace mdesk::ui
