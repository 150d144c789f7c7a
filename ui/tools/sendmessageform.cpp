#include "ui/tools/sendmessageform.h"

#include "models/broadcasts/messagedocument.h"
#include "models/broadcasts/messagingpolicy.h"
#include "models/store/contactstore.h"
#include "models/tools/graphfailuretext.h"
#include "models/tools/onerecipient.h"
#include "models/tools/replywindow.h"
#include "models/tools/singlesend.h"
#include "ui/tools/problemlabel.h"
#include "ui/widgets/messagecomposer.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

SendMessageForm::SendMessageForm(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_document(new models::MessageDocument(this))
{
    setObjectName(QStringLiteral("sendMessageForm"));
    auto *layout = new QVBoxLayout(this);

    auto *toBox = new QGroupBox(tr("Recipient and type"), this);
    auto *form = new QFormLayout(toBox);
    m_form = new QComboBox(toBox);
    m_form->setObjectName(QStringLiteral("recipientForm"));
    for (const QString &key : models::OneRecipient::forms())
        m_form->addItem(models::OneRecipient::formLabel(key), key);
    auto *formLabel = new QLabel(tr("Send &to:"), toBox);
    formLabel->setBuddy(m_form);
    form->addRow(formLabel, m_form);
    m_value = new QLineEdit(toBox);
    m_value->setObjectName(QStringLiteral("recipientValue"));
    m_value->setAccessibleName(tr("Recipient"));
    auto *valueLabel = new QLabel(tr("&Recipient:"), toBox);
    valueLabel->setBuddy(m_value);
    m_valueProblem = ProblemLabel::create(QStringLiteral("recipientProblem"), toBox);
    form->addRow(valueLabel, ProblemLabel::below(m_value, m_valueProblem, toBox));
    // What the local store knows of a PSID's window: a hint, since Graph decides.
    m_windowHint = new QLabel(toBox);
    m_windowHint->setObjectName(QStringLiteral("recipientWindow"));
    m_windowHint->setWordWrap(true);
    m_windowHint->setVisible(false);
    form->addRow(QString(), m_windowHint);
    m_nameRow = new QWidget(toBox);
    auto *nameLayout = new QHBoxLayout(m_nameRow);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    m_firstName = new QLineEdit(m_nameRow);
    m_firstName->setObjectName(QStringLiteral("recipientFirstName"));
    m_firstName->setPlaceholderText(tr("First name (optional)"));
    m_firstName->setAccessibleName(tr("First name"));
    m_lastName = new QLineEdit(m_nameRow);
    m_lastName->setObjectName(QStringLiteral("recipientLastName"));
    m_lastName->setPlaceholderText(tr("Last name (optional)"));
    m_lastName->setAccessibleName(tr("Last name"));
    nameLayout->addWidget(m_firstName);
    nameLayout->addWidget(m_lastName);
    form->addRow(tr("Name:"), m_nameRow);

    auto *typeRow = new QHBoxLayout;
    m_type = new QComboBox(toBox);
    m_type->setObjectName(QStringLiteral("messagingType"));
    m_type->setAccessibleName(tr("Messaging type"));
    m_type->addItem(tr("RESPONSE: an answer within 24 hours"), QStringLiteral("RESPONSE"));
    m_type->addItem(tr("UPDATE: news within 24 hours"), QStringLiteral("UPDATE"));
    m_type->addItem(tr("MESSAGE_TAG: outside the window, with a tag"),
                    QStringLiteral("MESSAGE_TAG"));
    m_type->addItem(tr("UTILITY: an approved template"), QStringLiteral("UTILITY"));
    m_tag = new QComboBox(toBox);
    m_tag->setObjectName(QStringLiteral("messageTag"));
    m_tag->setAccessibleName(tr("Message tag"));
    m_tag->addItem(tr("No tag"), QString());
    m_tag->addItem(tr("HUMAN_AGENT: a person's reply within 7 days"),
                   models::MessagingPolicy::HumanAgent);
    m_tag->setToolTip(tr("CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE and ACCOUNT_UPDATE were "
                         "retired in 2026 (reported 2026-04-27); only HUMAN_AGENT is left."));
    typeRow->addWidget(m_type, 1);
    typeRow->addWidget(m_tag, 1);
    auto *typeLabel = new QLabel(tr("&Messaging type:"), toBox);
    typeLabel->setBuddy(m_type);
    m_typeProblem = ProblemLabel::create(QStringLiteral("messagingTypeProblem"), toBox);
    form->addRow(typeLabel, ProblemLabel::below(typeRow, m_typeProblem, toBox));
    m_notification = new QComboBox(toBox);
    m_notification->setObjectName(QStringLiteral("notificationType"));
    m_notification->addItem(tr("Regular (sound and notification)"), QString());
    m_notification->addItem(tr("Silent push (notification, no sound)"),
                            QStringLiteral("SILENT_PUSH"));
    m_notification->addItem(tr("No push"), QStringLiteral("NO_PUSH"));
    auto *notificationLabel = new QLabel(tr("&Notification:"), toBox);
    notificationLabel->setBuddy(m_notification);
    form->addRow(notificationLabel, m_notification);
    layout->addWidget(toBox);

    m_composer = new MessageComposer(m_document, this);
    layout->addWidget(m_composer, 1);
    m_messageProblem = ProblemLabel::create(QStringLiteral("sendMessageProblem"), this);
    layout->addWidget(m_messageProblem);

    auto *actions = new QHBoxLayout;
    m_sendButton = new QPushButton(tr("&Send message"), this);
    m_sendButton->setObjectName(QStringLiteral("sendMessage"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSend"));
    m_cancel->setEnabled(false);
    actions->addWidget(m_sendButton);
    actions->addWidget(m_cancel);
    actions->addStretch();
    layout->addLayout(actions);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("sendResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    for (QLineEdit *edit : {m_value, m_firstName, m_lastName})
        connect(edit, &QLineEdit::textChanged, this, &SendMessageForm::updateState);
    for (QComboBox *combo : {m_form, m_type, m_tag, m_notification}) {
        // Long entries (German) must not widen the form past the tab: they elide instead.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        connect(combo, &QComboBox::currentIndexChanged, this, &SendMessageForm::updateState);
    }
    connect(m_document, &models::MessageDocument::changed, this, &SendMessageForm::updateState);
    connect(m_sendButton, &QPushButton::clicked, this, &SendMessageForm::send);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_send)
            m_send->cancel();
    });
    updateState();
}

bool SendMessageForm::canSend() const
{
    return m_sendButton->isEnabled();
}

void SendMessageForm::updateState()
{
    models::OneRecipient recipient;
    recipient.form = m_form->currentData().toString();
    recipient.value = m_value->text();
    const bool phone = recipient.form == QLatin1String("phone_number");
    recipient.firstName = phone ? m_firstName->text() : QString();
    recipient.lastName = phone ? m_lastName->text() : QString();
    m_nameRow->setEnabled(phone);
    m_value->setPlaceholderText(models::OneRecipient::formHint(recipient.form));
    const QString valueProblem = recipient.problem();
    // An empty recipient says nothing until something was typed.
    ProblemLabel::show(m_valueProblem, m_value->text().isEmpty() ? QString() : valueProblem);
    updateWindowHint(recipient, valueProblem.isEmpty());
    const QString typeProblem = recipient.typeProblem(
        m_type->currentData().toString(), m_tag->currentData().toString(), m_document->message());
    ProblemLabel::show(m_typeProblem, typeProblem);
    QString messageProblem;
    if (!m_document->isValid())
        messageProblem = tr("The message breaks %n rule(s); each is shown beside its part.", "",
                            int(m_document->violations().size()));
    ProblemLabel::show(m_messageProblem, messageProblem);
    const bool busy = !m_send.isNull();
    m_sendButton->setEnabled(m_context.client && !busy && valueProblem.isEmpty() &&
                             typeProblem.isEmpty() && messageProblem.isEmpty());
    m_cancel->setEnabled(busy);
}

void SendMessageForm::updateWindowHint(const models::OneRecipient &recipient, bool valid)
{
    QString hint;
    if (valid && recipient.form == QLatin1String("id") && m_context.database) {
        store::ContactStore contacts(*m_context.database, m_context.page.id);
        const auto contact = contacts.contact(recipient.value.trimmed());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (contact && contact->lastInbound)
            hint = tr("As the local store knows this person: %1")
                       .arg(models::ReplyWindow::at(contact->lastInbound, now, contact->unavailable)
                                .explanation(now));
        else
            hint = tr("The local store knows no message from this PSID; Graph checks the window "
                      "when the message is sent.");
    }
    m_windowHint->setText(hint);
    m_windowHint->setVisible(!hint.isEmpty());
}

void SendMessageForm::send()
{
    if (!canSend())
        return;
    models::OneRecipient recipient;
    recipient.form = m_form->currentData().toString();
    recipient.value = m_value->text();
    if (recipient.form == QLatin1String("phone_number")) {
        recipient.firstName = m_firstName->text();
        recipient.lastName = m_lastName->text();
    }
    QJsonObject fields{{QStringLiteral("recipient"), recipient.json()},
                       {QStringLiteral("messaging_type"), m_type->currentData().toString()}};
    if (!m_tag->currentData().toString().isEmpty())
        fields.insert(QStringLiteral("tag"), m_tag->currentData().toString());
    if (!m_notification->currentData().toString().isEmpty())
        fields.insert(QStringLiteral("notification_type"),
                      m_notification->currentData().toString());
    m_send =
        new models::SingleSend(m_context.client, m_context.callOptions(), fields, m_document, this);
    connect(m_send, &models::SingleSend::stepChanged, this, [this](models::SingleSend::Step step) {
        m_result->setText(step == models::SingleSend::Step::Uploading
                              ? tr("Uploading the attachment...")
                              : tr("Sending..."));
    });
    connect(
        m_send, &models::SingleSend::finished, this,
        [this](const api::GraphResult &result, bool uploadFailed) {
            m_send->deleteLater();
            m_send = nullptr;
            if (result.isOk()) {
                const QJsonObject body = result.object();
                const QString id = body.value(QStringLiteral("message_id")).toString();
                m_result->setText(
                    tr("Sent: message_id %1 to recipient_id %2.")
                        .arg(id,
                             body.value(QStringLiteral("recipient_id")).toVariant().toString()));
                updateState();
                Q_EMIT sent(id);
                return;
            }
            m_result->setText(models::GraphFailureText::of(
                uploadFailed ? tr("The attachment could not be uploaded, so nothing was sent.")
                             : tr("The message was not sent."),
                result.error()));
            updateState();
            Q_EMIT failed();
        });
    updateState();
    m_send->start();
}

} // namespace mdesk::ui
