// `labels bulk label|unlabel` against `sandbox serve`: batched, progress on stderr, a JSON
// report on stdout with every failed PSID, exit 1 when any failed.
#include "cliharness.h"
#include "sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace mdesk::clitest;

namespace {
constexpr int BatchSize = 50; // graph-api.md section 5
} // namespace

class TestCliLabels : public QObject
{
    Q_OBJECT

private:
    QString writePsids(const QString &name, const QStringList &lines)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        const QByteArray text = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return {};
        return path;
    }

    // A new, empty label on the first page; its id.
    QString createLabel(CliHarness &cli, const QStringList &page)
    {
        const CliRun run = cli.run(page + QStringList{QStringLiteral("call"),
                                                      QStringLiteral("create_custom_label"),
                                                      QStringLiteral("--input"),
                                                      QStringLiteral("{\"name\":\"Bulk test\"}")});
        return run.object().value(QStringLiteral("id")).toString();
    }

    CliRun bulk(CliHarness &cli, const QStringList &page, const QString &action,
                const QString &labelId, const QString &file, const QByteArray &stdinData = {})
    {
        return cli.run(page + QStringList{QStringLiteral("labels"), QStringLiteral("bulk"), action,
                                          labelId, file},
                       stdinData);
    }

    // The "done" counts of the progress lines, in order.
    static QList<int> progress(const CliRun &run, const QString &op, int total)
    {
        QList<int> done;
        const QRegularExpression line(QStringLiteral("^%1: (\\d+) of %2 done$").arg(op).arg(total));
        for (const QString &message : run.messages()) {
            const auto match = line.match(message);
            if (match.hasMatch())
                done.append(match.captured(1).toInt());
        }
        return done;
    }

    CliHarness m_serveHarness;
    SandboxServer m_sandbox;
    QTemporaryDir m_dir;
    QStringList m_psids;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(m_serveHarness, &error), qPrintable(error));
        m_psids = SandboxServer::demoPsids(m_sandbox.page().id, 60);
        QCOMPARE(m_psids.size(), 60);
    }

    void init() { QVERIFY(m_sandbox.reset()); }

    void labelAndUnlabelEveryone()
    {
        CliHarness cli;
        const QStringList page = m_sandbox.useEnvironment(cli);
        const QString labelId = createLabel(cli, page);
        QVERIFY(!labelId.isEmpty());
        // Comments and blank lines are skipped.
        const QString file =
            writePsids(QStringLiteral("all.txt"),
                       QStringList{QStringLiteral("# regulars"), QString()} + m_psids);

        const CliRun labelled = bulk(cli, page, QStringLiteral("label"), labelId, file);
        QVERIFY2(labelled.exitCode == 0, qPrintable(labelled.summary()));
        const QJsonObject report = labelled.object();
        QCOMPARE(report.value(QStringLiteral("total")).toInt(), 60);
        QCOMPARE(report.value(QStringLiteral("succeeded")).toInt(), 60);
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("failures")).toArray().size(), 0);
        QCOMPARE(report.value(QStringLiteral("requests")).toInt(), 2); // 50 + 10 in batches
        const QList<int> done = progress(labelled, QStringLiteral("label_user"), 60);
        QVERIFY2(!done.isEmpty() && done.last() == 60, qPrintable(labelled.summary()));
        QVERIFY(std::is_sorted(done.begin(), done.end()));
        QCOMPARE(m_sandbox.labelUsers(m_sandbox.page().id, labelId), 60);

        // PSIDs from stdin.
        const QByteArray some = m_psids.mid(0, 7).join(QLatin1Char('\n')).toUtf8();
        const CliRun unlabelled =
            bulk(cli, page, QStringLiteral("unlabel"), labelId, QStringLiteral("-"), some);
        QVERIFY2(unlabelled.exitCode == 0, qPrintable(unlabelled.summary()));
        QCOMPARE(unlabelled.object().value(QStringLiteral("succeeded")).toInt(), 7);
        QCOMPARE(progress(unlabelled, QStringLiteral("unlabel_user"), 7).value(0, -1), 7);
        QCOMPARE(m_sandbox.labelUsers(m_sandbox.page().id, labelId), 53);
    }

    void aRepeatedPsidIsSentOnceAndCounted()
    {
        CliHarness cli;
        const QStringList page = m_sandbox.useEnvironment(cli);
        const QString labelId = createLabel(cli, page);
        const QStringList lines{m_psids.at(0), m_psids.at(1), m_psids.at(0)};
        const CliRun run = bulk(cli, page, QStringLiteral("label"), labelId,
                                writePsids(QStringLiteral("repeated.txt"), lines));
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QCOMPARE(run.object().value(QStringLiteral("total")).toInt(), 2);
        // In English words, not the source's "PSID(s)".
        QVERIFY2(run.err.contains("1 duplicate PSID in the list was dropped."),
                 qPrintable(run.summary()));
    }

    void unknownPsidsAreReportedWithExitOne()
    {
        CliHarness cli;
        const QStringList page = m_sandbox.useEnvironment(cli);
        const QString labelId = createLabel(cli, page);
        // One unknown PSID in each batch.
        QStringList lines = m_psids;
        lines.insert(10, QStringLiteral("999000111"));
        lines.insert(55, QStringLiteral("999000222"));
        const CliRun run = bulk(cli, page, QStringLiteral("label"), labelId,
                                writePsids(QStringLiteral("unknown.txt"), lines));
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));
        const QJsonObject report = run.object();
        QCOMPARE(report.value(QStringLiteral("total")).toInt(), 62);
        QCOMPARE(report.value(QStringLiteral("succeeded")).toInt(), 60);
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 2);
        const QJsonArray failures = report.value(QStringLiteral("failures")).toArray();
        QCOMPARE(failures.size(), 2);
        QStringList failedPsids;
        for (const auto &failure : failures) {
            const QJsonObject object = failure.toObject();
            failedPsids.append(object.value(QStringLiteral("input"))
                                   .toObject()
                                   .value(QStringLiteral("user"))
                                   .toString());
            QCOMPARE(object.value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toInt(),
                     100);
            const int index = object.value(QStringLiteral("index")).toInt();
            QCOMPARE(lines.at(index), failedPsids.last());
        }
        failedPsids.sort();
        QCOMPARE(failedPsids,
                 (QStringList{QStringLiteral("999000111"), QStringLiteral("999000222")}));
        QVERIFY2(run.err.contains("2 of 62"), run.err.constData());
        QVERIFY2(!progress(run, QStringLiteral("label_user"), 62).isEmpty(), run.err.constData());
        QCOMPARE(m_sandbox.labelUsers(m_sandbox.page().id, labelId), 60);
    }

    void injectedFaultFailsOneBatch()
    {
        CliHarness cli;
        const QStringList page = m_sandbox.useEnvironment(cli);
        const QString labelId = createLabel(cli, page);
        // The next Graph request (one batch of the two) is refused with a permission error.
        QVERIFY(m_sandbox.setFaults(
            {{QStringLiteral("error_rate"), QJsonObject{{QStringLiteral("200"), 1}}},
             {QStringLiteral("count"), 1}}));

        const CliRun run = bulk(cli, page, QStringLiteral("label"), labelId,
                                writePsids(QStringLiteral("fault.txt"), m_psids));
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));
        const QJsonObject report = run.object();
        const QJsonArray failures = report.value(QStringLiteral("failures")).toArray();
        QSet<int> failed;
        for (const auto &failure : failures) {
            const QJsonObject object = failure.toObject();
            failed.insert(object.value(QStringLiteral("index")).toInt());
            QCOMPARE(object.value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toInt(),
                     200);
        }
        // Exactly the items of one batch, whichever reached the sandbox first.
        QSet<int> firstBatch;
        QSet<int> secondBatch;
        for (int i = 0; i < m_psids.size(); ++i)
            (i < BatchSize ? firstBatch : secondBatch).insert(i);
        QVERIFY2(failed == firstBatch || failed == secondBatch, run.out.constData());
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), int(failed.size()));
        QCOMPARE(report.value(QStringLiteral("succeeded")).toInt(), 60 - int(failed.size()));
        QVERIFY2(run.err.contains(QStringLiteral("%1 of 60").arg(failed.size()).toUtf8()),
                 run.err.constData());
        QCOMPARE(m_sandbox.labelUsers(m_sandbox.page().id, labelId), 60 - int(failed.size()));
    }
};

QTEST_GUILESS_MAIN(TestCliLabels)
#include "tst_cli_labels.moc"
