#include "models/menu/menumodel.h"

#include "models/menu/menunode.h"

#include <QMimeData>
#include <QRegularExpression>

namespace mdesk::models {

namespace {

const auto kMime = QStringLiteral("application/x-messenger-desk-menu-node");
const auto kActions = QStringLiteral("call_to_actions");
const api::GraphVersion kFlatFrom{8, 0};
constexpr int kMaxItemDepth = 3;

} // namespace

MenuModel::MenuModel(api::GraphVersion version, QObject *parent)
    : QAbstractItemModel(parent)
    , m_version(version)
    , m_root(std::make_unique<Node>())
{}

MenuModel::~MenuModel() = default;

void MenuModel::setVersion(api::GraphVersion version)
{
    if (version == m_version)
        return;
    m_version = version;
    setMenu(menu());
}

bool MenuModel::allowsNesting() const
{
    return m_version < kFlatFrom;
}

QJsonArray MenuModel::menu() const
{
    QJsonArray menu;
    for (const auto &locale : m_root->children)
        menu.append(locale->toJson());
    return menu;
}

void MenuModel::setMenu(const QJsonArray &menu)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    for (const auto &locale : menu)
        m_root->add(Node::fromJson(locale.toObject(), true), int(m_root->children.size()));
    revalidate();
    endResetModel();
}

MenuModel::Node *MenuModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex MenuModel::indexFor(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

int MenuModel::depthOf(const Node *node) const
{
    int depth = -1;
    for (const Node *at = node; at && at != m_root.get(); at = at->parent)
        ++depth;
    return depth;
}

bool MenuModel::canHold(const Node *parent, const Node *child) const
{
    if (parent == m_root.get())
        return child->isLocale;
    if (child->isLocale)
        return false;
    if (parent->isLocale)
        return depthOf(parent) + child->height() <= kMaxItemDepth || !allowsNesting();
    return parent->isNested() && allowsNesting() &&
           depthOf(parent) + child->height() <= kMaxItemDepth;
}

QString MenuModel::pathOf(const Node *node) const
{
    QStringList parts;
    for (const Node *at = node; at && at != m_root.get(); at = at->parent)
        parts.prepend(at->isLocale ? QStringLiteral("persistent_menu[%1]").arg(at->row())
                                   : QStringLiteral("call_to_actions[%1]").arg(at->row()));
    return parts.join(QLatin1Char('.'));
}

QModelIndex MenuModel::indexForPath(const QString &path) const
{
    static const QRegularExpression segment(
        QStringLiteral("(?:persistent_menu|call_to_actions)\\[(\\d+)\\]"));
    Node *node = m_root.get();
    auto matches = segment.globalMatch(path);
    while (matches.hasNext()) {
        const auto match = matches.next();
        if (match.capturedStart() != 0 && path.at(match.capturedStart() - 1) != QLatin1Char('.'))
            break;
        const std::size_t row = match.captured(1).toULongLong();
        if (row >= node->children.size())
            break;
        node = node->children[row].get();
    }
    return indexFor(node);
}

void MenuModel::revalidate()
{
    m_violations = api::FieldRules::validatePersistentMenu(menu(), m_version,
                                                           QStringLiteral("persistent_menu"));
    std::function<void(Node *)> clear = [&clear](Node *node) {
        node->violations.clear();
        for (const auto &child : node->children)
            clear(child.get());
    };
    clear(m_root.get());
    for (const auto &violation : m_violations) {
        if (Node *node = nodeFor(indexForPath(violation.field)))
            node->violations.append(violation.message);
    }
}

void MenuModel::edited(const QString &description)
{
    revalidate();
    // Violations may have moved anywhere in the tree: repaint all of it.
    std::function<void(const QModelIndex &)> touch = [this, &touch](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent),
                           {Qt::ToolTipRole, ViolationsRole, Qt::DisplayRole});
        for (int row = 0; row < rows; ++row)
            touch(index(row, 0, parent));
    };
    touch({});
    Q_EMIT menuEdited(description);
}

