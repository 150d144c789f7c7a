#pragma once

#include "graphanswer.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>
#include <utility>

namespace mdesk::sandbox {

// Calls allowed per window before Graph's rate-limit codes answer. 0: no limit.
struct CallBudget
{
    int appCalls = 0;       // per app: code 4 "Application request limit reached"
    int pageCalls = 0;      // per page: code 32 "Page request limit reached"
    int apiCalls = 0;       // per page: code 613 "Calls to this api have exceeded the rate limit"
    int messengerCalls = 0; // per page: code 80006, the Messenger business use case limit
    int windowSeconds = 3600;

    bool isUnlimited() const { return !appCalls && !pageCalls && !apiCalls && !messengerCalls; }
    QJsonObject toJson() const;
    // Keys app_calls, page_calls, api_calls, messenger_calls, window_seconds.
    static CallBudget fromJson(const QJsonObject &object);
};

// Counts calls per app and per page in sliding windows, answers Graph's rate-limit errors
// when a budget or the Messenger profile limit is reached, and writes the usage headers
// Graph puts on every answer (X-App-Usage, X-Page-Usage, X-Business-Use-Case-Usage).
class UsageMeter
{
public:
    using Clock = std::function<QDateTime()>;
    explicit UsageMeter(Clock clock);

    // Replaces the budget and forgets the calls counted so far.
    void setBudget(const CallBudget &budget);
    const CallBudget &budget() const { return m_budget; }
    // The profile API's 10 calls per 10 minutes per page; off in demo mode.
    void setProfileLimitEnabled(bool enabled) { m_profileLimit = enabled; }
    bool profileLimitEnabled() const { return m_profileLimit; }

    // Counts one call; returns the error Graph gives when a limit is reached (the refused
    // call is not counted: it did no work). pageId may be empty (app and user tokens).
    std::optional<GraphFailure> admit(const QString &appId, const QString &pageId,
                                      bool profileCall);
    // Headers for an answer to a call of this app and page.
    QList<std::pair<QByteArray, QByteArray>> headers(const QString &appId,
                                                     const QString &pageId) const;
    void reset();
    QJsonObject toJson() const;

    static constexpr int kProfileCallsPerWindow = 10;
    static constexpr int kProfileWindowSeconds = 600;
    // With no budget, usage is shown against this notional hourly quota.
    static constexpr int kNotionalCallsPerWindow = 4800;

private:
    void prune(QList<QDateTime> &calls, int windowSeconds) const;
    int percent(int used, int limit) const;
    int regainMinutes(const QList<QDateTime> &calls) const;

    Clock m_clock;
    CallBudget m_budget;
    bool m_profileLimit = true;
    QHash<QString, QList<QDateTime>> m_appCalls;
    QHash<QString, QList<QDateTime>> m_pageCalls;
    QHash<QString, QList<QDateTime>> m_profileCalls;
};

} // namespace mdesk::sandbox
