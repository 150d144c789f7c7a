#pragma once

#include "app/cli/clistorage.h"

#include <QObject>
#include <memory>

namespace mdesk::models {
class LabelCallRecorder;
}
namespace mdesk::store {
class EventJournal;
}

namespace mdesk::app::cli {

// The store's side of one CLI run (CliStore): the database at Database::defaultPath(), its
// event journal written on the main thread, and the label index kept up to date from the
// client's label calls.
class CliStoreSession : public QObject, public CliStore
{
    Q_OBJECT
public:
    // Opens the file (a damaged one is said on stderr and moved aside), takes the context's
    // spool in, and journals the client's events from then on; nullptr with *error when
    // the file cannot be opened.
    static CliStoreSession *open(CliContext &context, QString *error);
    ~CliStoreSession() override; // writes what the journal holds, then closes the file

    store::Database &database() override { return *m_database; }
    QString damageSeenMessage() const override;

private:
    CliStoreSession(CliContext &context, std::unique_ptr<store::Database> database);

    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::EventJournal> m_journal;
    models::LabelCallRecorder *m_labels = nullptr;
};

} // namespace mdesk::app::cli
