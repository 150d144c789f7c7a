// MenuModel: structure, moves, drag and drop, rules by Graph version, JSON round trips.
#include "models/menu/menumodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace mdesk;
using models::MenuModel;

// Declared before the JSON raw strings below, which moc 6.4 cannot read past.
class TestMenuModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsJson();
    void modelTesterOverEdits();
    void movesWithinAndAcrossLevels();
    void refusesImpossibleMoves();
    void dragAndDropMoves();
    void rulesByVersion_data();
    void rulesByVersion();
    void duplicateAndCopyLocale();
    void everyEditEmitsOnce();
};

namespace {

QJsonArray parse(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).array();
}

QJsonObject postback(const QString &title)
{
    return {{QStringLiteral("type"), QStringLiteral("postback")},
            {QStringLiteral("title"), title},
            {QStringLiteral("payload"), title.toUpper()}};
}

// default: Help, Shop(nested: Bread, Cakes), Hours; de_DE: Hilfe
const char *kLegacyMenu = R"([
  {"locale":"default","composer_input_disabled":false,"call_to_actions":[
    {"type":"postback","title":"Help","payload":"HELP"},
    {"type":"nested","title":"Shop","call_to_actions":[
      {"type":"postback","title":"Bread","payload":"BREAD"},
      {"type":"postback","title":"Cakes","payload":"CAKES"}]},
    {"type":"web_url","title":"Hours","url":"https://bakery.example.com/hours"}]},
  {"locale":"de_DE","composer_input_disabled":false,"call_to_actions":[
    {"type":"postback","title":"Hilfe","payload":"HELP"}]}])";

QStringList titles(const MenuModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, 0, parent).data(Qt::EditRole).toString());
    return names;
}

QStringList names(const char *commaSeparated)
{
    return QString::fromUtf8(commaSeparated).split(QLatin1Char(','));
}

} // namespace

void TestMenuModel::roundTripsJson()
{
    MenuModel model(api::GraphVersion{7, 0});
    model.setMenu(parse(kLegacyMenu));
    QCOMPARE(model.menu(), parse(kLegacyMenu));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(titles(model, model.index(0, 0)), names("Help,Shop,Hours"));
    QCOMPARE(titles(model, model.index(1, 0, model.index(0, 0))), names("Bread,Cakes"));
    QVERIFY(model.violations().isEmpty());
}

void TestMenuModel::modelTesterOverEdits()
{
    MenuModel model(api::GraphVersion{7, 0});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMenu(parse(kLegacyMenu));
    const QModelIndex locale = model.index(0, 0);
    model.insertItem(locale, 1, postback(QStringLiteral("Offers")));
    model.moveNode(model.index(0, 0, locale), model.index(2, 0, locale), 0);
    model.duplicateNode(model.index(0, 0, locale));
    model.removeNode(model.index(1, 0, locale));
    model.copyLocale(locale, QStringLiteral("fr_FR"));
    model.setData(model.index(0, 0, locale), QStringLiteral("Renamed"));
    model.setMenu({});
    QCOMPARE(model.rowCount(), 0);
}

void TestMenuModel::movesWithinAndAcrossLevels()
{
    MenuModel model(api::GraphVersion{7, 0});
    model.setMenu(parse(kLegacyMenu));
    const QModelIndex locale = model.index(0, 0);
    // Down within the same level: Help goes after Hours.
    model.moveNode(model.index(0, 0, locale), locale, 3);
    QCOMPARE(titles(model, locale), names("Shop,Hours,Help"));
    // Up: Help back to the top.
    model.moveNode(model.index(2, 0, locale), locale, 0);
    QCOMPARE(titles(model, locale), names("Help,Shop,Hours"));
    // Into the nested Shop item, then out to another locale.
    const QModelIndex shop = model.index(1, 0, locale);
    const QModelIndex moved = model.moveNode(model.index(2, 0, locale), shop, 1);
    QVERIFY(moved.isValid());
    QCOMPARE(titles(model, model.index(1, 0, locale)), names("Bread,Hours,Cakes"));
    model.moveNode(moved, model.index(1, 0), -1);
    QCOMPARE(titles(model, model.index(1, 0)), names("Hilfe,Hours"));
    QCOMPARE(
        model.menu()[1][QStringLiteral("call_to_actions")][1][QStringLiteral("url")].toString(),
        QStringLiteral("https://bakery.example.com/hours"));
}

void TestMenuModel::refusesImpossibleMoves()
{
    MenuModel legacy(api::GraphVersion{7, 0});
    legacy.setMenu(parse(kLegacyMenu));
    const QModelIndex locale = legacy.index(0, 0);
    const QModelIndex help = legacy.index(0, 0, locale);
    const QModelIndex shop = legacy.index(1, 0, locale);
    QVERIFY(!legacy.moveNode(locale, help, 0).isValid());                   // locale under an item
    QVERIFY(!legacy.moveNode(shop, legacy.index(0, 0, shop), 0).isValid()); // into itself
    QVERIFY(!legacy.moveNode(legacy.index(0, 0, shop), help, 0).isValid()); // under a postback
    QVERIFY(!legacy.moveNode(help, QModelIndex(), 0).isValid());            // item at the top
    QCOMPARE(legacy.menu(), parse(kLegacyMenu));

    MenuModel modern(api::GraphVersion{23, 0});
    modern.setMenu(parse(kLegacyMenu));
    const QModelIndex modernLocale = modern.index(0, 0);
    QVERIFY(!modern.moveNode(modern.index(0, 0, modernLocale), modern.index(1, 0, modernLocale), 0)
                 .isValid());
}

