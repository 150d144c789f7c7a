// Issue 18, item 5: every input the CLI reads has a cap fit for its kind. /dev/zero, an
// endless FIFO and a file one byte past the cap end with exit 2, a message naming the limit
// and the file, and nothing sent; a file exactly at the cap is read. The real binary
// against a TestHttpServer that counts what reaches it.
#include "cliharness.h"
#include "support/testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace mdesk::clitest;
using mdesk::testsupport::ScriptedResponse;
using mdesk::testsupport::TestHttpServer;

namespace {

const QString kPage = QStringLiteral("1001/2002");
const QString kToken = QStringLiteral("PAGETOKEN-cli-inputlimits-0123");
constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * kKiB;

// What fills a file: its useful start, then padding that the kind's parser ignores.
enum class Content { CallInput, Profile, Psids, Message, Secret };

QByteArray start(Content content)
{
    switch (content) {
    case Content::CallInput:
        return R"({"label_id":"555","user":"31"})";
    case Content::Profile:
        return R"({"get_started":{"payload":"GO"}})";
    case Content::Psids:
        return "31\n";
    case Content::Message:
        return R"({"text":"Hello"})";
    case Content::Secret:
        return "s";
    }
    return {};
}

// Exactly size bytes: JSON padded with spaces, a PSID list with comment lines of 200 bytes,
// a secret with more of its letters.
QByteArray fill(Content content, qint64 size)
{
    QByteArray data = start(content);
    if (content == Content::Psids) {
        const QByteArray comment = '#' + QByteArray(198, 'c') + '\n';
        data.reserve(size);
        while (data.size() + comment.size() <= size)
            data += comment;
        data += QByteArray(size - data.size(), '\n');
        return data;
    }
    return data + QByteArray(size - data.size(), content == Content::Secret ? 's' : ' ');
}

} // namespace

class TestCliInputLimits : public QObject
{
    Q_OBJECT

private:
    // Runs the CLI with %F% in arguments replaced by inputPath; stdin comes from stdinPath
    // (or is closed at once).
    CliRun runCli(const QStringList &arguments, const QString &inputPath,
                  const QString &stdinPath) const
    {
        QStringList replaced;
        for (const auto &argument : arguments)
            replaced.append(QString(argument).replace(QStringLiteral("%F%"), inputPath));
        QProcess cli;
        cli.setProcessEnvironment(m_cli->environment());
        if (!stdinPath.isEmpty())
            cli.setStandardInputFile(stdinPath);
        cli.start(CliHarness::binary(), replaced);
        CliRun run;
        if (!cli.waitForStarted(30000))
            return run;
        if (stdinPath.isEmpty())
            cli.closeWriteChannel();
        run.finished = cli.waitForFinished(180000) && cli.exitStatus() == QProcess::NormalExit;
        if (!run.finished)
            cli.kill();
        run.exitCode = cli.exitCode();
        run.out = cli.readAllStandardOutput();
        run.err = cli.readAllStandardError();
        return run;
    }

    // A FIFO fed by `sh -c COMMAND > fifo` until the reader goes away.
    QString startFifo(const QString &command)
    {
        const QString path = m_dir->filePath(QStringLiteral("input.fifo"));
        if (QProcess::execute(QStringLiteral("mkfifo"), {path}) != 0)
            return {};
        m_writer = std::make_unique<QProcess>();
        m_writer->start(QStringLiteral("sh"),
                        {QStringLiteral("-c"), command + QStringLiteral(" > ") + path});
        return m_writer->waitForStarted() ? path : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_thread = new QThread;
        m_server = new TestHttpServer;
        QVERIFY(m_server->listen());
        m_server->setDefaultResponse(
            ScriptedResponse::json(QJsonObject{{QStringLiteral("success"), true}}));
        m_server->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
        m_thread->start();
        m_cli = std::make_unique<CliHarness>();
        QVERIFY(m_cli->isValid());
        m_cli->setVariable(QStringLiteral("MESSENGER_DESK_GRAPH_URL"), m_server->url().toString());
        m_cli->setVariable(QStringLiteral("MESSENGER_DESK_PAGE_TOKEN"), kToken);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        if (m_writer) {
            m_writer->kill();
            m_writer->waitForFinished();
            m_writer.reset();
        }
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_cli.reset();
        m_dir.reset();
    }

