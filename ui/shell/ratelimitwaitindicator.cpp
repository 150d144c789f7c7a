#include "ui/shell/ratelimitwaitindicator.h"

#include "api/graphclient.h"
#include "api/graphreply.h"
#include "ui/widgets/statuscolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace mdesk::ui {

namespace {

constexpr int kCancelledMessageMs = 8000;

} // namespace

RateLimitWaitIndicator::RateLimitWaitIndicator(QStatusBar *statusBar)
    : QWidget(statusBar)
    , m_statusBar(statusBar)
    , m_label(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_over(new QTimer(this))
{
    setObjectName(QStringLiteral("rateLimitWait"));
    m_label->setObjectName(QStringLiteral("rateLimitWaitText"));
    m_label->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(QStringLiteral("rateLimitWaitCancel"));
    m_cancel->setAccessibleName(tr("Cancel the calls waiting for Graph's rate limit"));
    m_cancel->setToolTip(m_cancel->accessibleName());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_cancel);
    m_over->setSingleShot(true);
    connect(m_over, &QTimer::timeout, this, &RateLimitWaitIndicator::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &RateLimitWaitIndicator::cancelWaiting);
    hide();
}

void RateLimitWaitIndicator::setClient(api::GraphClient *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_waiting.clear();
    refresh();
    if (client)
        connect(client, &api::GraphClient::waiting, this, &RateLimitWaitIndicator::onWaiting);
}

int RateLimitWaitIndicator::waitingCount() const
{
    int count = 0;
    for (const auto &reply : m_waiting)
        count += reply && !reply->isFinished() && !reply->isOnTheWire() ? 1 : 0;
    return count;
}

QString RateLimitWaitIndicator::text() const
{
    return m_label->text();
}

void RateLimitWaitIndicator::onWaiting(api::GraphReply *reply, qint64 delayMs,
                                       const QDateTime &until, const QString &message)
{
    if (!m_waiting.contains(reply)) {
        m_waiting.append(reply);
        connect(reply, &api::GraphReply::finished, this, &RateLimitWaitIndicator::refresh,
                Qt::QueuedConnection);
    }
    // The wait that ends last is the one the bar names.
    if (!m_until.isValid() || until >= m_until || waitingCount() == 1) {
        m_until = until;
        m_message = message;
    }
    m_over->start(int(qBound<qint64>(0, delayMs, 24LL * 3600 * 1000)) + 250);
    refresh();
}

void RateLimitWaitIndicator::refresh()
{
    m_waiting.removeIf(
        [](const QPointer<api::GraphReply> &reply) { return !reply || reply->isFinished(); });
    if (m_until.isValid() && m_until <= QDateTime::currentDateTimeUtc())
        m_waiting.removeIf(
            [](const QPointer<api::GraphReply> &reply) { return reply->isOnTheWire(); });
    const int count = waitingCount();
    if (count == 0) {
        m_waiting.clear();
        m_until = {};
        m_message.clear();
        m_over->stop();
        hide();
        return;
    }
    // Past the announced end a call may still wait a moment before it leaves: look again.
    if (m_until.isValid() && m_until <= QDateTime::currentDateTimeUtc())
        m_over->start(1000);
    m_label->setText(count == 1 ? m_message
                                : tr("%1 (%n calls wait)", nullptr, count).arg(m_message));
    QPalette warning = m_label->palette();
    warning.setColor(QPalette::WindowText,
                     StatusColors::foreground(StatusColors::Tone::Warning, palette()));
    m_label->setPalette(warning);
    show();
}

void RateLimitWaitIndicator::cancelWaiting()
{
    const QList<QPointer<api::GraphReply>> waiting = m_waiting;
    int cancelled = 0;
    for (const auto &reply : waiting) {
        if (reply && !reply->isFinished() && !reply->isOnTheWire()) {
            reply->cancel();
            ++cancelled;
        }
    }
    m_waiting.clear();
    refresh();
    if (cancelled > 0 && m_statusBar)
        m_statusBar->showMessage(
            tr("Cancelled %n call(s) that waited for Graph's rate limit.", nullptr, cancelled),
            kCancelledMessageMs);
}

} // namespace mdesk::ui
