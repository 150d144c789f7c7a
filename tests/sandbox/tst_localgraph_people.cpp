// LocalGraph's people: demo contacts with conversation threads, list_conversations and
// fetch_conversation_messages (newest first, cursors, field expansion), --contacts N,
// POST /__sandbox/contacts, personas, subscribed_apps, the Page node and the clock.
#include "sandboxharness.h"

#include "api/sandbox/sandboxstate.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace mdesk;
using namespace mdesk::sandboxtest;

namespace {

QJsonArray dataOf(const api::GraphResult &result)
{
    return result.object().value(QStringLiteral("data")).toArray();
}

QString nextCursor(const api::GraphResult &result)
{
    return result
        .object()[QLatin1String("paging")][QLatin1String("cursors")][QLatin1String("after")]
        .toString();
}

bool hasNext(const api::GraphResult &result)
{
    return result.object()[QLatin1String("paging")].toObject().contains(QStringLiteral("next"));
}

QDateTime graphTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000"));
}

} // namespace

class TestLocalGraphPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDemoPageHasFortyPeopleWithThreads();
    void theSameSeedGivesTheSamePeople();
    void conversationsPageNewestFirstWithCursors();
    void fieldExpansionInlinesTheNewestMessages();
    void userIdFindsOnePersonsThread();
    void messagesPageNewestFirst();
    void unknownFieldsAreRefused();
    void contactsOptionGeneratesPeople();
    void controlEndpointCreatesAPerson();
    void personasHaveState();
    void subscribedAppsWithFields();
    void pageNodeHasCountsAndPicture();
    void clockRefusesHugeAdvances_data();
    void clockRefusesHugeAdvances();
};

void TestLocalGraphPeople::everyDemoPageHasFortyPeopleWithThreads()
{
    SandboxHarness h;
    const QDateTime now = h.graph().state().now();
    for (int app = 0; app < 2; ++app) {
        for (int page = 0; page < 2; ++page) {
            const QJsonArray contacts = h.pageState(app, page)[QLatin1String("contacts")].toArray();
            QCOMPARE(contacts.size(), 40);
            int open = 0;
            int unavailable = 0;
            QSet<QString> threads;
            for (const QJsonValue &contact : contacts) {
                QVERIFY(contact[QLatin1String("name")].toString().contains(u' '));
                QVERIFY(contact[QLatin1String("thread_id")].toString().startsWith(u"t_"));
                threads.insert(contact[QLatin1String("thread_id")].toString());
                const QDateTime last = QDateTime::fromString(
                    contact[QLatin1String("last_inbound")].toString(), Qt::ISODate);
                QVERIFY(last <= now && last >= now.addDays(-30));
                QCOMPARE(contact[QLatin1String("window_open")].toBool(),
                         last.secsTo(now) <= 24 * 3600);
                open += contact[QLatin1String("window_open")].toBool() ? 1 : 0;
                unavailable += contact[QLatin1String("unavailable")].toBool() ? 1 : 0;
            }
            QCOMPARE(threads.size(), 40);
            QVERIFY2(open >= 10 && open <= 17, qPrintable(QString::number(open))); // about a third
            QVERIFY(unavailable >= 2 && unavailable <= 5);
        }
    }
}

void TestLocalGraphPeople::theSameSeedGivesTheSamePeople()
{
    SandboxHarness first;
    SandboxHarness second;
    const auto summary = [](SandboxHarness &h) {
        QStringList lines;
        for (const QJsonValue &contact : h.pageState(1, 1)[QLatin1String("contacts")].toArray())
            lines.append(contact[QLatin1String("psid")].toString() + u' ' +
                         contact[QLatin1String("name")].toString() + u' ' +
                         contact[QLatin1String("thread_id")].toString() + u' ' +
                         (contact[QLatin1String("window_open")].toBool() ? u'o' : u'c'));
        return lines;
    };
    QCOMPARE(summary(first), summary(second));
    const sandbox::ContactBook &a = first.graph().state().page(first.pageId(0, 0))->contacts;
    const sandbox::ContactBook &b = second.graph().state().page(second.pageId(0, 0))->contacts;
    QCOMPARE(sandbox::ContactBook::messages(a.all().at(5)).size(),
             sandbox::ContactBook::messages(b.all().at(5)).size());
    QCOMPARE(sandbox::ContactBook::messages(a.all().at(5)).first().text,
             sandbox::ContactBook::messages(b.all().at(5)).first().text);
}

