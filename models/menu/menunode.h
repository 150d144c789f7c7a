#pragma once

#include "models/menu/menumodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <memory>
#include <vector>

namespace mdesk::models {

// One node of MenuModel's tree: a locale's menu or an item, owning its children. Kept out
// of the model so the model file reads as the Qt model contract and the edits.
struct MenuModel::Node
{
    bool isLocale = false;
    QJsonObject json; // own fields, call_to_actions excluded
    std::vector<std::unique_ptr<Node>> children;
    Node *parent = nullptr;
    QStringList violations;

    bool isNested() const
    {
        return !isLocale &&
               json.value(QStringLiteral("type")).toString() == QLatin1String("nested");
    }
    int row() const
    {
        for (std::size_t i = 0; parent && i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
    int height() const // levels of items this node brings, itself included
    {
        int tallest = 0;
        for (const auto &child : children)
            tallest = std::max(tallest, child->height());
        return 1 + tallest;
    }
    Node *add(std::unique_ptr<Node> child, int at)
    {
        child->parent = this;
        Node *raw = child.get();
        children.insert(children.begin() + at, std::move(child));
        return raw;
    }
    std::unique_ptr<Node> take(int at)
    {
        auto child = std::move(children[std::size_t(at)]);
        children.erase(children.begin() + at);
        child->parent = nullptr;
        return child;
    }
    std::unique_ptr<Node> clone() const
    {
        auto copy = std::make_unique<Node>();
        copy->isLocale = isLocale;
        copy->json = json;
        for (const auto &child : children)
            copy->add(child->clone(), int(copy->children.size()));
        return copy;
    }
    QJsonObject toJson() const
    {
        QJsonObject object = json;
        if (isLocale || isNested()) {
            QJsonArray items;
            for (const auto &child : children)
                items.append(child->toJson());
            object.insert(QStringLiteral("call_to_actions"), items);
        }
        return object;
    }
    static std::unique_ptr<Node> fromJson(const QJsonObject &object, bool locale)
    {
        auto node = std::make_unique<Node>();
        node->isLocale = locale;
        node->json = object;
        node->json.remove(QStringLiteral("call_to_actions"));
        for (const auto &item : object.value(QStringLiteral("call_to_actions")).toArray())
            node->add(fromJson(item.toObject(), false), int(node->children.size()));
        return node;
    }
};

} // namespace mdesk::models
