#include "ui/tools/threadview.h"

#include "models/broadcasts/messagedocument.h"
#include "models/tools/graphfailuretext.h"
#include "models/tools/replywindow.h"
#include "models/tools/singlesend.h"
#include "ui/tools/callprogressrow.h"
#include "ui/tools/handoverpanel.h"
#include "ui/widgets/messagecomposer.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace mdesk::ui {

ThreadView::ThreadView(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_document(new models::MessageDocument(this))
{
    setObjectName(QStringLiteral("threadView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Choose a thread on the left to read it and answer."), this);
    m_title->setObjectName(QStringLiteral("threadTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);

    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *olderRow = new QHBoxLayout;
    m_older = new QPushButton(tr("Load &older messages"), top);
    m_older->setObjectName(QStringLiteral("loadOlderMessages"));
    m_older->setEnabled(false);
    olderRow->addWidget(m_older);
    m_messagesStatus = new QLabel(top);
    m_messagesStatus->setObjectName(QStringLiteral("messagesStatus"));
    m_messagesStatus->setWordWrap(true);
    olderRow->addWidget(m_messagesStatus, 1);
    topLayout->addLayout(olderRow);
    m_messages = new QListWidget(top);
    m_messages->setObjectName(QStringLiteral("threadMessages"));
    m_messages->setAccessibleName(tr("Messages of the thread"));
    m_messages->setWordWrap(true);
    m_messages->setAlternatingRowColors(true);
    topLayout->addWidget(m_messages, 1);
    m_handover = new HandoverPanel(context, top);
    topLayout->addWidget(m_handover);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_window = new QLabel(bottom);
    m_window->setObjectName(QStringLiteral("replyWindow"));
    m_window->setWordWrap(true);
    bottomLayout->addWidget(m_window);
    auto *personaRow = new QHBoxLayout;
    auto *personaLabel = new QLabel(tr("Answer &as:"), bottom);
    m_persona = new QComboBox(bottom);
    m_persona->setObjectName(QStringLiteral("replyPersona"));
    m_persona->setAccessibleName(tr("Persona to answer as"));
    m_persona->addItem(tr("The Page itself"), QString());
    personaLabel->setBuddy(m_persona);
    m_reloadPersonas = new QPushButton(tr("Reload &personas"), bottom);
    m_reloadPersonas->setObjectName(QStringLiteral("reloadPersonas"));
    personaRow->addWidget(personaLabel);
    personaRow->addWidget(m_persona, 1);
    personaRow->addWidget(m_reloadPersonas);
    bottomLayout->addLayout(personaRow);
    m_composer = new MessageComposer(m_document, bottom);
    bottomLayout->addWidget(m_composer, 1);
    auto *actions = new QHBoxLayout;
    m_sendReply = new QPushButton(tr("&Send reply"), bottom);
    m_sendReply->setObjectName(QStringLiteral("sendReply"));
    m_typing = new QPushButton(tr("Show &typing"), bottom);
    m_typing->setObjectName(QStringLiteral("typingOn"));
    m_typing->setToolTip(tr("Show the person that someone is typing (typing_on)"));
    m_markSeen = new QPushButton(tr("&Mark seen"), bottom);
    m_markSeen->setObjectName(QStringLiteral("markSeen"));
    m_markSeen->setToolTip(tr("Mark the person's messages as seen (mark_seen)"));
    actions->addWidget(m_sendReply);
    actions->addStretch();
    actions->addWidget(m_typing);
    actions->addWidget(m_markSeen);
    bottomLayout->addLayout(actions);
    m_progress = new CallProgressRow(QStringLiteral("reply"), bottom);
    m_progress->progressBar()->setAccessibleName(tr("Progress of the reply"));
    m_progress->cancelButton()->setText(tr("Cancel"));
    m_progress->cancelButton()->setToolTip(
        tr("Stop the reply; an upload or a message that already left may still reach Graph."));
    bottomLayout->addWidget(m_progress);
    m_result = new QLabel(bottom);
    m_result->setObjectName(QStringLiteral("replyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottomLayout->addWidget(m_result);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The persona is chosen from the Page's list above; the composer's free id field would
    // say the same thing twice.
    if (auto *personaId = m_composer->findChild<QLineEdit *>(QStringLiteral("composerPersona"))) {
        for (auto *form : m_composer->findChildren<QFormLayout *>()) {
            if (form->indexOf(personaId) >= 0)
                form->setRowVisible(personaId, false);
        }
    }

    connect(m_older, &QPushButton::clicked, this, &ThreadView::loadOlder);
    connect(m_messages->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_messages->verticalScrollBar()->minimum() && hasOlder() && !m_loading &&
            m_messages->verticalScrollBar()->maximum() > 0)
            loadOlder();
    });
    connect(m_reloadPersonas, &QPushButton::clicked, this, &ThreadView::reloadPersonas);
    connect(m_persona, &QComboBox::currentIndexChanged, this,
            [this] { m_document->setPersonaId(m_persona->currentData().toString()); });
    connect(m_document, &models::MessageDocument::changed, this, [this] {
        const int index = m_persona->findData(m_document->personaId());
        if (index >= 0 && index != m_persona->currentIndex())
            m_persona->setCurrentIndex(index);
        updateSendState();
    });
    connect(m_sendReply, &QPushButton::clicked, this, &ThreadView::sendReply);
    connect(m_progress, &CallProgressRow::cancelRequested, this, [this] {
        if (m_send)
            m_send->cancel();
    });
    connect(m_typing, &QPushButton::clicked, this,
            [this] { senderAction(QStringLiteral("typing_on")); });
    connect(m_markSeen, &QPushButton::clicked, this,
            [this] { senderAction(QStringLiteral("mark_seen")); });
    setThread({});
}

void ThreadView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        reloadPersonas();
    }
}

int ThreadView::messagesShown() const
{
    return m_messages->count();
}

void ThreadView::setThread(const store::Contact &contact)
{
    const bool same = contact.psid == m_contact.psid && !contact.psid.isEmpty();
    m_contact = contact;
    m_messages->clear();
    m_after.clear();
    m_newestInbound.reset();
    m_loading = false;
    if (!same)
        m_result->clear(); // a reply typed for someone else stays in the box, not its answer
    if (contact.conversationId.isEmpty()) {
        m_title->setText(tr("Choose a thread on the left to read it and answer."));
        m_messagesStatus->clear();
        m_handover->setThread({});
    } else {
        m_title->setText(
            tr("%1 (PSID %2)")
                .arg(contact.name.isEmpty() ? tr("Unnamed person") : contact.name, contact.psid));
        m_handover->setThread(contact.psid);
        loadOlder();
    }
    updateWindow();
}

void ThreadView::loadOlder()
{
    if (m_contact.conversationId.isEmpty() || m_loading || !m_context.client)
        return;
    if (m_messages->count() > 0 && m_after.isEmpty())
        return;
    QJsonObject input{{QStringLiteral("conversation_id"), m_contact.conversationId},
                      {QStringLiteral("limit"), m_pageSize}};
    if (!m_after.isEmpty())
        input.insert(QStringLiteral("after"), m_after);
    m_loading = true;
    m_older->setEnabled(false);
    m_messagesStatus->setText(tr("Reading messages..."));
    const QString conversation = m_contact.conversationId;
    auto *reply = m_context.client->call(QStringLiteral("fetch_conversation_messages"), input,
                                         m_context.callOptions());
    connect(
        reply, &api::GraphReply::finished, this,
        [this, conversation](const api::GraphResult &result) { onMessages(result, conversation); });
}

void ThreadView::onMessages(const api::GraphResult &result, const QString &conversationId)
{
    if (conversationId != m_contact.conversationId)
        return;
    m_loading = false;
    if (!result.isOk()) {
        m_messagesStatus->setText(
            models::GraphFailureText::of(tr("The messages could not be read."), result.error()));
        m_older->setEnabled(true);
        return;
    }
    const QJsonObject body = result.object();
    const QJsonArray page = body.value(QStringLiteral("data")).toArray();
    const QJsonObject paging = body.value(QStringLiteral("paging")).toObject();
    m_after = paging.contains(QStringLiteral("next")) ? paging.value(QStringLiteral("cursors"))
                                                            .toObject()
                                                            .value(QStringLiteral("after"))
                                                            .toString()
                                                      : QString();
    const bool first = m_messages->count() == 0;
    QScrollBar *bar = m_messages->verticalScrollBar();
    const int fromBottom = bar->maximum() - bar->value();
    // Newest first from Graph; the list shows the oldest at the top, so each older page
    // goes above what is shown.
    for (const QJsonValue &value : page) {
        const QJsonObject message = value.toObject();
        const QJsonObject from = message.value(QStringLiteral("from")).toObject();
        const bool fromPage = from.value(QStringLiteral("id")).toString() == m_context.page.id;
        const QDateTime at = QDateTime::fromString(
            message.value(QStringLiteral("created_time")).toString(), Qt::ISODate);
        if (!fromPage && at.isValid() &&
            (!m_newestInbound || at.toMSecsSinceEpoch() > *m_newestInbound))
            m_newestInbound = at.toMSecsSinceEpoch();
        QString text = message.value(QStringLiteral("message")).toString();
        if (text.isEmpty())
            text = tr("(no text: an attachment or a template)");
        const QString who = fromPage ? tr("The Page")
                            : from.value(QStringLiteral("name")).toString().isEmpty()
                                ? m_contact.name
                                : from.value(QStringLiteral("name")).toString();
        auto *item = new QListWidgetItem(
            tr("%1, %2:\n%3")
                .arg(who, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat), text));
        item->setTextAlignment(fromPage ? Qt::AlignRight | Qt::AlignVCenter
                                        : Qt::AlignLeft | Qt::AlignVCenter);
        item->setData(Qt::UserRole, message.value(QStringLiteral("id")).toString());
        m_messages->insertItem(0, item);
    }
    m_older->setEnabled(hasOlder());
    m_messagesStatus->setText(
        page.isEmpty() && first
            ? tr("This thread has no messages.")
            : (hasOlder()
                   ? tr("%n message(s) shown; scroll up for older ones.", "", m_messages->count())
                   : tr("%n message(s) shown: the whole thread.", "", m_messages->count())));
    if (first)
        m_messages->scrollToBottom();
    else
        bar->setValue(bar->maximum() - fromBottom);
    updateWindow();
}

