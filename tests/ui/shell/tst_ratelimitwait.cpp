// Issue 18, item 1 in the GUI: a call held back by Graph's rate limit shows "Waiting 60 s
// for Graph's rate limit, until HH:MM." in the main window's status bar with a Cancel
// button (accessible name), and Cancel ends the waiting call with a clear cancelled
// message. Offscreen, against a TestHttpServer that answers with a rate-limit error and a
// short regain time.
#include "api/graphclient.h"
#include "api/graphreply.h"
#include "api/waitnotice.h"
#include "support/testhttpserver.h"
#include "ui/shell/ratelimitwaitindicator.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace mdesk;
using testsupport::ScriptedResponse;
using testsupport::TestHttpServer;

namespace {

const QString kAppId = QStringLiteral("1001");
const QString kPageId = QStringLiteral("2002");

// Code 80006 with a Business Use Case header: Graph expects to allow calls in a minute.
ScriptedResponse rateLimited()
{
    ScriptedResponse response = ScriptedResponse::raw(
        400, "{\"error\":{\"message\":\"Too many calls\",\"type\":\"OAuthException\","
             "\"code\":80006,\"fbtrace_id\":\"T1\"}}");
    response.withHeader("X-Business-Use-Case-Usage",
                        "{\"2002\":[{\"type\":\"messenger\",\"call_count\":100,"
                        "\"total_cputime\":1,\"total_time\":1,"
                        "\"estimated_time_to_regain_access\":1}]}");
    return response;
}

QString screenshotDir()
{
    QString dir = qEnvironmentVariable("MDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

} // namespace

Q_DECLARE_METATYPE(mdesk::api::GraphResult)

class TestRateLimitWait : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<api::GraphResult>(); }

    void waitIsShownAndCancelled()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setDefaultResponse(rateLimited());
        api::GraphClient client;
        api::AppConnection app;
        app.appId = kAppId;
        app.name = QStringLiteral("Test app");
        app.baseUrl = server.url();
        app.appToken = QStringLiteral("APPTOKEN-1001-rstuvwxyz");
        client.setApp(app);
        client.setPageToken(kAppId, kPageId, QStringLiteral("PAGETOKEN-2002-abcdefghij"));

        QMainWindow window;
        auto *indicator = new ui::RateLimitWaitIndicator(window.statusBar());
        window.statusBar()->addPermanentWidget(indicator);
        indicator->setClient(&client);
        window.resize(900, 200);
        window.show();
        QVERIFY(!indicator->isVisible());

        api::CallOptions options;
        options.appId = kAppId;
        options.pageId = kPageId;
        api::GraphReply *reply = client.call(QStringLiteral("list_custom_labels"), {}, options);
        QSignalSpy finished(reply, &api::GraphReply::finished);
        QSignalSpy waiting(reply, &api::GraphReply::waiting);
        QVERIFY(waiting.wait(10000));
        const QDateTime until = waiting.first().at(1).toDateTime();

        QTRY_VERIFY(indicator->isVisible());
        const QString text =
            indicator->findChild<QLabel *>(QStringLiteral("rateLimitWaitText"))->text();
        QVERIFY2(text.startsWith(QStringLiteral("Waiting ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(" s for Graph's rate limit, until %1")
                                   .arg(api::WaitNotice::clockText(until))),
                 qPrintable(text));
        auto *cancel = indicator->findChild<QPushButton *>(QStringLiteral("rateLimitWaitCancel"));
        QVERIFY(cancel && cancel->isVisible());
        QCOMPARE(cancel->accessibleName(),
                 QStringLiteral("Cancel the calls waiting for Graph's rate limit"));
        window.grab().save(screenshotDir() + QStringLiteral("/ratelimit-wait.png"));

        cancel->click();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        const auto result = finished.first().first().value<api::GraphResult>();
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().category, api::ErrorCategory::Cancelled);
        QCOMPARE(result.error().message, QStringLiteral("The call was cancelled."));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Cancelled 1 call(s) that waited for Graph's rate limit."));
        QTRY_VERIFY(!indicator->isVisible());
        QCOMPARE(server.requestCount(), 1); // the refused one; nothing after the cancel
    }
};

QTEST_MAIN(TestRateLimitWait)
#include "tst_ratelimitwait.moc"
