#pragma once

#include "api/graphclient.h"

#include <QObject>
#include <QStringList>

namespace mdesk::bench {

// Labels PSIDs with one label_user call each, keeping at most `concurrency` calls in flight
// (1: strictly one after the other). finished() when every call has ended.
class SingleCallRunner : public QObject
{
    Q_OBJECT
public:
    SingleCallRunner(api::GraphClient *client, api::CallOptions options, QString labelId,
                     QStringList psids, int concurrency, QObject *parent = nullptr);

    void start();
    int succeeded() const { return m_succeeded; }
    int failed() const { return m_failed; }

Q_SIGNALS:
    void finished();

private:
    void pump();

    api::GraphClient *m_client;
    api::CallOptions m_options;
    QString m_labelId;
    QStringList m_psids;
    int m_concurrency;
    int m_next = 0;
    int m_inFlight = 0;
    int m_succeeded = 0;
    int m_failed = 0;
};

} // namespace mdesk::bench