void ThreadView::updateWindow()
{
    if (m_contact.psid.isEmpty()) {
        m_window->setText(tr("No thread chosen: there is nobody to answer."));
        updateSendState();
        return;
    }
    std::optional<qint64> inbound = m_contact.lastInbound;
    if (m_newestInbound && (!inbound || *m_newestInbound > *inbound))
        inbound = m_newestInbound;
    const qint64 now = m_now();
    const auto window = models::ReplyWindow::at(inbound, now, m_contact.unavailable);
    m_window->setText(window.explanation(now));
    updateSendState();
}

void ThreadView::updateSendState()
{
    std::optional<qint64> inbound = m_contact.lastInbound;
    if (m_newestInbound && (!inbound || *m_newestInbound > *inbound))
        inbound = m_newestInbound;
    const auto window = models::ReplyWindow::at(inbound, m_now(), m_contact.unavailable);
    const bool chosen = !m_contact.psid.isEmpty() && m_context.client;
    const bool busy = !m_send.isNull();
    m_sendReply->setEnabled(chosen && !busy && window.canSend() && m_document->isValid());
    m_sendReply->setToolTip(!window.canSend()        ? m_window->text()
                            : !m_document->isValid() ? tr("Fix the message first.")
                                                     : QString());
    m_typing->setEnabled(chosen && !m_contact.unavailable);
    m_markSeen->setEnabled(chosen && !m_contact.unavailable);
    m_persona->setEnabled(chosen || m_persona->count() > 1);
}

