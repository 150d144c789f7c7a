// The event log dock: live events from a real client, the filter bar, the detail view,
// copying as JSON and as curl without secrets, capacity, and many events at once.
#include "guitestkit.h"

#include "api/graphclient.h"
#include "api/sandbox/localgraph.h"
#include "models/eventlog/eventfilterproxy.h"
#include "models/eventlog/eventlogmodel.h"
#include "ui/eventlog/eventdetailview.h"
#include "ui/eventlog/eventfilterbar.h"
#include "ui/eventlog/eventlogdock.h"

#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

using namespace mdesk;
using models::EventLogModel;

class TestEventLogDock : public QObject
{
    Q_OBJECT

    sandbox::LocalGraph m_graph{sandbox::LocalGraph::demoOptions()};
    sandbox::LocalGraph::App m_app;

    // One call through a client; returns once it finished.
    void callOnce(api::GraphClient &client, const QString &op, const QString &pageId)
    {
        api::CallOptions options;
        options.appId = m_app.id;
        options.pageId = pageId;
        options.source = QStringLiteral("gui");
        QSignalSpy finished(client.call(op, {}, options), &api::GraphReply::finished);
        QVERIFY(finished.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(m_graph.listen());
        m_app = m_graph.apps().first(); // requires appsecret_proof
    }

    void showsLiveEventsWithoutSecrets()
    {
        api::GraphClient client;
        m_graph.connectClient(client);
        ui::EventLogDock dock;
        dock.attach(client.events());
        dock.setKnownPages({{m_app.id, m_app.pages.at(0).id, m_app.pages.at(0).name, true}});
        dock.resize(1100, 320);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));

        callOnce(client, QStringLiteral("fetch_greeting"), m_app.pages.at(0).id);
        QTRY_COMPARE(dock.model()->rowCount(), 2);
        QCOMPARE(dock.model()->index(1, EventLogModel::PageColumn).data().toString(),
                 m_app.pages.at(0).name);
        QVERIFY(dock.selectRow(1));

        // The detail view: the redacted request and the answer, pretty-printed.
        const QString request = dock.detail()->requestText();
        QVERIFY2(request.contains(QStringLiteral("\n    \"method\": \"GET\"")),
                 qPrintable(request));
        QVERIFY(request.contains(QStringLiteral("/me/messenger_profile")));
        QVERIFY(dock.detail()->responseText().contains(QStringLiteral("\"status\": 200")));

