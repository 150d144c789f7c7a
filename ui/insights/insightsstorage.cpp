#include "ui/insights/insightsstorage.h"

#include "models/insights/audiencestats.h"
#include "models/insights/storeaudiencesource.h"
#include "models/insights/storeinsightscache.h"
#include "models/store/database.h"

#include <QCoreApplication>
#include <QPointer>

namespace mdesk::ui {

InsightsStorage *InsightsStorage::instance()
{
    static QPointer<InsightsStorage> storage;
    if (!storage)
        storage = new InsightsStorage(QCoreApplication::instance());
    return storage;
}

InsightsStorage::InsightsStorage(QObject *parent)
    : QObject(parent)
    , m_database(std::make_unique<store::Database>())
{
    const store::OpenResult opened = m_database->open();
    if (opened.ok) {
        m_cache = std::make_unique<models::StoreInsightsCache>(*m_database);
        m_audience = std::make_unique<models::StoreAudienceSource>(*m_database);
    } else {
        m_problem = opened.error;
        m_database.reset();
        m_cache = std::make_unique<models::MemoryInsightsCache>();
    }
}

InsightsStorage::~InsightsStorage() = default;

} // namespace mdesk::ui
