#pragma once

#include "models/insights/audiencestats.h"
#include "models/insights/insightscache.h"

#include <QWidget>

class QLabel;

namespace mdesk::api {
class GraphClient;
}
namespace mdesk::store {
class Database;
}

namespace mdesk::ui {

class CategoryChart;
class MetricChart;
class ProfileBreakdownView;

// The Audience half of the Audience & Insights tab: the people the Page has talked to,
// from the local store (Graph stopped giving audience numbers in 2024): new conversations
// per day, people reachable over time, label sizes, where windows stand, unavailable and
// blocked people, the locale/timezone/gender breakdown where feature review allows it, and
// a safety panel (blocked and reported conversations per week against new ones, from the
// insights cache).
//
// Charts: "audienceNewChart", "audienceReachableChart" (MetricChart), "audienceLabelChart",
// "audienceWindowChart", "safetyChart" (CategoryChart); label "audienceStatusLabel"; the
// profile breakdown (ProfileBreakdownView, "profileBreakdown"). Contract: updated() after
// every reload() and after the safety numbers, the feature review or a profile read
// arrived.
class AudiencePanel : public QWidget
{
    Q_OBJECT
public:
    AudiencePanel(api::GraphClient *client, models::InsightsCache *cache,
                  models::AudienceSource *source, QString appId, QString pageId,
                  QWidget *parent = nullptr);

    void setNow(const QDateTime &now) { m_now = now; }
    // The store profiles read from Graph are kept in (the session's one Database).
    void setProfileStore(store::Database *database);
    QDateTime now() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void updated();

private:
    void drawPeople(const QList<models::AudienceStatsPerson> &people);
    void drawLabels();
    void drawSafety();
    void fetchSafety();

    api::GraphClient *m_client;
    models::InsightsCache *m_cache;
    models::AudienceSource *m_source;
    QString m_appId;
    QString m_pageId;
    QDateTime m_now;

    MetricChart *m_newChart;
    MetricChart *m_reachableChart;
    CategoryChart *m_labelChart;
    CategoryChart *m_windowChart;
    CategoryChart *m_safetyChart;
    QLabel *m_status;
    ProfileBreakdownView *m_profile;
    bool m_safetyAsked = false;
};

} // namespace mdesk::ui
