#include "api/operationtable.h"
#include "opcases.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace mdesk::api;
using namespace mdesk::apitest;

// The operation table against graph-api.md section 2: every op is there once, with its
// method, token kind, retry safety and deprecation; and every op has a wire case in
// opcases.cpp, so tst_requestbuilder and tst_wirerequests cover all of them.
class TestOperationTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyOpHasATestCase();
    void everyTestCaseNamesAnOp();
    void coversTheReference_data();
    void coversTheReference();
    void idsAreUnique();
    void rowShape_data();
    void rowShape();
    void tokenKinds();
    void retrySafety();
    void deprecations();
    void profileFields();
};

namespace {

// graph-api.md section 2: the 46 messenger_bot operations, then the additions the issue asks
// for, then the broadcast extras the reference lists.
QStringList referenceOps()
{
    QStringList ops;
    for (const char *field :
         {"account_linking_url", "get_started", "greeting", "home_url", "payment_settings",
          "persistent_menu", "target_audience", "whitelisted_domains"}) {
        for (const char *verb : {"set_", "reset_", "fetch_"})
            ops << QLatin1String(verb) + QLatin1String(field);
    }
    for (const char *op : {"create_custom_label",
                           "fetch_custom_label",
                           "delete_custom_label",
                           "list_custom_labels",
                           "list_custom_labels_of_user",
                           "label_user",
                           "unlabel_user",
                           "create_message_creative",
                           "broadcast_message",
                           "pass_thread_control",
                           "take_thread_control",
                           "request_thread_control",
                           "fetch_secondary_receivers",
                           "fetch_ids_for_app",
                           "fetch_ids_for_page",
                           "fetch_user_profile",
                           "fetch_insights",
                           "create_messenger_code",
                           "fetch_messaging_feature_review",
                           "upload_attachment",
                           "send_message",
                           "unlink_account"})
        ops << QLatin1String(op);
    Q_ASSERT(ops.size() == 46);
    for (const char *op :
         {"set_messenger_profile", "reset_messenger_profile", "fetch_messenger_profile",
          "set_ice_breakers", "reset_ice_breakers", "fetch_ice_breakers",
          "set_user_persistent_menu", "fetch_user_persistent_menu", "reset_user_persistent_menu",
          "fetch_thread_owner", "set_nlp_configs", "subscribe_to_page_webhooks",
          "unsubscribe_to_page_webhooks", "debug_token", "list_pages", "fetch_broadcast",
          "cancel_broadcast", "estimate_broadcast_reach"})
        ops << QLatin1String(op);
    // Issue 13: what conversations sync, personas and webhooks need.
    for (const char *op :
         {"list_conversations", "fetch_conversation_messages", "fetch_subscribed_apps",
          "create_persona", "list_personas", "fetch_persona", "delete_persona", "fetch_page"})
        ops << QLatin1String(op);
    return ops;
}

} // namespace

void TestOperationTable::everyOpHasATestCase()
{
    const QStringList missing = opsWithoutCase();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("ops without a case in opcases.cpp: ") +
                                           missing.join(QStringLiteral(", "))));
}

void TestOperationTable::everyTestCaseNamesAnOp()
{
    const QStringList unknown = casesWithoutOp();
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QStringLiteral(", "))));
}

void TestOperationTable::coversTheReference_data()
{
    QTest::addColumn<QString>("op");
    for (const auto &op : referenceOps())
        QTest::newRow(qPrintable(op)) << op;
}

void TestOperationTable::coversTheReference()
{
    QFETCH(QString, op);
    QVERIFY2(OperationTable::find(op), qPrintable(op));
}

void TestOperationTable::idsAreUnique()
{
    QSet<QString> seen;
    for (const auto &spec : OperationTable::all()) {
        QVERIFY2(!seen.contains(spec.id), qPrintable(spec.id));
        seen.insert(spec.id);
    }
    QCOMPARE(seen.size(), referenceOps().size());
    QVERIFY(!OperationTable::find(QStringLiteral("no_such_op")));
}

void TestOperationTable::rowShape_data()
{
    QTest::addColumn<QString>("op");
    for (const auto &spec : OperationTable::all())
        QTest::newRow(qPrintable(spec.id)) << spec.id;
}

