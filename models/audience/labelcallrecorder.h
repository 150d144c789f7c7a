#pragma once

#include "api/graphevent.h"
#include "models/store/labelindex.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

namespace mdesk::api {
class EventHub;
}

namespace mdesk::models {

// The one place every label call of the app reaches the label index: it listens to a
// GraphClient's EventHub, so single calls (GUI, `call`), batches (BulkJob, `labels bulk`)
// and reads are all seen, whoever made them. Only succeeded events count, and in a batch
// only the items Graph answered with success:
//   label_user / unlabel_user        the person gains / loses the label
//   delete_custom_label              the label and its memberships leave the index
//   list_custom_labels_of_user       the person's labels (replaced when the answer was the
//                                    whole list, else added)
//   create_custom_label, fetch_custom_label, list_custom_labels
//                                    label names (a whole list also drops labels deleted
//                                    elsewhere)
//
// The database is asked for on the first label event, so a process that makes no label
// call never opens the store. Contract: indexChanged() after each event that changed the
// index; failed() when the store refused a change (the call itself still succeeded).
class LabelCallRecorder : public QObject
{
    Q_OBJECT
public:
    // Gives the opened store to write to; nullptr skips the event and reports failed() with
    // *error.
    using DatabaseProvider = std::function<store::Database *(QString *error)>;

    // hub: the events to record; nullptr when the owner calls record() itself.
    LabelCallRecorder(api::EventHub *hub, DatabaseProvider database, QObject *parent = nullptr);

    // Applies one event (what the hub subscription calls).
    void record(const api::GraphEvent &event);
    // Whether an op id can change the index.
    static bool isLabelOp(const QString &op);

Q_SIGNALS:
    void indexChanged(const QString &pageId);
    void failed(const QString &message);

private:
    struct LabelCall
    {
        QString op;
        QStringList pathSegments; // of the path relative to the Graph version
        QJsonObject query;        // string values
        QJsonObject body;
        QJsonValue response; // the ok body
        QStringList users;   // label_user / unlabel_user: the PSIDs (a batch's, merged)
    };

    // The label calls an event holds: itself, or a batch's items that succeeded.
    static QList<LabelCall> labelCalls(const api::GraphEvent &event);
    static QList<LabelCall> batchItems(const QJsonObject &request, const QJsonValue &response);
    // Neighbouring label_user (or unlabel_user) calls of one label as one call for many
    // PSIDs: a bulk job's batch of 50 is one transaction, not 50.
    static QList<LabelCall> merged(const QList<LabelCall> &calls);
    // false: the store refused (index.lastError() says why).
    static bool apply(store::LabelIndex &index, const LabelCall &call, qint64 nowMs);

    DatabaseProvider m_database;
};

} // namespace mdesk::models
