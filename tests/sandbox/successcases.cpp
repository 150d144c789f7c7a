#include "successcases_p.h"

#include "api/operationtable.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mdesk::sandboxtest {

using api::GraphVersion;

QJsonValue json(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("{\"v\":") + text + "}", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("successcases: bad JSON (%s): %s", qPrintable(error.errorString()), text);
    return document.object().value(QStringLiteral("v"));
}

QJsonValue validProfileValue(const QString &field)
{
    static const QHash<QString, const char *> values{
        {QStringLiteral("account_linking_url"), R"("https://bluebird-bakery.example/link")"},
        {QStringLiteral("get_started"), R"("START_ORDER")"},
        {QStringLiteral("greeting"),
         R"([{"locale":"default","text":"Hello {{user_first_name}}!"},
             {"locale":"fr_FR","text":"Bonjour {{user_first_name}} !"}])"},
        {QStringLiteral("home_url"),
         R"({"url":"https://bluebird-bakery.example/home","webview_height_ratio":"tall",
             "in_test":true})"},
        {QStringLiteral("payment_settings"),
         R"({"privacy_url":"https://bluebird-bakery.example/privacy","public_key":"pk-test",
             "test_users":["1234567890"]})"},
        {QStringLiteral("persistent_menu"),
         R"([{"locale":"default","composer_input_disabled":false,"call_to_actions":[
             {"type":"postback","title":"Today's bakes","payload":"TODAY"},
             {"type":"web_url","title":"Shop","url":"https://bluebird-bakery.example/shop",
              "webview_height_ratio":"full"}]}])"},
        {QStringLiteral("target_audience"),
         R"({"audience_type":"custom","countries":{"whitelist":["US","DE"]}})"},
        {QStringLiteral("whitelisted_domains"),
         R"(["https://bluebird-bakery.example","https://shop.bluebird-bakery.example"])"},
        {QStringLiteral("ice_breakers"),
         R"([{"question":"Are you open today?","payload":"HOURS"}])"},
    };
    return json(values.value(field, "null"));
}

QJsonValue storedProfileValue(const QString &field)
{
    if (field == QLatin1String("get_started"))
        return QJsonObject{{QStringLiteral("payload"), validProfileValue(field)}};
    return validProfileValue(field);
}

QJsonObject setInput(const QString &field)
{
    if (field == QLatin1String("get_started"))
        return {{QStringLiteral("payload"), validProfileValue(field)}};
    return {{QStringLiteral("value"), validProfileValue(field)}};
}

