#include "models/tools/singlesend.h"

#include "models/broadcasts/messagedocument.h"

namespace mdesk::models {

SingleSend::SingleSend(api::GraphClient *client, api::CallOptions options, QJsonObject fields,
                       MessageDocument *document, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
    , m_fields(std::move(fields))
    , m_document(document)
{
    m_options.retry = false; // a send is never repeated by itself
}

void SingleSend::start()
{
    const bool needsUpload =
        m_document && m_document->kind() == MessageDocument::Kind::Attachment &&
        !m_document->attachmentFile().isEmpty() && m_document->attachmentId().isEmpty();
    if (!needsUpload) {
        send();
        return;
    }
    Q_EMIT stepChanged(Step::Uploading);
    const QString type = m_document->attachmentType();
    const QString file = m_document->attachmentFile();
    m_reply = m_client->call(QStringLiteral("upload_attachment"),
                             {{QStringLiteral("type"), type},
                              {QStringLiteral("file"), file},
                              {QStringLiteral("is_reusable"), true}},
                             m_options);
    connect(m_reply, &api::GraphReply::uploadProgress, this, &SingleSend::uploadProgress);
    connect(m_reply, &api::GraphReply::finished, this,
            [this, type, file](const api::GraphResult &result) {
                m_reply = nullptr;
                const QString id =
                    result.isOk()
                        ? result.object().value(QStringLiteral("attachment_id")).toString()
                        : QString();
                if (id.isEmpty() || !m_document) {
                    m_done = true;
                    Q_EMIT finished(result, true);
                    return;
                }
                // The id replaces the file, so a second send does not upload again.
                m_document->setAttachment(type, {}, id, file);
                send();
            });
}

void SingleSend::send()
{
    if (!m_document) {
        m_done = true;
        Q_EMIT finished(api::GraphResult::failure(api::GraphError::invalidInput(
                            QStringLiteral("message"), tr("The message is gone."))),
                        false);
        return;
    }
    Q_EMIT stepChanged(Step::Sending);
    m_input = m_fields;
    m_input.insert(QStringLiteral("message"), m_document->message());
    if (!m_document->personaId().isEmpty())
        m_input.insert(QStringLiteral("persona_id"), m_document->personaId());
    m_reply = m_client->call(QStringLiteral("send_message"), m_input, m_options);
    connect(m_reply, &api::GraphReply::finished, this, [this](const api::GraphResult &result) {
        m_reply = nullptr;
        m_done = true;
        Q_EMIT finished(result, false);
    });
}

void SingleSend::cancel()
{
    if (m_reply)
        m_reply->cancel();
}

} // namespace mdesk::models

#include "moc_singlesend.cpp"
