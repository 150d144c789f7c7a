// PageListModel: apps and their Pages for the page list and the accounts dialog.
#include "models/accounts/pagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace mdesk::models;

namespace {
QList<AppAccount> sampleApps()
{
    AppAccount real;
    real.id = QStringLiteral("111");
    real.name = QStringLiteral("Real App");
    real.effectiveGraphVersion = QStringLiteral("v21.0");
    real.pages = {{QStringLiteral("111"), QStringLiteral("201"), QStringLiteral("Shop"), false},
                  {QStringLiteral("111"), QStringLiteral("202"), QString(), false}};
    AppAccount empty;
    empty.id = QStringLiteral("112");
    empty.effectiveGraphVersion = QStringLiteral("v23.0");
    AppAccount sandbox;
    sandbox.id = QStringLiteral("113");
    sandbox.name = QStringLiteral("Demo");
    sandbox.sandbox = true;
    sandbox.effectiveGraphVersion = QStringLiteral("v23.0");
    sandbox.pages = {
        {QStringLiteral("113"), QStringLiteral("301"), QStringLiteral("Bakery"), true}};
    return {real, empty, sandbox};
}
} // namespace

class TestPageListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester()
    {
        PageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApps(sampleApps());
        model.setApps({});
        model.setApps(sampleApps());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        QCOMPARE(model.rowCount(model.index(0, 0, model.index(0, 0))), 0);
    }

    void rolesDescribeAppsAndPages()
    {
        PageListModel model;
        model.setApps(sampleApps());
        const QModelIndex app = model.index(0, 0);
        QCOMPARE(app.data().toString(), QStringLiteral("Real App"));
        QCOMPARE(app.data(PageListModel::KindRole).toInt(), int(PageListModel::Kind::App));
        QCOMPARE(app.data(PageListModel::GraphVersionRole).toString(), QStringLiteral("v21.0"));
        QVERIFY(app.data(Qt::ToolTipRole).toString().contains(QStringLiteral("v21.0")));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("112")); // no name: the id

        const QModelIndex unnamed = model.index(1, 0, app);
        QCOMPARE(unnamed.data().toString(), QStringLiteral("202"));
        QCOMPARE(unnamed.data(PageListModel::PageRefRole).toString(), QStringLiteral("111/202"));
        QCOMPARE(unnamed.data(PageListModel::SandboxRole).toBool(), false);
        QCOMPARE(unnamed.parent(), app);

        const QModelIndex bakery = model.index(0, 0, model.index(2, 0));
        QCOMPARE(bakery.data(PageListModel::SandboxRole).toBool(), true);
        QVERIFY(bakery.data(Qt::ToolTipRole).toString().contains(QStringLiteral("sandbox")));
        QVERIFY(bakery.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Sandbox")));
    }

    void findsPages()
    {
        PageListModel model;
        model.setApps(sampleApps());
        const QModelIndex shop = model.indexOf({QStringLiteral("111"), QStringLiteral("201")});
        QVERIFY(shop.isValid());
        QCOMPARE(model.pageAt(shop)->name, QStringLiteral("Shop"));
        QCOMPARE(model.appAt(shop)->id, QStringLiteral("111"));
        QVERIFY(!model.pageAt(shop.parent()));
        QCOMPARE(model.appAt(shop.parent())->id, QStringLiteral("111"));
        QVERIFY(!model.indexOf({QStringLiteral("111"), QStringLiteral("999")}).isValid());
        QCOMPARE(model.firstPage(), shop);
        model.setApps({sampleApps().at(1)});
        QVERIFY(!model.firstPage().isValid());
    }
};

QTEST_GUILESS_MAIN(TestPageListModel)
#include "tst_pagelistmodel.moc"