void TestLocalGraphPeople::conversationsPageNewestFirstWithCursors()
{
    SandboxHarness h;
    QStringList seen;
    QDateTime previous;
    QString after;
    int pages = 0;
    while (true) {
        QJsonObject input{{QStringLiteral("fields"), QStringLiteral("updated_time")},
                          {QStringLiteral("limit"), 7}};
        if (!after.isEmpty())
            input.insert(QStringLiteral("after"), after);
        const api::GraphResult result = h.call(QStringLiteral("list_conversations"), input);
        QVERIFY2(result.isOk(), describe(result));
        ++pages;
        for (const QJsonValue &thread : dataOf(result)) {
            const QDateTime updated = graphTime(thread[QLatin1String("updated_time")]);
            QVERIFY(updated.isValid());
            QVERIFY2(!previous.isValid() || updated <= previous, "newest first");
            previous = updated;
            seen.append(thread[QLatin1String("id")].toString());
        }
        if (!hasNext(result))
            break;
        after = nextCursor(result);
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 6); // 40 threads, 7 a page
    QCOMPARE(seen.size(), 40);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 40);

    // A cursor nobody gave is refused.
    QCOMPARE(h.send(QStringLiteral("list_conversations"),
                    {{QStringLiteral("after"), QStringLiteral("bm9wZQ")}})
                 .error()
                 .code,
             100);
}

void TestLocalGraphPeople::fieldExpansionInlinesTheNewestMessages()
{
    SandboxHarness h;
    const api::GraphResult result =
        h.call(QStringLiteral("list_conversations"),
               {{QStringLiteral("fields"),
                 QStringLiteral("participants,updated_time,messages.limit(5){from,created_time}")},
                {QStringLiteral("limit"), 40}});
    QVERIFY2(result.isOk(), describe(result));
    const QJsonArray threads = dataOf(result);
    QCOMPARE(threads.size(), 40);
    bool sawMore = false;
    for (const QJsonValue &thread : threads) {
        const QJsonArray messages =
            thread[QLatin1String("messages")][QLatin1String("data")].toArray();
        QVERIFY(messages.size() >= 2 && messages.size() <= 5);
        QCOMPARE(messages.at(0)[QLatin1String("created_time")],
                 thread[QLatin1String("updated_time")]);
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const QJsonObject message = messages.at(i).toObject();
            QVERIFY(message.contains(QStringLiteral("from")));
            QVERIFY(!message.contains(QStringLiteral("message"))); // not asked for
            if (i > 0)
                QVERIFY(graphTime(message.value(QStringLiteral("created_time"))) <=
                        graphTime(messages.at(i - 1)[QLatin1String("created_time")]));
        }
        // The newest generated message is the person's own.
        QCOMPARE(
            messages.at(0)[QLatin1String("from")][QLatin1String("id")],
            thread[QLatin1String("participants")][QLatin1String("data")][0][QLatin1String("id")]);
        sawMore = sawMore ||
                  thread[QLatin1String("messages")][QLatin1String("paging")].toObject().contains(
                      QStringLiteral("next"));
    }
    Q_UNUSED(sawMore);

    // limit(1) with more in the thread links the rest.
    const api::GraphResult one =
        h.call(QStringLiteral("list_conversations"),
               {{QStringLiteral("fields"), QStringLiteral("messages.limit(1){message}")},
                {QStringLiteral("limit"), 1}});
    const QJsonValue edge = dataOf(one).at(0)[QLatin1String("messages")];
    QCOMPARE(edge[QLatin1String("data")].toArray().size(), 1);
    QVERIFY(edge[QLatin1String("paging")][QLatin1String("next")].toString().contains(
        QLatin1String("/messages")));
}

