// `messenger-desk-cli call` against curl for the same request to `sandbox serve`
// (issue 18, "Also"): credentials come from the environment, so the CLI touches neither
// the keychain nor D-Bus, and a `call` leaves its events in the store's spool without
// opening SQLite. Runs N calls of each, interleaved so that the machine's noise hits all
// alike, and prints the medians of wall and CPU time and their ratios (target: at most
// 1.2x). `--version` is measured too, as the floor of a process start, and `audience list`,
// a command that opens the store (and so takes the spool in). The spool's bytes per call
// say how often a run finds it past its 1 MB and takes it in itself. Figures only: it never
// fails on timing.
//
//   bench_cli_vs_curl [--runs N] [--warm-calls W] [--cli PATH]   (PATH: another build)

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// CPU milliseconds used by the children this process waited for so far.
double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

struct Sample
{
    double wallMs = -1;
    double cpuMs = 0;
};

Sample runOnce(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    const double cpuBefore = childCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        print(QStringLiteral("bench cli_vs_curl: %1 failed: %2")
                  .arg(program, QString::fromUtf8(process.readAllStandardError().left(300))));
        return {};
    }
    return {timer.nsecsElapsed() / 1e6, childCpuMs() - cpuBefore};
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Series
{
    QString name;
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
    QList<double> wall;
    QList<double> cpu;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Calls of each."),
                                        QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("The CLI to run."),
                                       QStringLiteral("PATH"),
                                       QStringLiteral(MDESK_MESSENGER_DESK_CLI_BINARY));
    const QCommandLineOption warmOption(QStringLiteral("warm-calls"),
                                        QStringLiteral("Calls that use the store first."),
                                        QStringLiteral("W"), QStringLiteral("300"));
    parser.addOptions({runsOption, warmOption, cliOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int warmCalls = std::max(0, parser.value(warmOption).toInt());
    const QString cli = parser.value(cliOption);
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        print(QStringLiteral("bench cli_vs_curl: curl is not installed (scripts/lib/deps.sh)."));
        return 1;
    }

    QTemporaryDir home;
    QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    base.insert(QStringLiteral("HOME"), home.path());
    base.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    base.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    base.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));

    QProcess serve;
    serve.setProcessEnvironment(base);
    serve.start(cli, {QStringLiteral("sandbox"), QStringLiteral("serve")});
    if (!serve.waitForReadyRead(60000)) {
        print(QStringLiteral("bench cli_vs_curl: sandbox serve did not start."));
        return 1;
    }
    const QJsonObject served = QJsonDocument::fromJson(serve.readLine()).object();
    const QJsonObject firstApp = served.value(QStringLiteral("apps")).toArray().at(0).toObject();
    const QJsonObject firstPage =
        firstApp.value(QStringLiteral("pages")).toArray().at(0).toObject();
    const QString url = served.value(QStringLiteral("url")).toString();
    const QString token = firstPage.value(QStringLiteral("token")).toString();
    const QString secret = firstApp.value(QStringLiteral("secret")).toString();
    const QString page = firstApp.value(QStringLiteral("id")).toString() + QLatin1Char('/') +
                         firstPage.value(QStringLiteral("id")).toString();
    const QByteArray proof = QMessageAuthenticationCode::hash(token.toUtf8(), secret.toUtf8(),
                                                              QCryptographicHash::Sha256)
                                 .toHex();

    QProcessEnvironment environment = base;
    environment.insert(QStringLiteral("MESSENGER_DESK_GRAPH_URL"), url);
    environment.insert(QStringLiteral("MESSENGER_DESK_PAGE_TOKEN"), token);
    environment.insert(QStringLiteral("MESSENGER_DESK_APP_SECRET"), secret);

    // The same request: GET /v26.0/me/custom_labels?fields=page_label_name&appsecret_proof=..
    // with the token as a Bearer header, the body to stdout.
    const QString storePath = home.filePath(QStringLiteral("store.sqlite"));
    const QString spoolPath = storePath + QStringLiteral("-spool");
    environment.insert(QStringLiteral("MESSENGER_DESK_STORE"), storePath);
    const QStringList callArguments{QStringLiteral("--page"), page, QStringLiteral("call"),
                                    QStringLiteral("list_custom_labels")};
    QList<Series> series{
        {QStringLiteral("cli call"), cli, callArguments, environment, {}, {}},
        {QStringLiteral("curl"),
         curl,
         {QStringLiteral("-s"), QStringLiteral("-f"), QStringLiteral("-H"),
          QStringLiteral("Authorization: Bearer ") + token,
          url + QStringLiteral("/v26.0/me/custom_labels?fields=page_label_name&appsecret_proof=") +
              QString::fromLatin1(proof)},
         environment,
         {},
         {}},
        {QStringLiteral("cli --version"), cli, {QStringLiteral("--version")}, environment, {}, {}},
        {QStringLiteral("audience list"),
         cli,
         {QStringLiteral("--page"), page, QStringLiteral("audience"), QStringLiteral("list")},
         environment,
         {},
         {}}};
    // The store used as a day of scripts would, one warm-up each (page cache), then
    // interleaved rounds; `audience list` takes the spool in at every round.
    for (int i = 0; i < warmCalls; ++i)
        runOnce(cli, callArguments, environment);
    const qint64 spoolBefore = QFileInfo(spoolPath).size();
    runOnce(cli, callArguments, environment);
    const qint64 spoolPerCall = QFileInfo(spoolPath).size() - spoolBefore;
    for (auto &entry : series)
        runOnce(entry.program, entry.arguments, entry.environment);
    for (int round = 0; round < runs; ++round) {
        for (auto &entry : series) {
            const Sample sample = runOnce(entry.program, entry.arguments, entry.environment);
            if (sample.wallMs < 0)
                return 1;
            entry.wall.append(sample.wallMs);
            entry.cpu.append(sample.cpuMs);
        }
    }
    serve.terminate();
    serve.waitForFinished(10000);

    for (const auto &entry : series)
        print(QStringLiteral("bench cli_vs_curl: %1: median %2 ms wall, %3 ms CPU over %4 runs")
                  .arg(entry.name, -14)
                  .arg(median(entry.wall), 0, 'f', 1)
                  .arg(median(entry.cpu), 0, 'f', 1)
                  .arg(runs));
    const double wallRatio = median(series[0].wall) / median(series[1].wall);
    const double cpuRatio = median(series[0].cpu) / median(series[1].cpu);
    const double versionRatio = median(series[2].wall) / median(series[1].wall);
    const double storeRatio = median(series[3].wall) / median(series[1].wall);
    print(QStringLiteral("bench cli_vs_curl: ratio cli/curl %1x wall, %2x CPU (target <= 1.2x); "
                         "--version/curl %3x wall; audience list (opens the store)/curl %4x wall")
              .arg(wallRatio, 0, 'f', 2)
              .arg(cpuRatio, 0, 'f', 2)
              .arg(versionRatio, 0, 'f', 2)
              .arg(storeRatio, 0, 'f', 2));
    if (spoolPerCall > 0)
        print(QStringLiteral("bench cli_vs_curl: a call spools %1 bytes: one run in %2 finds the "
                             "spool past 1 MB and takes it in")
                  .arg(spoolPerCall)
                  .arg(1024 * 1024 / spoolPerCall));
    print(QStringLiteral("bench cli_vs_curl: the store: %1 KB, its WAL %2 KB, the spool %3 KB")
              .arg(QFileInfo(storePath).size() / 1024)
              .arg(QFileInfo(storePath + QStringLiteral("-wal")).size() / 1024)
              .arg(QFileInfo(spoolPath).size() / 1024));
    return 0;
}
