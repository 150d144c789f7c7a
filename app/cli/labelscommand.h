#pragma once

#include "app/cli/clicommand.h"

namespace mdesk::api {
class BulkJob;
}

namespace mdesk::app::cli {

// `labels bulk label|unlabel LABEL_ID PSID_FILE`: one label_user or unlabel_user per PSID
// through batch requests, progress on stderr, the report on stdout, exit 1 if any failed.
class LabelsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &arguments) override;

private:
    // PSIDs of a file ("-": stdin), one per line; blank lines and lines starting with # are
    // skipped, duplicates dropped. On a bad line or a file past the caps: reported
    // (failUsage) and nullopt.
    std::optional<QStringList> readPsids(const QString &path);

    void run(const QString &opId, const QString &labelId, const QStringList &psids);
};

} // namespace mdesk::app::cli
