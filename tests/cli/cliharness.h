#pragma once

#include "clirun.h"

#include <QDateTime>
#include <QList>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace mdesk::clitest {

// Runs the real messenger-desk-cli binary in a throwaway HOME (with XDG_CONFIG_HOME,
// XDG_DATA_HOME and XDG_CACHE_HOME below it), so settings never touch the user's or another
// test's. The D-Bus session bus of the test (scripts/test's private one with gnome-keyring)
// is passed on unless withoutSessionBus() was called. MESSENGER_DESK_* variables of the
// caller's environment are dropped; set them with setVariable().
class CliHarness
{
public:
    CliHarness();

    bool isValid() const { return m_home.isValid() && m_runtime.isValid(); }
    QString home() const { return m_home.path(); }
    QString configHome() const;

    void setVariable(const QString &name, const QString &value);
    void unsetVariable(const QString &name);
    // No session bus at all (no DBUS_SESSION_BUS_ADDRESS, no X11 autolaunch, an empty
    // XDG_RUNTIME_DIR): the keychain is unreachable, as on a headless server.
    void withoutSessionBus();
    QProcessEnvironment environment() const { return m_environment; }

    // Runs the CLI with arguments, feeding stdinData and then end-of-file to its stdin.
    CliRun run(const QStringList &arguments, const QByteArray &stdinData = {}) const;

    // The settings files the CLI wrote (under XDG_CONFIG_HOME), with their contents.
    QByteArray settingsText() const;

    static QString binary();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_runtime;
    QProcessEnvironment m_environment;
};

// Files below root (not below excludedDir, not older than since) that hold any needle.
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles,
                            const QString &excludedDir = {}, const QDateTime &since = {});

// Whether CI is set (and not "false"): then nothing may be skipped.
bool ciIsSet();

// JSON written with single quotes, for readable test data: "{'a':'b'}" -> {"a":"b"}. (moc
// misreads raw string literals that hold "//", so URLs cannot go into R"(...)".)
QByteArray json(const char *singleQuoted);

// Lines of arguments for messages: "a b c".
QString joined(const QStringList &arguments);

} // namespace mdesk::clitest
