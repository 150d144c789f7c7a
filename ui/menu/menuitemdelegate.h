#pragma once

#include <QStyledItemDelegate>

namespace mdesk::ui {

// Draws MenuModel's nodes with an icon that says what they are (link, postback, submenu)
// and a warning icon, with the reason in the tooltip, on nodes that break a rule. The
// model stays free of Gui types; the style provides the icons, so they follow the theme.
class MenuItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace mdesk::ui
