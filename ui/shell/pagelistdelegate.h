#pragma once

#include <QStyledItemDelegate>

namespace mdesk::ui {

// Paints the page list: app rows in bold with their Graph version right-aligned and muted;
// sandbox Page rows with a small "Sandbox" badge. Everything else is the style's own item.
class PageListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QString badgeText(const QModelIndex &index) const;
};

} // namespace mdesk::ui
