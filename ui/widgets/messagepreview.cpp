#include "ui/widgets/messagepreview.h"

#include "ui/widgets/messagebubble.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {

QLabel *chip(const QString &text, QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setFrameShape(QFrame::StyledPanel);
    label->setContentsMargins(8, 4, 8, 4);
    label->setForegroundRole(QPalette::Link);
    return label;
}

QWidget *buttonColumn(const QJsonArray &buttons, QWidget *parent)
{
    auto *box = new QFrame(parent);
    box->setFrameShape(QFrame::StyledPanel);
    box->setAutoFillBackground(true);
    box->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (const auto &value : buttons) {
        auto *button = chip(value.toObject().value(QStringLiteral("title")).toString(), box,
                            QStringLiteral("previewButton"));
        button->setFrameShape(QFrame::NoFrame);
        layout->addWidget(button);
    }
    return box;
}

} // namespace

MessagePreview::MessagePreview(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(8, 8, 8, 8);
    rebuild();
}

void MessagePreview::setMessage(const QJsonObject &message)
{
    if (message == m_message)
        return;
    m_message = message;
    rebuild();
}

void MessagePreview::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QJsonObject attachment = m_message.value(QStringLiteral("attachment")).toObject();
    const QJsonObject payload = attachment.value(QStringLiteral("payload")).toObject();
    const QString type = attachment.value(QStringLiteral("type")).toString();
    const QString templateType = payload.value(QStringLiteral("template_type")).toString();

    if (m_message.contains(QStringLiteral("text"))) {
        auto *bubble = new MessageBubble(this);
        bubble->setObjectName(QStringLiteral("previewText"));
        bubble->setText(m_message.value(QStringLiteral("text")).toString());
        m_layout->addWidget(bubble);
    } else if (type == QLatin1String("template") && templateType == QLatin1String("button")) {
        auto *bubble = new MessageBubble(this);
        bubble->setObjectName(QStringLiteral("previewText"));
        bubble->setText(payload.value(QStringLiteral("text")).toString());
        m_layout->addWidget(bubble);
        m_layout->addWidget(buttonColumn(payload.value(QStringLiteral("buttons")).toArray(), this));
    } else if (type == QLatin1String("template")) {
        auto *row = new QWidget(this);
        auto *cards = new QHBoxLayout(row);
        cards->setContentsMargins(0, 0, 0, 0);
        for (const auto &value : payload.value(QStringLiteral("elements")).toArray()) {
            const QJsonObject element = value.toObject();
            auto *card = new QFrame(row);
            card->setObjectName(QStringLiteral("previewCard"));
            card->setFrameShape(QFrame::StyledPanel);
            card->setAutoFillBackground(true);
            card->setBackgroundRole(QPalette::AlternateBase);
            card->setMaximumWidth(220);
            auto *layout = new QVBoxLayout(card);
            auto *title = new QLabel(element.value(QStringLiteral("title")).toString(), card);
            QFont bold = title->font();
            bold.setBold(true);
            title->setFont(bold);
            title->setWordWrap(true);
            layout->addWidget(title);
            const QString subtitle = element.value(QStringLiteral("subtitle")).toString();
            if (!subtitle.isEmpty()) {
                auto *sub = new QLabel(subtitle, card);
                sub->setWordWrap(true);
                sub->setForegroundRole(QPalette::PlaceholderText);
                layout->addWidget(sub);
            }
            const QJsonArray buttons = element.value(QStringLiteral("buttons")).toArray();
            if (!buttons.isEmpty())
                layout->addWidget(buttonColumn(buttons, card));
            cards->addWidget(card);
        }
        cards->addStretch();
        m_layout->addWidget(row);
    } else if (!attachment.isEmpty()) {
        const QString source =
            payload.contains(QStringLiteral("attachment_id"))
                ? tr("uploaded attachment %1")
                      .arg(payload.value(QStringLiteral("attachment_id")).toString())
                : payload.value(QStringLiteral("url")).toString();
        auto *bubble = new MessageBubble(this);
        bubble->setObjectName(QStringLiteral("previewAttachment"));
        bubble->setText(tr("[%1] %2").arg(type, source));
        m_layout->addWidget(bubble);
    }

    const QJsonArray replies = m_message.value(QStringLiteral("quick_replies")).toArray();
    if (!replies.isEmpty()) {
        auto *row = new QWidget(this);
        auto *chips = new QHBoxLayout(row);
        chips->setContentsMargins(0, 4, 0, 0);
        for (const auto &value : replies) {
            const QJsonObject reply = value.toObject();
            const QString title = reply.value(QStringLiteral("title")).toString();
            chips->addWidget(chip(
                title.isEmpty() ? reply.value(QStringLiteral("content_type")).toString() : title,
                row, QStringLiteral("previewQuickReply")));
        }
        chips->addStretch();
        m_layout->addWidget(row);
    }
    m_layout->addStretch();
}

} // namespace mdesk::ui