namespace cases {

QString expect(bool condition, const QString &what)
{
    return condition ? QString() : what;
}

QString isSuccess(const QJsonValue &body)
{
    return expect(body[QLatin1String("success")].toBool() ||
                      body[QLatin1String("result")].toString() == QLatin1String("success"),
                  QStringLiteral("expected success"));
}

QString hasKey(const QJsonValue &body, const char *key)
{
    return expect(!body[QLatin1String(key)].toString().isEmpty(),
                  QStringLiteral("expected a non-empty \"%1\"").arg(QLatin1String(key)));
}

sandbox::PageState &pageOf(SandboxHarness &h, int app, int page)
{
    return *h.graph().state().page(h.pageId(app, page));
}

// A profile page with nothing set, where a property can be written from scratch; what a
// property needs first (get_started for a menu, a whitelisted domain for home_url) is set.

namespace {

const GraphVersion kBeforeV7{6, 0}; // home_url still accepted

void prepareProfile(SandboxHarness &h, const QString &field)
{
    sandbox::PageState &page = pageOf(h, 1, 1);
    page.profile = {};
    if (field == QLatin1String("persistent_menu"))
        page.profile.insert(QStringLiteral("get_started"),
                            storedProfileValue(QStringLiteral("get_started")));
    if (field == QLatin1String("home_url"))
        page.profile.insert(QStringLiteral("whitelisted_domains"),
                            validProfileValue(QStringLiteral("whitelisted_domains")));
}

void addPropertyCases(QList<SuccessCase> &cases, const QString &field)
{
    const GraphVersion version = field == QLatin1String("home_url") ? kBeforeV7 : GraphVersion{};
    cases.append({QStringLiteral("set_") + field, version, 1, 1,
                  [field](SandboxHarness &h) {
                      prepareProfile(h, field);
                      return setInput(field);
                  },
                  [field](const QJsonValue &body, SandboxHarness &h) {
                      if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                          return wrong;
                      return expect(pageOf(h, 1, 1).profile.value(field) ==
                                        storedProfileValue(field),
                                    QStringLiteral("the page does not hold the value"));
                  }});
    cases.append({QStringLiteral("reset_") + field, version, 1, 1,
                  [field](SandboxHarness &h) {
                      prepareProfile(h, field);
                      pageOf(h, 1, 1).profile.insert(field, storedProfileValue(field));
                      return QJsonObject{};
                  },
                  [field](const QJsonValue &body, SandboxHarness &h) {
                      if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                          return wrong;
                      return expect(!pageOf(h, 1, 1).profile.contains(field),
                                    QStringLiteral("the value is still set"));
                  }});
    cases.append({QStringLiteral("fetch_") + field, version, 1, 1,
                  [field](SandboxHarness &h) {
                      prepareProfile(h, field);
                      pageOf(h, 1, 1).profile.insert(field, storedProfileValue(field));
                      return QJsonObject{};
                  },
                  [field](const QJsonValue &body, SandboxHarness &) {
                      return expect(
                          body[QLatin1String("data")][0][field] == storedProfileValue(field),
                          QStringLiteral("data[0].%1 is not the stored value").arg(field));
                  }});
}

} // namespace

void addProfileCases(QList<SuccessCase> &cases)
{
    for (const QString &field : api::OperationTable::profileFields())
        addPropertyCases(cases, field);
    const auto psid = [](SandboxHarness &h) { return h.psid(0, 0); };
    cases << SuccessCase{
        QStringLiteral("set_messenger_profile"),
        {},
        1,
        1,
        [](SandboxHarness &h) {
            pageOf(h, 1, 1).profile = {};
            return QJsonObject{
                {QStringLiteral("profile"),
                 QJsonObject{
                     {QStringLiteral("greeting"), validProfileValue(QStringLiteral("greeting"))},
                     {QStringLiteral("get_started"),
                      storedProfileValue(QStringLiteral("get_started"))},
                     {QStringLiteral("persistent_menu"),
                      validProfileValue(QStringLiteral("persistent_menu"))}}}};
        },
        [](const QJsonValue &body, SandboxHarness &h) {
            if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                return wrong;
            return expect(pageOf(h, 1, 1).profile.size() == 3,
                          QStringLiteral("three properties expected"));
        }};
    cases << SuccessCase{
        QStringLiteral("reset_messenger_profile"),
        {},
        0,
        0,
        [](SandboxHarness &) {
            return QJsonObject{{QStringLiteral("fields"), json(R"(["greeting","ice_breakers"])")}};
        },
        [](const QJsonValue &body, SandboxHarness &h) {
            if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                return wrong;
            return expect(!pageOf(h).profile.contains(QStringLiteral("greeting")),
                          QStringLiteral("greeting still set"));
        }};
    cases << SuccessCase{
        QStringLiteral("fetch_messenger_profile"),
        {},
        0,
        0,
        [](SandboxHarness &) {
            return QJsonObject{
                {QStringLiteral("fields"), json(R"(["greeting","get_started","home_url"])")}};
        },
        [](const QJsonValue &body, SandboxHarness &) {
            const QJsonObject data = body[QLatin1String("data")][0].toObject();
            return expect(data.keys() == QStringList{QStringLiteral("get_started"),
                                                     QStringLiteral("greeting")},
                          QStringLiteral("data[0] should hold the two set fields"));
        }};
    const QJsonValue menu = validProfileValue(QStringLiteral("persistent_menu"));
    cases << SuccessCase{QStringLiteral("set_user_persistent_menu"),
                         {},
                         0,
                         0,
                         [psid, menu](SandboxHarness &h) {
                             return QJsonObject{{QStringLiteral("psid"), psid(h)},
                                                {QStringLiteral("persistent_menu"), menu}};
                         },
                         [psid](const QJsonValue &body, SandboxHarness &h) {
                             if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                                 return wrong;
                             return expect(pageOf(h).userMenus.contains(psid(h)),
                                           QStringLiteral("no user menu stored"));
                         }};
    cases << SuccessCase{
        QStringLiteral("fetch_user_persistent_menu"),
        {},
        0,
        0,
        [psid, menu](SandboxHarness &h) {
            pageOf(h).userMenus.insert(psid(h), menu.toArray());
            return QJsonObject{{QStringLiteral("psid"), psid(h)}};
        },
        [menu](const QJsonValue &body, SandboxHarness &) {
            return expect(
                body[QLatin1String("data")][0][QLatin1String("user_level_persistent_menu")] == menu,
                QStringLiteral("user_level_persistent_menu missing"));
        }};
    cases << SuccessCase{QStringLiteral("reset_user_persistent_menu"),
                         {},
                         0,
                         0,
                         [psid, menu](SandboxHarness &h) {
                             pageOf(h).userMenus.insert(psid(h), menu.toArray());
                             return QJsonObject{{QStringLiteral("psid"), psid(h)}};
                         },
                         [psid](const QJsonValue &body, SandboxHarness &h) {
                             if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                                 return wrong;
                             return expect(!pageOf(h).userMenus.contains(psid(h)),
                                           QStringLiteral("user menu still stored"));
                         }};
}

} // namespace cases

const QList<SuccessCase> &successCases()
{
    static const QList<SuccessCase> all = [] {
        QList<SuccessCase> list;
        cases::addProfileCases(list);
        cases::addLabelAndBroadcastCases(list);
        cases::addOtherCases(list);
        cases::addPeopleCases(list);
        return list;
    }();
    return all;
}

const SuccessCase *successCaseFor(const QString &op)
{
    for (const auto &c : successCases()) {
        if (c.op == op)
            return &c;
    }
    return nullptr;
}

} // namespace mdesk::sandboxtest
