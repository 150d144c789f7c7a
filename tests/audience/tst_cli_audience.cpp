// `audience sync | list | import` as processes against `sandbox serve --contacts 2000`, on a
// real store file: list --open equals the people whose last message is under 24 h old by
// the sandbox's own state; a second sync reads only what changed (counted with --events);
// a killed sync resumes; label calls of other commands feed the index; an import with bad
// lines names them and imports nothing; CLI processes and another connection write the
// same file at once without "database is locked".
#include "cliharness.h"
#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "models/store/labelindex.h"
#include "sandboxserver.h"
#include "support/sqlitedamage.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>

using namespace mdesk;
using namespace mdesk::clitest;

namespace {

constexpr int kContacts = 2000;
constexpr int kImported = 10000; // PSIDs each of two concurrent imports writes
const QString kAudience = QStringLiteral("audience");

QJsonArray arrayOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).array();
}

QSet<QString> psidsOf(const QJsonArray &contacts)
{
    QSet<QString> psids;
    for (const QJsonValue &contact : contacts)
        psids.insert(contact.toObject().value(QStringLiteral("psid")).toString());
    return psids;
}

qint64 msOf(const QJsonValue &isoTime)
{
    QString text = isoTime.toString();
    return QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

class TestCliAudience : public QObject
{
    Q_OBJECT

private:
    // A CLI environment on page 0 of app 1 with its own store file.
    QStringList use(CliHarness &cli, const QString &storeName)
    {
        cli.setVariable(QStringLiteral("MESSENGER_DESK_STORE"), m_dir.filePath(storeName));
        return m_sandbox.useEnvironment(cli, 1, 0);
    }
    QString pageId() const { return m_sandbox.page(1, 0).id; }

    // The sandbox's own contacts of the page: PSID -> {last_inbound, window_open}.
    QHash<QString, std::pair<qint64, bool>> sandboxContacts()
    {
        QHash<QString, std::pair<qint64, bool>> result;
        for (const QJsonValue &value :
             m_sandbox.pageState(pageId()).value(QStringLiteral("contacts")).toArray()) {
            const QJsonObject contact = value.toObject();
            result.insert(contact.value(QStringLiteral("psid")).toString(),
                          {msOf(contact.value(QStringLiteral("last_inbound"))),
                           contact.value(QStringLiteral("window_open")).toBool()});
        }
        return result;
    }

    QString writeFile(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return {};
        return path;
    }

    CliHarness m_serveHarness;
    SandboxServer m_sandbox;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(m_serveHarness, &error,
                                 {QStringLiteral("--contacts"), QString::number(kContacts)}),
                 qPrintable(error));
    }

    void init() { QVERIFY(m_sandbox.reset()); }

    void syncThenListOpenMatchesTheSandbox()
    {
        CliHarness cli;
        const QStringList page = use(cli, QStringLiteral("sync.sqlite"));
        const CliRun sync = cli.run(
            page + QStringList{QStringLiteral("--events"), kAudience, QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.summary()));
        const QJsonObject summary = sync.object();
        QCOMPARE(summary.value(QStringLiteral("contacts")).toInt(), kContacts);
        QCOMPARE(summary.value(QStringLiteral("list_requests")).toInt(), kContacts / 100);
        QCOMPARE(sync.requestsStarted(),
                 summary.value(QStringLiteral("list_requests")).toInt() +
                     summary.value(QStringLiteral("message_requests")).toInt());
        QVERIFY(sync.messages().constFirst().startsWith(QStringLiteral("audience sync: 100 ")));

        const auto expected = sandboxContacts();
        QCOMPARE(expected.size(), kContacts);
        QSet<QString> expectedOpen;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (it.value().second)
                expectedOpen.insert(it.key());
        }
        QVERIFY(!expectedOpen.isEmpty());
        QVERIFY(expectedOpen.size() < kContacts);

        const CliRun open = cli.run(
            page + QStringList{kAudience, QStringLiteral("list"), QStringLiteral("--open")});
        QVERIFY2(open.exitCode == 0, qPrintable(open.summary()));
        const QSet<QString> listedOpen = psidsOf(arrayOf(open));
        // Only someone who wrote 24 h ago give or take the seconds between the sandbox's
        // reading and the CLI's may differ.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QString &psid : (listedOpen - expectedOpen) + (expectedOpen - listedOpen))
            QVERIFY2(std::abs(expected.value(psid).first + 24 * 3600 * 1000LL - now) < 10000,
                     qPrintable(psid));

        const CliRun all = cli.run(page + QStringList{kAudience, QStringLiteral("list")});
        const QJsonArray contacts = arrayOf(all);
        QCOMPARE(contacts.size(), kContacts);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &value : contacts) {
            const QJsonObject contact = value.toObject();
            const QString psid = contact.value(QStringLiteral("psid")).toString();
            const qint64 inbound = msOf(contact.value(QStringLiteral("last_inbound")));
            QCOMPARE(inbound, expected.value(psid).first);
            QVERIFY(inbound <= previous); // newest inbound first
            previous = inbound;
            if (std::abs(inbound + 24 * 3600 * 1000LL - now) > 10000)
                QCOMPARE(contact.value(QStringLiteral("window_open")).toBool(),
                         expectedOpen.contains(psid));
            QVERIFY(contact.value(QStringLiteral("last_inbound")).toString().endsWith(u'Z'));
            QVERIFY(!contact.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(contact.value(QStringLiteral("first_seen")).isString());
            QVERIFY(contact.value(QStringLiteral("labels")).isArray());
            QVERIFY(contact.value(QStringLiteral("unavailable")).isBool());
        }
    }

    void aSecondSyncReadsOnlyWhatChanged()
    {
        CliHarness cli;
        const QStringList page = use(cli, QStringLiteral("second.sqlite"));
        const QStringList sync =
            page + QStringList{QStringLiteral("--events"), kAudience, QStringLiteral("sync")};
        const CliRun first = cli.run(sync);
        QVERIFY2(first.exitCode == 0, qPrintable(first.summary()));
        QVERIFY(first.requestsStarted() >= kContacts / 100);

        const CliRun unchanged = cli.run(sync);
        QVERIFY2(unchanged.exitCode == 0, qPrintable(unchanged.summary()));
        QCOMPARE(unchanged.requestsStarted(), 1);
        QCOMPARE(unchanged.object().value(QStringLiteral("threads_stored")).toInt(), 0);

        // Three people whose window was closed write now.
        QStringList writers;
        const auto contacts = sandboxContacts();
        for (auto it = contacts.begin(); it != contacts.end() && writers.size() < 3; ++it) {
            if (!it.value().second)
                writers.append(it.key());
        }
        QCOMPARE(writers.size(), 3);
        QJsonArray changes;
        for (const QString &psid : writers)
            changes.append(QJsonObject{{QStringLiteral("page_id"), pageId()},
                                       {QStringLiteral("psid"), psid},
                                       {QStringLiteral("last_inbound"),
                                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
        QVERIFY(!m_sandbox
                     .control("POST", QStringLiteral("/__sandbox/contacts"),
                              {{QStringLiteral("contacts"), changes}})
                     .isEmpty());
        const CliRun changed = cli.run(sync);
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.summary()));
        QCOMPARE(changed.requestsStarted(), 1);
        QCOMPARE(changed.object().value(QStringLiteral("threads_stored")).toInt(), 3);
        const CliRun open = cli.run(
            page + QStringList{kAudience, QStringLiteral("list"), QStringLiteral("--open")});
        const QSet<QString> openNow = psidsOf(arrayOf(open));
        for (const QString &psid : writers)
            QVERIFY2(openNow.contains(psid), qPrintable(psid));
    }

    void aKilledSyncResumes()
    {
        CliHarness cli;
        const QStringList page = use(cli, QStringLiteral("killed.sqlite"));
        // Slow list pages, so the process is surely killed in the middle of the walk.
        QVERIFY(m_sandbox.setFaults(
            {{QStringLiteral("latency_ms"), 150},
             {QStringLiteral("path_contains"), QStringLiteral("conversations")}}));
        QProcess process;
        process.setProcessEnvironment(cli.environment());
        process.start(CliHarness::binary(),
                      page + QStringList{kAudience, QStringLiteral("sync"),
                                         QStringLiteral("--page-size"), QStringLiteral("50")});
        QVERIFY(process.waitForStarted());
        QByteArray progress;
        QTRY_VERIFY_WITH_TIMEOUT(
            (progress += process.readAllStandardError()).contains("threads read"), 30000);
        process.kill();
        QVERIFY(process.waitForFinished());
        m_sandbox.control("DELETE", QStringLiteral("/__sandbox/faults"));

        store::Database database(m_dir.filePath(QStringLiteral("killed.sqlite")));
        QVERIFY(database.open().ok);
        QVERIFY(database.integrityCheck());
        const auto kept = store::ContactStore(database, pageId()).count({});
        QVERIFY(kept && *kept >= 50 && *kept < kContacts);

        const CliRun resumed = cli.run(
            page + QStringList{QStringLiteral("--events"), kAudience, QStringLiteral("sync"),
                               QStringLiteral("--page-size"), QStringLiteral("50")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.summary()));
        QVERIFY(resumed.object().value(QStringLiteral("resumed")).toBool());
        QCOMPARE(resumed.object().value(QStringLiteral("contacts")).toInt(), kContacts);
        // Only the rest of the walk and one page from the top: not everything again.
        QVERIFY(resumed.requestsStarted() <= (kContacts - *kept) / 50 + 2);
    }

    void damageFoundInUseIsToldAndTheNextStartChecks()
    {
        // The full check runs once a day; damage a command meets in between is told, and the
        // next start checks the whole file and moves it aside.
        CliHarness cli;
        const QStringList page = use(cli, QStringLiteral("damage.sqlite"));
        QByteArray psids;
        for (int i = 0; i < 3000; ++i)
            psids += QByteArray::number(5200000000000000LL + i) + '\n';
        const QString file = writeFile(QStringLiteral("many.txt"), psids);
        const CliRun imported =
            cli.run(page + QStringList{kAudience, QStringLiteral("import"), file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.summary()));
        const QString broken = testsupport::damageTableLeaf(
            m_dir.filePath(QStringLiteral("damage.sqlite")), QStringLiteral("contacts"), 5);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        const QStringList list = page + QStringList{kAudience, QStringLiteral("list")};
        const CliRun damaged = cli.run(list);
        QVERIFY2(damaged.exitCode != 0, qPrintable(damaged.summary()));
        QVERIFY2(damaged.err.contains("SQLite found damage in the local database"),
                 qPrintable(damaged.summary()));
        const CliRun next = cli.run(list);
        QVERIFY2(next.exitCode == 0, qPrintable(next.summary()));
        QVERIFY2(next.err.contains("was damaged and moved to"), qPrintable(next.summary()));
        QCOMPARE(arrayOf(next).size(), 0);
    }

    void importNamesBadLinesAndImportsNothing()
    {
        CliHarness cli;
        const QStringList page = use(cli, QStringLiteral("import.sqlite"));
        const QString file = writeFile(QStringLiteral("psids.txt"), "# exported from the shop\n"
                                                                    "\n"
                                                                    "5100000000000001\n"
                                                                    "5100000000000002\r\n"
                                                                    "not-a-psid\n"
                                                                    "5100000000000001\n"
                                                                    "51000 00000\n"
                                                                    "  5100000000000003  \n");
        const QStringList import = page + QStringList{kAudience, QStringLiteral("import"), file};
        const CliRun refused = cli.run(import);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(file.toUtf8() + ":5: \"not-a-psid\""),
                 refused.err.constData());
        QVERIFY(refused.err.contains(file.toUtf8() + ":7: "));
        QVERIFY(!refused.object().value(QStringLiteral("imported")).toBool());
        QCOMPARE(refused.object().value(QStringLiteral("bad_lines")).toInt(), 2);
        QCOMPARE(arrayOf(cli.run(page + QStringList{kAudience, QStringLiteral("list")})).size(), 0);

        const CliRun skipped = cli.run(import + QStringList{QStringLiteral("--skip-bad")});
        QVERIFY2(skipped.exitCode == 0, qPrintable(skipped.summary()));
        const QJsonObject report = skipped.object();
        QCOMPARE(report.value(QStringLiteral("lines")).toInt(), 8);
        QCOMPARE(report.value(QStringLiteral("psids")).toInt(), 4);
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 3);
        const QJsonArray listed =
            arrayOf(cli.run(page + QStringList{kAudience, QStringLiteral("list")}));
        QCOMPARE(psidsOf(listed), QSet<QString>({QStringLiteral("5100000000000001"),
                                                 QStringLiteral("5100000000000002"),
                                                 QStringLiteral("5100000000000003")}));
        const QJsonObject imported = listed.first().toObject();
        QVERIFY(imported.value(QStringLiteral("last_inbound")).isNull());
        QVERIFY(!imported.value(QStringLiteral("window_open")).toBool());

        // From stdin, again: everyone is known already.
        const CliRun again =
            cli.run(page + QStringList{kAudience, QStringLiteral("import"), QStringLiteral("-")},
                    "5100000000000003\n5100000000000004\n");
        QVERIFY2(again.exitCode == 0, qPrintable(again.summary()));
        QCOMPARE(again.object().value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(again.object().value(QStringLiteral("known")).toInt(), 1);
    }

    void labelCallsOfOtherCommandsFeedTheIndex()
    {
        CliHarness cli;
        const QStringList page = use(cli, QStringLiteral("labels.sqlite"));
        QVERIFY(cli.run(page + QStringList{kAudience, QStringLiteral("sync")}).exitCode == 0);
        const CliRun created = cli.run(
            page + QStringList{QStringLiteral("call"), QStringLiteral("create_custom_label"),
                               QStringLiteral("--input"),
                               QStringLiteral("{\"name\":\"Audience test\"}")});
        const QString labelId = created.object().value(QStringLiteral("id")).toString();
        QVERIFY2(!labelId.isEmpty(), qPrintable(created.summary()));

        const QStringList people = SandboxServer::demoPsids(pageId(), 60);
        QCOMPARE(people.size(), 60);
        const QString members =
            writeFile(QStringLiteral("members.txt"),
                      (people.join(QLatin1Char('\n')) + QStringLiteral("\n99999999\n")).toUtf8());
        const CliRun bulk =
            cli.run(page + QStringList{QStringLiteral("labels"), QStringLiteral("bulk"),
                                       QStringLiteral("label"), labelId, members});
        QCOMPARE(bulk.exitCode, 1); // the unknown PSID failed
        const QStringList byLabel = page + QStringList{kAudience, QStringLiteral("list"),
                                                       QStringLiteral("--label"), labelId};
        QCOMPARE(psidsOf(arrayOf(cli.run(byLabel))), QSet<QString>(people.begin(), people.end()));

        const QString leaving = writeFile(QStringLiteral("leaving.txt"),
                                          people.mid(0, 20).join(QLatin1Char('\n')).toUtf8());
        QCOMPARE(cli.run(page + QStringList{QStringLiteral("labels"), QStringLiteral("bulk"),
                                            QStringLiteral("unlabel"), labelId, leaving})
                     .exitCode,
                 0);
        QVERIFY(cli.run(page + QStringList{QStringLiteral("call"), QStringLiteral("unlabel_user"),
                                           QStringLiteral("--input"),
                                           QStringLiteral("{\"label_id\":\"%1\",\"user\":\"%2\"}")
                                               .arg(labelId, people.at(20))})
                    .exitCode == 0);
        const QJsonArray remaining = arrayOf(cli.run(byLabel));
        QCOMPARE(psidsOf(remaining), QSet<QString>(people.begin() + 21, people.end()));
        QCOMPARE(m_sandbox.labelUsers(pageId(), labelId), 39);
        for (const QJsonValue &contact : remaining)
            QVERIFY(contact.toObject().value(QStringLiteral("labels")).toArray().contains(labelId));

        // --label with --open: the members whose window is open by the sandbox's state.
        const auto state = sandboxContacts();
        QSet<QString> openMembers;
        for (qsizetype i = 21; i < people.size(); ++i) {
            if (state.value(people.at(i)).second)
                openMembers.insert(people.at(i));
        }
        QCOMPARE(psidsOf(arrayOf(cli.run(byLabel + QStringList{QStringLiteral("--open")}))),
                 openMembers);

        QVERIFY(cli.run(page + QStringList{QStringLiteral("call"),
                                           QStringLiteral("delete_custom_label"),
                                           QStringLiteral("--input"),
                                           QStringLiteral("{\"label_id\":\"%1\"}").arg(labelId)})
                    .exitCode == 0);
        QCOMPARE(arrayOf(cli.run(byLabel)).size(), 0);
    }

    void processesAndAConnectionWriteAtOnce()
    {
        // Two CLI imports into one file while this process (standing in for the GUI) writes
        // label changes through its own connection: nobody sees "database is locked".
        const QString storeFile = m_dir.filePath(QStringLiteral("shared.sqlite"));
        QByteArray listA;
        QByteArray listB;
        for (int i = 0; i < kImported; ++i) {
            listA += QByteArray::number(Q_INT64_C(7100000000000000) + i) + '\n';
            listB += QByteArray::number(Q_INT64_C(7200000000000000) + i) + '\n';
        }
        const QString fileA = writeFile(QStringLiteral("a.txt"), listA);
        const QString fileB = writeFile(QStringLiteral("b.txt"), listB);
        CliHarness cli;
        cli.setVariable(QStringLiteral("MESSENGER_DESK_STORE"), storeFile);
        QProcess importA;
        QProcess importB;
        importA.setProcessEnvironment(cli.environment());
        importB.setProcessEnvironment(cli.environment());
        importA.start(CliHarness::binary(), {QStringLiteral("--page"), QStringLiteral("1/1001"),
                                             kAudience, QStringLiteral("import"), fileA});
        importB.start(CliHarness::binary(), {QStringLiteral("--page"), QStringLiteral("1/1002"),
                                             kAudience, QStringLiteral("import"), fileB});

        store::Database database(storeFile);
        QVERIFY(database.open().ok);
        store::LabelIndex index(database, QStringLiteral("1003"));
        int writes = 0;
        while (writes < 50 || importA.state() != QProcess::NotRunning ||
               importB.state() != QProcess::NotRunning) {
            QVERIFY2(index.label(QStringLiteral("42"), {QString::number(9000 + writes)},
                                 QDateTime::currentMSecsSinceEpoch()),
                     qPrintable(index.lastError()));
            ++writes;
            importA.waitForFinished(5);
            importB.waitForFinished(5);
        }
        for (QProcess *process : {&importA, &importB}) {
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            const QByteArray err = process->readAllStandardError();
            QVERIFY2(process->exitCode() == 0, err.constData());
            QVERIFY(!err.contains("locked"));
            QCOMPARE(QJsonDocument::fromJson(process->readAllStandardOutput())
                         .object()
                         .value(QStringLiteral("added"))
                         .toInt(),
                     kImported);
        }
        QCOMPARE(store::ContactStore(database, QStringLiteral("1001")).count({}),
                 std::optional<int>(kImported));
        QCOMPARE(store::ContactStore(database, QStringLiteral("1002")).count({}),
                 std::optional<int>(kImported));
        QCOMPARE(index.memberCount(QStringLiteral("42")), std::optional<int>(writes));
        QVERIFY(database.integrityCheck());
    }
};

QTEST_GUILESS_MAIN(TestCliAudience)
#include "tst_cli_audience.moc"
