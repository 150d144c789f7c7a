#pragma once

#include "api/graphclient.h"
#include "models/pageref.h"

#include <QJsonObject>
#include <QObject>

namespace mdesk::models {

// Copies profile fields to several pages: one set_messenger_profile per page, all under one
// tx_id, run one after another (the profile API limit is per page, but a slow sequence is
// easier to follow in the log).
//
// Contract: start() returns at once; pageDone() per page in order, then finished() once.
class ProfileCopyJob : public QObject
{
    Q_OBJECT
public:
    struct PageResult
    {
        PageRef page;
        api::GraphResult result;
    };

    ProfileCopyJob(api::GraphClient *client, QJsonObject fields, QList<PageRef> pages,
                   QObject *parent = nullptr);

    const QString &txId() const { return m_txId; }
    const QList<PageResult> &results() const { return m_results; }
    void start();
    void cancel();

Q_SIGNALS:
    void pageDone(const mdesk::models::PageRef &page, const mdesk::api::GraphResult &result);
    void finished();

private:
    void next();

    api::GraphClient *m_client;
    QJsonObject m_fields;
    QList<PageRef> m_pages;
    QList<PageResult> m_results;
    QString m_txId;
    api::GraphReply *m_current = nullptr;
    bool m_cancelled = false;
};

} // namespace mdesk::models
