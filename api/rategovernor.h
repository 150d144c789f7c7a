#pragma once

#include "grapherror.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <random>

namespace mdesk::api {

// Reads Graph's usage headers and decides how long a call waits before it goes out.
// Above slowdownFromPercent a call is delayed in proportion to the usage; after a
// rate-limit refusal the affected app or page is blocked for a jittered exponential time,
// or for estimated_time_to_regain_access when Graph says so.
class RateGovernor : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int slowdownFromPercent = 80;
        int maxSlowdownMs = 4000; // delay at 100 % usage
        int baseBackoffMs = 2000; // first back-off; doubles per attempt
        int maxBackoffMs = 10 * 60 * 1000;
        // The one retry budget: attempts per call in all, the first included. GraphClient
        // spends it for a single call, BulkJob per item (its batches go out without
        // client retries), so retries never multiply.
        int maxAttempts = 4;
        qint64 regainUnitMs = 60 * 1000; // estimated_time_to_regain_access is in minutes
        // The longest a call waits for a rate limit; a longer wait stops the call with the
        // time Graph expects to allow calls again (GraphError::retryAfter).
        qint64 maxWaitMs = 10 * 60 * 1000;
        // Waits at least this long are announced (GraphClient::waiting).
        qint64 announceFromMs = 2000;
    };

    explicit RateGovernor(QObject *parent = nullptr);

    void setConfig(const Config &config) { m_config = config; }
    const Config &config() const { return m_config; }

    // Feeds the headers of an answer (names lowercased).
    void observe(const QString &appId, const QString &pageId,
                 const QHash<QByteArray, QByteArray> &headers);
    // Milliseconds a call for this app and page should wait before it is sent.
    qint64 delayBeforeSend(const QString &appId, const QString &pageId) const;
    // Blocks the scope the refusal applies to (code 4: the whole app; others: the page) and
    // returns the delay before the retry; regainMinutes comes from X-Business-Use-Case-Usage.
    qint64 backoffAfterRateLimit(const QString &appId, const QString &pageId,
                                 const GraphError &error, int attempt, int regainMinutes);
    // Delay before retrying a call that met a transient failure.
    qint64 backoffAfterTransient(int attempt);

    int appUsagePercent(const QString &appId) const { return m_appUsage.value(appId); }
    int pageUsagePercent(const QString &pageId) const { return m_pageUsage.value(pageId); }

    // Highest of call_count, total_cputime and total_time in a usage header, or -1.
    static int usagePercent(const QByteArray &headerValue);
    // Largest estimated_time_to_regain_access (minutes) in X-Business-Use-Case-Usage,
    // clamped to a year so no later arithmetic can overflow.
    static int regainMinutes(const QByteArray &headerValue);

Q_SIGNALS:
    // Emitted when an answer changes the known usage of an app or page.
    void usageChanged(const QString &appId, const QString &pageId, int appPercent, int pagePercent);

private:
    qint64 jittered(qint64 delayMs);

    Config m_config;
    QHash<QString, int> m_appUsage;
    QHash<QString, int> m_pageUsage;
    QHash<QString, QDateTime> m_appBlockedUntil;
    QHash<QString, QDateTime> m_pageBlockedUntil;
    std::mt19937 m_random{std::random_device{}()};
};

} // namespace mdesk::api
