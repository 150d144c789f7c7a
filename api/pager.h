#pragma once

#include "graphclient.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace mdesk::api {

// Fetches every page of a list operation by following paging.cursors.after while Graph
// gives a paging.next, up to a cap. All pages share one tx_id.
//
// Contract: after start(), pageFetched() per page, then finished() exactly once: ok with
// {"data": [all items], "pages": n, "truncated": bool}, or the first error (items fetched
// so far stay in items()). cancel() ends it with a Cancelled error.
class Pager : public QObject
{
    Q_OBJECT
public:
    Pager(GraphClient *client, QString opId, QJsonObject input, CallOptions options,
          QObject *parent = nullptr);

    void setMaxItems(int maxItems) { m_maxItems = maxItems; }
    void start();
    void cancel();

    const QJsonArray &items() const { return m_items; }
    int pages() const { return m_pages; }

    // The after cursor to ask for next, or empty when the answer is the last page.
    static QString nextCursor(const QJsonObject &answer);

Q_SIGNALS:
    void pageFetched(int pages, int itemsSoFar);
    void finished(const mdesk::api::GraphResult &result);

private:
    void fetch();
    void onPage(const GraphResult &result);
    void finishWith(const GraphResult &result);

    GraphClient *m_client;
    QString m_opId;
    QJsonObject m_input;
    CallOptions m_options;
    QJsonArray m_items;
    QPointer<GraphReply> m_current;
    int m_maxItems = 10000;
    QSet<QString> m_cursorsAsked;
    int m_pages = 0;
    bool m_started = false;
    bool m_done = false;
};

} // namespace mdesk::api
