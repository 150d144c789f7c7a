#pragma once

#include "ui/shell/pagecontext.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mdesk::models {
class MessageDocument;
struct OneRecipient;
class SingleSend;
} // namespace mdesk::models

namespace mdesk::ui {

class MessageComposer;

// Send one message: the shared composer to one recipient of any form of graph-api.md
// section 3 (PSID, user_ref, phone number with an optional name, post or comment for a
// private reply, notification tokens), with the messaging type and tag the rules allow
// (models::OneRecipient). Everything is checked as typed with the message beside the
// field, and Send stays off while anything is wrong. The answer shows the message_id, or
// Graph's error in plain words with code and fbtrace_id; what was typed is kept either way.
// For a PSID the local store knows (context.database), the window as the store sees it is
// shown as a hint (Graph decides when the message arrives).
// An upload or send in flight can be cancelled (a send cancelled after it left is unknown).
//
// Contract: sent(messageId) after Graph accepted a message; failed() after an error.
class SendMessageForm : public QWidget
{
    Q_OBJECT
public:
    explicit SendMessageForm(const PageContext &context, QWidget *parent = nullptr);

    models::MessageDocument *document() const { return m_document; }
    // Whether Send is possible now (nothing wrong, nothing in flight).
    bool canSend() const;

Q_SIGNALS:
    void sent(const QString &messageId);
    void failed();

private:
    void send();
    void updateState();
    void updateWindowHint(const models::OneRecipient &recipient, bool valid);

    PageContext m_context;
    models::MessageDocument *m_document;
    QPointer<models::SingleSend> m_send;
    QComboBox *m_form;
    QLineEdit *m_value;
    QLabel *m_valueProblem;
    QLabel *m_windowHint;
    QWidget *m_nameRow;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QComboBox *m_type;
    QComboBox *m_tag;
    QLabel *m_typeProblem;
    QComboBox *m_notification;
    MessageComposer *m_composer;
    QLabel *m_messageProblem;
    QPushButton *m_sendButton;
    QPushButton *m_cancel;
    QLabel *m_result;
};

} // namespace mdesk::ui
