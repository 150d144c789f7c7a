#include "cliharness.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

namespace mdesk::clitest {

namespace {
constexpr int RunTimeoutMs = 60000;
} // namespace

CliHarness::CliHarness()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    for (const QString &name : m_environment.keys()) {
        if (name.startsWith(QLatin1String("MESSENGER_DESK_")))
            m_environment.remove(name);
    }
    const QString home = m_home.path();
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    // Nothing a run prints must depend on the translation of the machine.
    m_environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

QString CliHarness::configHome() const
{
    return m_environment.value(QStringLiteral("XDG_CONFIG_HOME"));
}

void CliHarness::setVariable(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

void CliHarness::unsetVariable(const QString &name)
{
    m_environment.remove(name);
}

void CliHarness::withoutSessionBus()
{
    for (const auto name :
         {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL"})
        m_environment.remove(QString::fromLatin1(name));
    // libdbus also looks for $XDG_RUNTIME_DIR/bus; this one is empty.
    m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
}

CliRun CliHarness::run(const QStringList &arguments, const QByteArray &stdinData) const
{
    QProcess cli;
    cli.setProcessEnvironment(m_environment);
    cli.setWorkingDirectory(m_home.path());
    cli.start(binary(), arguments);
    CliRun result;
    if (!cli.waitForStarted(RunTimeoutMs)) {
        result.err = cli.errorString().toUtf8();
        return result;
    }
    if (!stdinData.isEmpty())
        cli.write(stdinData);
    cli.closeWriteChannel();
    const bool done = cli.waitForFinished(RunTimeoutMs);
    if (!done) {
        cli.kill();
        cli.waitForFinished(RunTimeoutMs);
    }
    result.finished = done && cli.exitStatus() == QProcess::NormalExit;
    result.exitCode = result.finished ? cli.exitCode() : -1;
    result.out = cli.readAllStandardOutput();
    result.err = cli.readAllStandardError();
    return result;
}

QByteArray CliHarness::settingsText() const
{
    QByteArray text;
    QDirIterator it(configHome(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            text += file.readAll();
    }
    return text;
}

QString CliHarness::binary()
{
    return QStringLiteral(MDESK_MESSENGER_DESK_CLI_BINARY);
}

QStringList filesContaining(const QString &root, const QList<QByteArray> &needles,
                            const QString &excludedDir, const QDateTime &since)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!excludedDir.isEmpty() && path.startsWith(excludedDir + QLatin1Char('/')))
            continue;
        if (since.isValid() && it.fileInfo().lastModified() < since)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (content.contains(needle)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

bool ciIsSet()
{
    const QString ci = qEnvironmentVariable("CI");
    return !ci.isEmpty() && ci != QLatin1String("false");
}

QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

QString joined(const QStringList &arguments)
{
    return arguments.join(QLatin1Char(' '));
}

} // namespace mdesk::clitest
