#include "app/cli/climain.h"

#include "app/appidentity.h"
#include "app/cli/clirunner.h"
#include "app/translationloader.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <cstdlib>

// Under AddressSanitizer the process ends the usual way: the sanitizers see the whole
// teardown, and LeakSanitizer can check it when it is on.
#if defined(__SANITIZE_ADDRESS__)
#define MDESK_CLI_FULL_TEARDOWN
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MDESK_CLI_FULL_TEARDOWN
#endif
#endif

namespace mdesk::app::cli {

int runCli(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppIdentity::apply(app);
    TranslationLoader::installEnglish(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliRunner runner(out, err);
    QObject::connect(&runner, &CliRunner::finished, &app,
                     [](int exitStatus) { QCoreApplication::exit(exitStatus); });
    runner.start(QCoreApplication::arguments());
    const int status = QCoreApplication::exec();
#ifndef MDESK_CLI_FULL_TEARDOWN
    // A run that did not open the store has written all it leaves (the spool, settings,
    // both streams) when it finished: what is left is Qt's teardown (the network thread's
    // join, the objects, library globals), about 1 ms of a 20 ms `call` (issue 18).
    if (runner.isWrittenAtEnd()) {
        out.flush();
        err.flush();
        std::fflush(nullptr);
        std::_Exit(status);
    }
#endif
    return status;
}

} // namespace mdesk::app::cli