void TestLocalGraphPeople::userIdFindsOnePersonsThread()
{
    SandboxHarness h;
    const QString psid = h.psid(0, 0, 3);
    const api::GraphResult result =
        h.call(QStringLiteral("list_conversations"),
               {{QStringLiteral("user_id"), psid},
                {QStringLiteral("fields"), QStringLiteral("participants{id}")}});
    QVERIFY2(result.isOk(), describe(result));
    QCOMPARE(dataOf(result).size(), 1);
    QCOMPARE(
        dataOf(result).at(0)[QLatin1String("participants")][QLatin1String("data")][0].toObject(),
        (QJsonObject{{QStringLiteral("id"), psid}}));
}

void TestLocalGraphPeople::messagesPageNewestFirst()
{
    SandboxHarness h;
    // A thread with at least four messages.
    const sandbox::ContactBook &book = h.graph().state().page(h.pageId(0, 0))->contacts;
    const sandbox::Contact *contact = nullptr;
    for (const sandbox::Contact &candidate : book.all()) {
        if (sandbox::ContactBook::messages(candidate).size() >= 4) {
            contact = &candidate;
            break;
        }
    }
    QVERIFY(contact);
    const api::GraphResult first = h.call(
        QStringLiteral("fetch_conversation_messages"),
        {{QStringLiteral("conversation_id"), contact->threadId}, {QStringLiteral("limit"), 2}});
    QVERIFY2(first.isOk(), describe(first));
    QCOMPARE(dataOf(first).size(), 2);
    QVERIFY(hasNext(first));
    const api::GraphResult second = h.call(QStringLiteral("fetch_conversation_messages"),
                                           {{QStringLiteral("conversation_id"), contact->threadId},
                                            {QStringLiteral("limit"), 2},
                                            {QStringLiteral("after"), nextCursor(first)}});
    QVERIFY2(second.isOk(), describe(second));
    QJsonArray all = dataOf(first);
    for (const QJsonValue &message : dataOf(second))
        all.append(message);
    QStringList froms;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QJsonObject message = all.at(i).toObject();
        QVERIFY(!message.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(message.value(QStringLiteral("to"))[QLatin1String("data")][0][QLatin1String("id")]
                    .isString());
        froms.append(message.value(QStringLiteral("from"))[QLatin1String("id")].toString());
        if (i > 0)
            QVERIFY(graphTime(message.value(QStringLiteral("created_time"))) <=
                    graphTime(all.at(i - 1)[QLatin1String("created_time")]));
    }
    // Both directions; the Page's messages come from the page id.
    QCOMPARE(froms.at(0), contact->psid);
    QCOMPARE(froms.at(1), h.pageId(0, 0));

    // Another page's thread is not this page's to read.
    const QString otherThread =
        h.graph().state().page(h.pageId(1, 0))->contacts.all().at(0).threadId;
    QCOMPARE(h.send(QStringLiteral("fetch_conversation_messages"),
                    {{QStringLiteral("conversation_id"), otherThread}})
                 .error()
                 .subcode,
             33);
}

void TestLocalGraphPeople::unknownFieldsAreRefused()
{
    SandboxHarness h;
    for (const QString &fields :
         {QStringLiteral("participants,colour"), QStringLiteral("messages{smell}"),
          QStringLiteral("messages.limit(5){from"), QStringLiteral("participants,,")}) {
        const api::GraphResult result =
            h.send(QStringLiteral("list_conversations"), {{QStringLiteral("fields"), fields}});
        QVERIFY2(!result.isOk(), qPrintable(fields));
        QCOMPARE(result.error().code, 100);
    }
}

void TestLocalGraphPeople::contactsOptionGeneratesPeople()
{
    sandbox::LocalGraphOptions options = sandbox::LocalGraph::demoOptions();
    options.contactsPerPage = 1000;
    SandboxHarness h(options);
    // The fourth page has 125 demo users: 875 people are generated for it.
    const sandbox::PageState &page = *h.graph().state().page(h.pageId(1, 1));
    QCOMPARE(page.contacts.size(), 1000);
    const QString generated = page.contacts.all().at(999).psid;
    QVERIFY(!generated.isEmpty());
    const api::GraphResult profile = h.call(QStringLiteral("fetch_user_profile"),
                                            {{QStringLiteral("psid"), generated}}, h.on(1, 1));
    QVERIFY2(profile.isOk(), describe(profile));
    QVERIFY(!profile.object().value(QStringLiteral("first_name")).toString().isEmpty());

    const api::GraphResult threads =
        h.call(QStringLiteral("list_conversations"), {{QStringLiteral("limit"), 100}}, h.on(1, 1));
    QCOMPARE(dataOf(threads).size(), 100);
    QVERIFY(hasNext(threads));
    int open = 0;
    for (const sandbox::Contact &contact : page.contacts.all())
        open += h.graph().state().now().toSecsSinceEpoch() - contact.lastInbound <= 24 * 3600;
    QVERIFY2(open > 300 && open < 370, qPrintable(QString::number(open)));
}

