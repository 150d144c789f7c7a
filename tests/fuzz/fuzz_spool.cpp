// The spool beside the store (store::EventSpool) as the app and the CLI take it in: a file
// other runs wrote, perhaps cut short or damaged, read line by line and handed to the event
// journal and the label index (models::SpoolIntake, LabelCallRecorder).
//
// Input: the spool file. Lines that are not whole events are counted and left out; every
// other event reaches the journal once, and the file is empty after a take that went well.
#include "models/audience/labelcallrecorder.h"
#include "models/eventlog/spoolintake.h"
#include "models/store/database.h"
#include "models/store/eventjournal.h"
#include "models/store/eventspool.h"
#include "tests/fuzz/fuzzinput.h"

#include <QFile>
#include <QTemporaryDir>

using namespace mdesk;

namespace {

QTemporaryDir &folder()
{
    static QTemporaryDir temporary;
    return temporary;
}

QString storePath()
{
    return folder().filePath(QStringLiteral("fuzz.sqlite"));
}

store::Database *database()
{
    static store::Database *opened = [] {
        auto *db = new store::Database(storePath());
        fuzz::require(db->open().ok, "the store does not open");
        return db;
    }();
    return opened;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    database();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    store::EventSpool spool(storePath());
    {
        QFile file(spool.path());
        fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "no spool to write");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    store::EventJournal journal(*database(), store::EventJournal::Writing::OnTheCallersThread);
    models::LabelCallRecorder labels(nullptr, [](QString *) { return database(); });
    const qint64 before = journal.count();
    const models::SpoolIntake::Result result = models::SpoolIntake::takeIn(spool, journal, labels);
    const qint64 added = journal.count() - before;
    fuzz::require(added >= 0 && added <= result.taken, "the journal holds events nobody gave it");
    const bool tookAll = result.problems.isEmpty() ||
                         (result.problems.size() == 1 &&
                          result.problems.first().contains(QStringLiteral("whole event")));
    if (tookAll)
        fuzz::require(spool.size() == 0, "a take that went well left the spool");
    // A second take finds nothing new: every event is kept once.
    const models::SpoolIntake::Result again = models::SpoolIntake::takeIn(spool, journal, labels);
    fuzz::require(!tookAll || again.taken == 0, "the spool gave its events twice");
    fuzz::require(journal.count() - before == added, "an event was kept twice");
    return 0;
}
