#include "ui/eventlog/eventheadingdelegate.h"

#include "models/eventlog/eventlogmodel.h"

namespace mdesk::ui {

bool EventHeadingDelegate::styleHeading(QStyleOptionViewItem *option, const QModelIndex &index)
{
    if (!index.data(models::EventLogModel::HeadingRole).toBool())
        return false;
    option->font.setBold(true);
    option->backgroundBrush = option->palette.brush(QPalette::Window);
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::WindowText));
    return true;
}

void EventHeadingDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    styleHeading(option, index);
}

} // namespace mdesk::ui