    void refusedPastTheCap_data()
    {
        QTest::addColumn<QStringList>("arguments"); // %F% is the input's path
        QTest::addColumn<bool>("viaStdin");         // the input is fed to stdin instead
        QTest::addColumn<int>("content");
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<QString>("source"); // zero | over | under | fifo-zero
        QTest::addColumn<QByteArray>("expected");

        const QStringList page{QStringLiteral("--page"), kPage};
        const QStringList call =
            page + QStringList{QStringLiteral("call"), QStringLiteral("label_user")};
        const QStringList callFile =
            call + QStringList{QStringLiteral("--input-file"), QStringLiteral("%F%")};
        const QStringList callStdin = call + QStringList{QStringLiteral("-")};
        const QStringList profile =
            page +
            QStringList{QStringLiteral("profile"), QStringLiteral("diff"), QStringLiteral("%F%")};
        const QStringList labels =
            page + QStringList{QStringLiteral("labels"), QStringLiteral("bulk"),
                               QStringLiteral("label"), QStringLiteral("555"),
                               QStringLiteral("%F%")};
        const QStringList labelsStdin =
            page + QStringList{QStringLiteral("labels"), QStringLiteral("bulk"),
                               QStringLiteral("label"), QStringLiteral("555"), QStringLiteral("-")};
        const QStringList audience =
            page + QStringList{QStringLiteral("audience"), QStringLiteral("import"),
                               QStringLiteral("%F%")};
        const QStringList secret{QStringLiteral("account"), QStringLiteral("add-app"),
                                 QStringLiteral("7101"), QStringLiteral("--secret-stdin")};
        const int callInput = int(Content::CallInput);
        const int psids = int(Content::Psids);
        const QByteArray tooLarge = "is larger than";
        const QByteArray lineTooLong = "is longer than 256 bytes";

        struct Kind
        {
            const char *name;
            QStringList arguments;
            bool viaStdin;
            int content;
            qint64 cap;
        };
        const QList<Kind> kinds{
            {"call --input-file", callFile, false, callInput, 4 * kMiB},
            {"call -", callStdin, true, callInput, 4 * kMiB},
            {"profile diff", profile, false, int(Content::Profile), 1 * kMiB},
            {"labels bulk", labels, false, psids, 64 * kMiB},
            {"labels bulk -", labelsStdin, true, psids, 64 * kMiB},
            {"audience import", audience, false, psids, 64 * kMiB},
            {"account add-app --secret-stdin", secret, true, int(Content::Secret), 16 * kKiB},
        };
        for (const auto &kind : kinds) {
            const bool lines = kind.content == psids;
            QTest::addRow("%s: /dev/zero", kind.name)
                << kind.arguments << kind.viaStdin << kind.content << kind.cap
                << QStringLiteral("zero") << (lines ? lineTooLong : tooLarge);
            QTest::addRow("%s: one byte past the cap", kind.name)
                << kind.arguments << kind.viaStdin << kind.content << kind.cap
                << QStringLiteral("over") << tooLarge;
            QTest::addRow("%s: at the cap", kind.name)
                << kind.arguments << kind.viaStdin << kind.content << kind.cap
                << QStringLiteral("under") << QByteArray();
        }
        // broadcast send: the message file and the PSID list, each past its cap.
        const QStringList broadcast =
            page + QStringList{QStringLiteral("broadcast"), QStringLiteral("send"),
                               QStringLiteral("--dry-run")};
        QTest::addRow("broadcast --message-file: /dev/zero")
            << broadcast + QStringList{QStringLiteral("--message-file"), QStringLiteral("%F%"),
                                       QStringLiteral("--all-open")}
            << false << int(Content::Message) << 256 * kKiB << QStringLiteral("zero") << tooLarge;
        QTest::addRow("broadcast --message-file: one byte past the cap")
            << broadcast + QStringList{QStringLiteral("--message-file"), QStringLiteral("%F%"),
                                       QStringLiteral("--all-open")}
            << false << int(Content::Message) << 256 * kKiB << QStringLiteral("over") << tooLarge;
        QTest::addRow("broadcast --psids: /dev/zero")
            << broadcast + QStringList{QStringLiteral("--message-file"),
                                       QStringLiteral("%MESSAGE%"), QStringLiteral("--psids"),
                                       QStringLiteral("%F%")}
            << false << psids << 64 * kMiB << QStringLiteral("zero") << lineTooLong;
        // FIFOs that never end: zeros, PSIDs past the count cap, blank lines past the bytes.
        QTest::addRow("call --input-file: endless FIFO")
            << callFile << false << callInput << 4 * kMiB << QStringLiteral("fifo:cat /dev/zero")
            << tooLarge;
        QTest::addRow("labels bulk: endless FIFO of PSIDs")
            << labels << false << psids << 64 * kMiB << QStringLiteral("fifo:yes 31")
            << QByteArray("PSIDs, the limit for one PSID list");
        QTest::addRow("labels bulk -: endless blank lines")
            << labelsStdin << true << psids << 64 * kMiB << QStringLiteral("fifo:yes ''")
            << tooLarge;
    }

