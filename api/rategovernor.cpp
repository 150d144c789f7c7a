#include "rategovernor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace mdesk::api {

RateGovernor::RateGovernor(QObject *parent)
    : QObject(parent)
{}

int RateGovernor::usagePercent(const QByteArray &headerValue)
{
    const QJsonObject object = QJsonDocument::fromJson(headerValue).object();
    if (object.isEmpty())
        return -1;
    int highest = 0;
    for (const char *key : {"call_count", "total_cputime", "total_time"})
        highest = std::max(highest, object.value(QLatin1String(key)).toInt());
    return highest;
}

int RateGovernor::regainMinutes(const QByteArray &headerValue)
{
    const QJsonObject object = QJsonDocument::fromJson(headerValue).object();
    // A year in minutes: a huge or absurd value (1e300, a string) can neither overflow an
    // int nor make a timer that never fires; the wait cap in GraphClient then applies.
    constexpr double kMaxMinutes = 366.0 * 24 * 60;
    double minutes = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        for (const auto &entry : it.value().toArray()) {
            const double value = entry.toObject()
                                     .value(QStringLiteral("estimated_time_to_regain_access"))
                                     .toDouble();
            if (value > minutes) // NaN compares false and is ignored
                minutes = std::min(value, kMaxMinutes);
        }
    }
    return int(std::ceil(minutes));
}

void RateGovernor::observe(const QString &appId, const QString &pageId,
                           const QHash<QByteArray, QByteArray> &headers)
{
    bool changed = false;
    const int app = usagePercent(headers.value("x-app-usage"));
    if (app >= 0 && m_appUsage.value(appId, -1) != app) {
        m_appUsage.insert(appId, app);
        changed = true;
    }
    int page = usagePercent(headers.value("x-page-usage"));
    // Business use case usage counts against the page too; the higher figure wins.
    const QJsonObject buc =
        QJsonDocument::fromJson(headers.value("x-business-use-case-usage")).object();
    for (auto it = buc.begin(); it != buc.end(); ++it) {
        for (const auto &entry : it.value().toArray())
            page = std::max(page, usagePercent(QJsonDocument(entry.toObject()).toJson()));
    }
    if (page >= 0 && !pageId.isEmpty() && m_pageUsage.value(pageId, -1) != page) {
        m_pageUsage.insert(pageId, page);
        changed = true;
    }
    if (changed)
        Q_EMIT usageChanged(appId, pageId, m_appUsage.value(appId), m_pageUsage.value(pageId));
}

qint64 RateGovernor::delayBeforeSend(const QString &appId, const QString &pageId) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 delay = 0;
    if (const auto until = m_appBlockedUntil.value(appId); until.isValid())
        delay = std::max(delay, now.msecsTo(until));
    if (const auto until = m_pageBlockedUntil.value(pageId); until.isValid())
        delay = std::max(delay, now.msecsTo(until));
    const int usage = std::max(m_appUsage.value(appId), m_pageUsage.value(pageId));
    if (usage > m_config.slowdownFromPercent) {
        const int span = std::max(1, 100 - m_config.slowdownFromPercent);
        const int over = std::min(usage, 100) - m_config.slowdownFromPercent;
        delay = std::max(delay, qint64(m_config.maxSlowdownMs) * over / span);
    }
    return std::max<qint64>(0, delay);
}

qint64 RateGovernor::jittered(qint64 delayMs)
{
    // Full jitter between half and the whole delay keeps many clients from retrying in step.
    std::uniform_int_distribution<qint64> spread(delayMs / 2, std::max<qint64>(delayMs, 1));
    return spread(m_random);
}

qint64 RateGovernor::backoffAfterTransient(int attempt)
{
    const qint64 exponential = std::min<qint64>(
        m_config.maxBackoffMs, qint64(m_config.baseBackoffMs) << std::min(attempt - 1, 20));
    return jittered(exponential);
}

qint64 RateGovernor::backoffAfterRateLimit(const QString &appId, const QString &pageId,
                                           const GraphError &error, int attempt, int regainMinutes)
{
    qint64 delay = backoffAfterTransient(attempt);
    if (regainMinutes > 0)
        delay = std::max(delay, qint64(regainMinutes) * m_config.regainUnitMs);
    const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(delay);
    if (error.code == 4)
        m_appBlockedUntil.insert(appId, until);
    else
        m_pageBlockedUntil.insert(pageId, until);
    return delay;
}

} // namespace mdesk::api

#include "moc_rategovernor.cpp"
