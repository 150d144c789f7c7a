#include "ui/tools/handoverpanel.h"

#include "models/tools/graphfailuretext.h"
#include "ui/tools/problemlabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

HandoverPanel::HandoverPanel(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("handoverPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Handover"), this);
    layout->addWidget(box);
    auto *form = new QFormLayout(box);

    m_ownerLabel = new QLabel(tr("No thread chosen."), box);
    m_ownerLabel->setObjectName(QStringLiteral("threadOwner"));
    m_ownerLabel->setWordWrap(true);
    m_ownerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Owner:"), m_ownerLabel);

    auto *targetRow = new QHBoxLayout;
    m_target = new QComboBox(box);
    m_target->setObjectName(QStringLiteral("handoverTarget"));
    m_target->setAccessibleName(tr("App to pass the thread to"));
    m_target->addItem(tr("Page Inbox"), kPageInboxAppId);
    targetRow->addWidget(m_target, 1);
    m_reloadReceivers = new QPushButton(tr("Re&load apps"), box);
    m_reloadReceivers->setObjectName(QStringLiteral("reloadReceivers"));
    m_reloadReceivers->setToolTip(tr("Read the Page's secondary receivers again"));
    targetRow->addWidget(m_reloadReceivers);
    auto *targetLabel = new QLabel(tr("Pass &to:"), box);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);

    m_metadata = new QLineEdit(box);
    m_metadata->setObjectName(QStringLiteral("handoverMetadata"));
    m_metadata->setPlaceholderText(tr("Optional: a note for the app that gets the thread"));
    m_metadata->setAccessibleName(tr("Handover metadata"));
    auto *metadataLabel = new QLabel(tr("&Metadata:"), box);
    metadataLabel->setBuddy(m_metadata);
    m_metadataProblem = ProblemLabel::create(QStringLiteral("handoverMetadataProblem"), box);
    form->addRow(metadataLabel, ProblemLabel::below(m_metadata, m_metadataProblem, box));

    auto *buttons = new QHBoxLayout;
    m_pass = new QPushButton(tr("&Pass control"), box);
    m_pass->setObjectName(QStringLiteral("passThreadControl"));
    m_take = new QPushButton(tr("Ta&ke control"), box);
    m_take->setObjectName(QStringLiteral("takeThreadControl"));
    m_request = new QPushButton(tr("Re&quest control"), box);
    m_request->setObjectName(QStringLiteral("requestThreadControl"));
    buttons->addWidget(m_pass);
    buttons->addWidget(m_take);
    buttons->addWidget(m_request);
    buttons->addStretch();
    form->addRow(buttons);
    m_passBlocked = new QLabel(box);
    m_passBlocked->setObjectName(QStringLiteral("passControlBlocked"));
    m_passBlocked->setWordWrap(true);
    m_passBlocked->setVisible(false);
    form->addRow(m_passBlocked);
    m_result = new QLabel(box);
    m_result->setObjectName(QStringLiteral("handoverResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false); // an empty row would leave a gap under the buttons
    form->addRow(m_result);

    connect(m_reloadReceivers, &QPushButton::clicked, this, &HandoverPanel::reloadReceivers);
    connect(m_metadata, &QLineEdit::textChanged, this, &HandoverPanel::updateState);
    connect(m_pass, &QPushButton::clicked, this,
            [this] { run(QStringLiteral("pass_thread_control")); });
    connect(m_take, &QPushButton::clicked, this,
            [this] { run(QStringLiteral("take_thread_control")); });
    connect(m_request, &QPushButton::clicked, this,
            [this] { run(QStringLiteral("request_thread_control")); });
    updateState();
}

QString HandoverPanel::appName(const QString &appId) const
{
    if (appId == kPageInboxAppId)
        return tr("Page Inbox");
    if (appId == m_context.page.appId)
        return tr("this app (%1)").arg(m_context.app.displayName());
    const QString name = m_receiverNames.value(appId);
    return name.isEmpty() ? tr("app %1").arg(appId) : tr("%1 (app %2)").arg(name, appId);
}

void HandoverPanel::setThread(const QString &psid)
{
    m_psid = psid;
    m_owner.clear();
    m_pending.reset(); // an action on the thread before is not this thread's
    m_busy = false;
    setResult({});
    if (m_psid.isEmpty()) {
        m_ownerLabel->setText(tr("No thread chosen."));
    } else {
        if (m_receiverNames.isEmpty())
            reloadReceivers();
        readOwner();
    }
    updateState();
}

QString HandoverPanel::metadataProblem() const
{
    const int size = int(m_metadata->text().size());
    if (size > kMetadataMax)
        return tr("Metadata is at most %1 characters; this is %2.").arg(kMetadataMax).arg(size);
    return {};
}

bool HandoverPanel::isOwnedByAnotherApp() const
{
    return !m_psid.isEmpty() && !m_owner.isEmpty() && m_owner != m_context.page.appId;
}

void HandoverPanel::updateState()
{
    const QString problem = metadataProblem();
    ProblemLabel::show(m_metadataProblem, problem);
    const bool ready = !m_psid.isEmpty() && !m_busy && problem.isEmpty() && m_context.client;
    const bool blocked = isOwnedByAnotherApp();
    const QString why =
        blocked ? tr("%1 owns this thread, and Graph lets only the owner pass it. Take control "
                     "first, or request it from the owner.")
                      .arg(appName(m_owner))
                : QString();
    m_passBlocked->setText(why);
    m_passBlocked->setVisible(blocked);
    m_pass->setToolTip(why);
    m_pass->setEnabled(ready && !blocked && m_target->count() > 0);
    m_take->setEnabled(ready);
    m_request->setEnabled(ready);
    m_reloadReceivers->setEnabled(m_context.client && !m_busy);
}

void HandoverPanel::reloadReceivers()
{
    if (!m_context.client)
        return;
    auto *reply = m_context.client->call(QStringLiteral("fetch_secondary_receivers"),
                                         {{QStringLiteral("fields"), QStringLiteral("id,name")}},
                                         m_context.callOptions());
    connect(reply, &api::GraphReply::finished, this, [this](const api::GraphResult &result) {
        if (!result.isOk()) {
            setResult(models::GraphFailureText::of(
                tr("The apps that can receive threads could not be read."), result.error()));
            return;
        }
        const QString current = m_target->currentData().toString();
        m_receiverNames.clear();
        m_target->clear();
        for (const QJsonValue &value : result.object().value(QStringLiteral("data")).toArray()) {
            const QString id = value.toObject().value(QStringLiteral("id")).toString();
            if (id.isEmpty() || id == m_context.page.appId)
                continue;
            m_receiverNames.insert(id, value.toObject().value(QStringLiteral("name")).toString());
        }
        // The Page Inbox is always a receiver, named as such whatever Graph calls it.
        m_target->addItem(appName(kPageInboxAppId), kPageInboxAppId);
        for (auto it = m_receiverNames.cbegin(); it != m_receiverNames.cend(); ++it) {
            if (it.key() != kPageInboxAppId)
                m_target->addItem(appName(it.key()), it.key());
        }
        m_target->setCurrentIndex(std::max(0, m_target->findData(current)));
        if (!m_owner.isEmpty())
            m_ownerLabel->setText(appName(m_owner));
        updateState(); // the sentence on a blocked pass names the owner
    });
}

void HandoverPanel::readOwner()
{
    if (!m_context.client || m_psid.isEmpty())
        return;
    const QString psid = m_psid;
    m_ownerLabel->setText(tr("Reading who owns the thread..."));
    auto *reply = m_context.client->call(QStringLiteral("fetch_thread_owner"),
                                         {{QStringLiteral("psid"), psid}}, m_context.callOptions());
    connect(reply, &api::GraphReply::finished, this, [this, psid](const api::GraphResult &result) {
        if (psid != m_psid)
            return;
        const QJsonArray owners = result.object().value(QStringLiteral("data")).toArray();
        m_owner = owners.isEmpty() ? QString()
                                   : owners.first()
                                         .toObject()
                                         .value(QStringLiteral("thread_owner"))
                                         .toObject()
                                         .value(QStringLiteral("app_id"))
                                         .toVariant()
                                         .toString();
        if (!result.isOk())
            m_ownerLabel->setText(models::GraphFailureText::of(
                tr("Who owns the thread could not be read."), result.error()));
        else
            m_ownerLabel->setText(m_owner.isEmpty() ? tr("unknown") : appName(m_owner));
        updateState();
        finishPending();
        Q_EMIT ownerChanged(m_owner);
    });
}

void HandoverPanel::run(const QString &op)
{
    if (m_psid.isEmpty() || !metadataProblem().isEmpty() || m_busy)
        return;
    if (op == QLatin1String("pass_thread_control") && isOwnedByAnotherApp())
        return;
    QJsonObject input{{QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), m_psid}}}};
    if (!m_metadata->text().isEmpty())
        input.insert(QStringLiteral("metadata"), m_metadata->text());
    QString doing;
    if (op == QLatin1String("pass_thread_control")) {
        input.insert(QStringLiteral("target_app_id"), m_target->currentData().toString());
        doing = tr("Passing the thread to %1...").arg(m_target->currentText());
    } else if (op == QLatin1String("take_thread_control")) {
        doing = tr("Taking the thread back...");
    } else {
        doing = tr("Asking the owner for the thread...");
    }
    const QString before = m_owner;
    const QString psid = m_psid;
    m_busy = true;
    updateState();
    setResult(doing);
    api::CallOptions options = m_context.callOptions();
    options.retry = false;
    auto *reply = m_context.client->call(op, input, options);
    connect(reply, &api::GraphReply::finished, this,
            [this, op, before, psid](const api::GraphResult &result) {
                if (psid != m_psid) {
                    m_busy = false;
                    updateState();
                    return;
                }
                QString done;
                if (result.isOk() && op == QLatin1String("request_thread_control"))
                    done = tr("The owner app was asked to pass the thread; it decides.");
                if (!result.isOk()) {
                    const QString what = op == QLatin1String("pass_thread_control")
                                             ? tr("The thread was not passed.")
                                         : op == QLatin1String("take_thread_control")
                                             ? tr("The thread was not taken.")
                                             : tr("Control was not requested.");
                    done = models::GraphFailureText::of(what, result.error());
                }
                // The owner is read again either way, so before and after are both shown.
                m_pending = Pending{done, before, result.isOk()};
                readOwner();
            });
}

void HandoverPanel::setResult(const QString &text)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

void HandoverPanel::finishPending()
{
    if (!m_pending)
        return;
    const Pending pending = *m_pending;
    m_pending.reset();
    const QString was = pending.before.isEmpty() ? tr("unknown") : appName(pending.before);
    const QString now = m_owner.isEmpty() ? tr("unknown") : appName(m_owner);
    const QString owners = tr("Owner before: %1. Owner now: %2.").arg(was, now);
    setResult(pending.done.isEmpty() ? owners : pending.done + QLatin1Char(' ') + owners);
    m_busy = false;
    updateState();
    Q_EMIT actionFinished(pending.ok);
}

} // namespace mdesk::ui
