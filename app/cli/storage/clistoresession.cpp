#include "app/cli/storage/clistoresession.h"

#include "api/eventhub.h"
#include "api/graphclient.h"
#include "app/cli/clicontext.h"
#include "models/audience/labelcallrecorder.h"
#include "models/eventlog/spoolintake.h"
#include "models/store/database.h"
#include "models/store/eventjournal.h"

namespace mdesk::app::cli {

CliStoreSession *CliStoreSession::open(CliContext &context, QString *error)
{
    auto database = std::make_unique<store::Database>();
    const store::OpenResult opened = database->open();
    if (!opened.damagedMessage.isEmpty())
        context.printError(opened.damagedMessage);
    if (!opened.ok) {
        *error = opened.error;
        return nullptr;
    }
    return new CliStoreSession(context, std::move(database));
}

CliStoreSession::CliStoreSession(CliContext &context, std::unique_ptr<store::Database> database)
    : m_database(std::move(database))
{
    m_journal = std::make_unique<store::EventJournal>(
        *m_database, store::EventJournal::Writing::OnTheCallersThread, nullptr, context.runId());
    connect(m_journal.get(), &store::EventJournal::writeFailed, this,
            [&context](const QString &message) { context.printError(message); });
    m_labels = new models::LabelCallRecorder(
        nullptr, [this](QString *) { return m_database.get(); }, this);
    connect(m_labels, &models::LabelCallRecorder::failed, this,
            [&context](const QString &message) { context.printError(message); });
    for (const QString &problem :
         models::SpoolIntake::takeIn(context.spool(), *m_journal, *m_labels).problems)
        context.printError(problem);
    api::EventHub *events = context.client().events();
    m_journal->attach(events);
    connect(events, &api::EventHub::published, m_labels, &models::LabelCallRecorder::record);
}

CliStoreSession::~CliStoreSession()
{
    delete m_labels; // it reads m_database
    m_journal.reset();
    m_database.reset();
}

QString CliStoreSession::damageSeenMessage() const
{
    return m_database->damageSeen() ? m_database->damageSeenMessage() : QString();
}

} // namespace mdesk::app::cli

#include "moc_clistoresession.cpp"
