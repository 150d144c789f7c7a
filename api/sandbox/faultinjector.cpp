#include "faultinjector.h"

namespace mdesk::sandbox {

namespace {

double rateOf(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? 1.0 : 0.0;
    return value.toDouble(0.0);
}

bool validRate(double rate)
{
    return rate >= 0.0 && rate <= 1.0;
}

} // namespace

bool FaultConfig::isEmpty() const
{
    return latencyMs == 0 && jitterMs == 0 && errorRates.isEmpty() && malformed == 0 &&
           truncate == 0 && reset == 0 && noAnswer == 0;
}

QJsonObject FaultConfig::toJson() const
{
    QJsonObject rates;
    for (auto it = errorRates.begin(); it != errorRates.end(); ++it)
        rates.insert(QString::number(it.key()), it.value());
    QJsonObject object{
        {QStringLiteral("latency_ms"), latencyMs}, {QStringLiteral("jitter_ms"), jitterMs},
        {QStringLiteral("error_rate"), rates},     {QStringLiteral("malformed"), malformed},
        {QStringLiteral("truncate"), truncate},    {QStringLiteral("reset"), reset},
        {QStringLiteral("no_answer"), noAnswer},   {QStringLiteral("count"), count}};
    if (!pathContains.isEmpty())
        object.insert(QStringLiteral("path_contains"), pathContains);
    return object;
}

FaultConfig FaultConfig::fromJson(const QJsonObject &object, QString *error)
{
    FaultConfig config;
    config.latencyMs = object.value(QStringLiteral("latency_ms")).toInt();
    config.jitterMs = object.value(QStringLiteral("jitter_ms")).toInt();
    config.malformed = rateOf(object.value(QStringLiteral("malformed")));
    config.truncate = rateOf(object.value(QStringLiteral("truncate")));
    config.reset = rateOf(object.value(QStringLiteral("reset")));
    config.noAnswer = rateOf(object.value(QStringLiteral("no_answer")));
    config.count = object.value(QStringLiteral("count")).toInt(-1);
    config.pathContains = object.value(QStringLiteral("path_contains")).toString();
    const QJsonObject rates = object.value(QStringLiteral("error_rate")).toObject();
    for (auto it = rates.begin(); it != rates.end(); ++it) {
        bool ok = false;
        const int code = it.key().toInt(&ok);
        const double rate = rateOf(it.value());
        if (!ok || code <= 0 || !validRate(rate)) {
            *error = QStringLiteral("error_rate wants {\"<graph error code>\": <rate 0..1>}; "
                                    "\"%1\" is not that.")
                         .arg(it.key());
            return {};
        }
        config.errorRates.insert(code, rate);
    }
    if (config.latencyMs < 0 || config.jitterMs < 0 || !validRate(config.malformed) ||
        !validRate(config.truncate) || !validRate(config.reset) || !validRate(config.noAnswer)) {
        *error = QStringLiteral("Latencies must be 0 or more and rates between 0 and 1.");
        return {};
    }
    return config;
}

bool FaultInjector::roll(double rate)
{
    if (rate <= 0)
        return false;
    if (rate >= 1)
        return true;
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < rate;
}

FaultDecision FaultInjector::decide(const QString &path)
{
    FaultDecision decision;
    if (m_config.isEmpty() || m_config.count == 0)
        return decision;
    if (!m_config.pathContains.isEmpty() && !path.contains(m_config.pathContains))
        return decision;
    const FaultConfig config = m_config; // this call gets these settings
    if (m_config.count > 0 && --m_config.count == 0)
        m_config = {}; // that was the last affected call

    decision.delayMs = config.latencyMs;
    if (config.jitterMs > 0)
        decision.delayMs += std::uniform_int_distribution<int>(0, config.jitterMs)(m_random);
    if (roll(config.noAnswer)) {
        decision.kind = FaultKind::NoAnswer;
    } else if (roll(config.reset)) {
        decision.kind = FaultKind::Reset;
    } else if (roll(config.truncate)) {
        decision.kind = FaultKind::Truncate;
    } else if (roll(config.malformed)) {
        decision.kind = FaultKind::Malformed;
    } else {
        for (auto it = config.errorRates.begin(); it != config.errorRates.end(); ++it) {
            if (roll(it.value())) {
                decision.kind = FaultKind::Error;
                decision.errorCode = it.key();
                break;
            }
        }
    }
    return decision;
}

} // namespace mdesk::sandbox
