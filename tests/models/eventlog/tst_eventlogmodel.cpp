// EventLogModel, EventFilterProxy, EventJsonLines and CurlCommand: the live event log's
// models, without widgets.
#include "api/graphevent.h"
#include "models/eventlog/curlcommand.h"
#include "models/eventlog/eventfilterproxy.h"
#include "models/eventlog/eventjsonlines.h"
#include "models/eventlog/eventlogmodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mdesk;
using models::EventLogModel;

namespace {

api::GraphEvent makeEvent(int n, api::EventOutcome outcome = api::EventOutcome::Succeeded,
                          const QString &op = QStringLiteral("fetch_greeting"),
                          const QString &txId = {})
{
    api::GraphEvent event;
    event.id = QStringLiteral("event-%1").arg(n);
    event.outcome = outcome;
    event.op = op;
    event.topic = api::GraphEvent::topicFor(op, outcome);
    event.transactionId = txId.isEmpty() ? QStringLiteral("tx-%1").arg(n / 2) : txId;
    event.source = QStringLiteral("test");
    event.appId = QStringLiteral("581230947716201");
    event.pageId =
        n % 3 == 0 ? QStringLiteral("104729384756102") : QStringLiteral("104729384756101");
    event.initializedAt = QDateTime::fromMSecsSinceEpoch(1700000000000 + n, Qt::UTC);
    event.occurredAt = event.initializedAt.addMSecs(12);
    event.httpStatus = outcome == api::EventOutcome::Started ? 0 : 200;
    event.durationMs = outcome == api::EventOutcome::Started ? 0 : 12;
    event.data = {
        {QStringLiteral("op"), op},
        {QStringLiteral("request"),
         QJsonObject{
             {QStringLiteral("method"), QStringLiteral("GET")},
             {QStringLiteral("url"),
              QStringLiteral("https://graph.facebook.com/v23.0/me/messenger_profile")},
             {QStringLiteral("query"),
              QJsonObject{{QStringLiteral("fields"), QStringLiteral("greeting")},
                          {QStringLiteral("appsecret_proof"), QStringLiteral("[redacted]")}}},
             {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Authorization"),
                                                      QStringLiteral("Bearer [redacted]")}}}}}};
    if (n == 7)
        event.data.insert(QStringLiteral("note"), QStringLiteral("Needle in the haystack"));
    return event;
}

