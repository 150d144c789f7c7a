#include "models/profile/profilecopyjob.h"

#include <QTimer>
#include <QUuid>

namespace mdesk::models {

ProfileCopyJob::ProfileCopyJob(api::GraphClient *client, QJsonObject fields, QList<PageRef> pages,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_fields(std::move(fields))
    , m_pages(std::move(pages))
    , m_txId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

void ProfileCopyJob::start()
{
    QTimer::singleShot(0, this, &ProfileCopyJob::next);
}

void ProfileCopyJob::cancel()
{
    m_cancelled = true;
    if (m_current)
        m_current->cancel();
}

void ProfileCopyJob::next()
{
    const int index = int(m_results.size());
    if (index >= m_pages.size()) {
        Q_EMIT finished();
        return;
    }
    const PageRef page = m_pages.at(index);
    if (m_cancelled) {
        const auto cancelled = api::GraphResult::failure(api::GraphError::transportError(
            api::ErrorCategory::Cancelled, QStringLiteral("cancelled"),
            tr("Copying was cancelled before this page.")));
        m_results.append({page, cancelled});
        Q_EMIT pageDone(page, cancelled);
        next();
        return;
    }
    api::CallOptions options;
    options.appId = page.appId;
    options.pageId = page.pageId;
    options.txId = m_txId;
    options.source = QStringLiteral("gui");
    m_current = m_client->call(QStringLiteral("set_messenger_profile"),
                               {{QStringLiteral("profile"), m_fields}}, options);
    connect(m_current, &api::GraphReply::finished, this,
            [this, page](const api::GraphResult &result) {
                m_current = nullptr;
                m_results.append({page, result});
                Q_EMIT pageDone(page, result);
                next();
            });
}

} // namespace mdesk::models

#include "moc_profilecopyjob.cpp"
