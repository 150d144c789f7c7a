#pragma once

#include "app/cli/clicommand.h"

#include <memory>

namespace mdesk::models {
class BroadcastBook;
class BroadcastRunner;
struct BroadcastDraft;
} // namespace mdesk::models

namespace mdesk::app::cli {

// `broadcast send --message-file F (--label ID | --psids FILE | --all-open) [--name N]
// [--dry-run]`, `broadcast resume ID`, `broadcast list`, `broadcast report ID [--csv]`.
// The message and the audience are checked before anything is sent (exit 2, nothing sent);
// the broadcast id goes to stderr at the start, progress to stderr, the report JSON
// ({broadcast_id, name, state, counts, recipients}) to stdout. Exit 0 when every eligible
// person got it, 1 when any failed or is unknown (or the run stopped), 2 bad input.
// The journal is the local store ($MESSENGER_DESK_STORE or the app data folder).
class BroadcastCommand : public CliCommand
{
    Q_OBJECT
public:
    BroadcastCommand(CliContext &context, QObject *parent = nullptr);
    ~BroadcastCommand() override;
    void start(const QStringList &arguments) override;

private:
    bool openStore();
    void send(const QStringList &arguments);
    void resume(qint64 id);
    void list();
    void report(qint64 id, bool csv);
    void startSend(const models::BroadcastDraft &draft, bool dryRun);
    void run(qint64 id, const models::BroadcastDraft &draft, const QStringList &psids);
    void finishWithReport(qint64 id);

    std::unique_ptr<models::BroadcastBook> m_book;
    models::BroadcastRunner *m_runner = nullptr;
};

} // namespace mdesk::app::cli