QStringList shownIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0)
                   .data(EventLogModel::EventJsonRole)
                   .toJsonObject()
                   .value(QStringLiteral("id"))
                   .toString();
    return ids;
}

} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTesterOverModelAndProxy()
    {
        EventLogModel model;
        model.setCapacity(40);
        models::EventFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int n = 0; n < 30; ++n)
            model.append(
                makeEvent(n, n % 2 ? api::EventOutcome::Succeeded : api::EventOutcome::Started));
        model.flush();
        QCOMPARE(model.rowCount(), 30);
        proxy.setOutcomes({int(api::EventOutcome::Started)});
        QCOMPARE(proxy.rowCount(), 15);
        // Trimming at the top while a filter is set.
        for (int n = 30; n < 70; ++n)
            model.append(
                makeEvent(n, n % 2 ? api::EventOutcome::Succeeded : api::EventOutcome::Started));
        model.flush();
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(proxy.rowCount(), 20);
        proxy.setText(QStringLiteral("event-6"));
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 40);
        model.setPageNames({{QStringLiteral("581230947716201/104729384756101"),
                             QStringLiteral("Bluebird Bakery")}});
        model.setCapacity(10);
        QCOMPARE(model.rowCount(), 10);
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void columnsShowTheEvent()
    {
        EventLogModel model;
        model.append(makeEvent(1));
        model.flush();
        QCOMPARE(model.columnCount(), int(EventLogModel::ColumnCount));
        const auto cell = [&model](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(cell(EventLogModel::TxIdColumn), QStringLiteral("tx-0"));
        QCOMPARE(cell(EventLogModel::OpColumn), QStringLiteral("fetch_greeting"));
        QCOMPARE(cell(EventLogModel::PageColumn), QStringLiteral("104729384756101"));
        QCOMPARE(cell(EventLogModel::StatusColumn), QStringLiteral("200"));
        QCOMPARE(cell(EventLogModel::OutcomeColumn), QStringLiteral("succeeded"));
        QVERIFY(cell(EventLogModel::DurationColumn).contains(QStringLiteral("12")));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setPageNames({{QStringLiteral("581230947716201/104729384756101"),
                             QStringLiteral("Bluebird Bakery")}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(EventLogModel::PageColumn), QStringLiteral("Bluebird Bakery"));
        QVERIFY(model.index(0, EventLogModel::PageColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("104729384756101")));
    }

    void insertsComeInBatches()
    {
        EventLogModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int n = 0; n < 5000; ++n)
            model.append(makeEvent(n));
        QCOMPARE(model.rowCount(), 0); // queued, not yet rows
        QTRY_COMPARE(model.rowCount(), 5000);
        QCOMPARE(inserted.size(), 1);
    }

    // 100,000 events through a log of the default capacity: it never holds more, and the
    // newest survive.
    void hundredThousandEventsStayWithinTheCapacity()
    {
        EventLogModel model;
        QCOMPARE(model.capacity(), EventLogModel::DefaultCapacity);
        QCOMPARE(EventLogModel::DefaultCapacity, 50000);
        int highest = 0;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&] { highest = std::max(highest, model.rowCount()); });
        for (int n = 0; n < 100000; ++n) {
            model.append(makeEvent(n));
            if (n % 7000 == 6999)
                model.flush();
        }
        model.flush();
        QCOMPARE(model.rowCount(), EventLogModel::DefaultCapacity);
        QVERIFY(highest <= EventLogModel::DefaultCapacity);
        QCOMPARE(model.eventAt(0).id, QStringLiteral("event-50000"));
        QCOMPARE(model.eventAt(model.rowCount() - 1).id, QStringLiteral("event-99999"));
    }

    void filtersCombine()
    {
        EventLogModel model;
        models::EventFilterProxy proxy;
        proxy.setSourceModel(&model);
        for (int n = 0; n < 12; ++n)
            model.append(makeEvent(
                n, n % 4 == 3 ? api::EventOutcome::Failed : api::EventOutcome::Succeeded,
                n < 6 ? QStringLiteral("fetch_greeting") : QStringLiteral("set_greeting")));
        model.flush();

        proxy.setTxId(QStringLiteral("tx-2"));
        QCOMPARE(shownIds(proxy),
                 (QStringList{QStringLiteral("event-4"), QStringLiteral("event-5")}));
        proxy.setTxId({});
        proxy.setOp(QStringLiteral("set_greeting"));
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setOutcomes({int(api::EventOutcome::Failed)});
        QCOMPARE(shownIds(proxy),
                 (QStringList{QStringLiteral("event-7"), QStringLiteral("event-11")}));
        proxy.setOp({});
        proxy.setOutcomes({});
        proxy.setPage(QStringLiteral("104729384756102"));
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setPage(QStringLiteral("581230947716201/104729384756102"));
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setPage({});
        proxy.setText(QStringLiteral("needle IN THE"));
        QCOMPARE(shownIds(proxy), QStringList{QStringLiteral("event-7")});
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 12);
    }

    void jsonLinesEqualTheShownRows()
    {
        EventLogModel model;
        models::EventFilterProxy proxy;
        proxy.setSourceModel(&model);
        QList<api::GraphEvent> events;
        for (int n = 0; n < 20; ++n) {
            events << makeEvent(n);
            model.append(events.last());
        }
        model.flush();
        proxy.setPage(QStringLiteral("104729384756102"));

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QCOMPARE(models::EventJsonLines::write(proxy, buffer), qint64(proxy.rowCount()));
        QByteArray expected;
        for (const api::GraphEvent &event : std::as_const(events)) {
            if (event.pageId == QLatin1String("104729384756102"))
                expected += event.toJsonLine();
        }
        QCOMPARE(buffer.data(), expected);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        QString error;
        qint64 lines = 0;
        QVERIFY2(models::EventJsonLines::writeFile(proxy, path, &error, &lines), qPrintable(error));
        QCOMPARE(lines, qint64(proxy.rowCount()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), expected);

        QVERIFY(!models::EventJsonLines::writeFile(
            proxy, dir.filePath(QStringLiteral("missing/folder/events.jsonl")), &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
    }

    void earlierSectionSitsAboveUnderHeadings()
    {
        EventLogModel model;
        model.setCapacity(5);
        models::EventFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int n = 100; n < 103; ++n)
            model.append(makeEvent(n));
        model.flush();
        QList<api::GraphEvent> earlier;
        for (int n = 0; n < 4; ++n)
            earlier << makeEvent(n);
        model.setEarlierEvents(earlier);
        // Heading, four earlier events, heading, three of this run.
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.earlierRowCount(), 6);
        QVERIFY(model.isHeading(0) && model.isHeading(5) && !model.isHeading(1));
        QCOMPARE(model.index(0, EventLogModel::TimeColumn).data().toString(),
                 QStringLiteral("Earlier runs"));
        // (No translator here: the %n form stays "event(s)".)
        QVERIFY(model.index(0, EventLogModel::OpColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("4 event")));
        QCOMPARE(model.index(5, EventLogModel::TimeColumn).data().toString(),
                 QStringLiteral("This run"));
        QVERIFY(model.index(1, 0).data(EventLogModel::EarlierRole).toBool());
        QVERIFY(!model.index(6, 0).data(EventLogModel::EarlierRole).toBool());
        QCOMPARE(model.eventAt(1).id, QStringLiteral("event-0"));
        QCOMPARE(model.eventAt(6).id, QStringLiteral("event-100"));

        // The capacity bounds this run's events; the earlier section stays.
        for (int n = 103; n < 110; ++n)
            model.append(makeEvent(n));
        model.flush();
        QCOMPARE(model.rowCount(), 6 + 5);
        QCOMPARE(model.eventAt(6).id, QStringLiteral("event-105"));

        // Filters keep the headings; the JSON lines leave them out.
        proxy.setTxId(QStringLiteral("tx-1"));
        QCOMPARE(proxy.rowCount(), 2 + 2);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QCOMPARE(models::EventJsonLines::write(proxy, buffer), qint64(2));
        QCOMPARE(buffer.data(), makeEvent(2).toJsonLine() + makeEvent(3).toJsonLine());
        proxy.clearFilters();

        // Replacing and removing the section.
        model.setEarlierEvents({makeEvent(50)});
        QCOMPARE(model.earlierRowCount(), 3);
        QCOMPARE(model.eventAt(1).id, QStringLiteral("event-50"));
        model.setEarlierEvents({});
        QCOMPARE(model.earlierRowCount(), 0);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.isHeading(0));
        model.setEarlierEvents(earlier);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.earlierRowCount(), 0);
    }

    void curlWritesVariablesInsteadOfSecrets()
    {
        const QJsonObject request{
            {QStringLiteral("method"), QStringLiteral("POST")},
            {QStringLiteral("url"),
             QStringLiteral("https://graph.facebook.com/v23.0/me/messenger_profile")},
            {QStringLiteral("query"),
             QJsonObject{{QStringLiteral("appsecret_proof"), QStringLiteral("[redacted]")},
                         {QStringLiteral("fields"), QStringLiteral("a b,c")}}},
            {QStringLiteral("headers"),
             QJsonObject{{QStringLiteral("Authorization"), QStringLiteral("Bearer [redacted]")},
                         {QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
            {QStringLiteral("body"),
             QJsonObject{{QStringLiteral("greeting"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("locale"), QStringLiteral("default")},
                              {QStringLiteral("text"), QStringLiteral("It's $5 `now`")}}}}}}};
        const QString curl = models::CurlCommand::fromRequest(request);
        QVERIFY2(
            curl.startsWith(QStringLiteral("curl -X POST \"https://graph.facebook.com/v23.0/"
                                           "me/messenger_profile?appsecret_proof=$APPSECRET_PROOF"
                                           "&fields=a%20b%2Cc\"")),
            qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("-H \"Authorization: Bearer $TOKEN\"")));
        QVERIFY(curl.contains(QStringLiteral("-H 'Content-Type: application/json'")));
        QVERIFY2(curl.contains(QStringLiteral("--data '{\"greeting\":[{\"locale\":\"default\","
                                              "\"text\":\"It'\\''s $5 `now`\"}]}'")),
                 qPrintable(curl));
        QVERIFY(!curl.contains(QStringLiteral("[redacted]")));

        QJsonObject get = request;
        get.insert(QStringLiteral("method"), QStringLiteral("GET"));
        get.remove(QStringLiteral("body"));
        QVERIFY(
            models::CurlCommand::fromRequest(get).startsWith(QStringLiteral("curl \"https://")));
        QCOMPARE(models::CurlCommand::fromRequest({}), QString());
        QCOMPARE(models::CurlCommand::variableFor(QStringLiteral("access_token")),
                 QStringLiteral("TOKEN"));
        QCOMPARE(models::CurlCommand::variableFor(QStringLiteral("input_token")),
                 QStringLiteral("INPUT_TOKEN"));
        QCOMPARE(models::CurlCommand::fromEvent(makeEvent(1).toJson()),
                 models::CurlCommand::fromRequest(
                     makeEvent(1).data.value(QStringLiteral("request")).toObject()));
    }
};

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
