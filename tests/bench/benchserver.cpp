#include "benchserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mdesk::bench {

using testsupport::RecordedRequest;
using testsupport::ScriptedResponse;

BenchServer::BenchServer(int latencyMs)
    : m_server(new testsupport::TestHttpServer)
{
    m_listening = m_server->listen();
    m_url = m_server->url();
    m_server->setRecording(false);
    m_server->setExtraDelay(latencyMs);
    // Runs on the server thread; touches only its argument and an atomic.
    m_server->setHandler([this](const RecordedRequest &request) {
        if (!request.path.endsWith(QLatin1Char('/')))
            return ScriptedResponse::json(
                QJsonObject{{QStringLiteral("success"), true},
                            {QStringLiteral("message_id"), QStringLiteral("m_bench")}});
        const QJsonArray batch = request.json().object().value(QStringLiteral("batch")).toArray();
        m_items += int(batch.size());
        QJsonArray answers;
        // One answer that fits both shapes the benches rely on: a label call's "success"
        // and a send's "message_id" (the client checks them).
        const QJsonObject ok{
            {QStringLiteral("code"), 200},
            {QStringLiteral("body"),
             QStringLiteral(
                 "{\"success\":true,\"recipient_id\":\"1\",\"message_id\":\"m_bench\"}")}};
        for (qsizetype i = 0; i < batch.size(); ++i)
            answers.append(ok);
        return ScriptedResponse::json(answers);
    });
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
}

BenchServer::~BenchServer()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace mdesk::bench
