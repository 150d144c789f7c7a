#include "demodata.h"

#include "democontacts.h"

#include <QJsonArray>
#include <array>

namespace mdesk::sandbox {

namespace {

struct PageSeed
{
    const char *id;
    const char *name;
    const char *category;
    std::array<const char *, 8> labels;
};

struct AppSeed
{
    const char *id;
    const char *name;
    const char *userId;
    const char *userName;
    bool requireProof;
    std::array<PageSeed, 2> pages;
};

const std::array<AppSeed, 2> kApps{{
    {"581230947716201",
     "Bluebird Support Bot",
     "100089347716201",
     "Avery Quinn",
     true,
     {{{"104729384756101",
        "Bluebird Bakery",
        "Bakery",
        {"VIP customers", "Newsletter", "Wholesale", "Gluten-free", "Weekend pre-orders",
         "Birthday cakes", "Feedback given", "Local pickup"}},
       {"104729384756102",
        "Bluebird Catering",
        "Caterer",
        {"Wedding leads", "Corporate events", "Quote sent", "Booked", "Tasting invited",
         "Vegan menu", "Repeat clients", "Follow up"}}}}},
    {"581230947716202",
     "Northwind Messenger",
     "100089347716202",
     "Jordan Ellis",
     false,
     {{{"104729384756203",
        "Northwind Outdoor Gear",
        "Sporting Goods Store",
        {"Hikers", "Climbers", "Loyalty members", "Back in stock alerts", "Returns",
         "Trail runners", "Gift cards", "Store events"}},
       {"104729384756204",
        "Northwind Bike Repair",
        "Bicycle Repair Service",
        {"Repair in progress", "Ready for pickup", "Tune-up reminder", "E-bike owners", "Warranty",
         "Commuters", "Kids bikes", "Estimate sent"}}}}},
}};

const std::array<const char *, 24> kFemaleNames{
    "Emma", "Olivia", "Sofia", "Mia",   "Hannah", "Lea",   "Chloe", "Amelia",
    "Ines", "Yuki",   "Maya",  "Nora",  "Alice",  "Clara", "Elif",  "Lucia",
    "Zoe",  "Freya",  "Ana",   "Julia", "Leila",  "Greta", "Ruth",  "Camille"};
const std::array<const char *, 24> kMaleNames{
    "Liam",  "Noah", "Lucas",  "Mateo", "Elias", "Leon",   "Hugo",  "Oscar",
    "Kenji", "Omar", "Felix",  "Jonas", "Arjun", "Emre",   "Diego", "Marco",
    "Theo",  "Ivan", "Samuel", "Nils",  "Tomas", "Rafael", "Adam",  "Victor"};
const std::array<const char *, 40> kLastNames{
    "Smith",     "Garcia", "Müller", "Rossi",     "Dubois",   "Silva",  "Kowalski", "Tanaka",
    "Johansson", "Yilmaz", "Novak",  "Martin",    "Fischer",  "Lopez",  "Bianchi",  "Jansen",
    "Andersen",  "Costa",  "Nguyen", "Brown",     "Weber",    "Moreau", "Santos",   "Kaya",
    "Hughes",    "Romano", "Larsen", "Schmidt",   "Ortiz",    "Petrov", "Walsh",    "Keller",
    "Dimitrov",  "Okafor", "Haddad", "Lindqvist", "Ferreira", "Bauer",  "Murphy",   "Sato"};

struct LocaleSeed
{
    const char *locale;
    int timezone;
};
const std::array<LocaleSeed, 16> kLocales{{{"en_US", -5},
                                           {"en_US", -8},
                                           {"en_US", -6},
                                           {"en_GB", 0},
                                           {"de_DE", 1},
                                           {"fr_FR", 1},
                                           {"es_ES", 1},
                                           {"es_LA", -6},
                                           {"pt_BR", -3},
                                           {"it_IT", 1},
                                           {"nl_NL", 1},
                                           {"pl_PL", 1},
                                           {"sv_SE", 1},
                                           {"tr_TR", 3},
                                           {"ja_JP", 9},
                                           {"en_US", -7}}};

// Which people wrote to which page: the first page has everybody, the others a share.
bool isUserOfPage(int person, int pageIndex)
{
    switch (pageIndex) {
    case 0:
        return true;
    case 1:
        return person % 2 == 0;
    case 2:
        return person % 3 != 1;
    default:
        return person % 4 == 0;
    }
}

QString psidFor(int pageIndex, int person)
{
    return QString::number(Q_UINT64_C(2460000000000000) + quint64(pageIndex) * 100000000000u +
                           quint64(person) * 1000003u + 17u);
}

QString asidFor(int appIndex, int person)
{
    return QString::number(Q_UINT64_C(1020000000000000) + quint64(appIndex) * 100000000000u +
                           quint64(person) * 1000033u + 29u);
}

QJsonObject postback(const char *title, const char *payload)
{
    return {{QStringLiteral("type"), QStringLiteral("postback")},
            {QStringLiteral("title"), QString::fromUtf8(title)},
            {QStringLiteral("payload"), QString::fromUtf8(payload)}};
}

QJsonObject webUrl(const char *title, const char *url)
{
    return {{QStringLiteral("type"), QStringLiteral("web_url")},
            {QStringLiteral("title"), QString::fromUtf8(title)},
            {QStringLiteral("url"), QString::fromUtf8(url)},
            {QStringLiteral("webview_height_ratio"), QStringLiteral("full")}};
}

QJsonObject bakeryProfile()
{
    const QJsonArray greeting{
        QJsonObject{{QStringLiteral("locale"), QStringLiteral("default")},
                    {QStringLiteral("text"),
                     QStringLiteral("Hi {{user_first_name}}! Fresh bread every morning from "
                                    "7 am. Ask us anything.")}},
        QJsonObject{{QStringLiteral("locale"), QStringLiteral("de_DE")},
                    {QStringLiteral("text"),
                     QStringLiteral("Hallo {{user_first_name}}! Frisches Brot jeden Morgen ab "
                                    "7 Uhr.")}}};
    const QJsonArray menu{
        QJsonObject{{QStringLiteral("locale"), QStringLiteral("default")},
                    {QStringLiteral("composer_input_disabled"), false},
                    {QStringLiteral("call_to_actions"),
                     QJsonArray{postback("Today's bakes", "TODAYS_BAKES"),
                                postback("Opening hours", "OPENING_HOURS"),
                                webUrl("Order a cake", "https://bluebird-bakery.example/cakes")}}}};
    const QJsonArray iceBreakers{
        QJsonObject{{QStringLiteral("question"), QStringLiteral("What's fresh today?")},
                    {QStringLiteral("payload"), QStringLiteral("TODAYS_BAKES")}},
        QJsonObject{{QStringLiteral("question"), QStringLiteral("Can I order a birthday cake?")},
                    {QStringLiteral("payload"), QStringLiteral("CAKE_ORDER")}}};
    return {{QStringLiteral("greeting"), greeting},
            {QStringLiteral("get_started"),
             QJsonObject{{QStringLiteral("payload"), QStringLiteral("GET_STARTED")}}},
            {QStringLiteral("persistent_menu"), menu},
            {QStringLiteral("whitelisted_domains"),
             QJsonArray{QStringLiteral("https://bluebird-bakery.example")}},
            {QStringLiteral("ice_breakers"), iceBreakers}};
}

QJsonObject outdoorProfile()
{
    return {{QStringLiteral("greeting"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("locale"), QStringLiteral("default")},
                 {QStringLiteral("text"), QStringLiteral("Welcome to Northwind! Gear questions, "
                                                         "rentals and repairs.")}}}},
            {QStringLiteral("get_started"),
             QJsonObject{{QStringLiteral("payload"), QStringLiteral("START")}}}};
}

