#include "ui/menu/menuitemdelegate.h"

#include "models/menu/menumodel.h"

#include <QApplication>
#include <QStyle>

namespace mdesk::ui {

void MenuItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (!index.data(models::MenuModel::ViolationsRole).toStringList().isEmpty()) {
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        return;
    }
    const QString kind = index.data(models::MenuModel::KindRole).toString();
    const QString type = index.data(models::MenuModel::ItemTypeRole).toString();
    if (kind == QLatin1String("locale"))
        option->icon = style->standardIcon(QStyle::SP_DirHomeIcon);
    else if (type == QLatin1String("web_url"))
        option->icon = style->standardIcon(QStyle::SP_FileLinkIcon);
    else if (type == QLatin1String("nested"))
        option->icon = style->standardIcon(QStyle::SP_DirIcon);
    else
        option->icon = style->standardIcon(QStyle::SP_ArrowRight);
}

} // namespace mdesk::ui
