#pragma once

#include "api/graphclient.h"
#include "app/cli/clicommand.h"
#include "models/profile/profiledocument.h"

#include <QJsonObject>

namespace mdesk::app::cli {

// `profile export [FILE]`, `profile diff FILE`, `profile apply FILE [--dry-run] [--prune]`:
// the Messenger profile as a JSON file. Export and diff read the whole profile in one call;
// apply sends one POST for the fields to set and one DELETE for the fields to clear (only
// with --prune: without it, a file that would clear fields is refused, exit 2, and an empty
// file always is), and nothing at all when the page already matches the file.
class ProfileCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &arguments) override;

private:
    enum class Action { Export, Diff, Apply };

    void fetchLive();
    void onLive(const QJsonObject &live);
    void apply(const models::ProfileChange &change);
    // Properties this app's Graph version still serves.
    QStringList servedFields() const;
    api::CallOptions callOptions() const;

    Action m_action = Action::Export;
    QString m_file;
    bool m_dryRun = false;
    bool m_prune = false;
    QJsonObject m_desired;
    QString m_txId;
};

} // namespace mdesk::app::cli