QModelIndex MenuModel::addLocale(const QString &locale)
{
    for (const auto &node : m_root->children) {
        if (node->json.value(QStringLiteral("locale")).toString() == locale)
            return indexFor(node.get());
    }
    auto node = std::make_unique<Node>();
    node->isLocale = true;
    node->json = {{QStringLiteral("locale"), locale},
                  {QStringLiteral("composer_input_disabled"), false}};
    const int row = int(m_root->children.size());
    beginInsertRows({}, row, row);
    Node *added = m_root->add(std::move(node), row);
    endInsertRows();
    edited(tr("Add the %1 menu").arg(locale));
    return indexFor(added);
}

QModelIndex MenuModel::insertItem(const QModelIndex &parent, int row, const QJsonObject &item)
{
    Node *holder = nodeFor(parent);
    auto node = Node::fromJson(item, false);
    if (!parent.isValid() || !canHold(holder, node.get()))
        return {};
    row = row < 0 || row > int(holder->children.size()) ? int(holder->children.size()) : row;
    beginInsertRows(parent, row, row);
    Node *added = holder->add(std::move(node), row);
    endInsertRows();
    edited(tr("Add the item \"%1\"").arg(item.value(QStringLiteral("title")).toString()));
    return indexFor(added);
}

bool MenuModel::removeNode(const QModelIndex &index)
{
    if (!index.isValid())
        return false;
    Node *node = nodeFor(index);
    const QString name = data(index).toString();
    beginRemoveRows(index.parent(), index.row(), index.row());
    node->parent->take(index.row());
    endRemoveRows();
    edited(tr("Remove \"%1\"").arg(name));
    return true;
}

QModelIndex MenuModel::duplicateNode(const QModelIndex &index)
{
    if (!index.isValid() || nodeFor(index)->isLocale)
        return {};
    Node *node = nodeFor(index);
    const int row = index.row() + 1;
    beginInsertRows(index.parent(), row, row);
    Node *copy = node->parent->add(node->clone(), row);
    endInsertRows();
    edited(tr("Duplicate \"%1\"").arg(data(index).toString()));
    return indexFor(copy);
}

QModelIndex MenuModel::moveNode(const QModelIndex &index, const QModelIndex &newParent, int row)
{
    if (!index.isValid())
        return {};
    Node *node = nodeFor(index);
    Node *target = nodeFor(newParent);
    for (const Node *at = target; at; at = at->parent) {
        if (at == node)
            return {}; // into itself or its own descendants
    }
    if (!canHold(target, node))
        return {};
    const QModelIndex oldParent = index.parent();
    const int from = index.row();
    row = row < 0 || row > int(target->children.size()) ? int(target->children.size()) : row;
    if (node->parent == target && (row == from || row == from + 1))
        return index; // already there
    const bool sameParent = node->parent == target;
    if (!beginMoveRows(oldParent, from, from, newParent, row))
        return {};
    auto taken = node->parent->take(from);
    if (sameParent && row > from)
        --row; // beginMoveRows counts rows before the removal, add() after it
    Node *moved = target->add(std::move(taken), row);
    endMoveRows();
    edited(tr("Move \"%1\"")
               .arg(moved->json
                        .value(moved->isLocale ? QStringLiteral("locale") : QStringLiteral("title"))
                        .toString()));
    return indexFor(moved);
}

