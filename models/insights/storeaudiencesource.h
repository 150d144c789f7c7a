#pragma once

#include "models/insights/audiencestats.h"

namespace mdesk::store {
class Database;
}

namespace mdesk::models {

// The audience as the local store knows it: the contacts table and the label index.
class StoreAudienceSource : public AudienceSource
{
public:
    explicit StoreAudienceSource(store::Database &database);

    std::optional<QList<AudiencePerson>> people(const QString &pageId) override;
    std::optional<QList<AudienceLabelSize>> labels(const QString &pageId) override;
    QString lastError() const override { return m_error; }

private:
    store::Database &m_database;
    QString m_error;
};

} // namespace mdesk::models
