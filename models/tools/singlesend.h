#pragma once

#include "api/graphclient.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace mdesk::models {

class MessageDocument;

// Sends one message to one recipient: a local attachment file is uploaded first
// (upload_attachment, reusable), then send_message goes out once with the document's
// message and persona. A send is never repeated by itself (retry off): a lost answer is
// reported as unknown.
//
// Contract: after start(), stepChanged() for the upload and the send, uploadProgress()
// while the file leaves, then finished() exactly once (also after cancel()). cancel()
// before the upload's request left sends nothing (Cancelled, uploadFailed); after it left
// the upload's outcome is unknown (UnknownOutcome, uploadFailed) and no message is sent.
// The object may be deleted after finished().
class SingleSend : public QObject
{
    Q_OBJECT
public:
    enum class Step { Uploading, Sending };
    Q_ENUM(Step)

    // fields: recipient, messaging_type, tag, notification_type, ... (without message and
    // persona_id, which come from the document when it is sent).
    SingleSend(api::GraphClient *client, api::CallOptions options, QJsonObject fields,
               MessageDocument *document, QObject *parent = nullptr);

    void start();
    void cancel();
    // The send_message input that went out (empty before the send).
    const QJsonObject &sentInput() const { return m_input; }

Q_SIGNALS:
    void stepChanged(mdesk::models::SingleSend::Step step);
    // Bytes of the attachment file that left so far (total 0 when not known).
    void uploadProgress(qint64 sent, qint64 total);
    // result: the send's answer, or the upload's error when the upload failed (uploadFailed).
    void finished(const mdesk::api::GraphResult &result, bool uploadFailed);

private:
    void send();

    api::GraphClient *m_client;
    api::CallOptions m_options;
    QJsonObject m_fields;
    QPointer<MessageDocument> m_document;
    QJsonObject m_input;
    QPointer<api::GraphReply> m_reply;
    bool m_done = false;
};

} // namespace mdesk::models
