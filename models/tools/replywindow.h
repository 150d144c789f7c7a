#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace mdesk::models {

// How a Page may answer one person now (graph-api.md sections 3 and 7): RESPONSE within 24
// hours of the person's own last message; after that, only a person's own reply tagged
// HUMAN_AGENT until 7 days have passed; after that, nothing until the person writes again.
// A person who blocked the Page or left (551) gets nothing.
struct ReplyWindow
{
    enum class State {
        Open,       // RESPONSE, no tag
        HumanAgent, // MESSAGE_TAG + HUMAN_AGENT (a person answering, not a bot)
        Closed,     // more than 7 days, or no message from the person known
        Unavailable // the person cannot be reached (551)
    };

    static constexpr qint64 kWindowMs = 24LL * 60 * 60 * 1000;
    static constexpr qint64 kHumanAgentMs = 7LL * 24 * 60 * 60 * 1000;

    State state = State::Closed;
    qint64 msLeft = 0; // until the current state ends (Open, HumanAgent)
    std::optional<qint64> lastInbound;

    static ReplyWindow at(std::optional<qint64> lastInboundMs, qint64 nowMs,
                          bool unavailable = false);

    bool canSend() const { return state == State::Open || state == State::HumanAgent; }
    // "RESPONSE" or "MESSAGE_TAG"; empty when nothing can be sent.
    QString messagingType() const;
    // "HUMAN_AGENT" or empty.
    QString tag() const;
    // One whole sentence: the state, the time left or why nothing can be sent.
    QString explanation(qint64 nowMs) const;

    // "3 h 12 min", "4 days 6 h", "45 s": a span for people.
    static QString span(qint64 ms);
};

} // namespace mdesk::models