    void refusedPastTheCap()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, viaStdin);
        QFETCH(int, content);
        QFETCH(qint64, cap);
        QFETCH(QString, source);
        QFETCH(QByteArray, expected);

        QString path;
        if (source == QLatin1String("zero")) {
            path = QStringLiteral("/dev/zero");
        } else if (source.startsWith(QLatin1String("fifo:"))) {
            path = startFifo(source.mid(5));
            QVERIFY(!path.isEmpty());
        } else {
            path = m_dir->filePath(QStringLiteral("input"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const qint64 size = source == QLatin1String("over") ? cap + 1 : cap;
            QCOMPARE(file.write(fill(Content(content), size)), size);
        }
        const QString message = m_dir->filePath(QStringLiteral("message.json"));
        {
            QFile file(message);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(start(Content::Message));
        }
        for (auto &argument : arguments)
            argument.replace(QStringLiteral("%MESSAGE%"), message);

        const CliRun run =
            runCli(arguments, viaStdin ? QString() : path, viaStdin ? path : QString());
        QVERIFY2(run.finished, qPrintable(run.summary()));
        const QByteArray shownName = viaStdin ? QByteArray("stdin") : path.toUtf8();
        if (expected.isEmpty()) {
            // At the cap the input is read whole and the command goes on.
            QVERIFY2(!run.err.contains("limit"), qPrintable(run.summary()));
            QVERIFY2(run.exitCode != 2 || content == int(Content::Message),
                     qPrintable(run.summary()));
            if (content == int(Content::CallInput)) {
                QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
                QCOMPARE(m_server->requestCount(), 1);
            }
            return;
        }
        QVERIFY2(run.exitCode == 2, qPrintable(run.summary()));
        QVERIFY2(run.err.contains(expected), qPrintable(run.summary()));
        QVERIFY2(run.err.contains(shownName), qPrintable(run.summary()));
        if (expected == "is larger than") {
            const QByteArray limit = cap >= kMiB ? QByteArray::number(cap / kMiB) + " MiB"
                                                 : QByteArray::number(cap / kKiB) + " KiB";
            QVERIFY2(run.err.contains(limit), qPrintable(run.summary()));
        }
        QVERIFY2(!run.err.contains("bad_alloc"), qPrintable(run.summary()));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // A bad line is named by its number and nothing is sent; duplicates are dropped with a
    // count (labels bulk reads its list line by line).
    void psidListLinesByNumber()
    {
        const QString path = m_dir->filePath(QStringLiteral("psids.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# list\n31\n32\n\nthirty-three\n");
        file.close();
        const CliRun bad =
            runCli({QStringLiteral("--page"), kPage, QStringLiteral("labels"),
                    QStringLiteral("bulk"), QStringLiteral("label"), QStringLiteral("555"), path},
                   {}, {});
        QVERIFY2(bad.exitCode == 2, qPrintable(bad.summary()));
        QVERIFY2(bad.err.contains("Line 5 of"), qPrintable(bad.summary()));
        QCOMPARE(m_server->requestCount(), 0);
    }

private:
    QThread *m_thread = nullptr;
    TestHttpServer *m_server = nullptr;
    std::unique_ptr<CliHarness> m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_writer;
};

QTEST_GUILESS_MAIN(TestCliInputLimits)
#include "tst_cli_inputlimits.moc"