void addPeople(SandboxState &state)
{
    for (int i = 0; i < DemoData::kPeople; ++i)
        state.persons.append(DemoData::person(i));
}

struct PageOptions
{
    int pageIndex = 0;
    int contacts = 0;
    quint32 seed = 0;
};

void addPage(SandboxState &state, const AppSeed &appSeed, const PageSeed &seed,
             const PageOptions &options, const QString &otherAppId, const QString &otherAppName)
{
    const int pageIndex = options.pageIndex;
    PageState page;
    page.id = QLatin1String(seed.id);
    page.name = QString::fromUtf8(seed.name);
    page.category = QString::fromUtf8(seed.category);
    page.appId = QLatin1String(appSeed.id);
    page.token = QStringLiteral("sandbox-page-token-") + page.id;
    page.secondaryReceivers = {{otherAppId, otherAppName},
                               {DemoData::kPageInboxAppId, QStringLiteral("Page Inbox")}};

    for (int person = 0; person < DemoData::kPeople; ++person) {
        if (!isUserOfPage(person, pageIndex))
            continue;
        const QString psid = psidFor(pageIndex, person);
        page.psids.append(psid);
        state.persons[person].psidByPage.insert(page.id, psid);
        state.registerObject(psid, {ObjectKind::User, page.id, page.appId, person});
        if (person % 50 == 7)
            page.threadOwners.insert(psid, DemoData::kPageInboxAppId);
        if (person % 10 == 3)
            page.linkedPsids.insert(psid);
    }

    // Threads for the first users, and generated people when asked for more.
    state.pageOrder.append(page.id);
    DemoContacts::populate(state, page, pageIndex, options.contacts, options.seed);

    for (int k = 0; k < int(seed.labels.size()); ++k) {
        CustomLabel label;
        label.id = QString::number(Q_UINT64_C(3300000000000000) + quint64(pageIndex) * 1000u +
                                   quint64(k) * 37u + 5u);
        label.name = QString::fromUtf8(seed.labels[k]);
        // Early labels are big, later ones small, like real segments.
        const int every = 3 + k * 4;
        for (int i = 0; i < page.psids.size(); ++i) {
            if ((i * 7 + k) % every == 0)
                label.psids.append(page.psids.at(i));
        }
        state.registerObject(label.id, {ObjectKind::Label, page.id, page.appId, -1});
        page.labelOrder.append(label.id);
        page.labels.insert(label.id, label);
    }

    switch (pageIndex) {
    case 0:
        page.profile = bakeryProfile();
        page.subscribedFields = {QStringLiteral("messages"), QStringLiteral("messaging_postbacks")};
        // The bakery may read its people's locale, timezone and gender (Audience section).
        page.featureReview = {
            {QStringLiteral("subscription_messaging"), QStringLiteral("approved")},
            {QStringLiteral("pages_user_locale"), QStringLiteral("approved")},
            {QStringLiteral("pages_user_timezone"), QStringLiteral("approved")},
            {QStringLiteral("pages_user_gender"), QStringLiteral("approved")}};
        page.nlpConfig = {{QStringLiteral("nlp_enabled"), true},
                          {QStringLiteral("model"), QStringLiteral("ENGLISH")}};
        break;
    case 1:
        page.featureReview = {
            {QStringLiteral("subscription_messaging"), QStringLiteral("pending")}};
        break;
    case 2:
        page.profile = outdoorProfile();
        page.subscribedFields = {QStringLiteral("messages"), QStringLiteral("messaging_postbacks"),
                                 QStringLiteral("messaging_handovers")};
        page.featureReview = {
            {QStringLiteral("subscription_messaging"), QStringLiteral("approved")}};
        break;
    default:
        page.featureReview = {
            {QStringLiteral("subscription_messaging"), QStringLiteral("rejected")}};
        break;
    }

    state.registerObject(page.id, {ObjectKind::Page, page.id, page.appId, -1});
    state.tokens.insert(page.token, {TokenType::Page, page.appId, page.id,
                                     QLatin1String(appSeed.userId), state.now().addDays(-30)});
    state.pages.insert(page.id, page);
}

} // namespace

