// SecretStore against a real Secret Service (the gnome-keyring that scripts/test starts).
#include "app/keychain/keychainbackendloader.h"
#include "app/secretstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <cstdio>
#include <qt6keychain/keychain.h>

using mdesk::app::SecretStore;
using Outcome = SecretStore::Outcome;

// waitFor() fails the test on timeout; stop the test function there too.
#define WAIT_FOR(spy, requestId, result)                                                           \
    do {                                                                                           \
        waitFor(spy, requestId, result);                                                           \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {
constexpr int Timeout = 15000;
const char *const ChildModeVariable = "MDESK_TST_SECRETSTORE_NO_BUS_CHILD";

QString outcomeName(Outcome outcome)
{
    return QString::fromLatin1(QMetaEnum::fromType<Outcome>().valueToKey(int(outcome)));
}

bool ciIsSet()
{
    const QString ci = qEnvironmentVariable("CI");
    return !ci.isEmpty() && ci != QStringLiteral("false");
}

QString uniqueSecret()
{
    return QStringLiteral("mdesk-secret-%1")
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

// Files under root (except below excludedDir) modified since `since` that contain any needle.
// The needles are random per run, so no older file can hold them.
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
        if (it.fileInfo().lastModified() < since)
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

// Child process for withoutSessionBusNothingIsStored(): one write with no D-Bus session.
int runNoBusChild(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SecretStore store;
    bool writeReturned = false;
    QObject::connect(
        &store, &SecretStore::finished, &app,
        [&writeReturned](int, Outcome outcome, const QString &, const QString &message) {
            const QJsonObject result{{QStringLiteral("outcome"), outcomeName(outcome)},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("finishedAfterReturn"), writeReturned}};
            std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
            QCoreApplication::exit(0);
        });
    store.writeSecret(QStringLiteral("tst_secretstore/no-bus"),
                      qEnvironmentVariable(ChildModeVariable));
    writeReturned = true;
    return QCoreApplication::exec();
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString value;
        QString message;
    };

    // Waits for the one finished() of requestId; fails the test on timeout or a wrong id.
    void waitFor(QSignalSpy &spy, int requestId, Result &result)
    {
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, Timeout);
        const QList<QVariant> args = spy.takeFirst();
        QCOMPARE(args.at(0).toInt(), requestId);
        result = {args.at(1).value<Outcome>(), args.at(2).toString(), args.at(3).toString()};
    }

    bool requireSecretService()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            return true;
        m_noServiceReason = QStringLiteral(
            "No Secret Service: DBUS_SESSION_BUS_ADDRESS is not set. Run the tests with "
            "scripts/test, which starts a private D-Bus session with an unlocked gnome-keyring.");
        return false;
    }

    QString m_noServiceReason;
    QDateTime m_started;
    QList<QByteArray> m_secretsWritten;

