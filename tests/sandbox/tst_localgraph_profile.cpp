// Messenger profile against LocalGraph: set, fetch, reset, fetch empty for each property,
// the multi-property forms, the per-user menu, and Graph's rules with their versions.
#include "sandboxharness.h"
#include "successcases.h"

#include "api/operationtable.h"
#include "api/sandbox/sandboxstate.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace mdesk;
using namespace mdesk::sandboxtest;
using api::GraphVersion;

namespace {

// Page 1 of app 1 starts with an empty profile.
constexpr int kApp = 1;
constexpr int kPage = 1;

sandbox::PageState &emptyPage(SandboxHarness &h)
{
    return *h.graph().state().page(h.pageId(kApp, kPage));
}

QJsonArray menuWithItems(int count, bool nested = false)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("postback")},
                                 {QStringLiteral("title"), QStringLiteral("Item %1").arg(i)},
                                 {QStringLiteral("payload"), QStringLiteral("ITEM_%1").arg(i)}});
    if (nested)
        items.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("nested")},
            {QStringLiteral("title"), QStringLiteral("More")},
            {QStringLiteral("call_to_actions"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("postback")},
                                    {QStringLiteral("title"), QStringLiteral("Hours")},
                                    {QStringLiteral("payload"), QStringLiteral("HOURS")}}}}});
    return QJsonArray{QJsonObject{{QStringLiteral("locale"), QStringLiteral("default")},
                                  {QStringLiteral("call_to_actions"), items}}};
}

QJsonArray domains(int count, const QString &pattern = QStringLiteral("https://shop%1.example"))
{
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(pattern.arg(i));
    return list;
}

} // namespace

using Prepare = std::function<void(SandboxHarness &)>;

class TestLocalGraphProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripOfEachProperty_data();
    void roundTripOfEachProperty();
    void multiPropertyRoundTrip();
    void fetchAnswersEveryRequestedFieldInOneObject();
    void userMenuRoundTrip();
    void rules_data();
    void rules();
    void failedWriteChangesNothing();
    void homeUrlNeedsAWhitelistedDomain();
};

void TestLocalGraphProfile::roundTripOfEachProperty_data()
{
    QTest::addColumn<QString>("field");
    for (const QString &field : api::OperationTable::profileFields())
        QTest::newRow(qPrintable(field)) << field;
}

void TestLocalGraphProfile::roundTripOfEachProperty()
{
    QFETCH(QString, field);
    SandboxHarness h;
    if (field == QLatin1String("home_url"))
        h.useVersion({6, 0});
    const api::CallOptions page = h.on(kApp, kPage);
    // What a property needs first.
    if (field == QLatin1String("persistent_menu"))
        QVERIFY(
            h.call(QStringLiteral("set_get_started"), setInput(QStringLiteral("get_started")), page)
                .isOk());
    if (field == QLatin1String("home_url"))
        QVERIFY(h.call(QStringLiteral("set_whitelisted_domains"),
                       setInput(QStringLiteral("whitelisted_domains")), page)
                    .isOk());

    const QString fetch = QStringLiteral("fetch_") + field;
    api::GraphResult result = h.call(fetch, {}, page);
    QVERIFY2(result.isOk(), describe(result));
    QCOMPARE(result.object().value(QStringLiteral("data")).toArray(), QJsonArray{});

    result = h.call(QStringLiteral("set_") + field, setInput(field), page);
    QVERIFY2(result.isOk(), describe(result));
    QCOMPARE(result.object().value(QStringLiteral("result")).toString(), QStringLiteral("success"));

    result = h.call(fetch, {}, page);
    QVERIFY2(result.isOk(), describe(result));
    const QJsonArray data = result.object().value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first().toObject().value(field), storedProfileValue(field));

    result = h.call(QStringLiteral("reset_") + field, {}, page);
    QVERIFY2(result.isOk(), describe(result));
    result = h.call(fetch, {}, page);
    QVERIFY2(result.isOk(), describe(result));
    QCOMPARE(result.object().value(QStringLiteral("data")).toArray(), QJsonArray{});
}

