#include "sandboxstate.h"

namespace mdesk::sandbox {

QString Broadcast::status(const QDateTime &now) const
{
    if (cancelled)
        return QStringLiteral("CANCELED");
    const QDateTime start = scheduledAt.isValid() ? scheduledAt : createdAt;
    if (now < start)
        return QStringLiteral("SCHEDULED");
    // Delivery to a few hundred people takes Graph a little while.
    return now < start.addSecs(10) ? QStringLiteral("IN_PROGRESS") : QStringLiteral("FINISHED");
}

AppState *SandboxState::app(const QString &id)
{
    for (auto &candidate : apps) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const AppState *SandboxState::app(const QString &id) const
{
    return const_cast<SandboxState *>(this)->app(id);
}

PageState *SandboxState::page(const QString &id)
{
    const auto it = pages.find(id);
    return it == pages.end() ? nullptr : &it.value();
}

const PageState *SandboxState::page(const QString &id) const
{
    const auto it = pages.constFind(id);
    return it == pages.constEnd() ? nullptr : &it.value();
}

QString SandboxState::newId()
{
    // Graph ids are 15 to 17 digit numbers; a counter above any demo id keeps them unique.
    ++m_nextId;
    return QString::number(Q_UINT64_C(2100000000000000) + m_nextId * 7919u + m_random() % 7919u);
}

QString SandboxState::newMessageId()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString id = QStringLiteral("m_");
    for (int i = 0; i < 86; ++i)
        id.append(QLatin1Char(alphabet[m_random() % 64]));
    return id;
}

QString SandboxState::newTraceId()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString id;
    for (int i = 0; i < 11; ++i)
        id.append(QLatin1Char(alphabet[m_random() % 64]));
    return id;
}

void SandboxState::seed(quint32 seed)
{
    m_random.seed(seed);
}

QDateTime SandboxState::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffsetSeconds);
}

bool SandboxState::advanceClock(qint64 seconds)
{
    // Checked before adding, so neither the sum nor QDateTime::addSecs can overflow.
    if (seconds > kMaxClockOffsetSeconds || seconds < -kMaxClockOffsetSeconds)
        return false;
    const qint64 offset = m_clockOffsetSeconds + seconds;
    if (offset > kMaxClockOffsetSeconds || offset < -kMaxClockOffsetSeconds)
        return false;
    m_clockOffsetSeconds = offset;
    return true;
}

const Person *SandboxState::personForPsid(const QString &psid) const
{
    const ObjectRef ref = object(psid);
    if (ref.kind != ObjectKind::User || ref.person < 0 || ref.person >= persons.size())
        return nullptr;
    return &persons.at(ref.person);
}

const Person *SandboxState::personForAsid(const QString &asid) const
{
    const ObjectRef ref = object(asid);
    if (ref.kind != ObjectKind::AppUser || ref.person < 0 || ref.person >= persons.size())
        return nullptr;
    return &persons.at(ref.person);
}

void SandboxState::clear()
{
    apps.clear();
    pageOrder.clear();
    pages.clear();
    persons.clear();
    tokens.clear();
    m_objects.clear();
    m_nextId = 0;
    m_clockOffsetSeconds = 0;
}

} // namespace mdesk::sandbox