Person DemoData::person(int i)
{
    Person person;
    const bool female = i % 2 == 0;
    person.gender = female ? QStringLiteral("female") : QStringLiteral("male");
    person.firstName =
        QString::fromUtf8(female ? kFemaleNames[(i / 2 * 7) % 24] : kMaleNames[(i / 2 * 5) % 24]);
    person.lastName = QString::fromUtf8(kLastNames[(i * 13 + i / 40) % 40]);
    const LocaleSeed &locale = kLocales[(i * 11 + 3) % kLocales.size()];
    person.locale = QLatin1String(locale.locale);
    person.timezone = locale.timezone;
    return person;
}

void DemoData::populate(SandboxState &state, quint32 seed, int contactsPerPage)
{
    state.clear();
    state.seed(seed);
    addPeople(state);
    int pageIndex = 0;
    for (int a = 0; a < int(kApps.size()); ++a) {
        const AppSeed &seedApp = kApps[a];
        const AppSeed &otherApp = kApps[(a + 1) % kApps.size()];
        AppState app;
        app.id = QLatin1String(seedApp.id);
        app.name = QString::fromUtf8(seedApp.name);
        app.secret = QStringLiteral("sandbox-app-secret-") + app.id;
        app.appToken = app.id + QStringLiteral("|sandbox-app-token");
        app.userId = QLatin1String(seedApp.userId);
        app.userName = QString::fromUtf8(seedApp.userName);
        app.userToken = QStringLiteral("sandbox-user-token-") + app.userId;
        app.requireProof = seedApp.requireProof;
        for (const PageSeed &page : seedApp.pages) {
            addPage(state, seedApp, page, {pageIndex++, contactsPerPage, seed},
                    QLatin1String(otherApp.id), QString::fromUtf8(otherApp.name));
            app.pageIds.append(QLatin1String(page.id));
        }
        for (int person = 0; person < state.persons.size(); ++person) {
            bool usesApp = false;
            for (const QString &pageId : std::as_const(app.pageIds))
                usesApp = usesApp || state.persons[person].psidByPage.contains(pageId);
            if (!usesApp)
                continue;
            const QString asid = asidFor(a, person);
            state.persons[person].asidByApp.insert(app.id, asid);
            state.registerObject(asid, {ObjectKind::AppUser, {}, app.id, person});
        }
        const QDateTime issued = state.now().addDays(-30);
        state.tokens.insert(app.appToken, {TokenType::App, app.id, {}, {}, issued});
        state.tokens.insert(app.id + QLatin1Char('|') + app.secret,
                            {TokenType::App, app.id, {}, {}, issued});
        state.tokens.insert(app.userToken, {TokenType::User, app.id, {}, app.userId, issued});
        state.registerObject(app.id, {ObjectKind::App, {}, app.id, -1});
        state.registerObject(app.userId, {ObjectKind::Person, {}, app.id, -1});
        state.apps.append(app);
    }
}

} // namespace mdesk::sandbox
