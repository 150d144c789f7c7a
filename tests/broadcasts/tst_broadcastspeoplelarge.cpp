// The People part of the Labels & Broadcasts tab over 100,000 people more than a sync
// brought: a model over the store read in pages scrolls and filters without a stall.
#include "broadcaststabfixture.h"

#include "models/store/contactstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>

using namespace mdesk;
using namespace broadcaststest;

class TstBroadcastsPeopleLarge : public BroadcastsTabFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpFixture(); }

    void hundredThousandPeopleScrollAndFilterInPages()
    {
        {
            // The Page's own people first, as a sync brings them.
            ui::BroadcastsTab first(context(), *m_database);
            first.show();
            sync(first);
        }
        QStringList psids;
        psids.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            psids.append(QString::number(8800000000000000LL + i));
        store::ContactStore contacts(*m_database, m_harness->pageId(1, 0));
        QCOMPARE(contacts.addPsids(psids, QDateTime::currentMSecsSinceEpoch()).value_or(-1),
                 100000);
        ui::BroadcastsTab tab(context(), *m_database);
        tab.resize(1280, 800);
        tab.show();
        auto *model = tab.people()->model();
        QCOMPARE(model->rowCount(), 100000 + kContacts);
        auto *table = child<QTableView>(&tab, "peopleTable");
        QElapsedTimer timer;
        timer.start();
        table->scrollToBottom();
        QApplication::processEvents();
        const qint64 scrollMs = timer.elapsed();
        QVERIFY(model->pagesRead() <= 4); // the first screen and the last, not 500 pages
        QCOMPARE(model->data(model->index(model->rowCount() - 1, 1)).toString(),
                 model->psidAt(model->rowCount() - 1));
        timer.restart();
        child<QLineEdit>(&tab, "peopleFilter")->setText(QStringLiteral("8800000000099999"));
        QTRY_COMPARE(model->rowCount(), 1);
        qInfo("100,600 people: scroll to the end %lld ms, filter %lld ms (figures, not limits)",
              scrollMs, timer.elapsed());
        shoot(&tab, QStringLiteral("broadcasts-people-100k"));
    }
};

QTEST_MAIN(TstBroadcastsPeopleLarge)
#include "tst_broadcastspeoplelarge.moc"
