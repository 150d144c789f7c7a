#pragma once

#include "api/fieldrules.h"
#include "api/graphversion.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>
#include <vector>

namespace mdesk::models {

// The persistent menu as a tree: locales at the top, their items below, and (before
// v8.0) nested items under "nested" items. The model is the editing surface; the menu
// as JSON (menu()) is what the draft holds.
//
// Contract: every change made through the model (setData, insertItem, removeNode,
// duplicateNode, moveNode, setComposerInputDisabled, copyLocale) emits menuEdited() once,
// after the model has changed, with a short description for the undo history. setMenu()
// resets the model and does not emit menuEdited(). Violations of the page version's rules
// are attached to the nodes they concern (ViolationsRole) after every change.
class MenuModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "locale" or "item"
        ItemTypeRole,                // postback, web_url, nested
        ItemJsonRole,                // QJsonObject of the item or locale, children excluded
        ViolationsRole,              // QStringList of messages for this node
        PathRole,                    // "persistent_menu[0].call_to_actions[1]"
    };

    explicit MenuModel(api::GraphVersion version, QObject *parent = nullptr);
    ~MenuModel() override;

    api::GraphVersion version() const { return m_version; }
    // The page's app moved to another Graph version: the menu is checked against its rules
    // (a reset, like setMenu(); no menuEdited()).
    void setVersion(api::GraphVersion version);
    bool allowsNesting() const;

    QJsonArray menu() const;
    void setMenu(const QJsonArray &menu);
    // Violations of the whole menu (with paths), for lists and tests.
    const QList<api::Violation> &violations() const { return m_violations; }

    // Editing. Each returns the index of the new or moved node, invalid on refusal.
    QModelIndex addLocale(const QString &locale);
    QModelIndex insertItem(const QModelIndex &parent, int row, const QJsonObject &item);
    bool removeNode(const QModelIndex &index);
    QModelIndex duplicateNode(const QModelIndex &index);
    QModelIndex moveNode(const QModelIndex &index, const QModelIndex &newParent, int row);
    // Replaces an item's or locale's own fields (children stay).
    bool setNodeJson(const QModelIndex &index, const QJsonObject &json, const QString &description);
    bool setComposerInputDisabled(const QModelIndex &locale, bool disabled);
    // Copies the items of one locale's menu to another locale (created if missing).
    QModelIndex copyLocale(const QModelIndex &from, const QString &toLocale);
    QModelIndex indexForPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void menuEdited(const QString &description);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;
    int depthOf(const Node *node) const; // locale 0, top item 1, nested 2, ...
    bool canHold(const Node *parent, const Node *child) const;
    QString pathOf(const Node *node) const;
    void revalidate();
    void edited(const QString &description);

    api::GraphVersion m_version;
    std::unique_ptr<Node> m_root;
    QList<api::Violation> m_violations;
};

} // namespace mdesk::models
