#pragma once

#include "models/insights/audiencestats.h"
#include "models/insights/insightscache.h"

#include <QWidget>

class QLabel;

namespace mdesk::api {
class GraphClient;
}

namespace mdesk::ui {

class CategoryChart;
class MetricChart;

// The Audience half of the Audience & Insights tab: the people the Page has talked to,
// from the local store (Graph stopped giving audience numbers in 2024): new conversations
// per day, people reachable over time, label sizes, where windows stand, unavailable and
// blocked people, the locale/timezone/gender breakdown where feature review allows it, and
// a safety panel (blocked and reported conversations per week against new ones, from the
// insights cache).
//
// Charts: "audienceNewChart", "audienceReachableChart" (MetricChart), "audienceLabelChart",
// "audienceWindowChart", "safetyChart" (CategoryChart); labels "audienceStatusLabel",
// "profileBreakdownLabel". Contract: updated() after every reload() and after the safety
// numbers and the feature review arrived.
class AudiencePanel : public QWidget
{
    Q_OBJECT
public:
    AudiencePanel(api::GraphClient *client, models::InsightsCache *cache,
                  models::AudienceSource *source, QString appId, QString pageId,
                  QWidget *parent = nullptr);

    void setNow(const QDateTime &now) { m_now = now; }
    QDateTime now() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void updated();

private:
    void drawPeople(const QList<models::AudiencePerson> &people);
    void drawLabels();
    void drawSafety();
    void fetchSafety();
    void checkFeatureReview(const QList<models::AudiencePerson> &people);

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
    QLabel *m_profile;
    bool m_safetyAsked = false;
};

} // namespace mdesk::ui
