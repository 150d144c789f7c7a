// A child process for the store tests: another process on the same file. Modes:
//   midway PATH    writes 10,000 recipient rows in one transaction, prints "midway" after
//                  5,000, then waits inside the transaction (the test SIGKILLs it)
//   committed PATH the same, but commits, prints "committed", then waits
//   events PATH N  appends N events (tx_id "child") through an EventJournal, then exits 0
//                  (the test writes at the same time: a GUI and a CLI on one file)
#include "models/store/broadcastjournal.h"
#include "models/store/database.h"
#include "models/store/eventjournal.h"
#include "models/store/writetransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>
#include <cstdio>

using namespace mdesk;
using namespace mdesk::store;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("events")) {
        Database database(args.at(2));
        if (!database.open().ok)
            return 1;
        EventJournal journal(database);
        api::GraphEvent event;
        event.op = QStringLiteral("send_message");
        event.transactionId = QStringLiteral("child");
        event.occurredAt = QDateTime::currentDateTimeUtc();
        bool failed = false;
        QObject::connect(&journal, &EventJournal::writeFailed, &app, [&failed](const QString &m) {
            std::fprintf(stderr, "%s\n", qPrintable(m));
            failed = true;
        });
        const int count = args.at(3).toInt();
        for (int i = 0; i < count; ++i) {
            event.id = QString::number(i);
            journal.append(event);
        }
        journal.flush();
        QCoreApplication::processEvents(); // the queued writeFailed, if any
        return failed ? 1 : 0;
    }
    if (args.size() != 3)
        return 2;
    const bool commit = args.at(1) == QLatin1String("committed");
    Database database(args.at(2));
    if (!database.open().ok)
        return 1;
    BroadcastJournal journal(database);
    BroadcastRecord broadcast;
    broadcast.name = QStringLiteral("crash");
    const qint64 id = journal.create(broadcast, {});
    if (id == 0)
        return 1;
    QSqlDatabase db = database.connection();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
    // A tiny page cache: uncommitted pages spill into the WAL before the kill, so the
    // reopening really has to ignore half a transaction there.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = 8"));
    WriteTransaction tx(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO broadcast_recipients (broadcast_id, psid, state)"
                                 " VALUES (?, ?, 'pending')"));
    for (int i = 0; i < 10000; ++i) {
        query.addBindValue(id);
        query.addBindValue(QStringLiteral("psid-%1").arg(i));
        if (!query.exec())
            return 1;
        if (!commit && i == 5000) {
            std::puts("midway");
            std::fflush(stdout);
        }
    }
    if (commit) {
        if (!tx.commit())
            return 1;
        std::puts("committed");
        std::fflush(stdout);
    }
    for (;;)
        QThread::sleep(1);
}
