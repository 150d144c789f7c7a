#pragma once

#include "app/cli/clicommand.h"

#include <QJsonObject>

namespace mdesk::app::cli {

// `call OP [--input JSON | --input-file F | -]`: one operation, input checked against the
// field rules before anything is sent.
class CallCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &arguments) override;

private:
    void send();

    QString m_opId;
    QJsonObject m_input;
};

} // namespace mdesk::app::cli