bool MenuModel::setNodeJson(const QModelIndex &index, const QJsonObject &json,
                            const QString &description)
{
    if (!index.isValid())
        return false;
    Node *node = nodeFor(index);
    QJsonObject own = json;
    own.remove(kActions);
    if (node->json == own)
        return false;
    const bool wasNested = node->isNested();
    node->json = own;
    if (wasNested && !node->isNested() && !node->children.empty()) {
        // A nested item turned into a link or postback loses its children.
        beginRemoveRows(index, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    Q_EMIT dataChanged(index, index);
    edited(description);
    return true;
}

bool MenuModel::setComposerInputDisabled(const QModelIndex &locale, bool disabled)
{
    Node *node = nodeFor(locale);
    if (!locale.isValid() || !node->isLocale)
        return false;
    QJsonObject json = node->json;
    json.insert(QStringLiteral("composer_input_disabled"), disabled);
    return setNodeJson(locale, json, disabled ? tr("Turn typing off") : tr("Turn typing on"));
}

QModelIndex MenuModel::copyLocale(const QModelIndex &from, const QString &toLocale)
{
    Node *source = nodeFor(from);
    if (!from.isValid() || !source->isLocale)
        return {};
    Node *target = nullptr;
    for (const auto &node : m_root->children) {
        if (node->json.value(QStringLiteral("locale")).toString() == toLocale)
            target = node.get();
    }
    if (target == source)
        return from;
    beginResetModel(); // the target's rows are replaced wholesale
    if (!target) {
        auto node = std::make_unique<Node>();
        node->isLocale = true;
        target = m_root->add(std::move(node), int(m_root->children.size()));
    }
    target->json = source->json;
    target->json.insert(QStringLiteral("locale"), toLocale);
    target->children.clear();
    for (const auto &child : source->children)
        target->add(child->clone(), int(target->children.size()));
    endResetModel();
    edited(tr("Copy the %1 menu to %2")
               .arg(source->json.value(QStringLiteral("locale")).toString(), toLocale));
    return indexFor(target);
}

QModelIndex MenuModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *holder = nodeFor(parent);
    if (row >= int(holder->children.size()))
        return {};
    return createIndex(row, 0, holder->children[std::size_t(row)].get());
}

QModelIndex MenuModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int MenuModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int MenuModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant MenuModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        if (node->isLocale) {
            const QString locale = node->json.value(QStringLiteral("locale")).toString();
            return node->json.value(QStringLiteral("composer_input_disabled")).toBool()
                       ? tr("%1 (typing turned off)").arg(locale)
                       : locale;
        }
        return node->json.value(QStringLiteral("title")).toString().isEmpty()
                   ? tr("(no title)")
                   : node->json.value(QStringLiteral("title")).toString();
    case Qt::EditRole:
        return node->json.value(node->isLocale ? QStringLiteral("locale") : QStringLiteral("title"))
            .toString();
    case Qt::ToolTipRole:
        return node->violations.isEmpty() ? QVariant()
                                          : QVariant(node->violations.join(QLatin1Char('\n')));
    case KindRole:
        return node->isLocale ? QStringLiteral("locale") : QStringLiteral("item");
    case ItemTypeRole:
        return node->json.value(QStringLiteral("type")).toString();
    case ItemJsonRole:
        return node->json;
    case ViolationsRole:
        return node->violations;
    case PathRole:
        return pathOf(node);
    default:
        return {};
    }
}

bool MenuModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const Node *node = nodeFor(index);
    QJsonObject json = node->json;
    const QString key = node->isLocale ? QStringLiteral("locale") : QStringLiteral("title");
    json.insert(key, value.toString());
    return setNodeJson(index, json,
                       node->isLocale ? tr("Rename the locale") : tr("Rename the item"));
}

Qt::ItemFlags MenuModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    const Node *node = nodeFor(index);
    Qt::ItemFlags flags =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsEditable;
    if (node->isLocale || (node->isNested() && allowsNesting()))
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QVariant MenuModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Menu");
    return {};
}

Qt::DropActions MenuModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList MenuModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *MenuModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMime, pathOf(nodeFor(indexes.first())).toUtf8());
    return data;
}

bool MenuModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data->hasFormat(kMime))
        return false;
    const QModelIndex source = indexForPath(QString::fromUtf8(data->data(kMime)));
    return source.isValid() && canHold(nodeFor(parent), nodeFor(source));
}

bool MenuModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                             const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QModelIndex source = indexForPath(QString::fromUtf8(data->data(kMime)));
    moveNode(source, parent, row);
    // The move is done here; answering false keeps the view from also removing the
    // dragged row as it would after a successful MoveAction.
    return false;
}

} // namespace mdesk::models

#include "moc_menumodel.cpp"
