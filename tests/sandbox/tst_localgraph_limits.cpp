// Rate limits against LocalGraph: the profile API's 10 calls per 10 minutes per page, the
// call budget's codes 4, 32, 613 and 80006, and the usage headers on every answer.
#include "sandboxharness.h"

#include "api/rategovernor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mdesk;
using namespace mdesk::sandboxtest;
using api::ErrorCategory;

namespace {

sandbox::LocalGraphOptions strict()
{
    sandbox::LocalGraphOptions options;
    options.demo = false;
    return options;
}

QJsonObject headerJson(const HttpAnswer &answer, const QByteArray &name)
{
    return QJsonDocument::fromJson(answer.headers.value(name)).object();
}

HttpAnswer getMe(SandboxHarness &h, int app = 1, int page = 0)
{
    return h.http("GET", QStringLiteral("/v23.0/me?fields=id"), {}, {},
                  {{"Authorization", "Bearer " + h.pageToken(app, page).toUtf8()}});
}

} // namespace

class TestLocalGraphLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileApiAllowsTenCallsPerTenMinutes();
    void demoModeHasNoProfileLimit();
    void budgetCodes_data();
    void budgetCodes();
    void businessUseCaseHeaderSaysWhenToComeBack();
    void usageHeadersOnEveryAnswer();
    void budgetThroughTheControlEndpoint();
    void clientGovernorReadsTheUsage();
};

void TestLocalGraphLimits::profileApiAllowsTenCallsPerTenMinutes()
{
    SandboxHarness h(strict());
    const api::CallOptions page = h.on(1, 0);
    for (int i = 0; i < 10; ++i) {
        const api::GraphResult result = h.call(QStringLiteral("fetch_greeting"), {}, page);
        QVERIFY2(result.isOk(), describe(result));
    }
    const api::GraphResult refused = h.call(QStringLiteral("fetch_greeting"), {}, page);
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().code, 613);
    QCOMPARE(refused.error().category, ErrorCategory::RateLimited);
    QVERIFY(refused.error().message.contains(QLatin1String("10 calls per 10 minutes")));

    // Other endpoints of the page and the profile of another page are not affected.
    QVERIFY(h.call(QStringLiteral("list_custom_labels"), {}, page).isOk());
    QVERIFY(h.call(QStringLiteral("fetch_greeting"), {}, h.on(1, 1)).isOk());

    h.graph().advanceClock(601);
    const api::GraphResult later = h.call(QStringLiteral("fetch_greeting"), {}, page);
    QVERIFY2(later.isOk(), describe(later));
}

void TestLocalGraphLimits::demoModeHasNoProfileLimit()
{
    SandboxHarness h;
    QVERIFY(h.graph().isDemoMode());
    for (int i = 0; i < 12; ++i)
        QVERIFY(h.call(QStringLiteral("fetch_greeting"), {}, h.on(1, 0)).isOk());
}

void TestLocalGraphLimits::budgetCodes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("wholeApp");
    QTest::newRow("app calls: 4") << QStringLiteral("app_calls") << 4 << true;
    QTest::newRow("page calls: 32") << QStringLiteral("page_calls") << 32 << false;
    QTest::newRow("api calls: 613") << QStringLiteral("api_calls") << 613 << false;
    QTest::newRow("messenger calls: 80006") << QStringLiteral("messenger_calls") << 80006 << false;
}

void TestLocalGraphLimits::budgetCodes()
{
    QFETCH(QString, key);
    QFETCH(int, code);
    QFETCH(bool, wholeApp);
    SandboxHarness h;
    h.graph().setBudget(sandbox::CallBudget::fromJson({{key, 3}}));
    for (int i = 0; i < 3; ++i)
        QVERIFY(h.call(QStringLiteral("list_custom_labels"), {}, h.on(1, 0)).isOk());
    const api::GraphResult refused = h.call(QStringLiteral("list_custom_labels"), {}, h.on(1, 0));
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().code, code);
    QCOMPARE(refused.error().category, ErrorCategory::RateLimited);

    // The app limit covers all of the app's pages; the others one page.
    const api::GraphResult otherPage = h.call(QStringLiteral("list_custom_labels"), {}, h.on(1, 1));
    QCOMPARE(otherPage.isOk(), !wholeApp);
    // Another app is never affected.
    QVERIFY(h.call(QStringLiteral("list_custom_labels"), {}, h.on(0, 0)).isOk());
}

