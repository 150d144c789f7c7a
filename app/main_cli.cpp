// messenger-desk-cli: the same engine for scripts. Dispatch lives in cli/CliRunner.
#include "app/appidentity.h"
#include "app/cli/clirunner.h"
#include "app/translationloader.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    mdesk::app::AppIdentity::apply(app);
    mdesk::app::TranslationLoader::installEnglish(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    mdesk::app::cli::CliRunner runner(out, err);
    QObject::connect(&runner, &mdesk::app::cli::CliRunner::finished, &app,
                     [](int exitStatus) { QCoreApplication::exit(exitStatus); });
    runner.start(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
