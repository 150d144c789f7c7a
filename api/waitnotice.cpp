#include "waitnotice.h"

#include <QCoreApplication>

namespace mdesk::api {

namespace {

qint64 roundedUpSeconds(qint64 ms)
{
    return (std::max<qint64>(ms, 0) + 999) / 1000;
}

} // namespace

QString WaitNotice::clockText(const QDateTime &until)
{
    const QDateTime local = until.toLocalTime();
    return local.date() == QDate::currentDate()
               ? local.toString(QStringLiteral("HH:mm"))
               : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString WaitNotice::message(Reason reason, qint64 delayMs, const QDateTime &until)
{
    const QString seconds = QString::number(roundedUpSeconds(delayMs));
    return reason == Reason::RateLimit
               ? tr("Waiting %1 s for Graph's rate limit, until %2.").arg(seconds, clockText(until))
               : tr("Waiting %1 s before trying again, until %2.").arg(seconds, clockText(until));
}

QString WaitNotice::pastLimitAdvice(const QDateTime &until, qint64 delayMs)
{
    const qint64 minutes = (roundedUpSeconds(delayMs) + 59) / 60;
    return tr("Graph expects to allow calls again at %1 (in %2 min); that is longer than this "
              "call may wait, so it stopped. Run it again after that time.")
        .arg(clockText(until))
        .arg(minutes);
}

} // namespace mdesk::api
