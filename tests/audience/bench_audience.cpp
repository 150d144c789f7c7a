// The audience's figures from issue 14 on a real file: N contacts over 4 Pages (1,000,000
// by default; last messages spread over a week; one label with a fifth of a Page as
// members), then (a) import 100,000 new PSIDs through PsidImport, (b) list one label's
// members with --open through ContactStore (what `audience list --label L --open` runs),
// (c) the same as a count, (d) one 100-row page deep in the table (a table model's read).
// Prints times, the query plan and the file size. Figures only: it never fails on timing.
//
//   bench_audience [--contacts N] [--import M] [--keep FILE]

#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "models/store/psidimport.h"
#include "models/store/writetransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <random>

using namespace mdesk;

namespace {

constexpr int kPages = 4;
const QString kLabel = QStringLiteral("3300000000000005");
constexpr qint64 kWeekMs = 7LL * 24 * 60 * 60 * 1000;

QString pageId(int page)
{
    return QString::number(100 + page);
}

bool fill(store::Database &database, int contacts, qint64 nowMs)
{
    std::mt19937_64 random(42);
    store::WriteTransaction transaction(database.connection());
    if (!transaction.isActive())
        return false;
    QSqlQuery contact(database.connection());
    contact.prepare(QStringLiteral(
        "INSERT INTO contacts (page_id, psid, name, first_seen, last_inbound, unavailable, "
        "blocked, conversation_id, updated_time) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)"));
    QSqlQuery member(database.connection());
    member.prepare(
        QStringLiteral("INSERT INTO contact_labels (page_id, label_id, psid) VALUES (?, ?, ?)"));
    const int perPage = contacts / kPages;
    for (int page = 0; page < kPages; ++page) {
        for (int i = 0; i < perPage; ++i) {
            const QString psid =
                QString::number(Q_INT64_C(6000000000000000) + qint64(page) * 10000000 + i);
            const qint64 inbound = nowMs - qint64(random() % quint64(kWeekMs));
            contact.bindValue(0, pageId(page));
            contact.bindValue(1, psid);
            contact.bindValue(2, QStringLiteral("Person %1").arg(i));
            contact.bindValue(3, inbound - 1000);
            contact.bindValue(4, inbound);
            contact.bindValue(5, QStringLiteral("t_") + psid);
            contact.bindValue(6, inbound);
            if (!contact.exec())
                return false;
            if (i % 5 == 0) {
                member.bindValue(0, pageId(page));
                member.bindValue(1, kLabel);
                member.bindValue(2, psid);
                if (!member.exec())
                    return false;
            }
        }
    }
    if (!transaction.commit())
        return false;
    return QSqlQuery(database.connection()).exec(QStringLiteral("ANALYZE"));
}

// The machines are shared: wall time includes waiting for a core, so the process's CPU
// time is printed beside it.
struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

Timing median(const std::function<void()> &run, int times)
{
    QList<double> walls;
    QList<double> cpus;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        run();
        cpus.append(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
        walls.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls.at(walls.size() / 2), cpus.at(cpus.size() / 2)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QString(),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption importOption(QStringLiteral("import"), QString(), QStringLiteral("M"),
                                          QStringLiteral("100000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QString(), QStringLiteral("FILE"));
    parser.addOptions({contactsOption, importOption, keepOption});
    parser.process(app);
    const int contacts = parser.value(contactsOption).toInt();
    const int imports = parser.value(importOption).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(keepOption) ? parser.value(keepOption)
                                                  : dir.filePath(QStringLiteral("bench.sqlite"));
    store::Database database(path);
    if (!database.open().ok) {
        std::fprintf(stderr, "the store cannot be opened at %s\n", qPrintable(path));
        return 1;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    // --keep FILE that is filled already: measure on it again (the setup takes minutes).
    const bool filled = store::ContactStore(database, pageId(kPages - 1)).count({}).value_or(0) > 0;
    if (!filled && !fill(database, contacts, now)) {
        std::fprintf(stderr, "filling the store failed\n");
        return 1;
    }
    std::printf("setup: %d contacts over %d pages, label %s on every 5th: %.0f ms%s\n", contacts,
                kPages, qPrintable(kLabel), double(timer.elapsed()), filled ? " (reused)" : "");

    // (a) import
    timer.restart();
    const std::clock_t importCpu = std::clock();
    store::PsidImport import(database, pageId(0));
    import.begin();
    for (int i = 0; i < imports; ++i)
        import.add(QString::number(Q_INT64_C(8000000000000000) + now % 1000000 * 1000000 + i));
    const int added = import.commit(now).value_or(-1);
    const double importMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("(a) import %d PSIDs: wall %.0f ms (%.0f PSIDs/s), CPU %.0f ms, %d added\n",
                imports, importMs, imports / (importMs / 1000.0),
                double(std::clock() - importCpu) * 1000.0 / CLOCKS_PER_SEC, added);

    // (b) label + open, as `audience list --label L --open` reads it
    store::ContactStore store(database, pageId(0));
    store::ContactFilter filter;
    filter.labelId = kLabel;
    filter.openOnly = true;
    filter.nowMs = now;
    int rows = 0;
    const Timing list = median(
        [&] {
            rows = 0;
            store.forEach(filter, [&](const store::Contact &) { return ++rows > 0; });
        },
        5);
    std::printf("(b) list label + open: %d rows, median of 5: wall %.1f ms, CPU %.1f ms "
                "(target < 50 ms)\n",
                rows, list.wallMs, list.cpuMs);
    int counted = 0;
    const Timing count = median([&] { counted = store.count(filter).value_or(-1); }, 5);
    std::printf("(c) count label + open: %d, median of 5: wall %.1f ms, CPU %.1f ms\n", counted,
                count.wallMs, count.cpuMs);
    const Timing page = median([&] { store.list({}, contacts / kPages - 200, 100); }, 5);
    std::printf("(d) one 100-row page at offset %d: wall %.1f ms, CPU %.1f ms\n",
                contacts / kPages - 200, page.wallMs, page.cpuMs);

    QSqlQuery plan(database.connection());
    plan.exec(
        QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT c.psid FROM contact_labels m JOIN contacts c ON "
            "c.page_id = m.page_id AND c.psid = m.psid WHERE m.page_id = '100' AND m.label_id = "
            "'%1' AND c.last_inbound > %2")
            .arg(kLabel)
            .arg(now - 24LL * 3600 * 1000));
    while (plan.next())
        std::printf("    plan: %s\n", qPrintable(plan.value(3).toString()));
    database.closeThreadConnection();
    std::printf("file: %.1f MB (%s)\n", double(QFileInfo(path).size()) / 1e6, qPrintable(path));
    return 0;
}
