#include "singlecallrunner.h"

#include <QJsonObject>

namespace mdesk::bench {

SingleCallRunner::SingleCallRunner(api::GraphClient *client, api::CallOptions options,
                                   QString labelId, QStringList psids, int concurrency,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
    , m_labelId(std::move(labelId))
    , m_psids(std::move(psids))
    , m_concurrency(std::max(1, concurrency))
{}

void SingleCallRunner::start()
{
    pump();
    if (m_psids.isEmpty())
        Q_EMIT finished();
}

void SingleCallRunner::pump()
{
    while (m_inFlight < m_concurrency && m_next < m_psids.size()) {
        const QJsonObject input{{QStringLiteral("label_id"), m_labelId},
                                {QStringLiteral("user"), m_psids.at(m_next++)}};
        api::GraphReply *reply = m_client->call(QStringLiteral("label_user"), input, m_options);
        ++m_inFlight;
        connect(reply, &api::GraphReply::finished, this, [this](const api::GraphResult &result) {
            --m_inFlight;
            ++(result.isOk() ? m_succeeded : m_failed);
            if (m_next >= m_psids.size() && m_inFlight == 0)
                Q_EMIT finished();
            else
                pump();
        });
    }
}

} // namespace mdesk::bench
