#pragma once

#include <QDateTime>
#include <QString>
#include <functional>

namespace mdesk::store {

// When the store's full check (PRAGMA quick_check, which reads every page of the file) last
// found it clean: the modification time of "<store>-checked" beside the file. The check is
// due when that stamp is missing or a day old, so a start pays for reading the whole file
// once a day and not at every CLI call (a store of a million contacts takes seconds).
// Damage between two checks still shows: SQLite reports it when a damaged page is read;
// watchSqliteDamage() counts those reports, and whoever saw one clears the stamp, so the
// next start checks.
class IntegrityStamp
{
public:
    static constexpr qint64 kIntervalSecs = 24 * 3600;

    explicit IntegrityStamp(const QString &databasePath);

    QString path() const { return m_path; }
    bool isDue(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    void markClean(); // the file was just found clean (or made new)
    void clear();     // the next start checks

    // Installs SQLite's error log callback, once per process and before SQLite's first use
    // (SQLite refuses it later; damageReports() then stays 0 and only the daily check
    // finds damage). Thread-safe: connections on any thread report.
    static void watchSqliteDamage();
    // Reports of a corrupt file or one that is not a database, since the process started.
    static int damageReports();
    // Called at each such report, on the thread that met it and inside SQLite: it may only
    // post to another thread (QMetaObject::invokeMethod, queued). An empty one removes it;
    // once set returns, the previous one is not called any more.
    static void setDamageListener(std::function<void()> listener);

private:
    QString m_path;
};

} // namespace mdesk::store
