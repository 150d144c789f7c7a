#include "api/operationtable.h"
#include "api/requestbuilder.h"
#include "apitestkit.h"
#include "opcases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mdesk::api;
using namespace mdesk::apitest;

// buildRequest() is pure: every op's representative input (opcases.cpp) becomes exactly
// the method, path, query and body of graph-api.md section 2, with no network.
// tst_wirerequests checks the same cases as they arrive at a server.
class TestRequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyOpIsCovered();
    void builds_data();
    void builds();
    void requiredFields_data();
    void requiredFields();
    void pathValuesMustBePlainIds();
    void nullsAreNeverSent();
    void pageIdComesFromInputOrContext();
    void queryText_data();
    void queryText();
    void dottedKeys();
};

namespace {

QString show(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

void removeDotted(QJsonObject &object, const QString &dottedKey)
{
    const qsizetype dot = dottedKey.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        object.remove(dottedKey);
        return;
    }
    const QString head = dottedKey.left(dot);
    QJsonObject child = object.value(head).toObject();
    removeDotted(child, dottedKey.mid(dot + 1));
    object.insert(head, child);
}

const OpCase *caseFor(const QString &op)
{
    for (const auto &c : opCases()) {
        if (c.op == op)
            return &c;
    }
    return nullptr;
}

} // namespace

void TestRequestBuilder::everyOpIsCovered()
{
    QVERIFY2(opsWithoutCase().isEmpty(), qPrintable(opsWithoutCase().join(QLatin1Char(','))));
}

void TestRequestBuilder::builds_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < opCases().size(); ++i)
        QTest::newRow(qPrintable(opCases().at(i).tag)) << i;
}

void TestRequestBuilder::builds()
{
    QFETCH(int, index);
    const OpCase &c = opCases().at(index);
    const OperationSpec *spec = OperationTable::find(c.op);
    QVERIFY(spec);
    const auto outcome = buildRequest(*spec, c.input, c.version, PathContext{kPageId, kAppId});
    if (const auto *error = std::get_if<InputError>(&outcome))
        QFAIL(qPrintable(error->field + QStringLiteral(": ") + error->message));
    const BuiltRequest &request = std::get<BuiltRequest>(outcome);
    QCOMPARE(request.method, c.method);
    QCOMPARE(request.path, c.path);
    QMap<QString, QString> query;
    for (const auto &[key, value] : request.query) {
        QVERIFY2(!query.contains(key), qPrintable(key)); // no key twice
        query.insert(key, value);
    }
    QCOMPARE(query, c.query);
    QCOMPARE(request.body.has_value(), c.body.has_value());
    if (c.body)
        QCOMPARE(show(*request.body), show(*c.body));
    QVERIFY(request.uploadFile.isEmpty());
    QCOMPARE(int(request.token), int(c.token));
}

void TestRequestBuilder::requiredFields_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("field");
    for (const auto &spec : OperationTable::all()) {
        QStringList required = spec.requiredKeys;
        for (const auto &param : spec.params) {
            // A default-constructed QJsonValue is null: no fallback either way.
            if (param.required && (param.fallback.isUndefined() || param.fallback.isNull()))
                required.append(param.name);
        }
        for (const auto &field : required)
            QTest::newRow(qPrintable(spec.id + QLatin1Char('/') + field)) << spec.id << field;
    }
}

void TestRequestBuilder::requiredFields()
{
    QFETCH(QString, op);
    QFETCH(QString, field);
    const OpCase *c = caseFor(op);
    QVERIFY(c);
    QJsonObject input = c->input;
    removeDotted(input, field);
    const auto outcome = buildRequest(*OperationTable::find(op), input, c->version);
    const auto *error = std::get_if<InputError>(&outcome);
    QVERIFY2(error, "a request was built without a required field");
    QCOMPARE(error->field, field);
    QVERIFY2(error->message.contains(field), qPrintable(error->message));
}

void TestRequestBuilder::pathValuesMustBePlainIds()
{
    const OperationSpec *spec = OperationTable::find(QStringLiteral("label_user"));
    for (const char *bad : {"555/../me", "555?x=1", "", "  "}) {
        const auto outcome =
            buildRequest(*spec,
                         QJsonObject{{QStringLiteral("label_id"), QLatin1String(bad)},
                                     {QStringLiteral("user"), QStringLiteral("31")}},
                         GraphVersion::defaultVersion());
        const auto *error = std::get_if<InputError>(&outcome);
        QVERIFY2(error, bad);
        QCOMPARE(error->field, QStringLiteral("label_id"));
    }
}