void TestMenuModel::dragAndDropMoves()
{
    MenuModel model(api::GraphVersion{7, 0});
    model.setMenu(parse(kLegacyMenu));
    const QModelIndex locale = model.index(0, 0);
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(2, 0, locale)}));
    QVERIFY(data);
    const QModelIndex shop = model.index(1, 0, locale);
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, shop));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model.index(0, 0, locale)));
    model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, shop);
    QCOMPARE(titles(model, model.index(1, 0, locale)), names("Hours,Bread,Cakes"));
    QCOMPARE(titles(model, locale), names("Help,Shop"));
}

void TestMenuModel::rulesByVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QJsonArray>("menu");
    QTest::addColumn<QString>("path"); // node that must carry a violation; empty: none anywhere
    QTest::newRow("v7 nested is fine") << "v7.0" << parse(kLegacyMenu) << "";
    QTest::newRow("v8 nested is removed")
        << "v8.0" << parse(kLegacyMenu) << "persistent_menu[0].call_to_actions[1]";
    QJsonArray four = parse(kLegacyMenu);
    QJsonObject locale = four[0].toObject();
    QJsonArray items = locale[QStringLiteral("call_to_actions")].toArray();
    items.append(postback(QStringLiteral("Fourth")));
    locale.insert(QStringLiteral("call_to_actions"), items);
    four.replace(0, locale);
    QTest::newRow("v7 four top items") << "v7.0" << four << "persistent_menu[0]";
    QJsonArray longTitle = parse(kLegacyMenu);
    QJsonObject first = longTitle[1].toObject();
    first.insert(QStringLiteral("call_to_actions"),
                 QJsonArray{postback(QString(31, QLatin1Char('x')))});
    longTitle.replace(1, first);
    QTest::newRow("title over 30")
        << "v23.0" << longTitle << "persistent_menu[1].call_to_actions[0]";
    QTest::newRow("no default locale")
        << "v23.0"
        << parse(
               R"([{"locale":"en_US","call_to_actions":[{"type":"postback","title":"A","payload":"A"}]}])")
        << "";
}

void TestMenuModel::rulesByVersion()
{
    QFETCH(QString, version);
    QFETCH(QJsonArray, menu);
    QFETCH(QString, path);
    MenuModel model(api::GraphVersion::parse(version));
    model.setMenu(menu);
    if (path.isEmpty()) {
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data(MenuModel::ViolationsRole).toStringList().isEmpty());
        if (QByteArray(QTest::currentDataTag()) == "no default locale")
            QCOMPARE(model.violations().size(), 1); // a whole-menu rule, on no single node
        return;
    }
    const QModelIndex node = model.indexForPath(path);
    QVERIFY(node.isValid());
    QCOMPARE(node.data(MenuModel::PathRole).toString(), path);
    const QStringList messages = node.data(MenuModel::ViolationsRole).toStringList();
    QVERIFY2(!messages.isEmpty(), qPrintable(path));
    QCOMPARE(node.data(Qt::ToolTipRole).toString(), messages.join(QLatin1Char('\n')));
}

void TestMenuModel::duplicateAndCopyLocale()
{
    MenuModel model(api::GraphVersion{7, 0});
    model.setMenu(parse(kLegacyMenu));
    const QModelIndex locale = model.index(0, 0);
    const QModelIndex copy = model.duplicateNode(model.index(1, 0, locale));
    QCOMPARE(copy.row(), 2);
    QCOMPARE(model.rowCount(copy), 2);
    const QModelIndex french = model.copyLocale(model.index(0, 0), QStringLiteral("fr_FR"));
    QCOMPARE(french.data(Qt::EditRole).toString(), QStringLiteral("fr_FR"));
    QCOMPARE(titles(model, french), titles(model, model.index(0, 0)));
    QVERIFY(model.setComposerInputDisabled(french, true));
    QVERIFY(french.data().toString().contains(QStringLiteral("typing turned off")));
    QCOMPARE(model.menu()[2][QStringLiteral("composer_input_disabled")].toBool(), true);
}

void TestMenuModel::everyEditEmitsOnce()
{
    MenuModel model(api::GraphVersion{7, 0});
    QSignalSpy edited(&model, &MenuModel::menuEdited);
    model.setMenu(parse(kLegacyMenu));
    QCOMPARE(edited.count(), 0);
    const QModelIndex locale = model.index(0, 0);
    model.insertItem(locale, -1, postback(QStringLiteral("New")));
    model.setData(model.index(0, 0, locale), QStringLiteral("Help me"));
    model.removeNode(model.index(3, 0, locale));
    model.addLocale(QStringLiteral("tr_TR"));
    QCOMPARE(edited.count(), 4);
    QVERIFY(!model.moveNode(locale, model.index(0, 0, locale), 0).isValid()); // refused: no signal
    QCOMPARE(edited.count(), 4);
}

QTEST_GUILESS_MAIN(TestMenuModel)
#include "tst_menumodel.moc"
