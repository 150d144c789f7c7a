#include "models/tools/replywindow.h"

#include "models/broadcasts/messagingpolicy.h"

#include <QCoreApplication>

namespace mdesk::models {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("mdesk::models::ReplyWindow", text, nullptr, n);
}

} // namespace

ReplyWindow ReplyWindow::at(std::optional<qint64> lastInboundMs, qint64 nowMs, bool unavailable)
{
    ReplyWindow window;
    window.lastInbound = lastInboundMs;
    if (unavailable) {
        window.state = State::Unavailable;
        return window;
    }
    if (!lastInboundMs)
        return window;
    const qint64 age = nowMs - *lastInboundMs;
    if (age < kWindowMs) {
        window.state = State::Open;
        window.msLeft = kWindowMs - age;
    } else if (age < kHumanAgentMs) {
        window.state = State::HumanAgent;
        window.msLeft = kHumanAgentMs - age;
    }
    return window;
}

QString ReplyWindow::messagingType() const
{
    switch (state) {
    case State::Open:
        return QStringLiteral("RESPONSE");
    case State::HumanAgent:
        return QStringLiteral("MESSAGE_TAG");
    default:
        return {};
    }
}

QString ReplyWindow::tag() const
{
    return state == State::HumanAgent ? MessagingPolicy::HumanAgent : QString();
}

QString ReplyWindow::explanation(qint64 nowMs) const
{
    switch (state) {
    case State::Open:
        return tr("The 24-hour window is open for %1 more: the reply goes as RESPONSE.")
            .arg(span(msLeft));
    case State::HumanAgent:
        return tr("The 24-hour window closed %1 ago. Only a person's own reply can go out, tagged "
                  "HUMAN_AGENT, for %2 more.")
            .arg(span(nowMs - *lastInbound - kWindowMs), span(msLeft));
    case State::Unavailable:
        return tr("This person blocked the Page or left Messenger (551): nothing can be sent.");
    case State::Closed:
        break;
    }
    if (!lastInbound)
        return tr("No message from this person is known, so no window is open: nothing can be "
                  "sent until they write to the Page.");
    return tr("The person last wrote %1 ago, more than 7 days: nothing can be sent until they "
              "write again.")
        .arg(span(nowMs - *lastInbound));
}

QString ReplyWindow::span(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    const int days = int(seconds / 86400);
    const int hours = int(seconds % 86400 / 3600);
    const int minutes = int(seconds % 3600 / 60);
    if (days > 0)
        return tr("%n day(s)", days) + QLatin1Char(' ') + tr("%n h", hours);
    if (hours > 0)
        return tr("%n h", hours) + QLatin1Char(' ') + tr("%n min", minutes);
    if (minutes > 0)
        return tr("%n min", minutes);
    return tr("%n s", int(seconds));
}

} // namespace mdesk::models