void TestOperationTable::rowShape()
{
    QFETCH(QString, op);
    const OperationSpec *spec = OperationTable::find(op);
    QVERIFY(spec);
    QVERIFY(!spec->group.isEmpty());
    QVERIFY2(QList<QByteArray>({"GET", "POST", "DELETE"}).contains(spec->method),
             spec->method.constData());
    QVERIFY(spec->path.startsWith(QLatin1Char('/')));
    // Every {placeholder} of the path is filled by a path parameter or the page context.
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    for (const auto &match : placeholder.globalMatch(spec->path)) {
        const QString name = match.captured(1);
        const bool fromParam =
            std::any_of(spec->params.begin(), spec->params.end(), [&name](const ParamSpec &p) {
                return p.place == Place::Path && p.wireName() == name;
            });
        QVERIFY2(fromParam || name == QLatin1String("page_id"), qPrintable(name));
    }
    // A GET carries nothing in a body.
    if (spec->method == "GET") {
        QVERIFY(spec->fixedBody.isEmpty());
        for (const auto &param : spec->params)
            QVERIFY2(param.place != Place::Body, qPrintable(param.name));
    }
}

void TestOperationTable::tokenKinds()
{
    // graph-api.md: A for fetch_ids_for_page and debug_token, a user token for list_pages,
    // the page token for everything else.
    for (const auto &spec : OperationTable::all()) {
        const TokenKind expected = spec.id == QLatin1String("fetch_ids_for_page") ||
                                           spec.id == QLatin1String("debug_token")
                                       ? TokenKind::App
                                   : spec.id == QLatin1String("list_pages") ? TokenKind::User
                                                                            : TokenKind::Page;
        QVERIFY2(spec.token == expected, qPrintable(spec.id));
    }
}

void TestOperationTable::retrySafety()
{
    // Reads and deletes may be repeated; sends, label writes and broadcasts never blindly.
    for (const auto &spec : OperationTable::all())
        QCOMPARE(spec.retrySafe(), spec.method != "POST");
    for (const char *write : {"send_message", "label_user", "broadcast_message",
                              "create_custom_label", "pass_thread_control"})
        QVERIFY2(!OperationTable::find(QLatin1String(write))->retrySafe(), write);
}

void TestOperationTable::deprecations()
{
    const GraphVersion v6{6, 0}, v7{7, 0}, v23{23, 0};
    for (const char *op : {"create_message_creative", "broadcast_message", "fetch_broadcast",
                           "cancel_broadcast", "estimate_broadcast_reach"}) {
        const OperationSpec *spec = OperationTable::find(QLatin1String(op));
        QVERIFY2(spec->deprecation, op);
        QCOMPARE(spec->deprecation->since, QDate(2020, 1, 15));
        QVERIFY(spec->isRemovedOn(v6));
        QVERIFY(spec->isRemovedOn(v23));
        QVERIFY(!spec->deprecation->note.isEmpty());
    }
    const OperationSpec *code = OperationTable::find(QStringLiteral("create_messenger_code"));
    QVERIFY(code->deprecation);
    QCOMPARE(code->deprecation->since, QDate(2019, 10, 29));
    QVERIFY(code->isRemovedOn(v6));

    // home_url: deprecated from v7.0 only.
    for (const char *op : {"set_home_url", "reset_home_url", "fetch_home_url"}) {
        const OperationSpec *spec = OperationTable::find(QLatin1String(op));
        QVERIFY2(!spec->isDeprecatedOn(v6), op);
        QVERIFY2(spec->isRemovedOn(v7), op);
        QVERIFY2(spec->isRemovedOn(v23), op);
    }
    // Dropped from the docs: flagged, still served.
    for (const char *op : {"set_target_audience", "fetch_payment_settings"}) {
        const OperationSpec *spec = OperationTable::find(QLatin1String(op));
        QVERIFY2(spec->isDeprecatedOn(v23), op);
        QVERIFY2(!spec->isRemovedOn(v23), op);
    }
    QVERIFY(!OperationTable::find(QStringLiteral("set_greeting"))->deprecation);
    QVERIFY(!OperationTable::find(QStringLiteral("label_user"))->deprecation);
}

void TestOperationTable::profileFields()
{
    const QStringList fields = OperationTable::profileFields();
    QCOMPARE(fields.size(), 9);
    for (const auto &field : fields) {
        for (const char *verb : {"set_", "reset_", "fetch_"}) {
            const OperationSpec *spec = OperationTable::find(QLatin1String(verb) + field);
            QVERIFY2(spec, qPrintable(field));
            QCOMPARE(spec->profileField, field);
            QCOMPARE(spec->group, QStringLiteral("profile"));
        }
    }
}

QTEST_GUILESS_MAIN(TestOperationTable)
#include "tst_operationtable.moc"
