#include "ui/broadcasts/legacybroadcastpanel.h"

#include "ui/widgets/checkindicatorstyle.h"
#include "ui/widgets/statuscolors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

LegacyBroadcastPanel::LegacyBroadcastPanel(const PageContext &context, QWidget *parent)
    : QGroupBox(tr("Legacy Broadcast API (deprecated)"), parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("legacyBroadcast"));
    setCheckable(true);
    setChecked(false);
    auto *outer = new QVBoxLayout(this);
    m_body = new QWidget(this);
    outer->addWidget(m_body);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *warning = new QLabel(
        tr("Meta deprecated the Broadcast API with v4.0 on 2019-07-29 and switched it off on "
           "all versions on 2020-01-15. It is here for servers that still serve it; Send "
           "now above is the way that works today."),
        m_body);
    warning->setObjectName(QStringLiteral("legacyDeprecation"));
    warning->setWordWrap(true);
    QPalette palette = warning->palette();
    palette.setColor(QPalette::WindowText,
                     StatusColors::foreground(StatusColors::Tone::Warning, palette));
    warning->setPalette(palette);
    layout->addWidget(warning);
    auto *form = new QFormLayout;
    m_labelId = new QLineEdit(m_body);
    m_labelId->setObjectName(QStringLiteral("legacyLabelId"));
    form->addRow(tr("Custom label id:"), m_labelId);
    m_broadcastId = new QLineEdit(m_body);
    m_broadcastId->setObjectName(QStringLiteral("legacyBroadcastId"));
    form->addRow(tr("Broadcast id:"), m_broadcastId);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    const auto add = [&](const QString &text, const QString &name,
                         void (LegacyBroadcastPanel::*slot)()) {
        auto *b = new QPushButton(text, m_body);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    add(tr("Create creative and broadcast"), QStringLiteral("legacySend"),
        &LegacyBroadcastPanel::createAndBroadcast);
    add(tr("Fetch"), QStringLiteral("legacyFetch"), &LegacyBroadcastPanel::fetchBroadcast);
    add(tr("Cancel broadcast"), QStringLiteral("legacyCancel"),
        &LegacyBroadcastPanel::cancelBroadcast);
    add(tr("Estimate reach"), QStringLiteral("legacyReach"), &LegacyBroadcastPanel::estimateReach);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_output = new QPlainTextEdit(m_body);
    m_output->setObjectName(QStringLiteral("legacyOutput"));
    m_output->setReadOnly(true);
    m_output->setMaximumHeight(80);
    m_output->setAccessibleName(tr("Answer of the legacy call"));
    layout->addWidget(m_output);
    m_body->setVisible(false);
    connect(this, &QGroupBox::toggled, m_body, &QWidget::setVisible);
    CheckIndicatorStyle::applyTo(this); // the box stays visible on a dark palette
}

void LegacyBroadcastPanel::setMessageProvider(std::function<QJsonObject()> provider)
{
    m_message = std::move(provider);
}

void LegacyBroadcastPanel::showAnswer(const QString &text)
{
    m_output->setPlainText(text);
}

void LegacyBroadcastPanel::call(const QString &op, const QJsonObject &input,
                                const std::function<void(const QJsonObject &)> &done)
{
    api::CallOptions options = m_context.callOptions();
    options.retry = false;
    auto *reply = m_context.client->call(op, input, options);
    connect(reply, &api::GraphReply::finished, this,
            [this, done, op](const api::GraphResult &result) {
                if (!result.isOk()) {
                    showAnswer(tr("%1 failed: %2").arg(op, result.error().summary()));
                    return;
                }
                done(result.object());
            });
}

void LegacyBroadcastPanel::createAndBroadcast()
{
    const QJsonObject message = m_message ? m_message() : QJsonObject();
    const QString labelId = m_labelId->text().trimmed();
    if (labelId.isEmpty()) {
        showAnswer(tr("Enter the custom label id the broadcast goes to."));
        return;
    }
    call(QStringLiteral("create_message_creative"),
         {{QStringLiteral("messages"), QJsonArray{message}}},
         [this, labelId](const QJsonObject &creative) {
             const QString creativeId =
                 creative.value(QStringLiteral("message_creative_id")).toString();
             call(QStringLiteral("broadcast_message"),
                  {{QStringLiteral("message_creative_id"), creativeId},
                   {QStringLiteral("custom_label_id"), labelId}},
                  [this](const QJsonObject &broadcast) {
                      const QString id = broadcast.value(QStringLiteral("broadcast_id")).toString();
                      m_broadcastId->setText(id);
                      showAnswer(tr("Broadcast %1 created.").arg(id));
                  });
         });
}

void LegacyBroadcastPanel::fetchBroadcast()
{
    call(QStringLiteral("fetch_broadcast"),
         {{QStringLiteral("broadcast_id"), m_broadcastId->text().trimmed()}},
         [this](const QJsonObject &body) {
             showAnswer(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));
         });
}

void LegacyBroadcastPanel::cancelBroadcast()
{
    call(QStringLiteral("cancel_broadcast"),
         {{QStringLiteral("broadcast_id"), m_broadcastId->text().trimmed()}},
         [this](const QJsonObject &) { showAnswer(tr("Broadcast cancelled.")); });
}

void LegacyBroadcastPanel::estimateReach()
{
    QJsonObject input;
    if (!m_labelId->text().trimmed().isEmpty())
        input.insert(QStringLiteral("custom_label_id"), m_labelId->text().trimmed());
    call(QStringLiteral("estimate_broadcast_reach"), input, [this](const QJsonObject &body) {
        showAnswer(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));
    });
}

} // namespace mdesk::ui