void ThreadView::sendReply()
{
    std::optional<qint64> inbound = m_contact.lastInbound;
    if (m_newestInbound && (!inbound || *m_newestInbound > *inbound))
        inbound = m_newestInbound;
    const qint64 now = m_now();
    const auto window = models::ReplyWindow::at(inbound, now, m_contact.unavailable);
    if (!window.canSend() || !m_document->isValid() || m_send || m_contact.psid.isEmpty()) {
        m_result->setText(window.canSend() ? tr("Fix the message first.")
                                           : window.explanation(now));
        return;
    }
    QJsonObject fields{
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), m_contact.psid}}},
        {QStringLiteral("messaging_type"), window.messagingType()}};
    if (!window.tag().isEmpty())
        fields.insert(QStringLiteral("tag"), window.tag());
    m_send =
        new models::SingleSend(m_context.client, m_context.callOptions(), fields, m_document, this);
    const QString psid = m_contact.psid;
    connect(m_send, &models::SingleSend::stepChanged, this, [this](models::SingleSend::Step step) {
        m_result->clear();
        m_progress->start(step == models::SingleSend::Step::Uploading
                              ? tr("Uploading the attachment...")
                              : tr("Sending the reply..."));
    });
    connect(m_send, &models::SingleSend::uploadProgress, m_progress, &CallProgressRow::setProgress);
    connect(m_send, &models::SingleSend::finished, this,
            [this, psid](const api::GraphResult &result, bool uploadFailed) {
                m_send->deleteLater();
                m_send = nullptr;
                m_progress->stop();
                if (!result.isOk()) {
                    const api::GraphError &error = result.error();
                    if (uploadFailed)
                        m_result->setText(
                            tr("%1 The reply itself was not sent; it is kept in the box.")
                                .arg(models::GraphFailureText::uploadFailure(error)));
                    else
                        m_result->setText(models::GraphFailureText::of(
                            error.isUnknownOutcome()
                                ? tr("Whether the reply went out is unknown; it is kept in the "
                                     "box. Look at the thread before you send it again.")
                                : tr("The reply was not sent; it is kept in the box."),
                            error));
                    updateSendState();
                    return;
                }
                const QString id = result.object().value(QStringLiteral("message_id")).toString();
                m_result->setText(tr("Sent (message %1).").arg(id));
                // Only a delivered reply clears the box; the persona stays chosen.
                const QString persona = m_document->personaId();
                m_document->setMessage({{QStringLiteral("text"), QString()}});
                m_document->setPersonaId(persona);
                if (psid == m_contact.psid) {
                    m_messages->clear();
                    m_after.clear();
                    loadOlder();
                }
                updateSendState();
                Q_EMIT replied(id);
            });
    updateSendState();
    m_send->start();
}

