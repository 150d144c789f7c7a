#include "guitestkit.h"

#include "api/graphclient.h"
#include "api/graphreply.h"
#include "models/eventlog/eventfilterproxy.h"
#include "models/eventlog/eventlogmodel.h"
#include "models/store/eventjournal.h"
#include "ui/eventlog/eventfilterbar.h"
#include "ui/eventlog/eventlogdock.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using mdesk::models::EventLogModel;

// The event log outlives the window: a new window on the same store (a restart) shows the
// previous run's events under "Earlier runs", and its search reaches the whole journal.
class TestEventLogRestart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void previousRunShowsAfterRestart();

private:
    struct Run
    {
        explicit Run(const QTemporaryDir &dir)
            : settings(dir.filePath(QStringLiteral("messenger-desk.conf")))
            , session(settings, nullptr, mdesk::app::EnvironmentOverrides{},
                      dir.filePath(QStringLiteral("drafts")),
                      dir.filePath(QStringLiteral("store.sqlite")))
        {}
        bool open()
        {
            window = std::make_unique<mdesk::ui::MainWindow>();
            window->attach(&session.client(), &session.accounts(), &session.drafts());
            window->eventLog()->attachJournal(session.eventJournal());
            QSignalSpy ready(&session, &mdesk::app::DeskSession::ready);
            session.start(false);
            if (!session.isReady() && !ready.wait(10000))
                return false;
            window->resize(1280, 820);
            window->show();
            return QTest::qWaitForWindowExposed(window.get());
        }
        // One Graph call on the first demo Page with this tx_id; true when it succeeded.
        bool call(const QString &op, const QString &txId)
        {
            const auto page = guitest::demoPages(session).first();
            mdesk::api::CallOptions options;
            options.appId = page.appId;
            options.pageId = page.pageId;
            options.txId = txId;
            auto *reply = session.client().call(op, {}, options);
            bool done = false;
            bool ok = false;
            QObject::connect(reply, &mdesk::api::GraphReply::finished, &session, [&] {
                ok = reply->result().isOk();
                done = true;
            });
            return QTest::qWaitFor([&done] { return done; }, 15000) && ok;
        }
        mdesk::app::Settings settings;
        mdesk::app::DeskSession session;
        std::unique_ptr<mdesk::ui::MainWindow> window;
    };
};

void TestEventLogRestart::previousRunShowsAfterRestart()
{
    QTemporaryDir dir;
    const QString firstTx = QStringLiteral("tx-first-run-0001");
    {
        Run first(dir);
        QVERIFY(first.session.storeProblems().isEmpty());
        QVERIFY(first.session.eventJournal());
        QVERIFY(first.open());
        QVERIFY(first.call(QStringLiteral("fetch_greeting"), firstTx));
        auto *model = first.window->eventLog()->model();
        QTRY_VERIFY(model->rowCount() >= 2);
        QCOMPARE(model->earlierRowCount(), 0); // a new store: nothing earlier
    }                                          // the app quits

    Run second(dir);
    QVERIFY(second.open());
    auto *dock = second.window->eventLog();
    auto *model = dock->model();
    QVERIFY(model->earlierRowCount() >= 4); // two headings and the two events
    QVERIFY(model->isHeading(0));
    QCOMPARE(model->index(0, EventLogModel::TimeColumn).data().toString(),
             QStringLiteral("Earlier runs"));
    const int thisRunHeading = model->earlierRowCount() - 1;
    QVERIFY(model->isHeading(thisRunHeading));
    QCOMPARE(model->index(thisRunHeading, EventLogModel::TimeColumn).data().toString(),
             QStringLiteral("This run"));
    QStringList earlierTxIds;
    for (int row = 1; row < thisRunHeading; ++row) {
        QVERIFY(model->index(row, 0).data(EventLogModel::EarlierRole).toBool());
        earlierTxIds << model->index(row, 0).data(EventLogModel::TxIdRole).toString();
    }
    QVERIFY(earlierTxIds.contains(firstTx));
    // The count counts events, not headings.
    auto *count = dock->findChild<QLabel *>(QStringLiteral("eventLogCount"));
    QVERIFY(count);
    QVERIFY2(count->text().startsWith(QString::number(model->rowCount() - 2)),
             qPrintable(count->text()));

    // This run's events go below "This run".
    QVERIFY(second.call(QStringLiteral("fetch_greeting"), QStringLiteral("tx-second-run")));
    QTRY_VERIFY(model->rowCount() > model->earlierRowCount());
    QVERIFY(!model->index(model->rowCount() - 1, 0).data(EventLogModel::EarlierRole).toBool());
    guitest::saveScreenshot(second.window.get(), QStringLiteral("eventlog-earlier-runs"));
    const QPalette light = second.window->palette();
    second.window->setPalette(guitest::darkPalette());
    QCoreApplication::processEvents();
    guitest::saveScreenshot(second.window.get(), QStringLiteral("eventlog-earlier-runs-dark"));
    second.window->setPalette(light);

    // The tx_id filter reaches the journal, beyond what the earlier section held.
    dock->filterByTxId(firstTx);
    QTRY_VERIFY(dock->proxy()->rowCount() >= 4);
    for (int row = 0; row < dock->proxy()->rowCount(); ++row) {
        const QModelIndex index = dock->proxy()->index(row, 0);
        if (!index.data(EventLogModel::HeadingRole).toBool())
            QCOMPARE(index.data(EventLogModel::TxIdRole).toString(), firstTx);
    }
    dock->clearFilters();
    // A word typed in the search field is searched in the journal.
    dock->filterBar()->textField()->setText(QStringLiteral("first-run"));
    dock->filterBar()->applyNow();
    int matches = 0;
    for (int row = 0; row < dock->proxy()->rowCount(); ++row)
        matches += dock->proxy()->index(row, 0).data(EventLogModel::TxIdRole).toString() == firstTx;
    QCOMPARE(matches, 2);
}

QTEST_MAIN(TestEventLogRestart)
#include "tst_eventlogrestart.moc"