        // Copies: JSON and curl, with placeholders instead of any credential.
        const QStringList secrets{m_app.pages.at(0).token, m_app.secret, m_app.appToken};
        dock.copyJsonAction()->trigger();
        const QString json = QApplication::clipboard()->text();
        QVERIFY(json.contains(QStringLiteral("mb_fetch_greeting_succeeded")));
        dock.copyCurlAction()->trigger();
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(QStringLiteral("curl \"") + m_graph.url().toString()),
                 qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("Authorization: Bearer $TOKEN")));
        QVERIFY(curl.contains(QStringLiteral("appsecret_proof=$APPSECRET_PROOF")));
        for (const QString &secret : secrets) {
            QVERIFY(!json.contains(secret));
            QVERIFY(!curl.contains(secret));
            QVERIFY(!request.contains(secret));
        }
        // The row's actions are on the table for the keyboard (and its context menu).
        for (QAction *action :
             {dock.copyJsonAction(), dock.copyCurlAction(), dock.filterTxIdAction()})
            QVERIFY(dock.view()->actions().contains(action));
        QVERIFY(!guitest::saveScreenshot(&dock, QStringLiteral("eventlog")).isEmpty());
    }

    void filterBarNarrowsTheRows()
    {
        api::GraphClient client;
        m_graph.connectClient(client);
        const QString bakery = m_app.pages.at(0).id;
        const QString catering = m_app.pages.at(1).id;
        client.setPageToken(m_app.id, catering, QStringLiteral("not-a-valid-page-token"));
        ui::EventLogDock dock;
        dock.attach(client.events());
        dock.setKnownPages({{m_app.id, bakery, m_app.pages.at(0).name, true},
                            {m_app.id, catering, m_app.pages.at(1).name, true}});
        dock.show();
        callOnce(client, QStringLiteral("fetch_greeting"), bakery);
        callOnce(client, QStringLiteral("fetch_get_started"), bakery);
        callOnce(client, QStringLiteral("fetch_greeting"), catering); // fails: bad token
        QTRY_COMPARE(dock.model()->rowCount(), 6);

        auto *outcome = dock.filterBar()->findChild<QComboBox *>(QStringLiteral("filterOutcome"));
        outcome->setCurrentIndex(outcome->findData(-2)); // problems
        QCOMPARE(dock.proxy()->rowCount(), 1);
        QCOMPARE(dock.proxy()->index(0, EventLogModel::OutcomeColumn).data().toString(),
                 QStringLiteral("failed"));
        outcome->setCurrentIndex(0);

        auto *op = dock.filterBar()->findChild<QComboBox *>(QStringLiteral("filterOp"));
        op->setCurrentIndex(op->findData(QStringLiteral("fetch_get_started")));
        QCOMPARE(dock.proxy()->rowCount(), 2);
        op->setCurrentIndex(0);

        auto *page = dock.filterBar()->findChild<QComboBox *>(QStringLiteral("filterPage"));
        QCOMPARE(page->count(), 3);
        page->setCurrentIndex(page->findData(m_app.id + QLatin1Char('/') + catering));
        QCOMPARE(dock.proxy()->rowCount(), 2);
        page->setCurrentIndex(0);

        // Typing applies after a pause, not per keystroke.
        auto *text = dock.filterBar()->findChild<QLineEdit *>(QStringLiteral("filterText"));
        QTest::keyClicks(text, QStringLiteral("get_started"));
        QCOMPARE(dock.proxy()->rowCount(), 6);
        QTRY_COMPARE(dock.proxy()->rowCount(), 2);
        QVERIFY(dock.filterBar()->isFiltering());
        dock.clearFilters();
        QCOMPARE(text->text(), QString());
        QCOMPARE(dock.proxy()->rowCount(), 6);

        auto *txId = dock.filterBar()->findChild<QLineEdit *>(QStringLiteral("filterTxId"));
        dock.filterByTxId(dock.model()->eventAt(0).transactionId);
        QCOMPARE(txId->text(), dock.model()->eventAt(0).transactionId);
        QCOMPARE(dock.proxy()->rowCount(), 2);
    }

    // Thousands of events at once arrive in a few batches, and the columns keep their
    // widths instead of being measured per insert.
    void staysResponsiveUnderLoad()
    {
        api::EventHub hub;
        ui::EventLogDock dock;
        dock.attach(&hub);
        dock.setCapacity(ui::EventLogDock::MinCapacity * 3);
        dock.resize(1000, 300);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QHeaderView *header = dock.view()->horizontalHeader();
        const int opWidth = header->sectionSize(EventLogModel::OpColumn);
        QSignalSpy inserted(dock.model(), &QAbstractItemModel::rowsInserted);
        api::GraphEvent event;
        event.op = QStringLiteral("label_user");
        event.outcome = api::EventOutcome::Succeeded;
        event.occurredAt = QDateTime::currentDateTimeUtc();
        for (int n = 0; n < 5000; ++n) {
            event.id = QString::number(n);
            event.transactionId = QStringLiteral("bulk-%1").arg(n / 50);
            hub.publish(event);
        }
        QTRY_COMPARE(dock.model()->rowCount(), ui::EventLogDock::MinCapacity * 3);
        QVERIFY(inserted.size() <= 2);
        QCOMPARE(header->sectionSize(EventLogModel::OpColumn), opWidth);
        QCOMPARE(dock.model()->eventAt(0).id, QStringLiteral("2000"));
        // Following: the newest row is in view.
        QTRY_VERIFY(dock.view()->rowAt(dock.view()->viewport()->height() - 2) == -1 ||
                    dock.view()->rowAt(dock.view()->viewport()->height() - 2) >=
                        dock.proxy()->rowCount() - 3);
    }
};

QTEST_MAIN(TestEventLogDock)
#include "tst_eventlogdock.moc"
