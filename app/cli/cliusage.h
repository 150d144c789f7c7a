#pragma once

#include <QString>
#include <QStringList>

namespace mdesk::app::cli {

// The CLI contract of design.md as users read it: the man-page-like text of --help and the
// list of top-level commands. The CLI is for scripts, so its text is English and stable.
class CliUsage
{
public:
    static QString programName();
    // Top-level commands of the contract, in the order the help lists them.
    static QStringList commandNames();
    static QString helpText();
    // The man page of one command (`messenger-desk-cli COMMAND --help`).
    static QString commandHelp(const QString &command);
    static QString versionText();
};

} // namespace mdesk::app::cli
