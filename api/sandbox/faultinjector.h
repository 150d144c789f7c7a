#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <random>

namespace mdesk::sandbox {

// What goes wrong on the wire, set per run (LocalGraph::setFaults, POST /__sandbox/faults).
// Rates are shares of calls from 0 to 1; 1 means every call.
struct FaultConfig
{
    int latencyMs = 0;            // added to every answer
    int jitterMs = 0;             // plus a uniform random 0..jitterMs
    QMap<int, double> errorRates; // Graph error code -> rate (answered as Graph would)
    double malformed = 0;         // 200 with a body that is not JSON
    double truncate = 0;  // Content-Length larger than the bytes sent, then the socket closes
    double reset = 0;     // the connection is aborted without an answer
    double noAnswer = 0;  // the request is read and never answered
    int count = -1;       // calls the faults still apply to; -1: until cleared
    QString pathContains; // only calls whose path holds this text; empty: all Graph calls

    bool isEmpty() const;
    QJsonObject toJson() const;
    // Keys latency_ms, jitter_ms, error_rate {"code": rate}, malformed, truncate, reset,
    // no_answer (true = 1.0), count, path_contains. Sets *error and returns {} when invalid.
    static FaultConfig fromJson(const QJsonObject &object, QString *error);
};

enum class FaultKind { None, Error, Malformed, Truncate, Reset, NoAnswer };

struct FaultDecision
{
    FaultKind kind = FaultKind::None;
    int errorCode = 0; // for FaultKind::Error
    int delayMs = 0;
};

// Decides, per Graph call, whether and how to misbehave. Control calls under /__sandbox/
// never get faults, so a test can always switch them off again.
class FaultInjector
{
public:
    void configure(const FaultConfig &config) { m_config = config; }
    void clear() { m_config = {}; }
    const FaultConfig &config() const { return m_config; }
    void seed(quint32 seed) { m_random.seed(seed); }

    // Uses up one of config().count when the call is affected.
    FaultDecision decide(const QString &path);

private:
    bool roll(double rate);

    FaultConfig m_config;
    std::mt19937 m_random;
};

} // namespace mdesk::sandbox
