// `ops` lists every row of api::OperationTable, and `--help` of every command reads like a
// man page. Neither sends anything, so no sandbox is needed.
#include "cliharness.h"

#include "api/operationtable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace mdesk;
using namespace mdesk::clitest;

namespace {

QString tokenName(api::TokenKind kind)
{
    switch (kind) {
    case api::TokenKind::Page:
        return QStringLiteral("page");
    case api::TokenKind::App:
        return QStringLiteral("app");
    case api::TokenKind::User:
        return QStringLiteral("user");
    }
    return {};
}

const QStringList &commands()
{
    static const QStringList names{QStringLiteral("ops"),     QStringLiteral("call"),
                                   QStringLiteral("account"), QStringLiteral("profile"),
                                   QStringLiteral("labels"),  QStringLiteral("sandbox")};
    return names;
}

} // namespace

class TestCliOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionsListTheCalendarWithDates()
    {
        CliHarness cli;
        const CliRun run = cli.run({QStringLiteral("ops"), QStringLiteral("--versions")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        const QJsonArray versions = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(versions.size(), 10);
        QJsonObject v23;
        QJsonObject v20;
        for (const auto &row : versions) {
            const QString version = row[QStringLiteral("version")].toString();
            if (version == QLatin1String("v23.0"))
                v23 = row.toObject();
            if (version == QLatin1String("v20.0"))
                v20 = row.toObject();
        }
        const QJsonObject newest = versions.first().toObject();
        QCOMPARE(newest.value(QStringLiteral("version")).toString(), QStringLiteral("v26.0"));
        QCOMPARE(newest.value(QStringLiteral("default")), QJsonValue(true));
        QVERIFY(newest.value(QStringLiteral("available_until")).isNull());
        QCOMPARE(newest.value(QStringLiteral("status")).toString(), QStringLiteral("current"));
        QCOMPARE(v23.value(QStringLiteral("released")).toString(), QStringLiteral("2025-05-29"));
        QCOMPARE(v23.value(QStringLiteral("available_until")).toString(),
                 QStringLiteral("2027-10-08"));
        QCOMPARE(v20.value(QStringLiteral("status")).toString(), QStringLiteral("ended"));
        QVERIFY(v20.value(QStringLiteral("served_as")).toString() != QLatin1String("v20.0"));

        // Without the flag, ops stays an array of ops (jq length = number of ops).
        const CliRun ops = cli.run({QStringLiteral("ops")});
        QCOMPARE(QJsonDocument::fromJson(ops.out).array().size(),
                 api::OperationTable::all().size());
    }

    void opsListsEveryOperationOfTheTable()
    {
        CliHarness cli;
        const CliRun run = cli.run({QStringLiteral("ops")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QVERIFY(run.err.isEmpty());
        QJsonParseError error{};
        const QJsonArray listed = QJsonDocument::fromJson(run.out, &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

        const QList<api::OperationSpec> &table = api::OperationTable::all();
        QStringList listedIds;
        for (const auto &row : listed)
            listedIds.append(row.toObject().value(QStringLiteral("id")).toString());
        QStringList tableIds;
        for (const auto &op : table)
            tableIds.append(op.id);
        QCOMPARE(listedIds, tableIds); // every op, once, in table order

        for (qsizetype i = 0; i < table.size(); ++i) {
            const api::OperationSpec &op = table.at(i);
            const QJsonObject row = listed.at(i).toObject();
            const QByteArray where = op.id.toUtf8();
            QVERIFY2(row.value(QStringLiteral("group")).toString() == op.group, where);
            QVERIFY2(row.value(QStringLiteral("method")).toString() ==
                         QString::fromLatin1(op.method),
                     where);
            QVERIFY2(row.value(QStringLiteral("path")).toString() == op.path, where);
            QVERIFY2(row.value(QStringLiteral("token")).toString() == tokenName(op.token), where);
            const QJsonValue deprecation = row.value(QStringLiteral("deprecation"));
            if (op.deprecation) {
                QVERIFY2(deprecation.toObject().value(QStringLiteral("note")).toString() ==
                             op.deprecation->note,
                         where);
                QVERIFY2(deprecation.toObject().value(QStringLiteral("removed")).toBool() ==
                             op.deprecation->removed,
                         where);
            } else {
                QVERIFY2(deprecation.isNull(), where);
            }
            // Every required input field is listed as required.
            QSet<QString> required;
            for (const auto &input : row.value(QStringLiteral("input")).toArray()) {
                if (input.toObject().value(QStringLiteral("required")).toBool())
                    required.insert(input.toObject().value(QStringLiteral("name")).toString());
            }
            for (const auto &param : op.params) {
                if (param.required)
                    QVERIFY2(required.contains(param.name), where + ' ' + param.name.toUtf8());
            }
            for (const auto &key : op.requiredKeys)
                QVERIFY2(required.contains(key), where + ' ' + key.toUtf8());
        }
    }

    void opsCoversEveryGroup()
    {
        CliHarness cli;
        const CliRun run = cli.run({QStringLiteral("ops")});
        QSet<QString> groups;
        for (const auto &row : QJsonDocument::fromJson(run.out).array())
            groups.insert(row.toObject().value(QStringLiteral("group")).toString());
        for (const auto group : {"profile", "labels", "broadcast", "handover", "id_matching",
                                 "user_profile", "insights", "tools", "send", "accounts"})
            QVERIFY2(groups.contains(QString::fromLatin1(group)), group);
    }

    void opsTakesNoArguments()
    {
        CliHarness cli;
        const CliRun run = cli.run({QStringLiteral("ops"), QStringLiteral("labels")});
        QVERIFY2(run.exitCode == 2, qPrintable(run.summary()));
        QVERIFY(run.out.isEmpty());
    }

    // Every way to ask: "COMMAND --help", "COMMAND -h", "--help COMMAND"; "" is the program.
    void helpReadsLikeAManPage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("command");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QString();
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QString();
        for (const QString &command : commands()) {
            QTest::addRow("%s --help", qPrintable(command))
                << QStringList{command, QStringLiteral("--help")} << command;
            QTest::addRow("%s -h", qPrintable(command))
                << QStringList{command, QStringLiteral("-h")} << command;
            QTest::addRow("--help %s", qPrintable(command))
                << QStringList{QStringLiteral("--help"), command} << command;
        }
        // Help wins over the rest of a command line, which is not run.
        QTest::newRow("call OP --help")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("call"),
                           QStringLiteral("send_message"), QStringLiteral("--help")}
            << QStringLiteral("call");
    }

    void helpReadsLikeAManPage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, command);
        CliHarness cli;
        const CliRun run = cli.run(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QString text = QString::fromUtf8(run.out);

        // NAME, SYNOPSIS and DESCRIPTION, in that order, as the first sections.
        QVERIFY2(text.startsWith(QLatin1String("NAME\n")), qPrintable(text.left(200)));
        const qsizetype synopsis = text.indexOf(QLatin1String("\nSYNOPSIS\n"));
        const qsizetype description = text.indexOf(QLatin1String("\nDESCRIPTION\n"));
        QVERIFY2(synopsis > 0 && description > synopsis, qPrintable(text));

        // "    messenger-desk-cli[ COMMAND] - what it is"
        const QString program = command.isEmpty() ? QStringLiteral("messenger-desk-cli")
                                                  : QStringLiteral("messenger-desk-cli ") + command;
        const QString nameLine = text.section(QLatin1Char('\n'), 1, 1);
        QVERIFY2(nameLine.startsWith(QLatin1String("    ") + program + QLatin1String(" - ")),
                 qPrintable(nameLine));
        QVERIFY2(nameLine.size() > program.size() + 12, qPrintable(nameLine)); // says something

        // The synopsis shows how to call the command.
        const QString synopsisText = text.mid(synopsis, description - synopsis);
        const QRegularExpression usage(
            QStringLiteral("\n    messenger-desk-cli( \\[GLOBAL "
                           "OPTIONS\\])?%1( |\n)")
                .arg(command.isEmpty() ? QString() : QLatin1Char(' ') + command));
        QVERIFY2(usage.match(synopsisText).hasMatch(), qPrintable(synopsisText));

        // Section headings in capitals at the margin, everything else indented.
        const QRegularExpression heading(QStringLiteral("^[A-Z][A-Z ]*$"));
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            QVERIFY2(line.isEmpty() || heading.match(line).hasMatch() ||
                         line.startsWith(QLatin1String("    ")),
                     qPrintable(line));
            QVERIFY2(line.size() <= 100, qPrintable(line));
        }

        // An EXIT STATUS section lists statuses only.
        const QString statuses = text.section(QStringLiteral("\nEXIT STATUS\n"), 1)
                                     .section(QRegularExpression(QStringLiteral("\n[A-Z]")), 0, 0);
        const QRegularExpression status(QStringLiteral("^    [0-3] "));
        for (const QString &line : statuses.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(status.match(line).hasMatch(), qPrintable(line));
    }

    void programHelpNamesEveryCommandOptionAndExitStatus()
    {
        CliHarness cli;
        const QString text = QString::fromUtf8(cli.run({QStringLiteral("--help")}).out);
        for (const QString &command : commands())
            QVERIFY2(text.contains(QStringLiteral("\n    %1").arg(command)), qPrintable(command));
        for (const auto option :
             {"--graph-url", "--graph-version", "--page", "--tx-id", "--events", "--sandbox",
              "MESSENGER_DESK_GRAPH_URL", "MESSENGER_DESK_PAGE_TOKEN", "MESSENGER_DESK_APP_SECRET"})
            QVERIFY2(text.contains(QLatin1String(option)), option);
        const QString exitStatus = text.section(QStringLiteral("\nEXIT STATUS\n"), 1);
        for (const auto status : {"    0 ", "    1 ", "    2 ", "    3 "})
            QVERIFY2(exitStatus.contains(QLatin1String(status)), status);
    }
};

QTEST_GUILESS_MAIN(TestCliOps)
#include "tst_cli_ops.moc"
