#pragma once

#include <QObject>
#include <memory>

namespace mdesk::store {
class Database;
}
namespace mdesk::models {
class AudienceSource;
class InsightsCache;
} // namespace mdesk::models

namespace mdesk::ui {

// The local store the Audience & Insights tabs of a run share: opened on first use at
// store::Database::defaultPath(), owned by the application object. When the store cannot
// be opened the insights cache lives in memory and the audience says why it is missing.
class InsightsStorage : public QObject
{
    Q_OBJECT
public:
    static InsightsStorage *instance();
    ~InsightsStorage() override;

    models::InsightsCache *cache() const { return m_cache.get(); }
    models::AudienceSource *audience() const { return m_audience.get(); }
    // Why the store is not used; empty when it is.
    QString problem() const { return m_problem; }

private:
    explicit InsightsStorage(QObject *parent);

    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<models::InsightsCache> m_cache;
    std::unique_ptr<models::AudienceSource> m_audience;
    QString m_problem;
};

} // namespace mdesk::ui