void TestLocalGraphProfile::multiPropertyRoundTrip()
{
    SandboxHarness h;
    const api::CallOptions page = h.on(kApp, kPage);
    const QJsonObject profile{
        {QStringLiteral("greeting"), validProfileValue(QStringLiteral("greeting"))},
        {QStringLiteral("get_started"), storedProfileValue(QStringLiteral("get_started"))},
        {QStringLiteral("persistent_menu"), validProfileValue(QStringLiteral("persistent_menu"))},
        {QStringLiteral("whitelisted_domains"),
         validProfileValue(QStringLiteral("whitelisted_domains"))}};
    api::GraphResult result = h.call(QStringLiteral("set_messenger_profile"),
                                     {{QStringLiteral("profile"), profile}}, page);
    QVERIFY2(result.isOk(), describe(result));

    const QJsonArray allFields = QJsonArray::fromStringList(profile.keys());
    result = h.call(QStringLiteral("fetch_messenger_profile"),
                    {{QStringLiteral("fields"), allFields}}, page);
    QVERIFY2(result.isOk(), describe(result));
    QCOMPARE(result.object().value(QStringLiteral("data")).toArray(), QJsonArray{profile});

    result = h.call(QStringLiteral("reset_messenger_profile"),
                    {{QStringLiteral("fields"), allFields}}, page);
    QVERIFY2(result.isOk(), describe(result));
    result = h.call(QStringLiteral("fetch_messenger_profile"),
                    {{QStringLiteral("fields"), allFields}}, page);
    QVERIFY2(result.isOk(), describe(result));
    QCOMPARE(result.object().value(QStringLiteral("data")).toArray(), QJsonArray{});
}

void TestLocalGraphProfile::fetchAnswersEveryRequestedFieldInOneObject()
{
    SandboxHarness h;
    // The bakery has greeting, get_started, persistent_menu, whitelisted_domains, ice_breakers.
    const api::GraphResult result = h.call(
        QStringLiteral("fetch_messenger_profile"),
        {{QStringLiteral("fields"), json(R"(["greeting","account_linking_url","ice_breakers"])")}},
        h.on(0, 0));
    QVERIFY2(result.isOk(), describe(result));
    const QJsonArray data = result.object().value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first().toObject().keys(),
             (QStringList{QStringLiteral("greeting"), QStringLiteral("ice_breakers")}));
}

void TestLocalGraphProfile::userMenuRoundTrip()
{
    SandboxHarness h;
    const QString psid = h.psid(0, 0, 5);
    const QJsonValue menu = validProfileValue(QStringLiteral("persistent_menu"));
    api::GraphResult result =
        h.call(QStringLiteral("set_user_persistent_menu"),
               {{QStringLiteral("psid"), psid}, {QStringLiteral("persistent_menu"), menu}});
    QVERIFY2(result.isOk(), describe(result));
    result = h.call(QStringLiteral("fetch_user_persistent_menu"), {{QStringLiteral("psid"), psid}});
    QVERIFY2(result.isOk(), describe(result));
    const QJsonObject settings =
        result.object().value(QStringLiteral("data")).toArray().first().toObject();
    QCOMPARE(settings.value(QStringLiteral("user_level_persistent_menu")), menu);
    QVERIFY(settings.contains(QStringLiteral("page_level_persistent_menu")));

    QVERIFY(h.call(QStringLiteral("reset_user_persistent_menu"), {{QStringLiteral("psid"), psid}})
                .isOk());
    result = h.call(QStringLiteral("fetch_user_persistent_menu"), {{QStringLiteral("psid"), psid}});
    QVERIFY2(result.isOk(), describe(result));
    QVERIFY(!result.object()
                 .value(QStringLiteral("data"))
                 .toArray()
                 .first()
                 .toObject()
                 .contains(QStringLiteral("user_level_persistent_menu")));

    result = h.send(QStringLiteral("fetch_user_persistent_menu"),
                    {{QStringLiteral("psid"), QStringLiteral("404")}});
    QCOMPARE(result.error().subcode, 2018001);
}

