#include "models/eventlog/spoolintake.h"

#include "models/audience/labelcallrecorder.h"
#include "models/store/eventjournal.h"
#include "models/store/eventspool.h"

#include <QDir>

namespace mdesk::models {

SpoolIntake::Result SpoolIntake::takeIn(store::EventSpool &spool, store::EventJournal &journal,
                                        LabelCallRecorder &labels)
{
    Result result;
    QString error;
    int unreadable = 0;
    const bool emptied = spool.takeAll(
        [&](const QList<store::SpooledEvent> &chunk) {
            QString refusal;
            if (!journal.takeIn(chunk, &refusal)) {
                result.problems << tr("%n event(s) waiting in %1 could not be written to the "
                                      "local database; they wait for the next try: %2",
                                      nullptr, int(chunk.size()))
                                       .arg(QDir::toNativeSeparators(spool.path()), refusal);
                return false;
            }
            for (const store::SpooledEvent &spooled : chunk)
                labels.record(spooled.event);
            result.taken += int(chunk.size());
            return true;
        },
        &error, &unreadable);
    if (!emptied && !error.isEmpty())
        result.problems << error;
    if (unreadable > 0)
        result.problems << tr("%n line(s) of %1 were not whole events and were left out.", nullptr,
                              unreadable)
                               .arg(QDir::toNativeSeparators(spool.path()));
    return result;
}

} // namespace mdesk::models