void ThreadView::senderAction(const QString &action)
{
    if (m_contact.psid.isEmpty() || !m_context.client)
        return;
    api::CallOptions options = m_context.callOptions();
    options.retry = false;
    auto *reply = m_context.client->call(
        QStringLiteral("send_message"),
        {{QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), m_contact.psid}}},
         {QStringLiteral("sender_action"), action}},
        options);
    connect(
        reply, &api::GraphReply::finished, this, [this, action](const api::GraphResult &result) {
            if (result.isOk())
                m_result->setText(action == QLatin1String("typing_on")
                                      ? tr("The person sees that someone is typing.")
                                      : tr("The person's messages are marked as seen."));
            else
                m_result->setText(
                    models::GraphFailureText::of(action == QLatin1String("typing_on")
                                                     ? tr("Typing could not be shown.")
                                                     : tr("The messages could not be marked seen."),
                                                 result.error()));
        });
}

void ThreadView::reloadPersonas()
{
    if (!m_context.client)
        return;
    m_reloadPersonas->setEnabled(false);
    auto *reply =
        m_context.client->call(QStringLiteral("list_personas"), {}, m_context.callOptions());
    connect(reply, &api::GraphReply::finished, this, [this](const api::GraphResult &result) {
        m_reloadPersonas->setEnabled(true);
        if (!result.isOk()) {
            m_result->setText(models::GraphFailureText::of(
                tr("The Page's personas could not be read."), result.error()));
            Q_EMIT personasLoaded();
            return;
        }
        const QString current = m_document->personaId();
        m_persona->blockSignals(true);
        m_persona->clear();
        m_persona->addItem(tr("The Page itself"), QString());
        for (const QJsonValue &value : result.object().value(QStringLiteral("data")).toArray()) {
            const QJsonObject persona = value.toObject();
            const QString id = persona.value(QStringLiteral("id")).toString();
            m_persona->addItem(
                tr("%1 (persona %2)").arg(persona.value(QStringLiteral("name")).toString(), id),
                id);
        }
        const int index = m_persona->findData(current);
        m_persona->setCurrentIndex(std::max(0, index));
        m_persona->blockSignals(false);
        if (index < 0)
            m_document->setPersonaId({}); // the persona is gone
        updateSendState();
        Q_EMIT personasLoaded();
    });
}

} // namespace mdesk::ui