void TestLocalGraphPeople::controlEndpointCreatesAPerson()
{
    SandboxHarness h;
    const QDateTime now = h.graph().state().now();
    const HttpAnswer created =
        h.control("POST", QStringLiteral("/__sandbox/contacts"),
                  {{QStringLiteral("page_id"), h.pageId(0, 1)},
                   {QStringLiteral("psid"), QStringLiteral("7000000000000001")},
                   {QStringLiteral("name"), QStringLiteral("Ada Lovelace")},
                   {QStringLiteral("last_inbound"), now.addSecs(-60).toSecsSinceEpoch()}});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json()[QLatin1String("window_open")].toBool(), true);
    QCOMPARE(h.pageState(0, 1)[QLatin1String("contacts")].toArray().size(), 41);

    const api::GraphResult threads = h.call(
        QStringLiteral("list_conversations"),
        {{QStringLiteral("fields"), QStringLiteral("participants")}, {QStringLiteral("limit"), 1}},
        h.on(0, 1));
    QCOMPARE(
        dataOf(threads)
            .at(0)[QLatin1String("participants")][QLatin1String("data")][0][QLatin1String("name")]
            .toString(),
        QStringLiteral("Ada Lovelace"));
    const api::GraphResult sent =
        h.call(QStringLiteral("send_message"),
               {{QStringLiteral("messaging_type"), QStringLiteral("RESPONSE")},
                {QStringLiteral("recipient"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("7000000000000001")}}},
                {QStringLiteral("message"),
                 QJsonObject{{QStringLiteral("text"), QStringLiteral("Hi Ada")}}}},
               h.on(0, 1));
    QVERIFY2(sent.isOk(), describe(sent));

    // A PSID of another page cannot become this page's person.
    QCOMPARE(h.control("POST", QStringLiteral("/__sandbox/contacts"),
                       {{QStringLiteral("page_id"), h.pageId(0, 1)},
                        {QStringLiteral("psid"), h.psid(1, 0)}})
                 .status,
             400);
}

