// A persistent-menu file as the Menu tab imports it: the JSON list into the MenuModel of
// a page's version, its rules and paths, and a drag and drop whose path came from outside.
//
// Input: the menu (a JSON list of per-locale menus, or {"persistent_menu": [...]}),
// optionally followed by "---" and three lines: the dragged node's path, the target's path
// and the row ("persistent_menu[0].call_to_actions[1]").
#include "api/graphversion.h"
#include "models/menu/menumodel.h"
#include "tests/fuzz/fuzzinput.h"

#include <QJsonDocument>
#include <QMimeData>

using namespace mdesk;

namespace {

int walk(const models::MenuModel &model, const QModelIndex &parent)
{
    int nodes = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        fuzz::require(index.isValid() && model.parent(index) == parent, "a node's parent is lost");
        for (int role :
             {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::DecorationRole),
              int(models::MenuModel::KindRole), int(models::MenuModel::ItemTypeRole),
              int(models::MenuModel::ItemJsonRole), int(models::MenuModel::ViolationsRole)})
            model.data(index, role);
        model.flags(index);
        const QString path = model.data(index, models::MenuModel::PathRole).toString();
        fuzz::require(model.indexForPath(path) == index, "a node's path leads elsewhere");
        nodes += 1 + walk(model, index);
    }
    return nodes;
}

void check(const QJsonArray &menu, api::GraphVersion version, const QList<QByteArray> &drag)
{
    models::MenuModel model(version);
    model.setMenu(menu);
    for (const api::Violation &violation : model.violations())
        fuzz::require(!violation.message.isEmpty(), "a violation without a message");
    const int nodes = walk(model, {});
    const QJsonArray written = model.menu();
    fuzz::written(written);
    models::MenuModel again(version);
    again.setMenu(written);
    fuzz::require(again.menu() == written, "loading the menu it wrote changes it");

    if (drag.size() < 3)
        return;
    QMimeData mime;
    mime.setData(model.mimeTypes().value(0), drag.at(0).trimmed());
    const QModelIndex target = model.indexForPath(QString::fromUtf8(drag.at(1).trimmed()));
    model.dropMimeData(&mime, Qt::MoveAction, drag.at(2).trimmed().toInt(), 0, target);
    fuzz::require(walk(model, {}) == nodes, "a move changed the number of nodes");
    fuzz::written(model.menu());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::parts(fuzz::bytes(data, size));
    const QJsonDocument document = QJsonDocument::fromJson(parts.first());
    const QJsonArray menu =
        document.isArray() ? document.array()
                           : document.object().value(QStringLiteral("persistent_menu")).toArray();
    const QList<QByteArray> drag = parts.size() > 1 ? parts.at(1).split('\n') : QList<QByteArray>();
    // Nested menus (before v8.0) and flat ones.
    for (const api::GraphVersion version :
         {api::GraphVersion{7, 0}, api::GraphVersion::defaultVersion()})
        check(menu, version, drag);
    return 0;
}
