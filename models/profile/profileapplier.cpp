#include "models/profile/profileapplier.h"

#include <QJsonArray>
#include <QTimer>
#include <QUuid>

namespace mdesk::models {

ProfileApplier::ProfileApplier(api::GraphClient *client, api::CallOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    if (m_options.txId.isEmpty())
        m_options.txId = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonArray ProfileApplier::plannedCalls(const ProfileChange &change)
{
    QJsonArray calls;
    if (!change.set.isEmpty())
        calls.append(QJsonObject{
            {QStringLiteral("op"), QStringLiteral("set_messenger_profile")},
            {QStringLiteral("input"), QJsonObject{{QStringLiteral("profile"), change.set}}}});
    if (!change.reset.isEmpty())
        calls.append(QJsonObject{
            {QStringLiteral("op"), QStringLiteral("reset_messenger_profile")},
            {QStringLiteral("input"),
             QJsonObject{{QStringLiteral("fields"), QJsonArray::fromStringList(change.reset)}}}});
    return calls;
}

void ProfileApplier::start(const ProfileChange &change)
{
    m_change = change;
    m_accepted = 0;
    if (change.set.isEmpty()) {
        QTimer::singleShot(0, this, &ProfileApplier::sendReset);
        return;
    }
    m_reply = m_client->call(QStringLiteral("set_messenger_profile"),
                             {{QStringLiteral("profile"), change.set}}, m_options);
    connect(m_reply, &api::GraphReply::finished, this, [this](const api::GraphResult &result) {
        if (!result.isOk()) {
            done(result);
            return;
        }
        ++m_accepted;
        sendReset();
    });
}

void ProfileApplier::sendReset()
{
    if (m_change.reset.isEmpty()) {
        done();
        return;
    }
    m_reply = m_client->call(
        QStringLiteral("reset_messenger_profile"),
        {{QStringLiteral("fields"), QJsonArray::fromStringList(m_change.reset)}}, m_options);
    connect(m_reply, &api::GraphReply::finished, this, [this](const api::GraphResult &result) {
        if (result.isOk())
            ++m_accepted;
        done(result);
    });
}

void ProfileApplier::cancel()
{
    if (m_reply)
        m_reply->cancel();
}

void ProfileApplier::done(const api::GraphResult &failure)
{
    m_reply = nullptr;
    Q_EMIT finished(m_accepted, failure);
}

} // namespace mdesk::models

#include "moc_profileapplier.cpp"
