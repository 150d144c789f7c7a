#include "pager.h"

#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace mdesk::api {

Pager::Pager(GraphClient *client, QString opId, QJsonObject input, CallOptions options,
             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_opId(std::move(opId))
    , m_input(std::move(input))
    , m_options(std::move(options))
{
    if (m_options.txId.isEmpty())
        m_options.txId = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Pager::nextCursor(const QJsonObject &answer)
{
    const QJsonObject paging = answer.value(QStringLiteral("paging")).toObject();
    const QString next = paging.value(QStringLiteral("next")).toString();
    if (next.isEmpty())
        return {};
    const QString after = paging.value(QStringLiteral("cursors"))
                              .toObject()
                              .value(QStringLiteral("after"))
                              .toString();
    if (!after.isEmpty())
        return after;
    // Some lists give only the next URL; its "after" item is the cursor.
    return QUrlQuery(QUrl(next)).queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
}

void Pager::start()
{
    // Once only, and not after cancel(): a cancelled pager must not send anything.
    if (m_done || m_started)
        return;
    m_started = true;
    fetch();
}

void Pager::cancel()
{
    if (m_done)
        return;
    if (m_current)
        m_current->cancel(); // its finished() brings the Cancelled error here
    else
        finishWith(GraphResult::failure(
            GraphError::transportError(ErrorCategory::Cancelled, QStringLiteral("cancelled"),
                                       tr("Fetching the list was cancelled."))));
}

void Pager::fetch()
{
    m_current = m_client->call(m_opId, m_input, m_options);
    connect(m_current, &GraphReply::finished, this, &Pager::onPage);
}

void Pager::onPage(const GraphResult &result)
{
    m_current = nullptr;
    if (!result.isOk()) {
        finishWith(result);
        return;
    }
    const QJsonObject answer = result.object();
    const QJsonArray data = answer.value(QStringLiteral("data")).toArray();
    for (const auto &item : data) {
        if (m_items.size() >= m_maxItems)
            break;
        m_items.append(item);
    }
    ++m_pages;
    Q_EMIT pageFetched(m_pages, int(m_items.size()));

    const QString after = nextCursor(answer);
    const bool capped = m_items.size() >= m_maxItems;
    // A cursor asked for before means the server is going round in circles; without this
    // check such a server got one request per item up to the cap (10,000 by default).
    const bool repeated = !after.isEmpty() && m_cursorsAsked.contains(after);
    if (after.isEmpty() || capped || repeated || data.isEmpty()) {
        finishWith(GraphResult::success(
            QJsonObject{{QStringLiteral("data"), m_items},
                        {QStringLiteral("pages"), m_pages},
                        {QStringLiteral("truncated"), (capped || repeated) && !after.isEmpty()}}));
        return;
    }
    m_cursorsAsked.insert(after);
    m_input.insert(QStringLiteral("after"), after);
    m_input.remove(QStringLiteral("before"));
    fetch();
}

void Pager::finishWith(const GraphResult &result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
}

} // namespace mdesk::api

#include "moc_pager.cpp"
