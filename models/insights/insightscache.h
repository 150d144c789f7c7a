#pragma once

#include "models/insights/pacificday.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace mdesk::models {

// Values of one metric per Pacific day. A null value means Graph was asked for that
// complete day and had none (so it is not asked again).
using DayValues = QMap<QDate, QJsonValue>;

// Where fetched insights are kept, keyed (page, metric, period, Pacific day). The charts
// and the CLI go through this interface only; StoreInsightsCache keeps them in the local
// database (models/store), MemoryInsightsCache for a run without one.
class InsightsCache
{
public:
    virtual ~InsightsCache() = default;
    // The values held for days in range (days without a row are absent).
    virtual DayValues read(const QString &pageId, const QString &metric, const QString &period,
                           const DayRange &range) const = 0;
    // Inserts or replaces these days; false when they could not be kept.
    virtual bool write(const QString &pageId, const QString &metric, const QString &period,
                       const DayValues &values, const QDateTime &readAt) = 0;
};

// An InsightsCache that lives as long as the process (tests, the CLI without a store).
class MemoryInsightsCache : public InsightsCache
{
public:
    DayValues read(const QString &pageId, const QString &metric, const QString &period,
                   const DayRange &range) const override;
    bool write(const QString &pageId, const QString &metric, const QString &period,
               const DayValues &values, const QDateTime &readAt) override;

private:
    static QString key(const QString &pageId, const QString &metric, const QString &period);
    QHash<QString, DayValues> m_series;
};

} // namespace mdesk::models
