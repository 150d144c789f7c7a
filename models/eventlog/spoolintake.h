#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mdesk::store {
class EventJournal;
class EventSpool;
} // namespace mdesk::store

namespace mdesk::models {

class LabelCallRecorder;

// Takes the events other runs left in the store's spool (store::EventSpool) into this
// process's event journal and label index, as if this process had made them: the app at
// its start and whenever the file has grown, the CLI when a command opens the store or the
// file has passed EventSpool::takeInBytes().
//
// Contract: takeIn() blocks for the journal's transactions on the caller's thread and
// connection. Events stay in the file until the journal has them: a journal that refuses
// them leaves them for the next try, and events already taken are not taken twice.
class SpoolIntake
{
    Q_DECLARE_TR_FUNCTIONS(mdesk::models::SpoolIntake)

public:
    struct Result
    {
        int taken = 0;        // events handed to the journal and the label index
        QStringList problems; // sentences for stderr or the message bar; empty when fine
    };

    static Result takeIn(store::EventSpool &spool, store::EventJournal &journal,
                         LabelCallRecorder &labels);
};

} // namespace mdesk::models
