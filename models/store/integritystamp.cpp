#include "integritystamp.h"

#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <mutex>
#include <sqlite3.h>

namespace mdesk::store {

namespace {

std::atomic<int> s_damageReports{0};
std::mutex s_listenerMutex;
std::function<void()> s_listener;

void onSqliteLog(void *, int code, const char *)
{
    // Extended codes carry the primary one in their low byte.
    const int primary = code & 0xff;
    if (primary != SQLITE_CORRUPT && primary != SQLITE_NOTADB)
        return;
    ++s_damageReports;
    const std::lock_guard<std::mutex> lock(s_listenerMutex);
    if (s_listener)
        s_listener();
}

} // namespace

IntegrityStamp::IntegrityStamp(const QString &databasePath)
    : m_path(databasePath + QStringLiteral("-checked"))
{}

bool IntegrityStamp::isDue(const QDateTime &now) const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return true;
    const QDateTime checked = info.lastModified();
    // A stamp from the future (a clock set back) is not trusted either.
    return checked > now || checked.secsTo(now) >= kIntervalSecs;
}

void IntegrityStamp::markClean()
{
    QFile file(m_path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        // Written, not only opened: a rewrite moves the modification time.
        file.write("quick_check ok\n");
        file.close();
    }
}

void IntegrityStamp::clear()
{
    QFile::remove(m_path);
}

void IntegrityStamp::watchSqliteDamage()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_LOG, &onSqliteLog, nullptr); });
}

int IntegrityStamp::damageReports()
{
    return s_damageReports.load();
}

void IntegrityStamp::setDamageListener(std::function<void()> listener)
{
    const std::lock_guard<std::mutex> lock(s_listenerMutex);
    s_listener = std::move(listener);
}

} // namespace mdesk::store