void TestLocalGraphLimits::businessUseCaseHeaderSaysWhenToComeBack()
{
    SandboxHarness h;
    sandbox::CallBudget budget;
    budget.messengerCalls = 1;
    budget.windowSeconds = 3600;
    h.graph().setBudget(budget);
    QCOMPARE(getMe(h).status, 200);
    const HttpAnswer refused = getMe(h);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.error().value(QStringLiteral("code")).toInt(), 80006);
    const QJsonObject usage = headerJson(refused, "x-business-use-case-usage")
                                  .value(h.pageId(1, 0))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(usage.value(QStringLiteral("type")).toString(), QStringLiteral("messenger"));
    QCOMPARE(usage.value(QStringLiteral("call_count")).toInt(), 100);
    QCOMPARE(usage.value(QStringLiteral("estimated_time_to_regain_access")).toInt(), 60);

    h.graph().advanceClock(3601);
    QCOMPARE(getMe(h).status, 200);
}

void TestLocalGraphLimits::usageHeadersOnEveryAnswer()
{
    SandboxHarness h;
    h.graph().setBudget(sandbox::CallBudget::fromJson({{QStringLiteral("app_calls"), 10}}));
    HttpAnswer answer;
    for (int i = 0; i < 5; ++i)
        answer = getMe(h);
    QCOMPARE(answer.status, 200);
    const QJsonObject app = headerJson(answer, "x-app-usage");
    QCOMPARE(app.value(QStringLiteral("call_count")).toInt(), 50);
    QVERIFY(app.contains(QStringLiteral("total_cputime")));
    QVERIFY(app.contains(QStringLiteral("total_time")));
    QVERIFY(headerJson(answer, "x-page-usage").contains(QStringLiteral("call_count")));
    QVERIFY(headerJson(answer, "x-business-use-case-usage").contains(h.pageId(1, 0)));

    // Error answers carry them too.
    const HttpAnswer error =
        h.http("GET", QStringLiteral("/v23.0/me/messenger_profile?fields=colour"), {}, {},
               {{"Authorization", "Bearer " + h.pageToken(1, 0).toUtf8()}});
    QCOMPARE(error.status, 400);
    QVERIFY(error.headers.contains("x-app-usage"));
    QVERIFY(error.headers.contains("x-page-usage"));
}

void TestLocalGraphLimits::budgetThroughTheControlEndpoint()
{
    SandboxHarness h;
    HttpAnswer control = h.http("POST", QStringLiteral("/__sandbox/budget"), R"({"page_calls":1})",
                                "application/json");
    QCOMPARE(control.status, 200);
    QCOMPARE(control.json()
                 .toObject()
                 .value(QStringLiteral("budget"))
                 .toObject()
                 .value(QStringLiteral("page_calls"))
                 .toInt(),
             1);
    QCOMPARE(getMe(h).status, 200);
    QCOMPARE(getMe(h).error().value(QStringLiteral("code")).toInt(), 32);

    control = h.http("DELETE", QStringLiteral("/__sandbox/budget"));
    QCOMPARE(control.status, 200);
    QCOMPARE(getMe(h).status, 200);
}

void TestLocalGraphLimits::clientGovernorReadsTheUsage()
{
    SandboxHarness h;
    h.graph().setBudget(sandbox::CallBudget::fromJson({{QStringLiteral("page_calls"), 4}}));
    QVERIFY(h.call(QStringLiteral("list_custom_labels"), {}, h.on(1, 0)).isOk());
    QVERIFY(h.call(QStringLiteral("list_custom_labels"), {}, h.on(1, 0)).isOk());
    QCOMPARE(h.client().governor()->pageUsagePercent(h.pageId(1, 0)), 50);
}

QTEST_GUILESS_MAIN(TestLocalGraphLimits)
#include "tst_localgraph_limits.moc"