private Q_SLOTS:
    void initTestCase()
    {
        // Filesystem timestamps can be coarse; start the window a little early.
        m_started = QDateTime::currentDateTime().addSecs(-2);
        if (requireSecretService())
            return;
        if (ciIsSet())
            QFAIL(qPrintable(m_noServiceReason));
        QSKIP(qPrintable(m_noServiceReason));
    }

    void keyNaming()
    {
        QCOMPARE(SecretStore::serviceName(), QStringLiteral("messenger-desk"));
        QCOMPARE(SecretStore::pageTokenKey(QStringLiteral("1"), QStringLiteral("2")),
                 QStringLiteral("page-token/1/2"));
        QCOMPARE(SecretStore::appSecretKey(QStringLiteral("1")), QStringLiteral("app-secret/1"));
        QCOMPARE(SecretStore::appTokenKey(QStringLiteral("1")), QStringLiteral("app-token/1"));
    }

    void roundTrip()
    {
        SecretStore store;
        QSignalSpy spy(&store, &SecretStore::finished);
        const QString key = SecretStore::pageTokenKey(QStringLiteral("tst"),
                                                      QUuid::createUuid().toString(QUuid::Id128));
        const QString first = uniqueSecret();
        const QString second = uniqueSecret();
        m_secretsWritten << first.toUtf8() << second.toUtf8();
        Result result;

        const int writeId = store.writeSecret(key, first);
        QCOMPARE(spy.count(), 0); // finished() is always emitted later, from the event loop
        const auto *job = qobject_cast<const QKeychain::Job *>(store.pendingJob(writeId));
        QVERIFY(job);
        QVERIFY2(!job->insecureFallback(), "the insecure fallback must be off");
        QVERIFY(job->autoDelete());
        QCOMPARE(job->parent(), nullptr);
        QCOMPARE(job->service(), SecretStore::serviceName());
        QCOMPARE(store.pendingCount(), 1);
        WAIT_FOR(spy, writeId, result);
        QVERIFY2(result.outcome == Outcome::Ok, qPrintable(result.message));
        QVERIFY(result.message.isEmpty());
        QCOMPARE(store.pendingCount(), 0);

        const int readId = store.readSecret(key);
        QVERIFY(
            !qobject_cast<const QKeychain::Job *>(store.pendingJob(readId))->insecureFallback());
        WAIT_FOR(spy, readId, result);
        QVERIFY2(result.outcome == Outcome::Ok, qPrintable(result.message));
        QCOMPARE(result.value, first);

        const int overwriteId = store.writeSecret(key, second);
        QVERIFY(!qobject_cast<const QKeychain::Job *>(store.pendingJob(overwriteId))
                     ->insecureFallback());
        WAIT_FOR(spy, overwriteId, result);
        QVERIFY2(result.outcome == Outcome::Ok, qPrintable(result.message));

        const int rereadId = store.readSecret(key);
        WAIT_FOR(spy, rereadId, result);
        QVERIFY2(result.outcome == Outcome::Ok, qPrintable(result.message));
        QCOMPARE(result.value, second);

        const int deleteId = store.deleteSecret(key);
        QVERIFY(
            !qobject_cast<const QKeychain::Job *>(store.pendingJob(deleteId))->insecureFallback());
        WAIT_FOR(spy, deleteId, result);
        QVERIFY2(result.outcome == Outcome::Ok, qPrintable(result.message));

        const int goneId = store.readSecret(key);
        WAIT_FOR(spy, goneId, result);
        QCOMPARE(result.outcome, Outcome::NotFound);
        QVERIFY(result.value.isEmpty());
        QVERIFY(result.message.contains(key));
        QVERIFY(!result.message.contains(first) && !result.message.contains(second));
    }

    void destroyingStoreWithPendingJobIsSafe()
    {
        const QString key = SecretStore::appSecretKey(QUuid::createUuid().toString(QUuid::Id128));
        const QString secret = uniqueSecret();
        m_secretsWritten << secret.toUtf8();

        auto *doomed = new SecretStore;
        const int id = doomed->writeSecret(key, secret);
        QSignalSpy jobGone(doomed->pendingJob(id), &QObject::destroyed);
        delete doomed;                                          // must not delete the pending job
        QTRY_COMPARE_WITH_TIMEOUT(jobGone.count(), 1, Timeout); // it finished and deleted itself

        SecretStore store;
        QSignalSpy spy(&store, &SecretStore::finished);
        Result result;
        WAIT_FOR(spy, store.readSecret(key), result);
        QVERIFY2(result.outcome == Outcome::Ok, qPrintable(result.message));
        QCOMPARE(result.value, secret);
        WAIT_FOR(spy, store.deleteSecret(key), result);
        QVERIFY2(result.outcome == Outcome::Ok, qPrintable(result.message));
    }

    void withoutSessionBusNothingIsStored()
    {
        QTemporaryDir home;
        QTemporaryDir runtimeDir;
        QVERIFY(home.isValid() && runtimeDir.isValid());
        const QString secret = uniqueSecret();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
                                "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir.path());
        env.insert(QString::fromLatin1(ChildModeVariable), secret);

        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(Timeout));
        QCOMPARE(child.exitCode(), 0);

        const QByteArray line = child.readAllStandardOutput().trimmed();
        const QJsonObject result = QJsonDocument::fromJson(line).object();
        const QString message = result.value(QStringLiteral("message")).toString();
        QVERIFY2(result.value(QStringLiteral("outcome")).toString() ==
                     outcomeName(Outcome::NoBackend),
                 line.constData());
        QVERIFY2(message.contains(QStringLiteral("No keychain is available")), qPrintable(message));
        QVERIFY2(result.value(QStringLiteral("finishedAfterReturn")).toBool(),
                 "finished() must not be emitted before writeSecret() returns");
        QVERIFY(!message.contains(secret));
        QVERIFY(!child.readAllStandardError().contains(secret.toUtf8()));
        const QStringList hits = filesContaining(home.path(), {secret.toUtf8()}, {}, m_started);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }

    // The keychain lives in a plugin loaded on first use: without it nothing is stored, and
    // the message names the module and why, never "no Secret Service" (which is not true).
    void withoutTheKeychainModuleNothingIsStoredAndTheModuleIsNamed()
    {
        using mdesk::app::KeychainBackendLoader;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("messenger-desk-keychain.so"));
        const QString broken = dir.filePath(QStringLiteral("broken-keychain.so"));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a shared library");
        }
        const QString key = SecretStore::appSecretKey(QUuid::createUuid().toString(QUuid::Id128));
        const QString secret = uniqueSecret();
        Result result;
        for (const QString &path : {missing, broken}) {
            KeychainBackendLoader::setCandidatesForTesting({path});
            SecretStore store;
            QSignalSpy spy(&store, &SecretStore::finished);
            const int id = store.writeSecret(key, secret);
            QCOMPARE(spy.count(), 0); // later, from the event loop, as every outcome
            WAIT_FOR(spy, id, result);
            QCOMPARE(result.outcome, Outcome::NoBackend);
            QVERIFY2(result.message.contains(QDir::toNativeSeparators(path)),
                     qPrintable(result.message));
            QVERIFY2(result.message.contains(path == missing
                                                 ? QStringLiteral("is not installed")
                                                 : QStringLiteral("could not be loaded")),
                     qPrintable(result.message));
            QVERIFY2(!result.message.contains(QStringLiteral("Secret Service")),
                     qPrintable(result.message));
            QVERIFY(!result.message.contains(secret));
            QCOMPARE(store.pendingCount(), 0);
        }
        // The real module again: the entry was never written.
        KeychainBackendLoader::setCandidatesForTesting({});
        SecretStore store;
        QSignalSpy spy(&store, &SecretStore::finished);
        WAIT_FOR(spy, store.readSecret(key), result);
        QCOMPARE(result.outcome, Outcome::NotFound);
    }

    void secretsNeverLandInHome()
    {
        QVERIFY(!m_secretsWritten.isEmpty());
        const QString home = QDir::homePath();
        const QString keyrings = QDir(home).filePath(QStringLiteral(".local/share/keyrings"));
        const QStringList hits = filesContaining(home, m_secretsWritten, keyrings, m_started);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(QStringLiteral("secret found in: ") + hits.join(QLatin1Char(' '))));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(ChildModeVariable))
        return runNoBusChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
