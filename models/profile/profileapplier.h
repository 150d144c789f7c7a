#pragma once

#include "api/graphclient.h"
#include "models/profile/profiledocument.h"

#include <QObject>
#include <QPointer>

namespace mdesk::models {

// Applies a ProfileChange to one page: one set_messenger_profile POST for the fields to set,
// then one reset_messenger_profile DELETE for the fields to clear, both under one tx_id.
// An empty change sends nothing. The profile API allows about 10 calls per 10 minutes per
// page, which is why the whole change goes in at most two calls.
//
// Contract: start() returns at once; finished() follows exactly once with the number of
// requests Graph accepted and, when a call failed, its result (the reset is not sent after a
// failed set).
class ProfileApplier : public QObject
{
    Q_OBJECT
public:
    ProfileApplier(api::GraphClient *client, api::CallOptions options, QObject *parent = nullptr);

    void start(const ProfileChange &change);
    void cancel();
    // The calls start() will make, for reviews: [{"op", "input"}].
    static QJsonArray plannedCalls(const ProfileChange &change);

Q_SIGNALS:
    void finished(int requestsAccepted, const mdesk::api::GraphResult &failure);

private:
    void sendReset();
    void done(const api::GraphResult &failure = api::GraphResult::success({}));

    api::GraphClient *m_client;
    api::CallOptions m_options;
    ProfileChange m_change;
    QPointer<api::GraphReply> m_reply;
    int m_accepted = 0;
};

} // namespace mdesk::models