void TestRequestBuilder::nullsAreNeverSent()
{
    // graph-api.md section 1: unset optional fields are omitted, never sent as null.
    const auto insights = buildRequest(*OperationTable::find(QStringLiteral("fetch_insights")),
                                       json(R"({"metrics":["m1"],"since":null,"period":"day"})"),
                                       GraphVersion::defaultVersion());
    const BuiltRequest &query = std::get<BuiltRequest>(insights);
    QCOMPARE(query.query.size(), 2);
    QVERIFY(query.queryValue(QStringLiteral("since")).isEmpty());

    const auto send =
        buildRequest(*OperationTable::find(QStringLiteral("send_message")),
                     json(R"({"messaging_type":"RESPONSE","recipient":{"id":"31","user_ref":null},
                 "message":{"text":"Hi","quick_replies":null},"tag":null})"),
                     GraphVersion::defaultVersion());
    const BuiltRequest &body = std::get<BuiltRequest>(send);
    QCOMPARE(show(*body.body), show(json(R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},
                           "message":{"text":"Hi"}})")));

    // Deep inside a list too, and a body without nulls goes out as it came.
    const auto deep = buildRequest(
        *OperationTable::find(QStringLiteral("send_message")),
        json(R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},"message":{"text":"Hi",
             "quick_replies":[{"content_type":"text","title":"A","payload":"P","image_url":null},
                              {"content_type":"text","title":"B","payload":"Q"}]}})"),
        GraphVersion::defaultVersion());
    QCOMPARE(show(*std::get<BuiltRequest>(deep).body),
             show(json(R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},"message":{
                 "text":"Hi","quick_replies":[{"content_type":"text","title":"A","payload":"P"},
                 {"content_type":"text","title":"B","payload":"Q"}]}})")));
}

void TestRequestBuilder::pageIdComesFromInputOrContext()
{
    const OperationSpec *spec =
        OperationTable::find(QStringLiteral("unsubscribe_to_page_webhooks"));
    const auto fromContext =
        buildRequest(*spec, {}, GraphVersion::defaultVersion(), PathContext{kPageId, kAppId});
    QCOMPARE(std::get<BuiltRequest>(fromContext).path, QStringLiteral("/2002/subscribed_apps"));
    const auto fromInput = buildRequest(*spec, json(R"({"page_id":"3003"})"),
                                        GraphVersion::defaultVersion(), PathContext{kPageId, {}});
    QCOMPARE(std::get<BuiltRequest>(fromInput).path, QStringLiteral("/3003/subscribed_apps"));
    const auto noPage = buildRequest(*spec, {}, GraphVersion::defaultVersion());
    QCOMPARE(std::get<BuiltRequest>(noPage).path, QStringLiteral("/me/subscribed_apps"));
}

void TestRequestBuilder::queryText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("string") << QJsonValue(QStringLiteral("a b")) << QStringLiteral("a b");
    QTest::newRow("integer") << QJsonValue(1700000000) << QStringLiteral("1700000000");
    QTest::newRow("large id") << QJsonValue(263902037430900.0) << QStringLiteral("263902037430900");
    QTest::newRow("fraction") << QJsonValue(1.5) << QStringLiteral("1.5");
    QTest::newRow("true") << QJsonValue(true) << QStringLiteral("true");
    QTest::newRow("strings") << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")})
                             << QStringLiteral("a,b");
    QTest::newRow("numbers") << QJsonValue(QJsonArray{1, 2}) << QStringLiteral("[1,2]");
    QTest::newRow("object") << QJsonValue(json(R"({"k":"v"})")) << QStringLiteral("{\"k\":\"v\"}");
    QTest::newRow("null") << QJsonValue() << QString();
    // Out of qint64's range: written as a double, never cast (undefined behaviour).
    QTest::newRow("1e308") << QJsonValue(1e308) << QStringLiteral("1e+308");
    QTest::newRow("-1e308") << QJsonValue(-1e308) << QStringLiteral("-1e+308");
    QTest::newRow("2^63") << QJsonValue(9223372036854775808.0)
                          << QStringLiteral("9.2233720368547758e+18");
    QTest::newRow("-2^63") << QJsonValue(-9223372036854775808.0)
                           << QStringLiteral("-9223372036854775808");
    QTest::newRow("negative") << QJsonValue(-5) << QStringLiteral("-5");
    QTest::newRow("infinity") << QJsonValue(qInf()) << QStringLiteral("inf");
}

void TestRequestBuilder::queryText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QCOMPARE(mdesk::api::queryText(value), text);
}

void TestRequestBuilder::dottedKeys()
{
    QJsonObject object;
    setValueAtPath(object, QStringLiteral("data.ref"), QStringLiteral("r"));
    setValueAtPath(object, QStringLiteral("data.size"), 5);
    setValueAtPath(object, QStringLiteral("type"), QStringLiteral("standard"));
    QCOMPARE(show(object), show(json(R"({"data":{"ref":"r","size":5},"type":"standard"})")));
    QCOMPARE(valueAtPath(object, QStringLiteral("data.ref")).toString(), QStringLiteral("r"));
    QVERIFY(valueAtPath(object, QStringLiteral("data.missing")).isUndefined());
    QVERIFY(valueAtPath(object, QStringLiteral("type.deeper")).isUndefined());
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