void TestLocalGraphPeople::personasHaveState()
{
    SandboxHarness h;
    const api::GraphResult created = h.call(
        QStringLiteral("create_persona"),
        {{QStringLiteral("name"), QStringLiteral("Robin")},
         {QStringLiteral("profile_picture_url"), QStringLiteral("https://example.com/r.png")}});
    QVERIFY2(created.isOk(), describe(created));
    const QString id = created.object().value(QStringLiteral("id")).toString();
    QCOMPARE(dataOf(h.call(QStringLiteral("list_personas"))).size(), 1);
    QCOMPARE(h.call(QStringLiteral("fetch_persona"), {{QStringLiteral("persona_id"), id}})
                 .object()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Robin"));
    QVERIFY(h.call(QStringLiteral("delete_persona"), {{QStringLiteral("persona_id"), id}}).isOk());
    QCOMPARE(dataOf(h.call(QStringLiteral("list_personas"))).size(), 0);
    QCOMPARE(h.send(QStringLiteral("fetch_persona"), {{QStringLiteral("persona_id"), id}})
                 .error()
                 .subcode,
             33);
    // Both fields are required.
    const HttpAnswer noPicture = h.graphCall("POST", QStringLiteral("/me/personas"),
                                             {{QStringLiteral("name"), QStringLiteral("X")}});
    QCOMPARE(noPicture.status, 400);
    QCOMPARE(noPicture.error().value(QStringLiteral("code")).toInt(), 100);
}

void TestLocalGraphPeople::subscribedAppsWithFields()
{
    SandboxHarness h;
    const HttpAnswer onlyFields =
        h.http("GET", QStringLiteral("/v23.0/me/subscribed_apps?fields=subscribed_fields"), {}, {},
               {{"Authorization", "Bearer " + h.pageToken(1, 0).toUtf8()}});
    QCOMPARE(onlyFields.status, 200);
    const QJsonObject app = onlyFields.json()[QLatin1String("data")][0].toObject();
    QCOMPARE(app.keys(), QStringList{QStringLiteral("subscribed_fields")});
    QCOMPARE(app.value(QStringLiteral("subscribed_fields")).toArray().size(), 3);

    // POST without subscribed_fields is 100; DELETE empties the list.
    const HttpAnswer noFields = h.graphCall("POST", QStringLiteral("/me/subscribed_apps"));
    QCOMPARE(noFields.status, 400);
    QCOMPARE(noFields.error().value(QStringLiteral("code")).toInt(), 100);
    QVERIFY(h.call(QStringLiteral("unsubscribe_to_page_webhooks")).isOk());
    QCOMPARE(dataOf(h.call(QStringLiteral("fetch_subscribed_apps"))), QJsonArray{});
}

void TestLocalGraphPeople::pageNodeHasCountsAndPicture()
{
    SandboxHarness h;
    const api::GraphResult page = h.call(QStringLiteral("fetch_page"), {}, h.on(1, 1));
    QVERIFY2(page.isOk(), describe(page));
    const QJsonObject node = page.object();
    QCOMPARE(node.value(QStringLiteral("name")).toString(),
             QStringLiteral("Northwind Bike Repair"));
    QVERIFY(node.value(QStringLiteral("fan_count")).toInt() > 0);
    const QUrl picture(
        node[QLatin1String("picture")][QLatin1String("data")][QLatin1String("url")].toString());
    const HttpAnswer image = h.http("GET", picture.path());
    QCOMPARE(image.status, 200);
    QVERIFY(image.body.startsWith("\x89PNG"));
    QCOMPARE(
        h.send(QStringLiteral("fetch_page"), {{QStringLiteral("fields"), QStringLiteral("email")}})
            .error()
            .code,
        100);
}

void TestLocalGraphPeople::clockRefusesHugeAdvances_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("1e308") << QByteArray(R"({"advance_seconds":1e308})");
    QTest::newRow("2^63") << QByteArray(R"({"advance_seconds":9223372036854775807})");
    QTest::newRow("-2^63") << QByteArray(R"({"advance_seconds":-9223372036854775808})");
    QTest::newRow("200 years") << QByteArray(R"({"advance_seconds":6311520000})");
    QTest::newRow("a fraction") << QByteArray(R"({"advance_seconds":1.5})");
    QTest::newRow("text") << QByteArray(R"({"advance_seconds":"60"})");
    QTest::newRow("missing") << QByteArray(R"({})");
}

void TestLocalGraphPeople::clockRefusesHugeAdvances()
{
    QFETCH(QByteArray, body);
    SandboxHarness h;
    const QDateTime before = h.graph().state().now();
    const HttpAnswer answer =
        h.http("POST", QStringLiteral("/__sandbox/clock"), body, "application/json");
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json()[QLatin1String("error")].toString().contains(
        QLatin1String("advance_seconds")));
    QVERIFY(qAbs(h.graph().state().now().secsTo(before)) < 60);
    QVERIFY(!h.graph().advanceClock(std::numeric_limits<qint64>::max()));

    // Fifty years, twice, is the limit reached step by step.
    const HttpAnswer fifty = h.http("POST", QStringLiteral("/__sandbox/clock"),
                                    R"({"advance_seconds":1577880000})", "application/json");
    QCOMPARE(fifty.status, 200);
    QVERIFY(h.graph().state().now().date().year() >= before.date().year() + 49);
    QCOMPARE(h.http("POST", QStringLiteral("/__sandbox/clock"), R"({"advance_seconds":1577880000})",
                    "application/json")
                 .status,
             200);
    QCOMPARE(h.http("POST", QStringLiteral("/__sandbox/clock"), R"({"advance_seconds":1577880000})",
                    "application/json")
                 .status,
             400);
}

QTEST_GUILESS_MAIN(TestLocalGraphPeople)
#include "tst_localgraph_people.moc"
