#include "graphreply.h"

#include "graphclient.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTimer>

namespace mdesk::api {

GraphReply::GraphReply(GraphClient *client, CallPlan plan)
    : QObject(client)
    , m_client(client)
    , m_plan(std::move(plan))
    , m_initializedAt(QDateTime::currentDateTimeUtc())
    , m_timer(new QTimer(this))
    , m_waitTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_waitTimer->setSingleShot(true);
    m_elapsed.start();
}

GraphReply::~GraphReply()
{
    if (m_network)
        m_network->deleteLater();
}

void GraphReply::cancel()
{
    if (m_finished)
        return;
    m_client->finishCancelled(this);
}

} // namespace mdesk::api

#include "moc_graphreply.cpp"
