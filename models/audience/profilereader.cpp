#include "models/audience/profilereader.h"

#include "api/batchrequest.h"
#include "models/store/contactprofiles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

namespace mdesk::models {

ProfileReader::ProfileReader(api::GraphClient *client, store::Database &database,
                             api::CallOptions options, QStringList fields, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_database(database)
    , m_options(std::move(options))
    , m_fields(std::move(fields))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

void ProfileReader::start()
{
    store::ContactProfiles profiles(m_database, m_options.pageId);
    const auto unread = profiles.unread();
    if (!unread) {
        m_stopReason = tr("The local store could not be read: %1").arg(profiles.lastError());
    } else if (m_fields.isEmpty()) {
        m_stopReason = tr("No profile field is allowed for this Page.");
    } else {
        m_queue = *unread;
    }
    // finished() always comes from the event loop, so a caller may connect after start().
    QTimer::singleShot(0, this, [this] {
        pump();
        finishIfDone();
    });
}

void ProfileReader::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_queue.clear();
    // The reads in flight are cancelled; their people stay unread.
    const QList<api::GraphReply *> inFlight = m_inFlight;
    for (api::GraphReply *reply : inFlight)
        reply->cancel();
    finishIfDone();
}

void ProfileReader::pump()
{
    while (!m_finished && m_stopReason.isEmpty() && !m_cancelled && !m_queue.isEmpty() &&
           m_inFlight.size() < m_concurrency) {
        const QStringList psids = m_queue.mid(0, kBatchSize);
        m_queue.remove(0, psids.size());
        QList<api::BatchItem> items;
        for (const QString &psid : psids)
            items.append(
                {QStringLiteral("fetch_user_profile"),
                 QJsonObject{{QStringLiteral("psid"), psid},
                             {QStringLiteral("fields"), QJsonArray::fromStringList(m_fields)}},
                 {},
                 {},
                 false});
        auto planned = api::BatchRequest::plan(*m_client, items, m_options);
        if (const auto *error = std::get_if<api::GraphError>(&planned)) {
            stop(error->summary());
            return;
        }
        api::GraphReply *reply = m_client->send(std::get<api::CallPlan>(std::move(planned)));
        ++m_requests;
        m_inFlight.append(reply);
        m_inFlightPeople += int(psids.size());
        connect(reply, &api::GraphReply::finished, this,
                [this, reply, psids](const api::GraphResult &result) {
                    m_inFlight.removeOne(reply);
                    m_inFlightPeople -= int(psids.size());
                    onBatchFinished(psids, result);
                });
    }
}

void ProfileReader::onBatchFinished(const QStringList &psids, const api::GraphResult &result)
{
    if (!result.isOk()) {
        if (!m_cancelled)
            stop(result.error().summary());
        finishIfDone();
        return;
    }
    const QList<api::GraphResult> answers = api::BatchRequest::decode(result, int(psids.size()));
    QList<store::ContactProfile> profiles;
    for (int i = 0; i < psids.size(); ++i) {
        const api::GraphResult &answer = answers.at(i);
        if (!answer.isOk()) {
            ++m_failed;
            if (m_firstFailure.isEmpty())
                m_firstFailure = answer.error().summary();
            continue;
        }
        const QJsonObject body = answer.object();
        store::ContactProfile profile;
        profile.psid = psids.at(i);
        profile.locale = body.value(QStringLiteral("locale")).toString();
        profile.gender = body.value(QStringLiteral("gender")).toString();
        if (body.value(QStringLiteral("timezone")).isDouble())
            profile.timezone = body.value(QStringLiteral("timezone")).toDouble();
        profiles.append(profile);
    }
    m_done += int(psids.size());
    if (!profiles.isEmpty()) {
        store::ContactProfiles store(m_database, m_options.pageId);
        const auto written = store.save(profiles, m_now());
        if (!written) {
            stop(tr("The profiles could not be stored: %1").arg(store.lastError()));
            finishIfDone();
            return;
        }
        m_stored += *written;
    }
    Q_EMIT progress(m_done, total());
    pump();
    finishIfDone();
}

void ProfileReader::stop(const QString &reason)
{
    if (m_stopReason.isEmpty())
        m_stopReason = reason;
    m_queue.clear();
}

void ProfileReader::finishIfDone()
{
    if (m_finished || !m_inFlight.isEmpty())
        return;
    if (!m_queue.isEmpty() && m_stopReason.isEmpty() && !m_cancelled)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace mdesk::models

#include "moc_profilereader.cpp"
