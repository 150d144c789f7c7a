#include "usagemeter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace mdesk::sandbox {

QJsonObject CallBudget::toJson() const
{
    return {{QStringLiteral("app_calls"), appCalls},
            {QStringLiteral("page_calls"), pageCalls},
            {QStringLiteral("api_calls"), apiCalls},
            {QStringLiteral("messenger_calls"), messengerCalls},
            {QStringLiteral("window_seconds"), windowSeconds}};
}

CallBudget CallBudget::fromJson(const QJsonObject &object)
{
    CallBudget budget;
    budget.appCalls = std::max(0, object.value(QStringLiteral("app_calls")).toInt());
    budget.pageCalls = std::max(0, object.value(QStringLiteral("page_calls")).toInt());
    budget.apiCalls = std::max(0, object.value(QStringLiteral("api_calls")).toInt());
    budget.messengerCalls = std::max(0, object.value(QStringLiteral("messenger_calls")).toInt());
    budget.windowSeconds =
        std::max(1, object.value(QStringLiteral("window_seconds")).toInt(budget.windowSeconds));
    return budget;
}

UsageMeter::UsageMeter(Clock clock)
    : m_clock(std::move(clock))
{}

void UsageMeter::setBudget(const CallBudget &budget)
{
    m_budget = budget;
    m_appCalls.clear();
    m_pageCalls.clear();
}

void UsageMeter::reset()
{
    m_budget = {};
    m_appCalls.clear();
    m_pageCalls.clear();
    m_profileCalls.clear();
}

void UsageMeter::prune(QList<QDateTime> &calls, int windowSeconds) const
{
    const QDateTime oldest = m_clock().addSecs(-windowSeconds);
    calls.removeIf([&oldest](const QDateTime &at) { return at <= oldest; });
}

int UsageMeter::percent(int used, int limit) const
{
    return limit > 0 ? used * 100 / limit : 0;
}

int UsageMeter::regainMinutes(const QList<QDateTime> &calls) const
{
    if (calls.isEmpty())
        return 0;
    const qint64 seconds = m_clock().secsTo(calls.first().addSecs(m_budget.windowSeconds));
    return int(std::max<qint64>(1, (seconds + 59) / 60));
}

std::optional<GraphFailure> UsageMeter::admit(const QString &appId, const QString &pageId,
                                              bool profileCall)
{
    auto &app = m_appCalls[appId];
    prune(app, m_budget.windowSeconds);
    if (m_budget.appCalls && app.size() >= m_budget.appCalls)
        return Errors::forCode(4);

    QList<QDateTime> *page = nullptr;
    if (!pageId.isEmpty()) {
        page = &m_pageCalls[pageId];
        prune(*page, m_budget.windowSeconds);
        if (m_budget.pageCalls && page->size() >= m_budget.pageCalls)
            return Errors::forCode(32);
        if (m_budget.apiCalls && page->size() >= m_budget.apiCalls)
            return Errors::forCode(613);
        if (m_budget.messengerCalls && page->size() >= m_budget.messengerCalls)
            return Errors::forCode(80006);
        if (profileCall && m_profileLimit) {
            auto &profile = m_profileCalls[pageId];
            prune(profile, kProfileWindowSeconds);
            if (profile.size() >= kProfileCallsPerWindow) {
                GraphFailure failure = Errors::forCode(613);
                failure.message = QStringLiteral(
                    "(#613) Calls to this api have exceeded the rate limit. The Messenger "
                    "Profile API allows 10 calls per 10 minutes per Page.");
                return failure;
            }
            profile.append(m_clock());
        }
    }
    const QDateTime now = m_clock();
    app.append(now);
    if (page)
        page->append(now);
    return std::nullopt;
}

QList<std::pair<QByteArray, QByteArray>> UsageMeter::headers(const QString &appId,
                                                             const QString &pageId) const
{
    const auto usage = [](int callCount) {
        const int count = std::min(callCount, 100);
        return QJsonObject{{QStringLiteral("call_count"), count},
                           {QStringLiteral("total_cputime"), count * 3 / 5},
                           {QStringLiteral("total_time"), count * 4 / 5}};
    };
    const auto compact = [](const QJsonObject &object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    const QList<QDateTime> app = m_appCalls.value(appId);
    const QList<QDateTime> page = m_pageCalls.value(pageId);
    const int appLimit = m_budget.appCalls ? m_budget.appCalls : kNotionalCallsPerWindow;
    int pageLimit = kNotionalCallsPerWindow;
    for (int limit : {m_budget.pageCalls, m_budget.apiCalls})
        if (limit)
            pageLimit = std::min(pageLimit, limit);
    const int messengerLimit =
        m_budget.messengerCalls ? m_budget.messengerCalls : kNotionalCallsPerWindow;

    QList<std::pair<QByteArray, QByteArray>> headers;
    headers.append({"X-App-Usage", compact(usage(percent(int(app.size()), appLimit)))});
    if (pageId.isEmpty())
        return headers;
    headers.append({"X-Page-Usage", compact(usage(percent(int(page.size()), pageLimit)))});
    QJsonObject business = usage(percent(int(page.size()), messengerLimit));
    business.insert(QStringLiteral("type"), QStringLiteral("messenger"));
    const bool exhausted = m_budget.messengerCalls && page.size() >= m_budget.messengerCalls;
    business.insert(QStringLiteral("estimated_time_to_regain_access"),
                    exhausted ? regainMinutes(page) : 0);
    headers.append(
        {"X-Business-Use-Case-Usage", compact(QJsonObject{{pageId, QJsonArray{business}}})});
    return headers;
}

QJsonObject UsageMeter::toJson() const
{
    QJsonObject apps;
    for (auto it = m_appCalls.begin(); it != m_appCalls.end(); ++it)
        apps.insert(it.key(), int(it.value().size()));
    QJsonObject pages;
    for (auto it = m_pageCalls.begin(); it != m_pageCalls.end(); ++it)
        pages.insert(it.key(), int(it.value().size()));
    QJsonObject profile;
    for (auto it = m_profileCalls.begin(); it != m_profileCalls.end(); ++it)
        profile.insert(it.key(), int(it.value().size()));
    return {{QStringLiteral("budget"), m_budget.toJson()},
            {QStringLiteral("profile_limit"), m_profileLimit},
            {QStringLiteral("app_calls"), apps},
            {QStringLiteral("page_calls"), pages},
            {QStringLiteral("profile_calls"), profile}};
}

} // namespace mdesk::sandbox
