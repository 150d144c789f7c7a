#pragma once

#include "app/cli/clicommand.h"

namespace mdesk::store {
class Database;
}

namespace mdesk::app::cli {

// `audience sync | list [--label ID] [--open] | import FILE`: the Page's contacts in the
// local store. sync reads what changed in the Page's conversations (progress on stderr, a
// summary on stdout); list prints the contacts as a JSON array, streamed; import adds a
// PSID list, streamed, all or nothing (see CliUsage for the exit statuses).
class AudienceCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start(const QStringList &arguments) override;

private:
    void sync(int pageSize);
    void list(const QString &labelId, bool openOnly);
    void importFile(const QString &fileName, bool skipBad);
    // The store, opened; nullptr after CliContext printed why it cannot be used.
    store::Database *openStore();
};

} // namespace mdesk::app::cli
