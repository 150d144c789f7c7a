// Starts the real messenger-desk binary offscreen and checks that its main window appears,
// on the sandbox's demo Pages (the smoke test runs on throwaway settings: a first run).
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestGuiSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainWindowAppears_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("first run") << QStringList{QStringLiteral("--smoke-test")};
        QTest::newRow("--sandbox")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--smoke-test")};
    }

    void mainWindowAppears()
    {
        QFETCH(QStringList, arguments);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(MDESK_MESSENGER_DESK_BINARY), arguments);
        QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));
        QVERIFY2(app.waitForFinished(30000), "messenger-desk --smoke-test did not quit");
        const QByteArray errors = app.readAllStandardError();
        QVERIFY2(app.exitStatus() == QProcess::NormalExit, errors.constData());
        QVERIFY2(app.exitCode() == 0, errors.constData());

        const QList<QByteArray> lines = app.readAllStandardOutput().trimmed().split('\n');
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(lines.last(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, lines.last().constData());
        QCOMPARE(report.value(QStringLiteral("window")).toString(),
                 QStringLiteral("Messenger Desk"));
        QCOMPARE(report.value(QStringLiteral("visible")).toBool(false), true);
        QCOMPARE(report.value(QStringLiteral("objectName")).toString(),
                 QStringLiteral("MainWindow"));
        // No account on a first run: the sandbox runs with its four demo Pages.
        QCOMPARE(report.value(QStringLiteral("sandbox")).toBool(false), true);
        QCOMPARE(report.value(QStringLiteral("pages")).toInt(), 4);
    }

    void unknownOptionIsAUsageError()
    {
        QProcess app;
        app.start(QStringLiteral(MDESK_MESSENGER_DESK_BINARY),
                  {QStringLiteral("--no-such-option")});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 2);
        QVERIFY(app.readAllStandardError().contains("no-such-option"));
    }
};

QTEST_GUILESS_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
