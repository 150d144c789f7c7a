#include "ui/tools/webhooksform.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

const QStringList &WebhooksForm::fieldNames()
{
    static const QStringList fields{QStringLiteral("messages"),
                                    QStringLiteral("messaging_postbacks"),
                                    QStringLiteral("messaging_optins"),
                                    QStringLiteral("message_deliveries"),
                                    QStringLiteral("message_reads"),
                                    QStringLiteral("message_echoes"),
                                    QStringLiteral("message_reactions"),
                                    QStringLiteral("messaging_referrals"),
                                    QStringLiteral("messaging_handovers"),
                                    QStringLiteral("standby"),
                                    QStringLiteral("messaging_account_linking"),
                                    QStringLiteral("messaging_policy_enforcement"),
                                    QStringLiteral("messaging_feedback"),
                                    QStringLiteral("messaging_customer_information"),
                                    QStringLiteral("messaging_game_plays"),
                                    QStringLiteral("messaging_payments"),
                                    QStringLiteral("messaging_pre_checkouts"),
                                    QStringLiteral("messaging_checkout_updates"),
                                    QStringLiteral("inbox_labels"),
                                    QStringLiteral("feed")};
    return fields;
}

WebhooksForm::WebhooksForm(const PageContext &context, QWidget *parent)
    : ToolForm(QStringLiteral("webhooksForm"), context, parent)
{
    m_current = new QLabel(tr("Not read yet: press Read to ask Graph."), this);
    m_current->setObjectName(QStringLiteral("webhooksCurrent"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_current);
    auto *group = new QGroupBox(tr("Fields this app gets events for"), this);
    auto *grid = new QGridLayout(group);
    const QStringList &names = fieldNames();
    for (int i = 0; i < names.size(); ++i) {
        auto *box = new QCheckBox(names.at(i), group);
        box->setObjectName(QStringLiteral("webhookField_") + names.at(i));
        grid->addWidget(box, i / 3, i % 3);
        connect(box, &QCheckBox::toggled, this, &ToolForm::revalidate);
        m_fields.append(box);
    }
    body()->addWidget(group);
    m_read = new QPushButton(tr("&Read"), this);
    m_read->setObjectName(QStringLiteral("webhooksRead"));
    m_subscribe = new QPushButton(tr("&Subscribe with these fields"), this);
    m_subscribe->setObjectName(QStringLiteral("webhooksSubscribe"));
    m_unsubscribe = new QPushButton(tr("&Unsubscribe..."), this);
    m_unsubscribe->setObjectName(QStringLiteral("webhooksUnsubscribe"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_read);
    row->addStretch();
    row->addWidget(m_unsubscribe);
    row->addWidget(m_subscribe);
    body()->addLayout(row);
    body()->addStretch();
    addAction(m_read, [] { return QList<api::Violation>{}; });
    addAction(m_subscribe, [this] {
        if (checkedFields().isEmpty())
            return QList<api::Violation>{
                {QStringLiteral("subscribed_fields"), tr("Check at least one field.")}};
        return checkInput(
            QStringLiteral("subscribe_to_page_webhooks"),
            {{QStringLiteral("subscribed_fields"), QJsonArray::fromStringList(checkedFields())}});
    });
    addAction(m_unsubscribe, [] { return QList<api::Violation>{}; });
    connect(m_read, &QPushButton::clicked, this, &WebhooksForm::read);
    connect(m_subscribe, &QPushButton::clicked, this, &WebhooksForm::subscribe);
    connect(m_unsubscribe, &QPushButton::clicked, this, &WebhooksForm::unsubscribe);
    revalidate();
}

QStringList WebhooksForm::checkedFields() const
{
    QStringList out;
    for (const QCheckBox *box : m_fields) {
        if (box->isChecked())
            out.append(box->text());
    }
    return out;
}

void WebhooksForm::showEvent(QShowEvent *event)
{
    ToolForm::showEvent(event);
    if (!m_readOnce && context().client)
        read();
}

void WebhooksForm::read()
{
    m_readOnce = true;
    run(QStringLiteral("fetch_subscribed_apps"), {}, tr("Reading the subscriptions..."),
        [this](const api::GraphResult &result) {
            if (!result.isOk())
                return;
            QStringList lines;
            QStringList ours;
            bool subscribed = false;
            for (const QJsonValue &entry :
                 result.object().value(QStringLiteral("data")).toArray()) {
                const QJsonObject app = entry.toObject();
                QStringList fields;
                for (const QJsonValue &field :
                     app.value(QStringLiteral("subscribed_fields")).toArray())
                    fields.append(field.toString());
                const QString id = app.value(QStringLiteral("id")).toString();
                lines.append(tr("%1 (%2): %3")
                                 .arg(app.value(QStringLiteral("name")).toString(), id,
                                      fields.join(QStringLiteral(", "))));
                if (id == context().page.appId) {
                    subscribed = true;
                    ours = fields;
                }
            }
            m_current->setText(lines.isEmpty()
                                   ? tr("No app is subscribed to this Page's webhooks: your "
                                        "server gets no events from it.")
                                   : tr("Subscribed apps:\n%1").arg(lines.join(QLatin1Char('\n'))));
            // The checkboxes follow what Graph has for this app, so Subscribe changes it.
            if (subscribed) {
                for (QCheckBox *box : std::as_const(m_fields))
                    box->setChecked(ours.contains(box->text()));
            }
        });
}

void WebhooksForm::subscribe()
{
    const QStringList fields = checkedFields();
    run(QStringLiteral("subscribe_to_page_webhooks"),
        {{QStringLiteral("subscribed_fields"), QJsonArray::fromStringList(fields)}},
        tr("Subscribing..."), [this, fields](const api::GraphResult &result) {
            if (!result.isOk())
                return;
            showResult(tr("The app now gets these events of %1: %2.")
                           .arg(context().page.displayName(), fields.join(QStringLiteral(", "))));
            m_current->setText(tr("Subscribed with: %1").arg(fields.join(QStringLiteral(", "))));
        });
}

void WebhooksForm::unsubscribe()
{
    if (!confirm(tr("Unsubscribe"),
                 tr("Unsubscribe this app from %1's webhooks? Your server stops getting "
                    "messages, postbacks and every other event of the Page until you subscribe "
                    "again; people's messages are not answered by your bot meanwhile.")
                     .arg(context().page.displayName()),
                 tr("Unsubscribe")))
        return;
    run(QStringLiteral("unsubscribe_to_page_webhooks"), {}, tr("Unsubscribing..."),
        [this](const api::GraphResult &result) {
            if (!result.isOk())
                return;
            showResult(tr("The app no longer gets webhook events of %1.")
                           .arg(context().page.displayName()));
            // The checked fields stay, ready to subscribe again.
            m_current->setText(tr("No app of yours is subscribed now."));
        });
}

} // namespace mdesk::ui
