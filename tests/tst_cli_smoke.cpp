// Runs the real messenger-desk-cli binary: help, version and usage errors. The commands
// themselves are tested against LocalGraph in tests/cli/.
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestCliSmoke : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess cli;
        cli.start(QStringLiteral(MDESK_MESSENGER_DESK_CLI_BINARY), arguments);
        Run result;
        if (!cli.waitForFinished(30000) || cli.exitStatus() != QProcess::NormalExit)
            return result;
        result.exitCode = cli.exitCode();
        result.out = QString::fromUtf8(cli.readAllStandardOutput());
        result.err = QString::fromUtf8(cli.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void helpListsTheContract_data()
    {
        QTest::addColumn<QString>("command");
        for (const auto command : {"ops", "call", "account", "profile", "labels", "sandbox"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    void helpListsTheContract()
    {
        QFETCH(QString, command);
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.err.isEmpty());
        // Each command starts an indented line of the COMMANDS section.
        const QRegularExpression line(QStringLiteral("^    %1( |$)").arg(command),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(help.out).hasMatch(), qPrintable(command));
    }

    void helpDescribesOptionsAndExitStatus()
    {
        const Run help = run({QStringLiteral("-h")});
        QCOMPARE(help.exitCode, 0);
        for (const auto text :
             {"SYNOPSIS", "--graph-url", "--graph-version", "--page", "--tx-id", "--events",
              "--sandbox", "MESSENGER_DESK_PAGE_TOKEN", "EXIT STATUS"})
            QVERIFY2(help.out.contains(QString::fromLatin1(text)), text);
    }

    void version()
    {
        const Run v = run({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(v.out, QStringLiteral("messenger-desk-cli " MDESK_VERSION "\n"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("no command given");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("ops")}
            << QStringLiteral("frobnicate");
        QTest::newRow("bad page") << QStringList{QStringLiteral("--page"), QStringLiteral("oops"),
                                                 QStringLiteral("ops")}
                                  << QStringLiteral("APP_ID/PAGE_ID");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSmoke)
#include "tst_cli_smoke.moc"