void TestLocalGraphProfile::rules_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<GraphVersion>("version");
    QTest::addColumn<Prepare>("prepare");
    QTest::addColumn<int>("code"); // 0: accepted
    QTest::addColumn<int>("subcode");

    const Prepare nothing = [](SandboxHarness &) {};
    const Prepare getStarted = [](SandboxHarness &h) {
        emptyPage(h).profile.insert(QStringLiteral("get_started"),
                                    storedProfileValue(QStringLiteral("get_started")));
    };
    const auto greeting = [](int length) {
        return QJsonObject{
            {QStringLiteral("value"),
             QJsonArray{QJsonObject{{QStringLiteral("locale"), QStringLiteral("default")},
                                    {QStringLiteral("text"), QString(length, u'g')}}}}};
    };
    const auto menu = [](const QJsonArray &value) {
        return QJsonObject{{QStringLiteral("value"), value}};
    };
    const auto value = [](const QJsonValue &v) {
        return QJsonObject{{QStringLiteral("value"), v}};
    };
    const GraphVersion newest{};
    const GraphVersion v7{7, 0};
    const GraphVersion v8{8, 0};

    QTest::newRow("greeting of 160 characters")
        << QStringLiteral("set_greeting") << greeting(160) << newest << nothing << 0 << 0;
    QTest::newRow("greeting of 161 characters")
        << QStringLiteral("set_greeting") << greeting(161) << newest << nothing << 100 << 0;
    QTest::newRow("greeting without default locale")
        << QStringLiteral("set_greeting") << value(json(R"([{"locale":"en_US","text":"Hi"}])"))
        << newest << nothing << 100 << 0;
    QTest::newRow("greeting with an unknown locale")
        << QStringLiteral("set_greeting")
        << value(json(R"([{"locale":"default","text":"Hi"},{"locale":"xx_YY","text":"Hi"}])"))
        << newest << nothing << 100 << 0;
    QTest::newRow("payload of 1000 characters")
        << QStringLiteral("set_get_started")
        << QJsonObject{{QStringLiteral("payload"), QString(1000, u'p')}} << newest << nothing << 0
        << 0;
    QTest::newRow("payload of 1001 characters")
        << QStringLiteral("set_get_started")
        << QJsonObject{{QStringLiteral("payload"), QString(1001, u'p')}} << newest << nothing << 100
        << 0;
    QTest::newRow("50 domains") << QStringLiteral("set_whitelisted_domains") << value(domains(50))
                                << newest << nothing << 0 << 0;
    QTest::newRow("51 domains") << QStringLiteral("set_whitelisted_domains") << value(domains(51))
                                << newest << nothing << 100 << 0;
    QTest::newRow("http domain") << QStringLiteral("set_whitelisted_domains")
                                 << value(json(R"(["http://shop.example"])")) << newest << nothing
                                 << 100 << 0;
    QTest::newRow("IP address domain")
        << QStringLiteral("set_whitelisted_domains") << value(json(R"(["https://10.1.2.3"])"))
        << newest << nothing << 100 << 0;
    QTest::newRow("localhost domain")
        << QStringLiteral("set_whitelisted_domains") << value(json(R"(["https://localhost"])"))
        << newest << nothing << 100 << 0;
    QTest::newRow("menu without get_started")
        << QStringLiteral("set_persistent_menu") << menu(menuWithItems(2)) << newest << nothing
        << 100 << 2018145;
    QTest::newRow("menu with get_started set")
        << QStringLiteral("set_persistent_menu") << menu(menuWithItems(2)) << newest << getStarted
        << 0 << 0;
    QTest::newRow("nested menu on v8.0")
        << QStringLiteral("set_persistent_menu") << menu(menuWithItems(1, true)) << v8 << getStarted
        << 100 << 0;
    QTest::newRow("nested menu on v7.0")
        << QStringLiteral("set_persistent_menu") << menu(menuWithItems(1, true)) << v7 << getStarted
        << 0 << 0;
    QTest::newRow("20 flat items on v8.0") << QStringLiteral("set_persistent_menu")
                                           << menu(menuWithItems(20)) << v8 << getStarted << 0 << 0;
    QTest::newRow("21 flat items on v8.0")
        << QStringLiteral("set_persistent_menu") << menu(menuWithItems(21)) << v8 << getStarted
        << 100 << 0;
    QTest::newRow("4 top-level items on v7.0")
        << QStringLiteral("set_persistent_menu") << menu(menuWithItems(4)) << v7 << getStarted
        << 100 << 0;
    QTest::newRow("home_url on v7.0 fails the whole update")
        << QStringLiteral("set_messenger_profile")
        << QJsonObject{{QStringLiteral("profile"),
                        QJsonObject{{QStringLiteral("greeting"),
                                     validProfileValue(QStringLiteral("greeting"))},
                                    {QStringLiteral("whitelisted_domains"),
                                     validProfileValue(QStringLiteral("whitelisted_domains"))},
                                    {QStringLiteral("home_url"),
                                     validProfileValue(QStringLiteral("home_url"))}}}}
        << v7 << nothing << 100 << 0;
    QTest::newRow("home_url on v6.0")
        << QStringLiteral("set_messenger_profile")
        << QJsonObject{{QStringLiteral("profile"),
                        QJsonObject{{QStringLiteral("whitelisted_domains"),
                                     validProfileValue(QStringLiteral("whitelisted_domains"))},
                                    {QStringLiteral("home_url"),
                                     validProfileValue(QStringLiteral("home_url"))}}}}
        << GraphVersion{6, 0} << nothing << 0 << 0;
    QTest::newRow("unknown profile field")
        << QStringLiteral("set_messenger_profile")
        << QJsonObject{{QStringLiteral("profile"),
                        QJsonObject{{QStringLiteral("colour"), QStringLiteral("blue")}}}}
        << newest << nothing << 100 << 2018247;
    QTest::newRow("fetch of an unknown field")
        << QStringLiteral("fetch_messenger_profile")
        << QJsonObject{{QStringLiteral("fields"), json(R"(["greeting","colour"])")}} << newest
        << nothing << 100 << 2018247;
    QTest::newRow("reset of an unknown field")
        << QStringLiteral("reset_messenger_profile")
        << QJsonObject{{QStringLiteral("fields"), json(R"(["colour"])")}} << newest << nothing
        << 100 << 2018247;
    QTest::newRow("account linking over http")
        << QStringLiteral("set_account_linking_url")
        << value(QStringLiteral("http://bakery.example/link")) << newest << nothing << 100 << 0;
    QTest::newRow("custom audience without countries")
        << QStringLiteral("set_target_audience") << value(json(R"({"audience_type":"custom"})"))
        << newest << nothing << 100 << 0;
    QTest::newRow("five ice breakers")
        << QStringLiteral("set_ice_breakers")
        << value(json(
               R"([{"question":"a","payload":"A"},{"question":"b","payload":"B"},{"question":"c","payload":"C"},
                          {"question":"d","payload":"D"},{"question":"e","payload":"E"}])"))
        << newest << nothing << 100 << 0;
    QTest::newRow("ice breakers per locale")
        << QStringLiteral("set_ice_breakers")
        << value(json(
               R"([{"locale":"default","call_to_actions":[{"question":"Open?","payload":"OPEN"}]}])"))
        << newest << nothing << 0 << 0;
}

void TestLocalGraphProfile::rules()
{
    QFETCH(QString, op);
    QFETCH(QJsonObject, input);
    QFETCH(GraphVersion, version);
    QFETCH(Prepare, prepare);
    QFETCH(int, code);
    QFETCH(int, subcode);

    SandboxHarness h;
    h.useVersion(version);
    prepare(h);
    const api::GraphResult result = h.send(op, input, h.on(kApp, kPage));
    if (code == 0) {
        QVERIFY2(result.isOk(), describe(result));
        return;
    }
    QVERIFY2(!result.isOk(), describe(result));
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().subcode, subcode);
    QCOMPARE(result.error().httpStatus, 400);
    QVERIFY(result.error().message.startsWith(QLatin1String("(#100) ")));
}

void TestLocalGraphProfile::failedWriteChangesNothing()
{
    SandboxHarness h;
    const QJsonObject before = emptyPage(h).profile;
    const api::GraphResult result =
        h.send(QStringLiteral("set_messenger_profile"),
               {{QStringLiteral("profile"),
                 QJsonObject{
                     {QStringLiteral("greeting"), validProfileValue(QStringLiteral("greeting"))},
                     {QStringLiteral("whitelisted_domains"), json(R"(["ftp://files.example"])")}}}},
               h.on(kApp, kPage));
    QVERIFY(!result.isOk());
    QCOMPARE(emptyPage(h).profile, before);
}

void TestLocalGraphProfile::homeUrlNeedsAWhitelistedDomain()
{
    SandboxHarness h;
    h.useVersion({6, 0});
    const api::GraphResult result = h.send(QStringLiteral("set_home_url"),
                                           setInput(QStringLiteral("home_url")), h.on(kApp, kPage));
    QVERIFY(!result.isOk());
    QVERIFY2(result.error().message.contains(QLatin1String("whitelisted")), describe(result));
}

QTEST_GUILESS_MAIN(TestLocalGraphProfile)
#include "tst_localgraph_profile.moc"
